import { compileMessageTemplate, type MessagePart } from '../profiles/index.ts';
import type { SignatureSpec } from '../profiles/types.ts';
import type { Bytes } from './hmac.ts';

const compiled = new WeakMap<SignatureSpec, readonly MessagePart[]>();

/** The compiled signed-message template of a signature spec (cached per spec object). */
export function messageParts(spec: SignatureSpec): readonly MessagePart[] {
  let parts = compiled.get(spec);
  if (parts === undefined) {
    parts = compileMessageTemplate(spec.signs);
    compiled.set(spec, parts);
  }
  return parts;
}

/** What a signed message is assembled from. */
export interface MessageSource {
  /** The raw body, exactly as sent. */
  readonly body: Bytes;
  /** The timestamp header value, for templates using `{timestamp}`. */
  readonly timestamp?: string | undefined;
  /** The parsed body, when the caller already has it (saves reading fields out of the body). */
  readonly parsed?: unknown;
}

/** Why a signed message could not be assembled. */
export type MessageProblem = 'missing-timestamp' | 'unreadable-body';

/**
 * The exact byte sequence a profile signs, as parts fed to the HMAC in order (no copying of the body).
 *
 * @example
 * ```ts
 * signedMessage(profiles['spike-forms-timestamped'].signature, { body: '{}', timestamp: '1700000000' });
 * // ['1700000000', '.', '{}']
 * ```
 */
export function signedMessage(
  spec: SignatureSpec,
  source: MessageSource,
): { readonly parts: readonly Bytes[] } | { readonly problem: MessageProblem; readonly detail: string } {
  const out: Bytes[] = [];
  for (const part of messageParts(spec)) {
    if (part.type === 'literal') out.push(part.text);
    else if (part.type === 'body') out.push(source.body);
    else if (part.type === 'timestamp') {
      if (source.timestamp === undefined) {
        return {
          problem: 'missing-timestamp',
          detail: `the ${spec.timestampHeader ?? 'timestamp'} header is missing`,
        };
      }
      out.push(source.timestamp);
    } else {
      const read =
        source.parsed === undefined
          ? readJsonField(source.body, part.path)
          : readPath(source.parsed, part.path);
      if (!read.found) return { problem: 'unreadable-body', detail: read.detail };
      out.push(typeof read.value === 'string' ? read.value : JSON.stringify(read.value));
    }
  }
  return { parts: out };
}

type FieldRead =
  | { readonly found: true; readonly value: unknown }
  | { readonly found: false; readonly detail: string };

/**
 * Reads a field from a JSON body with `JSON.parse` semantics (the last of duplicate keys wins), without parsing
 * the body in the common case: a top-level string field that comes first and occurs once (Spike's `event_id`).
 *
 * @example
 * ```ts
 * readJsonField('{"event_id":"e1","data":[]}', ['event_id']); // { found: true, value: 'e1' }
 * ```
 */
export function readJsonField(body: Bytes, path: readonly string[]): FieldRead {
  const text =
    typeof body === 'string'
      ? body
      : Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8');
  const key = path[0];
  if (path.length === 1 && key !== undefined && !/["\\]/.test(key)) {
    const fast = firstKeyString(text, key);
    if (fast !== undefined) return { found: true, value: fast };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { found: false, detail: 'the body is not valid JSON' };
  }
  return readPath(parsed, path);
}

function readPath(value: unknown, path: readonly string[]): FieldRead {
  let current = value;
  for (const segment of path) {
    if (
      current === null ||
      typeof current !== 'object' ||
      Array.isArray(current) ||
      !Object.hasOwn(current, segment)
    ) {
      return { found: false, detail: `the body has no '${path.join('.')}' field` };
    }
    current = (current as Record<string, unknown>)[segment];
  }
  return { found: true, value: current };
}

/** The string value of `key` when it is the body's first key, occurs once, and holds no escapes; else undefined. */
function firstKeyString(text: string, key: string): string | undefined {
  const needle = `"${key}"`;
  const at = text.indexOf(needle);
  if (at === -1 || text.indexOf(needle, at + needle.length) !== -1) return undefined;
  let i = skipSpace(text, 0);
  if (text.charCodeAt(i) !== 0x7b /* { */) return undefined;
  if (skipSpace(text, i + 1) !== at) return undefined;
  i = skipSpace(text, at + needle.length);
  if (text.charCodeAt(i) !== 0x3a /* : */) return undefined;
  i = skipSpace(text, i + 1);
  if (text.charCodeAt(i) !== 0x22 /* " */) return undefined;
  const end = text.indexOf('"', i + 1);
  if (end === -1) return undefined;
  const backslash = text.indexOf('\\', i + 1);
  if (backslash !== -1 && backslash < end) return undefined;
  const after = skipSpace(text, end + 1);
  const next = text.charCodeAt(after);
  if (next !== 0x2c /* , */ && next !== 0x7d /* } */) return undefined;
  return text.slice(i + 1, end);
}

function skipSpace(text: string, from: number): number {
  let i = from;
  for (;;) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) return i;
    i++;
  }
}

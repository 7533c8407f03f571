import { compileMessageTemplate, type MessagePart } from '../profiles/index.ts';
import type { SignatureSpec } from '../profiles/types.ts';
import type { Bytes } from './hmac.ts';

type Builder = (source: MessageSource) => Bytes | MessageFailure;
const builders = new WeakMap<SignatureSpec, Builder>();

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
type MessageProblem = 'missing-timestamp' | 'unreadable-body';

/** A signed message that could not be assembled, and why. */
export interface MessageFailure {
  readonly problem: MessageProblem;
  readonly detail: string;
}

/**
 * The exact bytes a profile signs: the body itself for `{body}`, the `event_id` for `{field:event_id}`,
 * `"{timestamp}.{body}"` for timestamped dialects. Returns a {@link MessageFailure} when a part is missing.
 * Each spec's template is compiled once into a specialised builder.
 *
 * @example
 * ```ts
 * signedMessage(profiles['spike-forms-timestamped'].signature, { body: '{}', timestamp: '1700000000' });
 * // '1700000000.{}'
 * ```
 */
export function signedMessage(spec: SignatureSpec, source: MessageSource): Bytes | MessageFailure {
  let build = builders.get(spec);
  if (build === undefined) {
    build = compileBuilder(spec);
    builders.set(spec, build);
  }
  return build(source);
}

function compileBuilder(spec: SignatureSpec): Builder {
  const parts = compileMessageTemplate(spec.signs);
  const readers = parts.map((part) => partReader(spec, part));
  if (readers.length === 1) return readers[0] as Builder;
  return (source) => {
    // Text parts are joined by concatenation (cheap: V8 builds a rope that the HMAC flattens once); binary parts
    // switch the whole message to bytes.
    let text = '';
    let bytes: Buffer[] | undefined;
    for (const reader of readers) {
      const value = reader(source);
      if (isMessageFailure(value)) return value;
      if (bytes === undefined && typeof value === 'string') text += value;
      else {
        bytes ??= [Buffer.from(text)];
        bytes.push(
          typeof value === 'string'
            ? Buffer.from(value)
            : Buffer.from(value.buffer, value.byteOffset, value.byteLength),
        );
      }
    }
    return bytes === undefined ? text : Buffer.concat(bytes);
  };
}

/** Reads one part of the signed message from a delivery. */
function partReader(
  spec: SignatureSpec,
  part: MessagePart,
): (source: MessageSource) => Bytes | MessageFailure {
  switch (part.type) {
    case 'literal':
      return () => part.text;
    case 'body':
      return (source) => source.body;
    case 'timestamp': {
      const missing: MessageFailure = {
        problem: 'missing-timestamp',
        detail: `the ${spec.timestampHeader ?? 'timestamp'} header is missing`,
      };
      return (source) => source.timestamp ?? missing;
    }
    case 'field':
      return (source) => {
        const result =
          source.parsed === undefined
            ? readJsonField(source.body, part.path)
            : readPath(source.parsed, part.path);
        if (!result.found) return { problem: 'unreadable-body', detail: result.detail };
        return typeof result.value === 'string' ? result.value : JSON.stringify(result.value);
      };
  }
}

/** True when {@link signedMessage} could not assemble the message. */
export function isMessageFailure(message: Bytes | MessageFailure): message is MessageFailure {
  return typeof message === 'object' && !(message instanceof Uint8Array);
}

type FieldRead =
  | { readonly found: true; readonly value: unknown }
  | { readonly found: false; readonly detail: string };

/** Reads a field of a JSON body the way the receiver's `JSON.parse` sees it (the last of duplicate keys wins). */
function readJsonField(body: Bytes, path: readonly string[]): FieldRead {
  const text =
    typeof body === 'string'
      ? body
      : Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8');
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

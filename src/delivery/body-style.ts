import { invalid, listChoices, SpikeKitError, showValue } from '../core/index.ts';

/**
 * How a body is written. `compact` is `JSON.stringify`. The others write bytes that parse to the same value but
 * re-serialise differently, so a receiver that verifies `JSON.stringify(JSON.parse(body))` instead of the raw
 * bytes fails on them. What each one guarantees:
 *
 * - `pretty`: two-space indentation and newlines; changes the bytes of any non-empty object or array;
 * - `spaced`: a space after `:` and `,` (Python's `json.dumps` default); changes the bytes of any object with a
 *   field and any array of two or more items;
 * - `ascii`: strings and keys in printable ASCII, with only letters, digits and spaces written as themselves:
 *   `"`, `\` and `/` as `\"`, `\\`, `\/`, every other character (non-ASCII, control, and punctuation such as `_`,
 *   `-`, `:`, `.`, `@`) as `\uXXXX`; changes the bytes of any body with such a character in a string or key
 *   (every Spike payload: keys like `event_id`, timestamps, ids);
 * - `padded-decimals`: fractional numbers written with a trailing zero (`1.50`); integers stay integers (`2`,
 *   never `2.0`, which typed receivers may rightly refuse for an integer field) and exponent forms stay as they
 *   are (`1e-7`), so it changes the bytes of bodies holding a fraction such as `0.25` only (not v3 bodies, which
 *   hold no numbers: use `awkward` for a change guaranteed everywhere);
 * - `trailing-newline`: a final `\n`; changes the bytes of every body;
 * - `awkward`: `spaced`, `ascii`, `padded-decimals` and `trailing-newline` together; always changes the bytes (at
 *   least the final newline), for every profile and kind.
 */
export type BodyStyle =
  | 'compact'
  | 'pretty'
  | 'spaced'
  | 'ascii'
  | 'padded-decimals'
  | 'trailing-newline'
  | 'awkward';

/** Every {@link BodyStyle}. */
export const bodyStyles: readonly BodyStyle[] = [
  'compact',
  'pretty',
  'spaced',
  'ascii',
  'padded-decimals',
  'trailing-newline',
  'awkward',
];

/** Deepest body written (Spike payloads nest a handful of levels; deeper is a mistake, not a payload). */
const MAX_DEPTH = 1000;

interface Writer {
  readonly indent: string;
  readonly spaced: boolean;
  readonly ascii: boolean;
  readonly padDecimals: boolean;
  /** The objects and arrays being written, to refuse a circular value. */
  readonly open: Set<object>;
}

/**
 * Serialises a JSON value in one or more {@link BodyStyle}s (a list combines them; an empty list is `compact`).
 * Deterministic: the same value and styles give the same bytes. As `JSON.stringify` does, `undefined`, functions
 * and symbols in objects are left out (`null` in arrays), non-finite numbers are written `null`, and `toJSON` is
 * called.
 *
 * @throws {SpikeKitError} `INVALID_OPTION` for an unknown style; `INVALID_EVENT` for a value JSON cannot hold (a
 *   circular one, a `bigint`, `undefined` itself, nesting deeper than 1000 levels).
 * @example
 * ```ts
 * serializeBody({ name: 'Zoë', ratio: 1.5 }, 'awkward'); // '{"name": "Zo\\u00eb", "ratio": 1.50}\n'
 * ```
 */
export function serializeBody(value: unknown, style: BodyStyle | readonly BodyStyle[] = 'compact'): string {
  const styles = styleSet(style);
  const awkward = styles.has('awkward');
  const writer: Writer = {
    indent: styles.has('pretty') ? '  ' : '',
    spaced: awkward || styles.has('spaced'),
    ascii: awkward || styles.has('ascii'),
    padDecimals: awkward || styles.has('padded-decimals'),
    open: new Set(),
  };
  const newline = awkward || styles.has('trailing-newline') ? '\n' : '';
  if (!writer.indent && !writer.spaced && !writer.ascii && !writer.padDecimals) {
    return compact(value) + newline;
  }
  return write(value, writer, '', 0) + newline;
}

function styleSet(style: unknown): ReadonlySet<BodyStyle> {
  const list = typeof style === 'string' ? [style] : Array.isArray(style) ? (style as unknown[]) : undefined;
  if (list === undefined) {
    throw invalid(
      'INVALID_OPTION',
      'The body style',
      `one of ${listChoices(bodyStyles)}, or a list of them`,
      style,
      {
        details: { option: 'bodyStyle', valid: bodyStyles },
      },
    );
  }
  for (const s of list) {
    if (!bodyStyles.includes(s as BodyStyle)) {
      throw new SpikeKitError(
        'INVALID_OPTION',
        `Unknown body style ${typeof s === 'string' ? `'${s}'` : showValue(s)}: use ${listChoices(bodyStyles)}.`,
        { style: s, valid: bodyStyles },
      );
    }
  }
  return new Set(list as BodyStyle[]);
}

function unwritable(reason: string, value: unknown, cause?: unknown): SpikeKitError {
  return invalid('INVALID_EVENT', 'A body', 'a JSON value', value, {
    details: { reason },
    hint: `It ${reason}.`,
    ...(cause === undefined ? {} : { cause }),
  });
}

function compact(value: unknown): string {
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch (error) {
    if (typeof value === 'bigint' || /BigInt/i.test(String(error)))
      throw unwritable('holds a bigint', value, error);
    if (error instanceof RangeError) throw unwritable('nests too deeply', value, error);
    throw unwritable('is circular (or its toJSON failed)', value, error);
  }
  if (text === undefined) throw unwritable('has no JSON form (undefined, a function or a symbol)', value);
  return text;
}

function write(value: unknown, w: Writer, depth: string, level: number): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return w.ascii ? asciiString(value) : JSON.stringify(value);
  if (typeof value === 'number') return number(value, w);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'bigint') throw unwritable('holds a bigint', value);
  if (typeof value !== 'object') {
    if (level === 0) throw unwritable('has no JSON form (undefined, a function or a symbol)', value);
    return 'null';
  }
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    return write((value as { toJSON: () => unknown }).toJSON(), w, depth, level);
  }
  if (w.open.has(value)) throw unwritable('is circular', '(circular)');
  if (level >= MAX_DEPTH) throw unwritable(`nests deeper than ${MAX_DEPTH} levels`, '(too deep)');
  w.open.add(value);
  try {
    const inner = depth + w.indent;
    const open = w.indent ? `\n${inner}` : '';
    const close = w.indent ? `\n${depth}` : '';
    const comma = w.indent ? `,\n${inner}` : w.spaced ? ', ' : ',';
    if (Array.isArray(value)) {
      if (value.length === 0) return '[]';
      return `[${open}${value.map((item) => write(item, w, inner, level + 1)).join(comma)}${close}]`;
    }
    const entries = Object.entries(value as Record<string, unknown>).filter(
      ([, v]) => v !== undefined && typeof v !== 'function' && typeof v !== 'symbol',
    );
    if (entries.length === 0) return '{}';
    const colon = w.indent || w.spaced ? ': ' : ':';
    const body = entries
      .map(
        ([k, v]) => `${w.ascii ? asciiString(k) : JSON.stringify(k)}${colon}${write(v, w, inner, level + 1)}`,
      )
      .join(comma);
    return `{${open}${body}${close}}`;
  } finally {
    w.open.delete(value);
  }
}

function number(value: number, w: Writer): string {
  if (!Number.isFinite(value)) return 'null';
  const text = JSON.stringify(value);
  if (w.padDecimals && !Number.isInteger(value) && !text.includes('e')) return `${text}0`;
  return text;
}

/** Letters, digits and space: the only characters `ascii` writes as themselves. */
function plain(code: number): boolean {
  return (
    code === 0x20 ||
    (code >= 0x30 && code <= 0x39) ||
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x61 && code <= 0x7a)
  );
}

function asciiString(value: string): string {
  let out = '"';
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (plain(code)) out += value[i];
    else if (code === 0x22) out += '\\"';
    else if (code === 0x5c) out += '\\\\';
    else if (code === 0x2f) out += '\\/';
    else out += `\\u${code.toString(16).padStart(4, '0')}`;
  }
  return `${out}"`;
}

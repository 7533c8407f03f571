import { listChoices, SpikeKitError } from '../core/index.ts';

/**
 * How a body is written. `compact` is `JSON.stringify`. The others produce bytes that parse to the same value but
 * re-serialise differently, so a receiver that verifies `JSON.stringify(JSON.parse(body))` instead of the raw
 * bytes fails on them:
 *
 * - `pretty`: two-space indentation and newlines;
 * - `spaced`: a space after `:` and `,` (Python's `json.dumps` default);
 * - `ascii`: every non-ASCII character and `/` escaped (`\u00e9`, `\/`);
 * - `padded-decimals`: fractional numbers written with a trailing zero (`1.50`);
 * - `trailing-newline`: a final `\n`;
 * - `awkward`: all of the above except `pretty`.
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

interface Writer {
  readonly indent: string;
  readonly spaced: boolean;
  readonly ascii: boolean;
  readonly padDecimals: boolean;
}

/**
 * Serialises a JSON value in one or more {@link BodyStyle}s. Deterministic: the same value and styles give the same
 * bytes.
 *
 * @throws {SpikeKitError} `INVALID_OPTION` for an unknown style.
 * @example
 * ```ts
 * serializeBody({ name: 'Zoë', ratio: 1.5 }, 'awkward'); // '{"name": "Zo\\u00eb", "ratio": 1.50}\n'
 * ```
 */
export function serializeBody(value: unknown, style: BodyStyle | readonly BodyStyle[] = 'compact'): string {
  const styles = new Set(typeof style === 'string' ? [style] : style);
  for (const s of styles) {
    if (!bodyStyles.includes(s)) {
      throw new SpikeKitError(
        'INVALID_OPTION',
        `Unknown body style '${s}': use ${listChoices(bodyStyles)}.`,
        {
          style: s,
          valid: bodyStyles,
        },
      );
    }
  }
  const awkward = styles.has('awkward');
  const writer: Writer = {
    indent: styles.has('pretty') ? '  ' : '',
    spaced: awkward || styles.has('spaced'),
    ascii: awkward || styles.has('ascii'),
    padDecimals: awkward || styles.has('padded-decimals'),
  };
  const newline = awkward || styles.has('trailing-newline') ? '\n' : '';
  if (!writer.indent && !writer.spaced && !writer.ascii && !writer.padDecimals)
    return JSON.stringify(value) + newline;
  return write(value, writer, '') + newline;
}

function write(value: unknown, w: Writer, depth: string): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return w.ascii ? asciiString(value) : JSON.stringify(value);
  if (typeof value === 'number') return number(value, w);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    return write((value as { toJSON: () => unknown }).toJSON(), w, depth);
  }
  const inner = depth + w.indent;
  const open = w.indent ? `\n${inner}` : '';
  const close = w.indent ? `\n${depth}` : '';
  const comma = w.indent ? `,\n${inner}` : w.spaced ? ', ' : ',';
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[${open}${value.map((item) => write(item, w, inner)).join(comma)}${close}]`;
  }
  const entries = Object.entries(value as Record<string, unknown>).filter(
    ([, v]) => v !== undefined && typeof v !== 'function' && typeof v !== 'symbol',
  );
  if (entries.length === 0) return '{}';
  const colon = w.indent || w.spaced ? ': ' : ':';
  const body = entries
    .map(([k, v]) => `${w.ascii ? asciiString(k) : JSON.stringify(k)}${colon}${write(v, w, inner)}`)
    .join(comma);
  return `{${open}${body}${close}}`;
}

function number(value: number, w: Writer): string {
  if (!Number.isFinite(value)) return 'null';
  const text = JSON.stringify(value);
  if (w.padDecimals && !Number.isInteger(value) && !text.includes('e')) return `${text}0`;
  return text;
}

function asciiString(value: string): string {
  let out = '"';
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code === 0x22) out += '\\"';
    else if (code === 0x5c) out += '\\\\';
    else if (code === 0x2f) out += '\\/';
    else if (code < 0x20 || code > 0x7e) out += `\\u${code.toString(16).padStart(4, '0')}`;
    else out += value[i];
  }
  return `${out}"`;
}

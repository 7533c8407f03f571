import { invalid } from '../core/index.ts';

/**
 * Headers in any shape a handler has at hand: a fetch `Headers`, Node's `req.headers` (values may be arrays), a
 * plain object with any casing, or a list of `[name, value]` pairs.
 *
 * @example
 * ```ts
 * const headers: HeadersInput = { 'x-spike-signature': ['sha256=ab'] };
 * ```
 */
export type HeadersInput =
  | Headers
  | Readonly<Record<string, string | readonly string[] | number | undefined | null>>
  | Iterable<readonly [string, string]>;

/**
 * Every value of header `name`, matched case-insensitively as HTTP does: ASCII letters only (a KELVIN SIGN `K`
 * is not a `k`). Repeated headers and comma-joined values are split apart, so a duplicated signature header is
 * visible as two values. Never throws on `headers`: unusable input reads as no values.
 *
 * @throws {SpikeKitError} `INVALID_OPTION` when `name` is not a non-empty string.
 *
 * @example
 * ```ts
 * readHeader({ 'x-spike-signature': 'sha256=ab' }, 'X-Spike-Signature'); // ['sha256=ab']
 * readHeader(new Headers([['a', '1'], ['A', '2']]), 'a');                // ['1', '2']
 * ```
 */
export function readHeader(headers: HeadersInput | null | undefined, name: string): string[] {
  if (typeof name !== 'string' || name === '') {
    throw invalid('INVALID_OPTION', "readHeader's name", 'a header name such as "X-Spike-Signature"', name);
  }
  const raw: unknown[] = [];
  try {
    if (headers === null || headers === undefined || typeof headers !== 'object') return [];
    const wanted = asciiLower(name);
    if (typeof Headers !== 'undefined' && headers instanceof Headers) {
      const value = headers.get(wanted);
      if (value !== null) raw.push(value);
    } else if (
      Symbol.iterator in headers &&
      typeof (headers as Iterable<unknown>)[Symbol.iterator] === 'function'
    ) {
      for (const pair of headers as Iterable<unknown>) {
        if (Array.isArray(pair) && typeof pair[0] === 'string' && asciiLower(pair[0]) === wanted)
          raw.push(pair[1]);
      }
    } else {
      for (const key of Object.keys(headers)) {
        if (key.length === wanted.length && asciiLower(key) === wanted) {
          raw.push((headers as Record<string, unknown>)[key]);
        }
      }
    }
  } catch {
    return [];
  }
  const values: string[] = [];
  for (const entry of raw) {
    for (const item of Array.isArray(entry) ? entry : [entry]) {
      if (typeof item !== 'string' && typeof item !== 'number') continue;
      for (const part of String(item).split(',')) {
        const trimmed = part.trim();
        if (trimmed !== '') values.push(trimmed);
      }
    }
  }
  return values;
}

/**
 * Lower-cases ASCII letters only, as HTTP header names are compared (`String#toLowerCase` also folds non-ASCII
 * letters such as U+212A KELVIN SIGN into `k`).
 *
 * @example
 * ```ts
 * asciiLower('X-Spike-Signature'); // 'x-spike-signature'
 * asciiLower('\u212A');           // '\u212A'
 * ```
 */
export function asciiLower(text: string): string {
  return /[\u0080-\uffff]/.test(text)
    ? text.replace(/[A-Z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 32))
    : text.toLowerCase();
}

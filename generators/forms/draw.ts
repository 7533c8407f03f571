import { codeUnitAt } from '../../src/core/code-unit.ts';
import type { Rng } from '../../src/core/index.ts';
import { B36_4 } from '../core/base36.ts';

// Fast draws for the hot path: one Rng draw per weighted choice, several characters or digits per draw.

/** A weighted choice prepared once: values and their cumulative weights. */
export interface WeightedTable<T> {
  readonly values: readonly T[];
  readonly cumulative: readonly number[];
}

/**
 * Prepares `[value, weight]` pairs for {@link drawWeighted}.
 *
 * @example
 * ```ts
 * const coin = weightedTable([['heads', 1], ['tails', 1]]);
 * ```
 */
export function weightedTable<T>(entries: readonly (readonly [T, number])[]): WeightedTable<T> {
  let total = 0;
  const cumulative = entries.map(([, weight]) => (total += weight));
  return { values: entries.map(([value]) => value), cumulative: cumulative.map((sum) => sum / total) };
}

/**
 * One value of a {@link WeightedTable}, with a single draw.
 *
 * @example
 * ```ts
 * drawWeighted(rng, coin); // 'heads' or 'tails'
 * ```
 */
export function drawWeighted<T>(rng: Rng, table: WeightedTable<T>): T {
  const roll = rng.next();
  const { cumulative, values } = table;
  let i = 0;
  while (i < cumulative.length - 1 && roll >= (cumulative[i] as number)) i++;
  return values[i] as T;
}

/** Where uniform draws come from: a stream, or draws taken from one beforehand ({@link replay}). */
export type Draws = Pick<Rng, 'next'>;

/**
 * The draws `values[from]`, `values[from + 1]` ... given back in order: for a value whose draws the stream takes
 * before it is known whether it is needed (written only when it is).
 *
 * @example
 * ```ts
 * const taken = [rng.next(), rng.next()];
 * randomChars(replay(taken, 0), 10, 'base36'); // what randomChars(rng, 10, 'base36') would have written
 * ```
 */
export function replay(values: readonly number[], from: number): Draws {
  let i = from;
  return { next: () => values[i++] as number };
}

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const BASE36 = '0123456789abcdefghijklmnopqrstuvwxyz';
const BASE64URL_CODES = Array.from(BASE64URL, (char) => char.charCodeAt(0));
const BASE36_CODES = Array.from(BASE36, (char) => char.charCodeAt(0));
/** The character codes of the first and the second digit of the base-36 digit pairs `00` to `zz`. */
const PAIR_FIRST = Array.from({ length: 1296 }, (_, n) => BASE36_CODES[Math.floor(n / 36)] as number);
const PAIR_SECOND = Array.from({ length: 1296 }, (_, n) => BASE36_CODES[n % 36] as number);
/** The most characters {@link randomChars} writes in one string: four draws. */
const CHUNK = 20;
/** The character codes of one chunk, reused (written, then read into one flat string). */
const codes = Array.from({ length: CHUNK }, () => 0);

/**
 * `length` random characters of `alphabet` (36 or 64 symbols), five per draw: base 36 as
 * `toString(36).padStart(5, '0')` writes a draw below 36^5, base64url six bits at a time from the lowest.
 *
 * @example
 * ```ts
 * randomChars(rng, 20, 'base36'); // 'kppdwm5om1mxg6b26tuf'
 * ```
 */
export function randomChars(rng: Draws, length: number, alphabet: 'base36' | 'base64url'): string {
  if (length <= CHUNK) return length > 0 ? chunk(rng, length, alphabet === 'base36') : '';
  let out = '';
  for (let left = length; left > 0; left -= CHUNK)
    out += chunk(rng, Math.min(CHUNK, left), alphabet === 'base36');
  return out;
}

/**
 * One to twenty characters, from ceil(length / 5) draws, written as one flat string (a string built character by
 * character is a chain of concatenations that is flattened again when hashed or serialised).
 */
function chunk(rng: Draws, length: number, base36: boolean): string {
  for (let n = 0; n < length; n += 5) {
    if (base36) {
      const value = Math.floor(rng.next() * 60_466_176);
      const high = Math.floor(value / B36_4);
      const rest = value - high * B36_4;
      const mid = Math.floor(rest / 1296);
      const low = rest - mid * 1296;
      codes[n] = BASE36_CODES[high] as number;
      codes[n + 1] = PAIR_FIRST[mid] as number;
      codes[n + 2] = PAIR_SECOND[mid] as number;
      codes[n + 3] = PAIR_FIRST[low] as number;
      codes[n + 4] = PAIR_SECOND[low] as number;
    } else {
      let value = Math.floor(rng.next() * 1_073_741_824);
      for (let k = 0; k < 5; k++, value >>>= 6) codes[n + k] = BASE64URL_CODES[value & 63] as number;
    }
  }
  const c = codes as number[];
  const all = String.fromCharCode(
    c[0] as number,
    c[1] as number,
    c[2] as number,
    c[3] as number,
    c[4] as number,
    c[5] as number,
    c[6] as number,
    c[7] as number,
    c[8] as number,
    c[9] as number,
    c[10] as number,
    c[11] as number,
    c[12] as number,
    c[13] as number,
    c[14] as number,
    c[15] as number,
    c[16] as number,
    c[17] as number,
    c[18] as number,
    c[19] as number,
  );
  return length === CHUNK ? all : all.slice(0, length);
}

/**
 * Replaces `#` in a pattern with a random digit and `!` with a digit from 2 to 9, nine digits per draw.
 *
 * @example
 * ```ts
 * fillDigits(rng, '+1!##!######'); // '+14155550123'
 * ```
 */
export function fillDigits(rng: Rng, pattern: string): string {
  let out = '';
  let pool = 0;
  let left = 0;
  const length = pattern.length;
  for (let i = 0; i < length; i++) {
    const code = codeUnitAt(pattern, i);
    if (code !== HASH && code !== BANG) {
      out += pattern[i];
      continue;
    }
    if (left === 0) {
      pool = Math.floor(rng.next() * 1e9);
      left = 9;
    }
    const digit = pool % 10;
    pool = (pool - digit) / 10;
    left--;
    out += code === HASH ? digit : 2 + (digit % 8);
  }
  return out;
}
const HASH = 35;
const BANG = 33;

/**
 * `n` distinct elements of `items` in random order, with `n` draws (a partial shuffle).
 *
 * @example
 * ```ts
 * pickSome(rng, ['a', 'b', 'c', 'd'], 2); // ['c', 'a']
 * ```
 */
export function pickSome<T>(rng: Rng, items: readonly T[], n: number): T[] {
  const pool = items.slice();
  const count = Math.min(n, pool.length);
  for (let i = 0; i < count; i++) {
    const j = i + Math.floor(rng.next() * (pool.length - i));
    const chosen = pool[j] as T;
    pool[j] = pool[i] as T;
    pool[i] = chosen;
  }
  pool.length = count;
  return pool;
}

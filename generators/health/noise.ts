import type { Rng } from '../../src/core/index.ts';

// Stateless noise: a value for any (salt, index) without drawing from a stream, so every payload that looks at the
// same minute of the same person sees the same number, whatever else it computed. Indexes are small integers
// (minutes or seconds since 1970 in local time fit in 31 bits until 2038; later ones wrap, still deterministically).

/**
 * A 32-bit hash of a salt and an integer (a multiplicative mix and the murmur3 finaliser).
 *
 * @example
 * ```ts
 * hash32(7, 42) === hash32(7, 42); // true, and unrelated to hash32(7, 43)
 * ```
 */
export function hash32(salt: number, n: number): number {
  let h = Math.imul(n ^ salt, 0x9e3779b1) ^ salt;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * A uniform value in [0, 1) for `(salt, n)`.
 *
 * @example
 * ```ts
 * const coin = hash01(salt, minute) < 0.5;
 * ```
 */
export function hash01(salt: number, n: number): number {
  return hash32(salt, n) / 4294967296;
}

/**
 * A uniform value in [-1, 1) for `(salt, n)`.
 *
 * @example
 * ```ts
 * const jitter = 1.5 * hashSigned(salt, minute); // ±1.5
 * ```
 */
export function hashSigned(salt: number, n: number): number {
  return hash32(salt, n) / 2147483648 - 1;
}

/**
 * Smooth noise in [-1, 1): random values at integer `x`, smoothly interpolated between them.
 *
 * @example
 * ```ts
 * const drift = 0.8 * smoothNoise(salt, dayNo / 9); // changes over about nine days
 * ```
 */
export function smoothNoise(salt: number, x: number): number {
  const i = Math.floor(x);
  const f = x - i;
  const t = f * f * (3 - 2 * f);
  const a = hashSigned(salt, i);
  return a + (hashSigned(salt, i + 1) - a) * t;
}

/**
 * A value of mean 0 and SD 1 for `(salt, n)`, stateless and close to normal: the sum of four uniform 16-bit halves
 * of two hashes (Irwin-Hall), cheap enough to sum by the dozen for every day.
 *
 * @example
 * ```ts
 * hashNormal(7, 20468); // the same draw for day 20468 every time, mean 0 and SD 1 over many days
 * ```
 */
export function hashNormal(salt: number, n: number): number {
  const a = hash32(salt, n);
  const b = hash32(salt ^ 0x2545f491, n);
  const sum = (a & 0xffff) + (a >>> 16) + (b & 0xffff) + (b >>> 16);
  return (sum / 65536 - 2) * Math.sqrt(3);
}

const weightTables = new Map<number, Float64Array>();

/** Smoothstep weights `t(j / period)` for `j = 0 .. period - 1`. */
function weights(period: number): Float64Array {
  let table = weightTables.get(period);
  if (table === undefined) {
    table = Float64Array.from({ length: period }, (_, j) => {
      const f = j / period;
      return f * f * (3 - 2 * f);
    });
    weightTables.set(period, table);
  }
  return table;
}

const scratchBuffers = new Map<string, Float64Array>();

/**
 * Smooth noise for consecutive integers: `out[k] = smoothNoise(salt, (from + k) / period)` for `k < length`
 * (`from` and `period` whole numbers), hashing each knot once: the fast path of the per-minute loops. The result is
 * a reusable buffer named `slot`, valid until the next call with the same slot (each signal has its own slot, so
 * computing one signal inside another cannot overwrite it).
 *
 * @example
 * ```ts
 * const noise = smoothRange(salt, firstMinute, 11, 1440, 'day-hr'); // noise[m] for each minute of a day
 * ```
 */
export function smoothRange(
  salt: number,
  from: number,
  period: number,
  length: number,
  slot: string,
): Float64Array {
  let out = scratchBuffers.get(slot);
  if (out === undefined || out.length < length) {
    out = new Float64Array(Math.max(length, 1440));
    scratchBuffers.set(slot, out);
  }
  const w = weights(period);
  let knot = Math.floor(from / period);
  let j = from - knot * period;
  let a = hashSigned(salt, knot);
  let b = hashSigned(salt, knot + 1);
  for (let k = 0; k < length; k++) {
    out[k] = a + (b - a) * (w[j] as number);
    if (++j === period) {
      j = 0;
      knot++;
      a = b;
      b = hashSigned(salt, knot + 1);
    }
  }
  return out;
}

/**
 * Derives a salt for one signal from a person's salt.
 *
 * @example
 * ```ts
 * const hrSalt = subSalt(personSalt, 1);
 * ```
 */
export function subSalt(salt: number, signal: number): number {
  return hash32(salt, signal + 0x51ed27);
}

/** Character codes of the lower-case hex digits, and of `-`. */
const HEX_CODES = Array.from('0123456789abcdef', (ch) => ch.charCodeAt(0));
const DASH = 45;

/**
 * A UUID v4 (RFC 9562 layout, lower case) from four 32-bit draws of a stream (cheaper than `Rng.uuid`).
 *
 * @example
 * ```ts
 * fastUuid(new Rng(1)); // the same UUID for seed 1 every time
 * ```
 */
export function fastUuid(rng: Rng): string {
  return uuidOfWords(uuidWord(rng), uuidWord(rng), uuidWord(rng), uuidWord(rng));
}

/**
 * One of the four 32-bit draws of {@link fastUuid}: draw them now and format later with {@link uuidOfWords}.
 *
 * @example
 * ```ts
 * const rng = new Rng(1);
 * const words = [uuidWord(rng), uuidWord(rng), uuidWord(rng), uuidWord(rng)] as const;
 * uuidOfWords(...words) === fastUuid(new Rng(1)); // true
 * ```
 */
export function uuidWord(rng: Rng): number {
  return (rng.next() * 4294967296) >>> 0;
}

/**
 * The UUID v4 of four 32-bit words (see {@link fastUuid}).
 *
 * @example
 * ```ts
 * uuidOfWords(0, 0, 0, 0); // '00000000-0000-4000-8000-000000000000'
 * ```
 */
export function uuidOfWords(a: number, b: number, c: number, d: number): string {
  // One call with the 36 character codes: far cheaper than joining 16 two-character pieces.
  const x = HEX_CODES;
  const nib = (w: number, shift: number) => x[(w >>> shift) & 15] as number;
  return String.fromCharCode(
    nib(a, 28),
    nib(a, 24),
    nib(a, 20),
    nib(a, 16),
    nib(a, 12),
    nib(a, 8),
    nib(a, 4),
    nib(a, 0),
    DASH,
    nib(b, 28),
    nib(b, 24),
    nib(b, 20),
    nib(b, 16),
    DASH,
    x[4] as number,
    nib(b, 8),
    nib(b, 4),
    nib(b, 0),
    DASH,
    x[8 | ((c >>> 28) & 3)] as number,
    nib(c, 24),
    nib(c, 20),
    nib(c, 16),
    DASH,
    nib(c, 12),
    nib(c, 8),
    nib(c, 4),
    nib(c, 0),
    nib(d, 28),
    nib(d, 24),
    nib(d, 20),
    nib(d, 16),
    nib(d, 12),
    nib(d, 8),
    nib(d, 4),
    nib(d, 0),
  );
}

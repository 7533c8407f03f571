import { codeUnitAt } from './code-unit.ts';
import { invalid } from './errors.ts';

/** The longest string `hex` and `chars` draw: longer is a mistake (and `Infinity` would never return). */
const MAX_CHARS = 1_000_000;

/**
 * A small, fast, seeded pseudo-random generator (sfc32, seeded through a string hash). Deterministic: the same
 * seed gives the same stream on every platform. `fork(label)` derives an independent stream from the seed and a
 * label without consuming this one, so a sub-part (one user, one day) is the same however much else was drawn.
 *
 * @example
 * ```ts
 * import { Rng } from 'spike-webhook-kit';
 * const rng = new Rng(42);
 * rng.int(1, 6);                 // a die roll
 * rng.fork('user:1').uuid();     // the same uuid for seed 42 whatever else rng drew
 * ```
 *
 * Bad input: a seed that is not a finite number, a string or a list of them, a `parent` that is not an `Rng`, and a
 * `hex`/`chars` length that is not a whole number from 0 to 1 000 000 are `INVALID_OPTION`. The draw methods
 * (`int`, `float`, `normal`, `clampedNormal`, `bool`, `pick`, `weighted`, `sample`) are the generators' hot path and
 * are accepted as given, unchecked: they return at once, and arguments outside their contract give an unspecified
 * value (`int(NaN, 3)` is `NaN`, `pick([])` is `undefined`). Parts of a seed list are read with `String(part)`.
 */
export class Rng {
  // Initialised with small integers so the fields start (and stay) as unboxed integers: `next` writes four of them
  // per draw, and a field first set to `undefined` would make every write pay for a generic store.
  #a = 0;
  #b = 0;
  #c = 0;
  #d = 0;
  /** The string hash of {@link Rng.key} before finalisation: forks continue it with `/` and their label. */
  readonly #h1: number = 0;
  readonly #h2: number = 0;
  readonly #h3: number = 0;
  readonly #h4: number = 0;
  /** The key, built on first read (`parent.key/label` for forks): hashing never needs the whole string. */
  #key: string | undefined;
  readonly #parent: Rng | undefined;
  readonly #label: number | string | readonly (string | number)[];

  /**
   * The stream of a seed, or with `parent` the fork `parent.fork(seed)`, keyed `parent.key/seed`. A seed given as
   * parts is their concatenation: `['day', 3]` is `'day3'`.
   *
   * @example
   * ```ts
   * new Rng('day', new Rng(42)).next() === new Rng(42).fork('day').next(); // true
   * ```
   */
  constructor(seed: number | string | readonly (string | number)[], parent?: Rng) {
    if (
      typeof seed === 'number' ? !Number.isFinite(seed) : typeof seed !== 'string' && !Array.isArray(seed)
    ) {
      throw invalid('INVALID_OPTION', 'An Rng seed', 'a finite number, a string, or a list of them', seed);
    }
    if (parent !== undefined && !(parent instanceof Rng)) {
      throw invalid('INVALID_OPTION', "An Rng's parent", 'an Rng (or undefined)', parent);
    }
    this.#parent = parent;
    this.#label = seed;
    // cyrb128 of the key (its initial words as int32, like every word it computes), continued from the parent's
    // state for a fork, whose key is `parent.key/seed`. A seed in parts is hashed part by part, so a label built
    // from pieces is never concatenated (and flattened) first.
    let h1 = parent === undefined ? 1779033703 : parent.#h1;
    let h2 = parent === undefined ? 3144134277 | 0 : parent.#h2;
    let h3 = parent === undefined ? 1013904242 : parent.#h3;
    let h4 = parent === undefined ? 2773480762 | 0 : parent.#h4;
    const parts = typeof seed === 'object' ? seed : undefined;
    const count = parts === undefined ? 1 : parts.length;
    for (let p = parent === undefined ? 0 : -1; p < count; p++) {
      const part = p < 0 ? '/' : parts === undefined ? seed : parts[p];
      const text = typeof part === 'string' ? part : String(part);
      // Labels come in every string representation: the length is read once, the code units by codeUnitAt.
      const length = text.length;
      for (let i = 0; i < length; i++) {
        const k = codeUnitAt(text, i);
        h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
        h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
        h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
        h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
      }
    }
    this.#h1 = h1;
    this.#h2 = h2;
    this.#h3 = h3;
    this.#h4 = h4;
    // The hash's finalisation: the four 32-bit seeds of sfc32.
    let a = Math.imul(h3 ^ (h1 >>> 18), 597399067);
    let b = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
    let c = Math.imul(a ^ (h3 >>> 17), 951274213);
    let d = Math.imul(b ^ (h4 >>> 19), 2716044179);
    a ^= b ^ c ^ d;
    b ^= a;
    c ^= a;
    d ^= a;
    // Twelve warm-up rounds of sfc32 (as `next` below), on locals.
    for (let i = 0; i < 12; i++) {
      const t = (((a + b) | 0) + d) | 0;
      d = (d + 1) | 0;
      a = b ^ (b >>> 9);
      b = (c + (c << 3)) | 0;
      c = (c << 21) | (c >>> 11);
      c = (c + t) | 0;
    }
    this.#a = a;
    this.#b = b;
    this.#c = c;
    this.#d = d;
  }

  /** The identity of this stream: the seed, and for a fork `parent.key/label`. */
  get key(): string {
    if (this.#key === undefined) {
      const label = typeof this.#label === 'object' ? this.#label.join('') : String(this.#label);
      this.#key = this.#parent === undefined ? label : `${this.#parent.key}/${label}`;
    }
    return this.#key;
  }

  /** A float in [0, 1). */
  next(): number {
    const t = (((this.#a + this.#b) | 0) + this.#d) | 0;
    this.#d = (this.#d + 1) | 0;
    this.#a = this.#b ^ (this.#b >>> 9);
    this.#b = (this.#c + (this.#c << 3)) | 0;
    this.#c = (this.#c << 21) | (this.#c >>> 11);
    this.#c = (this.#c + t) | 0;
    return (t >>> 0) / 4294967296;
  }

  /**
   * An independent stream for `label`, derived from this stream's key (does not consume this stream). A label given
   * in parts is their concatenation, hashed piece by piece: `fork('day:', 3)` is `fork('day:3')`, cheaper.
   *
   * @example
   * ```ts
   * rng.fork('user:', 1).next() === rng.fork('user:1').next(); // true
   * ```
   */
  fork(...label: (string | number)[]): Rng {
    return new Rng(label.length === 1 ? (label[0] as string | number) : label, this);
  }

  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** A float in [min, max). */
  float(min: number, max: number): number {
    return min + this.next() * (max - min);
  }

  /** A normally distributed float (Box-Muller). */
  normal(mean = 0, sd = 1): number {
    const u = 1 - this.next();
    const v = this.next();
    return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  /** A normal draw clamped to [min, max]. */
  clampedNormal(mean: number, sd: number, min: number, max: number): number {
    return Math.min(max, Math.max(min, this.normal(mean, sd)));
  }

  /** True with probability `p`. */
  bool(p = 0.5): boolean {
    return this.next() < p;
  }

  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** One value of weighted `[value, weight]` pairs. */
  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    let total = 0;
    for (const [, weight] of entries) total += weight;
    let roll = this.next() * total;
    for (const [value, weight] of entries) {
      roll -= weight;
      if (roll < 0) return value;
    }
    return (entries.at(-1) as readonly [T, number])[0];
  }

  /** `n` distinct elements, in random order. */
  sample<T>(items: readonly T[], n: number): T[] {
    const copy = items.slice();
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      const swap = copy[i] as T;
      copy[i] = copy[j] as T;
      copy[j] = swap;
    }
    return copy.slice(0, Math.max(0, Math.min(n, copy.length)));
  }

  /** A random UUID v4 (RFC 9562 layout, lower case). */
  uuid(): string {
    const h = this.hex(32);
    const variant = '89ab'[this.int(0, 3)];
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
  }

  /** `length` lower-case hex characters. */
  hex(length: number): string {
    return this.chars('0123456789abcdef', length);
  }

  /** `length` characters drawn from `alphabet`. */
  chars(alphabet: string, length: number): string {
    if (!(Number.isInteger(length) && length >= 0 && length <= MAX_CHARS)) {
      throw invalid(
        'INVALID_OPTION',
        'The length of an Rng string',
        'a whole number from 0 to 1000000',
        length,
      );
    }
    if (typeof alphabet !== 'string' || (alphabet === '' && length > 0)) {
      throw invalid('INVALID_OPTION', 'The alphabet of an Rng string', 'a non-empty string', alphabet);
    }
    let out = '';
    for (let i = 0; i < length; i++) out += alphabet[Math.floor(this.next() * alphabet.length)];
    return out;
  }
}

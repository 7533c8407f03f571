import type { Draws } from './draw.ts';
import type { Pair } from './phrases/book.ts';

/**
 * A long list of names and their ASCII slugs (a locale's given names or surnames), packed into two strings and one
 * array of where each entry starts. A draw from a list of thousands lands where the cache has not been lately: as
 * `Pair` objects it reads the list, the pair, the pair's elements and two strings, each somewhere else in memory;
 * packed it reads one spot of the offsets and of each string. Entries keep their order, so drawing entry `i` takes
 * the same draw as `rng.pick` on the pairs.
 *
 * @example
 * ```ts
 * const names = new NameTable([['Zoë', 'zoe'], ['Jürgen', 'juergen']]);
 * names.at(1);        // ['Jürgen', 'juergen']
 * names.draw(rng);    // the pair rng.pick(pairs) would give
 * ```
 */
export class NameTable {
  readonly length: number;
  /** Every name, in order, with nothing between them. */
  readonly #names: string;
  /** Every slug, likewise (a string apart: slugs are ASCII, names often are not, and a string has one width). */
  readonly #slugs: string;
  /** Entry `i` starts at `#names[starts[2i]]` and `#slugs[starts[2i + 1]]` and ends where entry `i + 1` starts. */
  readonly #starts: Uint32Array;

  constructor(pairs: readonly Pair[]) {
    this.length = pairs.length;
    this.#starts = new Uint32Array(2 * pairs.length + 2);
    let names = 0;
    let slugs = 0;
    pairs.forEach(([name, slug], i) => {
      this.#starts[2 * i] = names;
      this.#starts[2 * i + 1] = slugs;
      names += name.length;
      slugs += slug.length;
    });
    this.#starts[2 * pairs.length] = names;
    this.#starts[2 * pairs.length + 1] = slugs;
    this.#names = pairs.map(([name]) => name).join('');
    this.#slugs = pairs.map(([, slug]) => slug).join('');
  }

  /** Entry `index` (from 0 to `length - 1`). */
  at(index: number): Pair {
    const starts = this.#starts;
    const k = 2 * index;
    return [
      this.#names.slice(starts[k], starts[k + 2]),
      this.#slugs.slice(starts[k + 1], starts[k + 3]),
    ] as const;
  }

  /** A uniformly drawn entry, with the one draw `rng.pick` takes from a list as long. */
  draw(rng: Draws): Pair {
    return this.at(Math.floor(rng.next() * this.length));
  }

  /** Every entry, in order (for tests and tools; generation draws single entries). */
  entries(): Pair[] {
    return Array.from({ length: this.length }, (_, i) => this.at(i));
  }
}

/** Minimum, maximum and mean of some numbers. */
export interface Stats {
  readonly min: number;
  readonly max: number;
  readonly mean: number;
}

/**
 * Minimum, maximum and mean of numbers added one at a time, so a loop that produces a series can summarise it in the
 * same pass.
 *
 * @example
 * ```ts
 * const summary = new Summary();
 * for (const bpm of [52, 48, 61]) summary.add(bpm);
 * summary.stats(); // { min: 48, max: 61, mean: 53.67 }
 * ```
 */
export class Summary {
  #min = Number.POSITIVE_INFINITY;
  #max = Number.NEGATIVE_INFINITY;
  #sum = 0;
  #count = 0;

  /** Adds one value. */
  add(value: number): void {
    if (value < this.#min) this.#min = value;
    if (value > this.#max) this.#max = value;
    this.#sum += value;
    this.#count++;
  }

  /** The minimum, maximum and mean of the values added (`undefined` for none). */
  stats(): Stats | undefined {
    return this.#count === 0 ? undefined : { min: this.#min, max: this.#max, mean: this.#sum / this.#count };
  }
}

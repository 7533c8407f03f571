import { roundHalfUp } from '../core/round-half-up.ts';
import { type Stats, Summary } from '../health/summary.ts';

// Number helpers of the v2 item builders.

/** `10 ** d` for the digits items are rounded to: the same numbers, without a call to pow for each value. */
const POWERS_OF_TEN: readonly number[] = [1, 10, 100, 1000, 10_000, 100_000, 1_000_000];

/**
 * Rounds to `digits` decimals.
 *
 * @example
 * ```ts
 * round(0.9166, 2); // 0.92
 * ```
 */
export function round(value: number, digits = 0): number {
  const f = POWERS_OF_TEN[digits] ?? 10 ** digits;
  return roundHalfUp(value * f) / f;
}

/**
 * Minimum, maximum and mean of the values (`undefined` for none).
 *
 * @example
 * ```ts
 * stats([52, 48, 61]); // { min: 48, max: 61, mean: 53.67 }
 * ```
 */
export function stats(values: ArrayLike<number>): Stats | undefined {
  const summary = new Summary();
  for (let i = 0; i < values.length; i++) summary.add(values[i] as number);
  return summary.stats();
}

/**
 * The `part`-th of `parts` integer shares of `total` (the shares sum to `total`).
 *
 * @example
 * ```ts
 * [0, 1, 2].map((p) => share(10, 3, p)); // [4, 3, 3]
 * ```
 */
export function share(total: number, parts: number, part: number): number {
  const base = Math.floor(total / parts);
  return base + (part < total - base * parts ? 1 : 0);
}

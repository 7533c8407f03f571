import type { HealthV2DataType, HealthV2Items } from '../../src/schemas/health-v2.ts';
import type { DayModel } from '../health/day.ts';
import type { ProviderSlug } from '../health/providers.ts';
import { type Stats, Summary } from '../health/summary.ts';

/** What a v2 item builder gets: one day of one person, the provider, and how much of the day is visible. */
export interface BuildContext {
  readonly day: DayModel;
  readonly source: ProviderSlug;
  /** Data recorded before this second of the day (from its local midnight) has reached Spike. */
  readonly untilSec: number;
  /** The `large` awkward variant: finer resolution, longer series. */
  readonly large: boolean;
}

/** A builder's result: the items and the last instant of data they carry (seconds from the local midnight). */
export interface Built<K extends HealthV2DataType> {
  readonly items: HealthV2Items[K][];
  readonly endSec: number;
}

/**
 * Rounds to `digits` decimals.
 *
 * @example
 * ```ts
 * round(0.9166, 2); // 0.92
 * ```
 */
export function round(value: number, digits = 0): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
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

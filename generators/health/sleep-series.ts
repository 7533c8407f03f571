// The series measured during a sleep, in wall-clock windows.

/**
 * A series measured during a sleep: window `k` starts at `firstSec + k * stepSec` (seconds from the local midnight of
 * the session's day), windows aligned to the wall clock and inside the session.
 */
export interface SleepSeries {
  /** Start of the first window, seconds from the local midnight of the session's day. */
  readonly firstSec: number;
  /** Window length, seconds. */
  readonly stepSec: number;
  /** The value of each window. */
  readonly values: readonly number[];
}

/** HRV windows of a sleep: RMSSD (ms), coverage (0..1), high- and low-frequency power (ms²) per window. */
export interface HrvSeries extends SleepSeries {
  /** RMSSD per window, ms (one decimal); the same array as `values`. */
  readonly rmssd: readonly number[];
  /** Share of usable beats per window, 0..1. */
  readonly coverage: readonly number[];
  /** High-frequency power per window, ms². */
  readonly hf: readonly number[];
  /** Low-frequency power per window, ms². */
  readonly lf: readonly number[];
}

/**
 * How many windows of a series end by `untilSec` (seconds from the local midnight of the session's day).
 *
 * @example
 * ```ts
 * windowsUntil(day.sleep.rmssd, 6 * 3600); // the HRV windows measured before 06:00
 * ```
 */
export function windowsUntil(series: SleepSeries, untilSec: number): number {
  const n = Math.floor((untilSec - series.firstSec) / series.stepSec);
  return Math.max(0, Math.min(series.values.length, n));
}

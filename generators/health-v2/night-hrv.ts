import type { HrvProfile } from '../health/provider-fidelity.ts';
import type { SleepSession } from '../health/sleep.ts';
import { windowsUntil } from '../health/sleep-series.ts';
import { round } from './item-numbers.ts';

/**
 * SDNN over RMSSD in short resting recordings ([decision]: at rest the two track each other closely, SDNN somewhat
 * higher; Shaffer & Ginsberg 2017, "An Overview of Heart Rate Variability Metrics and Norms", Front. Public Health).
 */
const SDNN_PER_RMSSD = 1.25;

/** A night's HRV as a provider reports it: the value of each window and their mean, in its measure and rounding. */
export interface NightHrv {
  /** Each 5-minute window ending by the cut-off, in the provider's measure, rounded as it rounds. */
  readonly windows: readonly number[];
  /** The mean of {@link NightHrv.windows}, rounded as the provider rounds (`undefined` with no window). */
  readonly average: number | undefined;
}

/**
 * The HRV of a night's windows ending by `untilSec`, as the provider's profile measures and rounds it: the sleep
 * `average_hrv`, the heart `sleep_hrv` and the `intraday_hrv` windows all come from here, so they agree.
 *
 * @example
 * ```ts
 * nightHrv(day.sleep, fidelityOf('oura').hrv!, 86_400).average; // whole ms, the mean of the windows
 * ```
 */
export function nightHrv(sleep: SleepSession, hrv: HrvProfile, untilSec: number): NightHrv {
  const series = sleep.rmssd;
  const n = windowsUntil(series, untilSec);
  const factor = hrv.metric === 'sdnn' ? SDNN_PER_RMSSD : 1;
  const windows = new Array<number>(n);
  let sum = 0;
  for (let k = 0; k < n; k++) {
    const value = round((series.values[k] as number) * factor, hrv.decimals);
    windows[k] = value;
    sum += value;
  }
  return { windows, average: n === 0 ? undefined : round(sum / n, hrv.decimals) };
}

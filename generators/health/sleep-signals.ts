import { roundHalfUp } from '../core/round-half-up.ts';
import { hash32, hashSigned, smoothRange } from './noise.ts';
import type { HrvSeries, SleepSeries } from './sleep-series.ts';
import { AWAKE } from './sleep-stages.ts';
import type { Sleeper } from './sleeper.ts';

// The signals a sleep session measures per wall-clock window (see `SleepSession`): each fills the values of its
// windows from the window's stage code and the absolute minute (local day number × 1440 + minute) of the first.

const STAGE_SPO2 = [0.2, 0, 0.1, -0.6];
const STAGE_BREATHING = [1.5, 0, -0.6, 0.9];
const STAGE_HRV = [0.7, 1, 1.25, 0.9];

/**
 * SpO2 per minute, percent (one decimal), with the person's desaturations.
 *
 * @example
 * ```ts
 * fillSpo2(user.sleeper, stages, day.dayNo * 1440 + firstMinute, values);
 * ```
 */
export function fillSpo2(s: Sleeper, stages: readonly number[], abs0: number, values: number[]): void {
  const noise = smoothRange(s.salts.spo2, abs0, 5, values.length, 'spo2');
  // A desaturation (10-60 s) shows as its minute's reading at the nadir, asleep only, never two minutes running
  // (the recovery): with a chance p a minute, the rate is p / (1 + p) a minute, so p = q / (1 - q) for q = ODI / 60.
  const q = s.odiPerHour / 60;
  const threshold = (q / (1 - q)) * 4294967296;
  let previous = false;
  for (let k = 0; k < values.length; k++) {
    const stage = stages[k] as number;
    const h = hash32(s.salts.spo2 ^ 0x3, abs0 + k);
    const event: boolean = !previous && stage !== AWAKE && h < threshold;
    previous = event;
    const dip = event ? s.desatDepthPct * (0.6 + (0.8 * h) / threshold) : 0;
    const value = s.spo2Pct + (STAGE_SPO2[stage] as number) + (noise[k] as number) * 0.7 - dip;
    values[k] = Math.min(100, roundHalfUp(value * 10) / 10);
  }
}

/**
 * Breathing rate per `step`-minute window, breaths per minute (one decimal), `delta` above the person's usual rate
 * (the day's state).
 *
 * @example
 * ```ts
 * fillBreathing(user.sleeper, state.breathingDelta, 5, stages, abs0, values);
 * ```
 */
export function fillBreathing(
  s: Sleeper,
  delta: number,
  step: number,
  stages: readonly number[],
  abs0: number,
  values: number[],
): void {
  const noise = smoothRange(s.salts.breathing, abs0 / step, 15 / step, values.length, 'breathing');
  // Apnoeas and the arousals ending them make breathing uneven: the swing grows with desaturations over 5 an hour.
  const swing = 0.5 + 0.04 * Math.max(0, s.odiPerHour - 5);
  for (let k = 0; k < values.length; k++) {
    const value =
      s.breathingRate +
      delta +
      (STAGE_BREATHING[stages[k] as number] as number) +
      (noise[k] as number) * swing;
    values[k] = roundHalfUp(value * 10) / 10;
  }
}

/**
 * RMSSD per 5-minute window, ms (one decimal), around the night's baseline `hrvMs`.
 *
 * @example
 * ```ts
 * fillRmssd(user.salts.hrv, night.hrvMs, stages, abs0, values);
 * ```
 */
export function fillRmssd(
  salt: number,
  hrvMs: number,
  stages: readonly number[],
  abs0: number,
  values: number[],
): void {
  const noise = smoothRange(salt, abs0 / 5, 2, values.length, 'rmssd');
  for (let k = 0; k < values.length; k++) {
    const factor = (STAGE_HRV[stages[k] as number] as number) * (1 + 0.12 * (noise[k] as number));
    values[k] = roundHalfUp(hrvMs * factor * 10) / 10;
  }
}

/**
 * The HRV windows of a night's RMSSD series with their coverage and spectral powers.
 *
 * @example
 * ```ts
 * hrvSeries(night.rmssd, user.salts.hrv, night.dayNo).lf; // low-frequency power per window, ms²
 * ```
 */
export function hrvSeries(base: SleepSeries, salt: number, dayNo: number): HrvSeries {
  const n = base.values.length;
  const coverage = new Array<number>(n);
  const hf = new Array<number>(n);
  const lf = new Array<number>(n);
  for (let k = 0; k < n; k++) {
    const abs = dayNo * 1440 + (base.firstSec + k * base.stepSec) / 60;
    const rmssd = base.values[k] as number;
    const power = roundHalfUp(rmssd * rmssd * (0.6 + 0.15 * hashSigned(salt ^ 0x5, abs)) * 1000) / 1000;
    coverage[k] = roundHalfUp((0.9 + 0.09 * hashSigned(salt ^ 0x9, abs)) * 1000) / 1000;
    hf[k] = power;
    lf[k] = roundHalfUp(power * (1.6 + 0.5 * hashSigned(salt ^ 0x7, abs)) * 1000) / 1000;
  }
  return { ...base, rmssd: base.values, coverage, hf, lf };
}

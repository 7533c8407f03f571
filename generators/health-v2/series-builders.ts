import type {
  HealthV2CaloriesSample,
  HealthV2GlucoseSample,
  HealthV2HeartItem,
  HealthV2Sample,
} from '../../src/schemas/health-v2/index.ts';
import { roundHalfUp } from '../core/round-half-up.ts';
import { cgmGap } from '../health/cgm-sensor.ts';
import type { DayModel } from '../health/day.ts';
import type { ActivityBlocks } from '../health/day-activity.ts';
import { BLOCK_S, FREE } from '../health/day-grid.ts';
import { chargingWindow, heartSampleMask } from '../health/heart-sampling.ts';
import { hash01, smoothNoise } from '../health/noise.ts';
import { fidelityOf } from '../health/provider-fidelity.ts';
import { providerInfo } from '../health/providers.ts';
import type { BuildContext, Built } from './build-context.ts';
import { round, share, stats } from './item-numbers.ts';
import { type NightHrv, nightHrv } from './night-hrv.ts';

// The day series: values over the visible part of one local day, each sample stamped with its interval's start and
// written only once its interval has ended. Daily values are computed from the samples written.

/**
 * `heart`: one sample per minute the provider samples (per second when `large`), at its native cadence and with its
 * charging gap ({@link heartSampleMask}); the daily figures are those of the samples written, the resting rate as
 * the provider defines it, the night's HRV in the provider's measure ({@link nightHrv}).
 *
 * @example
 * ```ts
 * const { items } = v2Kinds.heart.build({ day: user.day('2026-01-14'), source: 'garmin', untilSec: 86_400, large: false });
 * ```
 */
export function buildHeart({ day, source, untilSec, large }: BuildContext): Built<'heart'> {
  const profile = fidelityOf(source);
  const hr = day.heartRate;
  const mask = heartSampleMask(day, profile);
  const clock = day.clock;
  const minutes = Math.min(day.lengthMin, Math.floor(untilSec / 60));
  const samples: HealthV2Sample[] = [];
  const values: number[] = [];
  const sampleMinutes: number[] = [];
  const salt = day.user.salts.hr ^ 0x99;
  for (let m = 0; m < minutes; m++) {
    if (mask[m] === 0) continue;
    const bpm = hr[m] as number;
    sampleMinutes.push(m);
    if (!large) {
      samples.push({ time: clock.at(m * 60), value: bpm });
      values.push(bpm);
      continue;
    }
    for (let s = 0; s < 60; s++) {
      const value = bpm + roundHalfUp(1.5 * smoothNoise(salt, (day.dayNo * 86_400 + m * 60 + s) / 5));
      samples.push({ time: clock.at(m * 60 + s), value });
      values.push(value);
    }
  }
  const st = stats(values);
  const sleep = day.sleep;
  const avg = st === undefined ? undefined : roundHalfUp(st.mean);
  const rest =
    profile.restingHr === 'lowest30' && st !== undefined
      ? lowestHalfHour(sampleMinutes, hr)
      : sleep.restingHr;
  const item: HealthV2HeartItem = {
    date: day.date,
    timezone_offset: day.startOffsetSec,
    resting_hr: st === undefined ? rest : Math.min(avg as number, Math.max(st.min, rest)),
    min_hr: st?.min,
    avg_hr: avg,
    max_hr: st?.max,
    heart_rate_samples: samples,
  };
  const hrv = profile.hrv;
  if (hrv !== undefined) {
    const night = nightHrv(sleep, hrv, untilSec);
    const sleepHrv = night.average;
    item.heart_rate_variability = {
      day_hrv:
        sleepHrv === undefined || !hrv.daytime
          ? null
          : round(sleepHrv * (0.74 + 0.08 * hash01(salt, day.dayNo)), hrv.decimals),
      sleep_hrv: sleepHrv ?? null,
    };
    if (hrv.windows !== 'none') item.intraday_hrv = hrvWindows(day, night, hrv.windows === 'full');
  }
  item.source = source;
  return { endSec: minutes * 60, items: [item] };
}

/** The night's HRV windows as `intraday_hrv`: RMSSD alone, or with coverage and powers when `full`. */
function hrvWindows(
  day: DayModel,
  night: NightHrv,
  full: boolean,
): NonNullable<HealthV2HeartItem['intraday_hrv']> {
  const series = day.sleep.hrv;
  const out: NonNullable<HealthV2HeartItem['intraday_hrv']> = [];
  for (let k = 0; k < night.windows.length; k++) {
    const rmssd = night.windows[k] as number;
    out.push({
      time: day.clock.at(series.firstSec + k * series.stepSec),
      value: full ? { rmssd, coverage: series.coverage[k], hf: series.hf[k], lf: series.lf[k] } : { rmssd },
    });
  }
  return out;
}

/**
 * The lowest mean heart rate over 30 minutes of the samples written (Garmin's resting heart rate): the mean of
 * the samples in each 30-minute span starting at a sample, lowest first, rounded (all of them for a shorter day).
 */
function lowestHalfHour(sampleMinutes: readonly number[], hr: Uint8Array): number {
  let best = Number.POSITIVE_INFINITY;
  let sum = 0;
  let to = 0;
  const n = sampleMinutes.length;
  const last = sampleMinutes[n - 1] as number;
  for (let from = 0; from < n; from++) {
    const start = sampleMinutes[from] as number;
    // Only whole spans count, but the first one always does (a day written for less than 30 minutes).
    if (from > 0 && start + 29 > last) break;
    while (to < n && (sampleMinutes[to] as number) < start + 30)
      sum += hr[sampleMinutes[to++] as number] as number;
    const mean = sum / (to - from);
    if (mean < best) best = mean;
    sum -= hr[start] as number;
  }
  return roundHalfUp(best);
}

/**
 * How many 15-minute blocks of the day are visible, and into how many parts each is written (15 when `large`). */
function visibleBlocks(
  dayBlocks: number,
  untilSec: number,
  large: boolean,
): { blocks: number; parts: number; step: number } {
  const parts = large ? BLOCK_S / 60 : 1;
  return { blocks: Math.min(dayBlocks, Math.floor(untilSec / BLOCK_S)), parts, step: BLOCK_S / parts };
}

/**
 * A day series of integer units per block, written with `decimals` decimals (steps: 0; decimeters as meters: 1). */
function blockSeries(
  { day, untilSec, large }: BuildContext,
  perBlockOf: (activity: ActivityBlocks) => readonly number[],
  decimals: number,
): { samples: HealthV2Sample[]; total: number; endSec: number } {
  const { blocks, parts, step } = visibleBlocks(day.blocks, untilSec, large);
  const perBlock = perBlockOf(day.activityUntil(blocks));
  const samples: HealthV2Sample[] = [];
  const f = 10 ** decimals;
  const clock = day.clock;
  let total = 0;
  for (let b = 0; b < blocks; b++) {
    for (let p = 0; p < parts; p++) {
      const units = share(perBlock[b] as number, parts, p);
      total += units;
      samples.push({ time: clock.at(b * BLOCK_S + p * step), value: units / f });
    }
  }
  return { samples, total: total / f, endSec: blocks * BLOCK_S };
}

/**
 * `steps`: steps per 15 minutes (per minute when `large`).
 *
 * @example
 * ```ts
 * const { items } = v2Kinds.steps.build({ day: user.day('2026-01-14'), source: 'garmin', untilSec: 86_400, large: false });
 * ```
 */
export function buildSteps(ctx: BuildContext): Built<'steps'> {
  const { samples, total, endSec } = blockSeries(ctx, (a) => a.steps, 0);
  return {
    endSec,
    items: [{ date: ctx.day.date, value: total, intraday_data: samples, source: ctx.source }],
  };
}

/**
 * `distance`: meters on foot per 15 minutes (per minute when `large`).
 *
 * @example
 * ```ts
 * const { items } = v2Kinds.distance.build({ day: user.day('2026-01-14'), source: 'garmin', untilSec: 86_400, large: false });
 * ```
 */
export function buildDistance(ctx: BuildContext): Built<'distance'> {
  const { samples, total, endSec } = blockSeries(ctx, (a) => a.distanceDm, 1);
  return {
    endSec,
    items: [{ date: ctx.day.date, value: total, intraday_data: samples, source: ctx.source }],
  };
}

/**
 * `calories`: kcal per 15 minutes (per minute when `large`) with the activity level and METs.
 *
 * @example
 * ```ts
 * const { items } = v2Kinds.calories.build({ day: user.day('2026-01-14'), source: 'garmin', untilSec: 86_400, large: false });
 * ```
 */
export function buildCalories({ day, source, untilSec, large }: BuildContext): Built<'calories'> {
  const { blocks, parts, step } = visibleBlocks(day.blocks, untilSec, large);
  const a = day.activityUntil(blocks);
  const samples: HealthV2CaloriesSample[] = [];
  let total = 0;
  for (let b = 0; b < blocks; b++) {
    const mets = round(a.mets[b] as number, 1);
    for (let p = 0; p < parts; p++) {
      const centi = share(a.centiKcal[b] as number, parts, p);
      total += centi;
      samples.push({
        level: a.level[b],
        mets,
        time: day.clock.at(b * BLOCK_S + p * step),
        value: centi / 100,
      });
    }
  }
  return {
    endSec: blocks * BLOCK_S,
    items: [{ date: day.date, value: total / 100, intraday_data: samples, source }],
  };
}

/** `stress`: a level every 3 minutes (every minute when `large`); negative codes mean no reading (-1 also while
 * the device charges, {@link chargingWindow}).
 *
 * @example
 * ```ts
 * const { items } = v2Kinds.stress.build({ day: user.day('2026-01-14'), source: 'garmin', untilSec: 86_400, large: false });
 * ```
 */
export function buildStress({ day, source, untilSec, large }: BuildContext): Built<'stress'> {
  const step = large ? 1 : 3;
  const stress = day.stress;
  const charge = chargingWindow(day, fidelityOf(source));
  const [chargeFrom, chargeTo] = charge ?? [0, 0];
  const minutes = day.minutes;
  const samples: HealthV2Sample[] = [];
  const valid: number[] = [];
  let endSec = 0;
  for (let m = 0; (m + step) * 60 <= untilSec && m < day.lengthMin; m += step) {
    // On the charger, off the wrist: the heart rate series has no sample there either.
    const value = m >= chargeFrom && m < chargeTo && minutes[m] === FREE ? -1 : (stress[m] as number);
    samples.push({ time: day.clock.at(m * 60), value });
    if (value >= 0) valid.push(value);
    endSec = (m + step) * 60;
  }
  const st = stats(valid);
  return {
    endSec,
    items: [
      {
        date: day.date,
        timezone_offset: day.startOffsetSec,
        min_stress: st?.min,
        avg_stress: st === undefined ? undefined : roundHalfUp(st.mean),
        max_stress: st?.max,
        stress_samples: samples,
        source,
      },
    ],
  };
}

/** Dexcom trend arrows by the size of the rate of change (mg/dL per minute): the first whose bound it reaches. */
const ARROWS: readonly (readonly [minSize: number, arrow: string])[] = [
  [3, 'double'],
  [2, 'single'],
  [1, 'fortyFive'],
];

/**
 * The trend arrow for a rate of change (mg/dL per minute): `flat` below 1, then `fortyFive`, `single` and `double`
 * `Up` or `Down` from 1, 2 and 3 (`glucoseTrend(-2.5)` is `'singleDown'`).
 */
function glucoseTrend(rate: number): string {
  const arrow = ARROWS.find(([min]) => Math.abs(rate) >= min)?.[1];
  return arrow === undefined ? 'flat' : `${arrow}${rate > 0 ? 'Up' : 'Down'}`;
}

/**
 * The range status of a reading, mg/dL, in Dexcom's words: `urgentLow` below 55, `low` below 70, `high` above 180,
 * else `ok`.
 */
function glucoseStatus(value: number): 'urgentLow' | 'low' | 'ok' | 'high' {
  return value < 55 ? 'urgentLow' : value < 70 ? 'low' : value > 180 ? 'high' : 'ok';
}

/**
 * `glucose`: CGM readings at the provider's interval (every minute when `large`), none while the sensor recorded
 * nothing ({@link cgmGap}: a new sensor warming up, a lost signal). The trend rate is the change since the previous
 * reading written, per minute (a reading after a gap has the pre-gap reading as its previous).
 *
 * @example
 * ```ts
 * const { items } = v2Kinds.glucose.build({ day: user.day('2026-01-14'), source: 'garmin', untilSec: 86_400, large: false });
 * ```
 */
export function buildGlucose({ day, source, untilSec, large }: BuildContext): Built<'glucose'> {
  const interval = large ? 1 : (providerInfo(source).glucoseIntervalMin ?? 5);
  const phase = day.user.salts.glucose % interval;
  const samples: HealthV2GlucoseSample[] = [];
  const values: number[] = [];
  let endSec = 0;
  // The two readings before the day's first: the last ones written before it.
  const earlier: [minute: number, value: number][] = [];
  for (let m = phase - interval; earlier.length < 2 && m > phase - 1440; m -= interval)
    if (!cgmGap(day, m)) earlier.unshift([m, day.glucoseReading(m)]);
  let [before, previous] = earlier.map(([, v]) => v) as [number, number];
  let previousMin = (earlier[1] as [number, number])[0];
  for (let m = phase; m < day.lengthMin && m * 60 <= untilSec; m += interval) {
    if (cgmGap(day, m)) continue;
    const value = day.glucoseReading(m);
    const rate = round((value - previous) / (m - previousMin), 1);
    const jitter = hash01(day.user.salts.glucose ^ 0x71, day.dayNo * 1440 + m);
    samples.push({
      time: day.clock.at(m * 60),
      value,
      realtime_value: jitter < 0.1 ? value + 1 : jitter > 0.9 ? value - 1 : value,
      smoothed_value: roundHalfUp((before + 2 * previous + 3 * value) / 6),
      status: glucoseStatus(value),
      trend: glucoseTrend(rate),
      trend_rate: rate,
      source: null,
    });
    values.push(value);
    endSec = m * 60;
    before = previous;
    previous = value;
    previousMin = m;
  }
  const st = stats(values);
  return {
    endSec,
    items: [
      {
        date: day.date,
        avg_value: st === undefined ? undefined : round(st.mean, 1),
        min_value: st?.min,
        max_value: st?.max,
        unit: 'mg/dL',
        timezone_offset: day.startOffsetSec,
        source,
        intraday_data: samples,
        extra: null,
      },
    ],
  };
}

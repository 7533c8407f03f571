import type { HealthV2SleepLevel } from '../../src/schemas/health-v2/index.ts';
import { roundHalfUp } from '../core/round-half-up.ts';
import { sleepHeartSamples } from '../health/heart-sampling.ts';
import { hashSigned } from '../health/noise.ts';
import { type FidelityProfile, fidelityOf } from '../health/provider-fidelity.ts';
import type { SleepSession } from '../health/sleep.ts';
import type { SleepSeries } from '../health/sleep-series.ts';
import { AWAKE, DEEP, LIGHT, REM, sleepStageNames } from '../health/sleep-stages.ts';
import type { LocalClock } from '../health/time.ts';
import type { BuildContext, Built } from './build-context.ts';
import { round, stats } from './item-numbers.ts';
import { nightHrv } from './night-hrv.ts';

// The sleep-time data types: the main sleep ending on the day, and the SpO2 and breathing measured during it.

const EPOCH_S = 30;

/**
 * `sleep`: the night with its stages; `large` writes one level per 30-second epoch.
 *
 * @example
 * ```ts
 * const { items } = v2Kinds.sleep.build({ day: user.day('2026-01-14'), source: 'garmin', untilSec: 86_400, large: false });
 * ```
 */
export function buildSleep({ day, source, large }: BuildContext): Built<'sleep'> {
  const s = day.sleep;
  const clock = day.clock;
  const levels: HealthV2SleepLevel[] = [];
  const { stage, stageStart, stageLength } = s;
  for (let i = 0; i < stage.length; i++) {
    const level = sleepStageNames[stage[i] as number];
    const start = stageStart[i] as number;
    const length = stageLength[i] as number;
    if (!large) levels.push({ date_time: clock.at(start), level, seconds: length });
    else
      for (let t = 0; t < length; t += EPOCH_S)
        levels.push({ date_time: clock.at(start + t), level, seconds: EPOCH_S });
  }
  const profile = fidelityOf(source);
  const [hrLowest, hrAverage] = sleepHeartRate(s, profile, day.user.salts.hr);
  const totals = s.totals;
  const awake = totals[AWAKE];
  const light = totals[LIGHT];
  const deep = totals[DEEP];
  const rem = totals[REM];
  const inBed = s.endSec - s.startSec;
  const breathing = profile.sleep.respiratory
    ? stats(roundedValues(s.breathing(), profile.breathingDecimals))
    : undefined;
  const score = s.score;
  const providerScore = profile.sleep.score
    ? Math.min(100, Math.max(0, score + roundHalfUp(6 * hashSigned(day.user.salts.hrv ^ 0x5c, day.dayNo))))
    : undefined;
  return {
    endSec: s.endSec,
    items: [
      {
        date: day.date,
        bedtime_start: clock.at(s.startSec),
        bedtime_end: clock.at(s.endSec),
        timezone_offset: day.offsetAt(s.startSec),
        bedtime_duration: inBed,
        total_sleep: light + deep + rem,
        awake,
        light,
        rem,
        deep,
        hr_lowest: hrLowest,
        hr_average: hrAverage,
        efficiency: round((light + deep + rem) / inBed, 2),
        latency: s.latencySec,
        temperature_delta: profile.sleep.temperature ? s.temperatureDelta : undefined,
        average_hrv: profile.hrv === undefined ? undefined : nightHrv(s, profile.hrv, s.endSec).average,
        respiratory_rate: breathing === undefined ? undefined : round(breathing.mean, 1),
        standardized_sleep_score: score,
        source_specific_sleep_score: providerScore,
        source,
        levels,
      },
    ],
  };
}

/**
 * The lowest and the mean (rounded) heart rate of the sleep's minutes the provider samples in bed (both
 * `undefined` with no sample): the heart payload's samples of the night, so the two agree.
 */
function sleepHeartRate(
  s: SleepSession,
  profile: FidelityProfile,
  salt: number,
): [lowest: number | undefined, average: number | undefined] {
  if (profile.cadence.sleepMin <= 1) {
    const hr = s.heartRateStats;
    return [hr?.min, hr === undefined ? undefined : roundHalfUp(hr.mean)];
  }
  const [min, sum, count] = sleepHeartSamples(s, profile, salt);
  return count === 0 ? [undefined, undefined] : [min, roundHalfUp(sum / count)];
}

/**
 * The windows of a sleep series as v2 samples. */
function samples(
  series: SleepSeries,
  clock: LocalClock,
  values: readonly number[] = series.values,
): { time: string; value: number }[] {
  const out: { time: string; value: number }[] = [];
  for (let k = 0; k < values.length; k++) {
    out.push({ time: clock.at(series.firstSec + k * series.stepSec), value: values[k] as number });
  }
  return out;
}

/** The values of a series rounded to `decimals` as the provider writes them (the series itself when it keeps them). */
function roundedValues(series: SleepSeries, decimals: number): readonly number[] {
  return decimals >= 1 ? series.values : series.values.map((v) => round(v, decimals));
}

/**
 * `oxygen_saturation`: SpO2 per minute during the night ending on the day.
 *
 * @example
 * ```ts
 * const { items } = v2Kinds.oxygen_saturation.build({ day: user.day('2026-01-14'), source: 'garmin', untilSec: 86_400, large: false });
 * ```
 */
export function buildOxygenSaturation({ day, source }: BuildContext): Built<'oxygen_saturation'> {
  const s = day.sleep;
  const series = s.spo2;
  const st = stats(series.values);
  return {
    endSec: s.endSec,
    items: [
      {
        date: day.date,
        avg: st === undefined ? undefined : round(st.mean, 1),
        min: st?.min,
        max: st?.max,
        intraday_data: samples(series, day.clock),
        source,
      },
    ],
  };
}

/** `breathing`: breathing rate per 5 minutes (1 minute when `large`) during the night ending on the day, rounded as
 * the provider rounds (whole breaths for Apple and Garmin).
 *
 * @example
 * ```ts
 * const { items } = v2Kinds.breathing.build({ day: user.day('2026-01-14'), source: 'garmin', untilSec: 86_400, large: false });
 * ```
 */
export function buildBreathing({ day, source, large }: BuildContext): Built<'breathing'> {
  const s = day.sleep;
  const series = s.breathing(large ? 1 : 5);
  const values = roundedValues(series, fidelityOf(source).breathingDecimals);
  const st = stats(values);
  return {
    endSec: s.endSec,
    items: [
      {
        date: day.date,
        avg_value: st === undefined ? undefined : round(st.mean, 1),
        intraday_data: samples(series, day.clock, values),
        source,
      },
    ],
  };
}

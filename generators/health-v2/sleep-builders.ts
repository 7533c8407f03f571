import type { HealthV2SleepLevel } from '../../src/schemas/health-v2/index.ts';
import { hashSigned } from '../health/noise.ts';
import type { SleepSeries } from '../health/sleep-series.ts';
import { AWAKE, DEEP, LIGHT, REM, sleepStageNames } from '../health/sleep-stages.ts';
import type { LocalClock } from '../health/time.ts';
import type { BuildContext, Built } from './build-context.ts';
import { round, stats } from './item-numbers.ts';

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
  const hr = s.heartRateStats;
  const totals = s.totals;
  const awake = totals[AWAKE];
  const light = totals[LIGHT];
  const deep = totals[DEEP];
  const rem = totals[REM];
  const inBed = s.endSec - s.startSec;
  const breathing = stats(s.breathing().values);
  const score = s.score;
  const providerScore = Math.min(
    100,
    Math.max(0, score + Math.round(6 * hashSigned(day.user.salts.hrv ^ 0x5c, day.dayNo))),
  );
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
        hr_lowest: hr?.min,
        hr_average: hr === undefined ? undefined : Math.round(hr.mean),
        efficiency: round((light + deep + rem) / inBed, 2),
        latency: s.latencySec,
        temperature_delta: s.temperatureDelta,
        average_hrv: s.averageHrv(),
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
 * The windows of a sleep series as v2 samples. */
function samples(series: SleepSeries, clock: LocalClock): { time: string; value: number }[] {
  const out: { time: string; value: number }[] = [];
  for (let k = 0; k < series.values.length; k++) {
    out.push({ time: clock.at(series.firstSec + k * series.stepSec), value: series.values[k] as number });
  }
  return out;
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

/** `breathing`: breathing rate per 5 minutes (1 minute when `large`) during the night ending on the day.
 *
 * @example
 * ```ts
 * const { items } = v2Kinds.breathing.build({ day: user.day('2026-01-14'), source: 'garmin', untilSec: 86_400, large: false });
 * ```
 */
export function buildBreathing({ day, source, large }: BuildContext): Built<'breathing'> {
  const s = day.sleep;
  const series = s.breathing(large ? 1 : 5);
  const st = stats(series.values);
  return {
    endSec: s.endSec,
    items: [
      {
        date: day.date,
        avg_value: st === undefined ? undefined : round(st.mean, 1),
        intraday_data: samples(series, day.clock),
        source,
      },
    ],
  };
}

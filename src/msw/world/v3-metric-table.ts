import type { DayModel } from '../../../generators/health/day.ts';
import { type ProviderSlug, records } from '../../../generators/health/providers.ts';
import type { WorkoutType } from '../../../generators/health/workouts.ts';
import { round } from '../../../generators/health-v2/item-numbers.ts';
import { reportsMetric } from '../../../generators/health-v3/metrics.ts';
import type { HealthV2DataType, HealthV2Items } from '../../schemas/health-v2/index.ts';
import type { HealthV3Metric } from '../../schemas/health-v3/index.ts';

/** A point before it knows its record: `[startMs, durationMs, value]`. */
type RawPoint = readonly [startMs: number, durationMs: number, value: number];

/** Where a v3 metric's values come from: a v2 data type's items of one day, and how to read them. */
export interface MetricSource<K extends HealthV2DataType = HealthV2DataType> {
  readonly dataType: K;
  /** The points of one item (one v2 record) of the day. */
  readonly points: (item: HealthV2Items[K], day: DayModel) => RawPoint[];
}

const MIN = 60_000;
const BLOCK = 15 * MIN;

function source<K extends HealthV2DataType>(
  dataType: K,
  points: (item: HealthV2Items[K], day: DayModel) => RawPoint[],
): MetricSource {
  return { dataType, points } as unknown as MetricSource;
}

/** A v2 sample: a local time and a value (the schema types keep every field optional). */
type Sampled = { readonly time?: string | undefined; readonly value?: number | undefined };

/** Samples of a fixed length: each `{ time, value }` (local time) becomes a point of `durationMs`. */
function sampled(list: readonly Sampled[] | undefined, day: DayModel, durationMs: number): RawPoint[] {
  const out: RawPoint[] = [];
  let last = Number.NEGATIVE_INFINITY;
  for (const s of list ?? [])
    if (s.time !== undefined && s.value !== undefined) {
      last = day.localToMs(s.time, last);
      out.push([last, durationMs, s.value]);
    }
  return out;
}

/** Samples with their values mapped (`undefined` drops the sample). */
function mapped<S extends { readonly time?: string | undefined }>(
  list: readonly S[] | undefined,
  value: (sample: S) => number | undefined,
): Sampled[] {
  return (list ?? []).map((s) => ({ time: s.time, value: value(s) }));
}

/** One point covering a whole record (a sleep, a workout), unless the record lacks the value. */
function whole(
  startLocal: string | undefined,
  endLocal: string | undefined,
  value: number | null | undefined,
  day: DayModel,
): RawPoint[] {
  if (value === undefined || value === null || startLocal === undefined || endLocal === undefined) return [];
  const start = day.localToMs(startLocal);
  return [[start, day.localToMs(endLocal, start) - start, value]];
}

/** Whether a running workout of the day overlaps the 15-minute block starting at `startMs`. */
function inRun(day: DayModel, startMs: number): boolean {
  return day.workouts.some(
    (w) => w.type === 'running' && day.toMs(w.startSec) < startMs + BLOCK && day.toMs(w.endSec) > startMs,
  );
}

/** Distance on foot, split by whether the block holds a run: walking blocks, or running blocks. */
function onFoot(running: boolean) {
  return source('distance', (item, day) =>
    sampled(item.intraday_data, day, BLOCK).filter(([start]) => inRun(day, start) === running),
  );
}

/** A workout metric: one point over the workout, for workouts of `type` (all when omitted). */
function workout(
  read: (item: HealthV2Items['activities_stream']) => number | null | undefined,
  type?: WorkoutType,
) {
  return source('activities_stream', (item, day) => {
    const points = whole(item.time_start, item.time_end, read(item), day);
    if (type === undefined) return points;
    return points.filter(([start]) =>
      day.workouts.some((w) => w.type === type && day.toMs(w.startSec) === start),
    );
  });
}

function sleepPart(read: (item: HealthV2Items['sleep']) => number | undefined) {
  return source('sleep', (item, day) => whole(item.bedtime_start, item.bedtime_end, read(item), day));
}

/** A body measure at the weigh-in (an instant reading). */
type Measure = {
  readonly timeseries?: readonly { timestamp?: string | undefined; value?: number | undefined }[] | undefined;
};

function weighIn(read: (item: HealthV2Items['body']) => Measure | undefined) {
  return source('body', (item, day) => {
    const last = read(item)?.timeseries?.at(-1);
    return last?.timestamp === undefined || last.value === undefined
      ? []
      : [[day.localToMs(last.timestamp), 0, last.value] as const];
  });
}

/** The basal share of a calories sample: the energy of 1 MET over the block, kcal. */
function basal(s: { readonly value?: number | undefined; readonly mets?: number | undefined }) {
  return s.value === undefined ? undefined : round(s.value / Math.max(1, s.mets ?? 1), 2);
}

const heartrate = source('heart', (item, day) => sampled(item.heart_rate_samples, day, MIN));
// Providers that record workouts only (Strava ...) report heart rate and energy per workout.
const workoutHr = workout((w) => w.avg_hr);
const workoutKcal = workout((w) => w.calories);

/**
 * Every v3 metric the world serves, and the v2 data it reads: the same numbers the v2 payloads of the same world
 * carry. Units are v3's: durations ms, distance m, energy kcal, heart rate bpm. Metrics of Spike's vocabulary not in
 * this table are answered with an empty series (the world records nothing for them).
 *
 * @example
 * ```ts
 * v3MetricSources.steps?.dataType; // 'steps'
 * ```
 */
export const v3MetricSources: Readonly<Partial<Record<HealthV3Metric, readonly MetricSource[]>>> = {
  steps: [source('steps', (item, day) => sampled(item.intraday_data, day, BLOCK))],
  distance: [source('distance', (item, day) => sampled(item.intraday_data, day, BLOCK))],
  distance_walking: [onFoot(false)],
  distance_running: [onFoot(true)],
  distance_cycling: [workout((w) => w.distance, 'cycling')],
  calories_burned: [source('calories', (item, day) => sampled(item.intraday_data, day, BLOCK)), workoutKcal],
  calories_burned_basal: [
    source('calories', (item, day) => sampled(mapped(item.intraday_data, basal), day, BLOCK)),
  ],
  calories_burned_active: [
    source('calories', (item, day) =>
      sampled(
        mapped(item.intraday_data, (s) => {
          const b = basal(s);
          return b === undefined || s.value === undefined ? undefined : round(s.value - b, 2);
        }),
        day,
        BLOCK,
      ),
    ),
    workoutKcal,
  ],
  heartrate: [heartrate, workoutHr],
  heartrate_max: [heartrate, workout((w) => w.max_hr)],
  heartrate_min: [heartrate, workout((w) => w.min_hr)],
  heartrate_resting: [
    source('heart', (item, day) =>
      item.resting_hr === undefined ? [] : [[day.startMs, day.lengthS * 1000, item.resting_hr] as const],
    ),
  ],
  hrv_rmssd: [
    source('heart', (item, day) => {
      const windows = sampled(
        mapped(item.intraday_hrv, (w) => w.value?.rmssd),
        day,
        day.sleep.hrv.stepSec * 1000,
      );
      return windows.length > 0 ? windows : nightValue(item, day);
    }),
  ],
  hrv_sdnn: [source('heart', nightValue)],
  spo2: [
    source('oxygen_saturation', (item, day) =>
      sampled(item.intraday_data, day, day.sleep.spo2.stepSec * 1000),
    ),
  ],
  breathing_rate: [source('breathing', (item, day) => sampled(item.intraday_data, day, 5 * MIN))],
  sleep_duration: [sleepPart((s) => (s.total_sleep === undefined ? undefined : s.total_sleep * 1000))],
  sleep_duration_deep: [sleepPart((s) => (s.deep === undefined ? undefined : s.deep * 1000))],
  sleep_duration_light: [sleepPart((s) => (s.light === undefined ? undefined : s.light * 1000))],
  sleep_duration_rem: [sleepPart((s) => (s.rem === undefined ? undefined : s.rem * 1000))],
  sleep_duration_awake: [sleepPart((s) => (s.awake === undefined ? undefined : s.awake * 1000))],
  sleep_score: [sleepPart((s) => s.standardized_sleep_score)],
  weight: [weighIn((b) => b.body_data?.weight_kg)],
  body_fat: [weighIn((b) => b.body_data?.bodyfat_percentage)],
  glucose: [source('glucose', (item, day) => sampled(item.intraday_data, day, 0))],
  ecg_voltage: [
    source('ecg', (item, day) => {
      if (item.time_start === undefined) return [];
      const start = day.localToMs(item.time_start);
      const f = item.frequency ?? 300;
      return (item.samples ?? []).map((value, k) => {
        const at = start + Math.round((k * 1000) / f);
        return [at, start + Math.round(((k + 1) * 1000) / f) - at, value] as const;
      });
    }),
  ],
  elevation_gain: [workout((w) => w.total_elevation_gain)],
  speed: [workout((w) => w.avg_speed)],
};

/** The night's HRV (`sleep_hrv`) as one point over the sleep: for a provider without HRV windows. */
function nightValue(item: HealthV2Items['heart'], day: DayModel): RawPoint[] {
  const value = item.heart_rate_variability?.sleep_hrv;
  if (value === undefined || value === null) return [];
  const start = day.toMs(day.sleep.startSec);
  return [[start, day.toMs(day.sleep.endSec) - start, value]];
}

/**
 * The source of a metric for a provider: the first of the metric's sources whose data type the provider records
 * (none for an HRV measure the provider does not report, {@link reportsMetric}).
 *
 * @example
 * ```ts
 * metricSourceFor('heartrate', 'strava')?.dataType; // 'activities_stream'
 * ```
 */
export function metricSourceFor(metric: HealthV3Metric, provider: ProviderSlug): MetricSource | undefined {
  if (!reportsMetric(provider, metric)) return undefined;
  return v3MetricSources[metric]?.find((source) => records(provider, source.dataType));
}

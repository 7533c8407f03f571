import { isoDate } from '../../../generators/core/iso-time.ts';
import type { ProviderSlug } from '../../../generators/health/providers.ts';
import { UtcClock } from '../../../generators/health/time.ts';
import { workoutKinds } from '../../../generators/health/workouts.ts';
import type { HealthV2DataType } from '../../schemas/health-v2/index.ts';
import type { DayRecord, UserRecords } from './user-records.ts';
import { v3MetricSources } from './v3-metric-table.ts';

const utc = new UtcClock();

/** The record kinds the session endpoints serve, and the v3 `activity_type` of each. */
const SESSION_TYPES = [
  'sleep',
  'activities_stream',
  'body',
  'ecg',
] as const satisfies readonly HealthV2DataType[];
type SessionType = (typeof SESSION_TYPES)[number];

/** Start and end (epoch ms) of a session record. */
function boundsOf(record: DayRecord, store: UserRecords): readonly [number, number] {
  const item = record.item as Record<string, unknown>;
  const day = store.user.day(record.dayNo);
  const at = (key: string, notBeforeMs?: number) => day.localToMs(item[key] as string, notBeforeMs);
  switch (record.dataType) {
    case 'sleep':
      return [at('bedtime_start'), at('bedtime_end', at('bedtime_start'))];
    case 'body': {
      const series = (item.body_data as { weight_kg?: { timeseries?: { timestamp: string }[] } }).weight_kg
        ?.timeseries;
      const ms = day.localToMs(series?.at(-1)?.timestamp as string);
      return [ms, ms];
    }
    default:
      return [at('time_start'), at('time_end', at('time_start'))];
  }
}

/** The v3 metrics of one record: every metric of the table read from this record that has a single value. */
function metricsOf(record: DayRecord, store: UserRecords): Record<string, number> {
  const day = store.user.day(record.dayNo);
  const metrics: Record<string, number> = {};
  for (const [metric, sources] of Object.entries(v3MetricSources)) {
    const source = sources?.find((s) => s.dataType === record.dataType);
    if (source === undefined) continue;
    const points = source.points(record.item, day);
    if (points.length === 1) metrics[metric] = (points[0] as readonly number[])[2] as number;
  }
  return metrics;
}

/** The v3 activity type of a workout record (from the day's workout starting at the same instant). */
function workoutTypeOf(record: DayRecord, store: UserRecords, startMs: number): string {
  const day = store.user.day(record.dayNo);
  const workout = day.workouts.find((w) => day.toMs(w.startSec) === startMs);
  return workout === undefined ? 'other' : workoutKinds[workout.type].v3;
}

/** The fields every v3 record carries. */
function recordBase(record: DayRecord, store: UserRecords) {
  const [start, end] = boundsOf(record, store);
  return {
    record_id: record.id,
    modified_at: utc.seconds(record.syncedMs),
    start_at_timestamp: utc.seconds(start),
    end_at_timestamp: utc.seconds(end),
    duration: end - start,
    user_time_offset_minutes: store.user.offsetAt(start) / 60,
    input_method: 'device',
    provider_slug: record.provider,
    metrics: metricsOf(record, store),
  };
}

/** A sleep record; with `stages` (each `{ start_at, end_at, duration, stage }`) when asked for one by id. */
function sleepJson(record: DayRecord<'sleep'>, store: UserRecords, stages: boolean) {
  const base = recordBase(record, store);
  if (!stages) return base;
  const day = store.user.day(record.dayNo);
  let last = Number.NEGATIVE_INFINITY;
  return {
    ...base,
    stages: (record.item.levels ?? []).map((level) => {
      const start = day.localToMs(level.date_time as string, last);
      last = start;
      const ms = (level.seconds ?? 0) * 1000;
      return {
        start_at: utc.seconds(start),
        end_at: utc.seconds(start + ms),
        duration: ms,
        stage: level.level,
      };
    }),
  };
}

function workoutJson(record: DayRecord<'activities_stream'>, store: UserRecords) {
  const base = recordBase(record, store);
  const item = record.item;
  const metrics: Record<string, number> = { ...base.metrics };
  const put = (key: string, value: number | null | undefined) => {
    if (typeof value === 'number') metrics[key] = value;
  };
  put('heartrate_avg', item.avg_hr);
  put('heartrate_max', item.max_hr);
  put('heartrate_min', item.min_hr);
  put('calories_burned', item.calories);
  put('distance', item.distance);
  put('steps', item.steps);
  put('duration_active', item.moving_time === undefined ? undefined : item.moving_time * 1000);
  const start = Date.parse(base.start_at_timestamp);
  const type = workoutTypeOf(record, store, start);
  return { ...base, metrics, workout_type: type, workout_tags: [type, 'workout'] };
}

/** Every record of some session types whose local day lies in `fromDay..toDay`, from every allowed provider. */
function sessionRecords(
  store: UserRecords,
  types: readonly SessionType[],
  providers: readonly ProviderSlug[] | undefined,
  fromDay: number,
  toDay: number,
): DayRecord[] {
  const out: DayRecord[] = [];
  const slugs = store.user.providers.filter((slug) => providers === undefined || providers.includes(slug));
  for (let dayNo = fromDay; dayNo <= toDay; dayNo++)
    for (const type of types) for (const slug of slugs) out.push(...store.records(type, slug, dayNo));
  return out;
}

/**
 * `GET /queries/sleeps`: the sleeps attributed to local days `from..to` (inclusive; a sleep belongs to the day it
 * ended, as Spike attributes it), from every connected provider that records sleep; summed stage durations in
 * `metrics`, stages only by id (as Spike's docs describe).
 *
 * @example
 * ```ts
 * sleeps(store, fromDay, toDay, undefined).sleeps[0]?.metrics.sleep_duration;
 * ```
 */
export function sleeps(
  store: UserRecords | undefined,
  fromDay: number,
  toDay: number,
  providers?: readonly ProviderSlug[],
) {
  const list =
    store === undefined
      ? []
      : sessionRecords(store, ['sleep'], providers, fromDay, toDay).map((r) =>
          sleepJson(r as DayRecord<'sleep'>, store, false),
        );
  return { from_date: isoDate(fromDay), to_date: isoDate(toDay), sleeps: list };
}

/** Records whose start lies in `[fromMs, toMs)`, of some session types. */
function recordsBetween(
  store: UserRecords,
  types: readonly SessionType[],
  providers: readonly ProviderSlug[] | undefined,
  fromMs: number,
  toMs: number,
): DayRecord[] {
  const from = store.user.localDayOf(fromMs) - 1;
  const to = store.user.localDayOf(toMs) + 1;
  return sessionRecords(store, types, providers, from, to).filter((r) => {
    const start = boundsOf(r, store)[0];
    return start >= fromMs && start < toMs;
  });
}

/**
 * `GET /queries/workouts`: workouts starting in `[from_timestamp, to_timestamp)` [decision: Spike's docs do not
 * name this endpoint's range parameters; the mock takes the UTC timestamps its other record endpoints take].
 *
 * @example
 * ```ts
 * workouts(store, fromMs, toMs, undefined).workouts.map((w) => w.workout_type);
 * ```
 */
export function workouts(
  store: UserRecords | undefined,
  fromMs: number,
  toMs: number,
  providers?: readonly ProviderSlug[],
) {
  const list =
    store === undefined
      ? []
      : recordsBetween(store, ['activities_stream'], providers, fromMs, toMs).map((r) =>
          workoutJson(r as DayRecord<'activities_stream'>, store),
        );
  return { from_timestamp: utc.seconds(fromMs), to_timestamp: utc.seconds(toMs), workouts: list };
}

/**
 * `GET /queries/provider_records`: every session record (sleeps, workouts, weigh-ins, ECGs) starting in
 * `[from_timestamp, to_timestamp)`, each with its `activity_type` where it has one.
 *
 * @example
 * ```ts
 * providerRecords(store, fromMs, toMs, ['garmin']).records.length;
 * ```
 */
export function providerRecords(
  store: UserRecords | undefined,
  fromMs: number,
  toMs: number,
  providers?: readonly ProviderSlug[],
) {
  const records =
    store === undefined
      ? []
      : recordsBetween(store, SESSION_TYPES, providers, fromMs, toMs).map((r) => {
          if (r.dataType === 'sleep')
            return { ...sleepJson(r as DayRecord<'sleep'>, store, false), activity_type: 'sleep' };
          if (r.dataType === 'activities_stream') {
            const w = workoutJson(r as DayRecord<'activities_stream'>, store);
            return { ...w, activity_type: w.workout_type };
          }
          return recordBase(r, store);
        });
  return { from_timestamp: utc.seconds(fromMs), to_timestamp: utc.seconds(toMs), records };
}

/**
 * One record by id (`/queries/sleeps/{id}`, `/queries/workouts/{id}`), searched over the world's span; `undefined`
 * when the user has no such record.
 *
 * @example
 * ```ts
 * recordById(store, 'sleep', id)?.stages;
 * ```
 */
export function recordById(store: UserRecords | undefined, type: 'sleep' | 'activities_stream', id: string) {
  if (store === undefined) return undefined;
  const all = sessionRecords(store, [type], undefined, store.firstDayNo, store.lastDayNo);
  const record = all.find((r) => r.id === id);
  if (record === undefined) return undefined;
  return type === 'sleep'
    ? sleepJson(record as DayRecord<'sleep'>, store, true)
    : workoutJson(record as DayRecord<'activities_stream'>, store);
}

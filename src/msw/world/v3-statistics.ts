import { isoDate, isoUtc } from '../../../generators/core/iso-time.ts';
import type { ProviderSlug } from '../../../generators/health/providers.ts';
import { UtcClock } from '../../../generators/health/time.ts';
import { round } from '../../../generators/health-v2/item-numbers.ts';
import type { HealthV3Metric } from '../../schemas/health-v3/index.ts';
import type { UserRecords } from './user-records.ts';
import { type Point, pointsIn } from './v3-points.ts';

/** How a statistic summarises its metric's points. */
type Aggregate = 'sum' | 'mean' | 'max' | 'min' | 'first';

/**
 * The statistics types of `/queries/statistics/daily` and `/interval` (Spike's documented list), each with the
 * metric it summarises and how; `undefined` for types the world does not model (omitted from `values`).
 *
 * @example
 * ```ts
 * statisticTypes.steps; // ['steps', 'sum']
 * ```
 */
const statisticTypes = {
  steps: ['steps', 'sum'],
  distance_total: ['distance', 'sum'],
  distance_walking: ['distance_walking', 'sum'],
  distance_running: ['distance_running', 'sum'],
  distance_cycling: ['distance_cycling', 'sum'],
  calories_burned_total: ['calories_burned', 'sum'],
  calories_burned_active: ['calories_burned_active', 'sum'],
  calories_burned_basal: ['calories_burned_basal', 'sum'],
  heartrate: ['heartrate', 'mean'],
  heartrate_max: ['heartrate', 'max'],
  heartrate_min: ['heartrate', 'min'],
  heartrate_resting: ['heartrate_resting', 'first'],
  hrv_rmssd: ['hrv_rmssd', 'mean'],
  hrv_sdnn: ['hrv_sdnn', 'mean'],
  sleep_duration_total: ['sleep_duration', 'sum'],
  sleep_score: ['sleep_score', 'first'],
  sleep_skin_temperature_deviation: undefined,
  stress_score: undefined,
  recovery_score: undefined,
  activity_score: undefined,
} as const satisfies Record<string, readonly [HealthV3Metric, Aggregate] | undefined>;

/** A statistics type name. */
export type StatisticType = keyof typeof statisticTypes;

/** Every statistics type, for parameter checks. */
export const statisticTypeNames = Object.keys(statisticTypes) as StatisticType[];

function aggregate(points: readonly Point[], how: Aggregate, metric: HealthV3Metric): number | undefined {
  if (points.length === 0) return undefined;
  const values = points.map((p) => p.value);
  switch (how) {
    case 'sum':
      return round(
        values.reduce((a, b) => a + b, 0),
        4,
      );
    case 'mean': {
      const mean = values.reduce((a, b) => a + b, 0) / values.length;
      // Heart rate is whole bpm (as v2's avg_hr); other means keep one decimal.
      return metric === 'heartrate' ? Math.round(mean) : round(mean, 1);
    }
    case 'max':
      return Math.max(...values);
    case 'min':
      return Math.min(...values);
    case 'first':
      return values[0];
  }
}

/** The values of `types` over some points of each metric, and the records they came from. */
function summarise(
  types: readonly StatisticType[],
  pointsOf: (metric: HealthV3Metric) => readonly Point[],
): { values: Record<string, number>; recordIds: string[] } {
  const values: Record<string, number> = {};
  const ids = new Set<string>();
  for (const type of types) {
    const spec = statisticTypes[type];
    if (spec === undefined) continue;
    const points = pointsOf(spec[0]);
    const value = aggregate(points, spec[1], spec[0]);
    if (value === undefined) continue;
    values[type] = value;
    for (const p of points) ids.add(p.recordId);
  }
  return { values, recordIds: [...ids] };
}

/** The points of a metric from the provider serving it (the first of the user's that records it, within the filter). */
function metricPoints(
  store: UserRecords,
  metric: HealthV3Metric,
  providers: readonly ProviderSlug[] | undefined,
  fromDay: number,
  toDay: number,
): { points: readonly Point[]; provider: ProviderSlug | undefined } {
  const provider = store.providerFor(metric, providers);
  return { points: provider === undefined ? [] : store.points(metric, provider, fromDay, toDay), provider };
}

/** Parameters of the daily statistics query. */
export interface DailyQuery {
  readonly fromDay: number;
  readonly toDay: number;
  readonly types: readonly StatisticType[];
  readonly providers: readonly ProviderSlug[] | undefined;
  readonly includeRecordIds: boolean;
}

/**
 * `GET /queries/statistics/daily`: one entry per local day of the range (inclusive) that has any value, each the
 * sums or means of the same points `/queries/timeseries` serves for that day.
 *
 * @example
 * ```ts
 * dailyStatistics(store, { fromDay, toDay, types: ['steps'], providers: undefined, includeRecordIds: true });
 * ```
 */
export function dailyStatistics(store: UserRecords | undefined, query: DailyQuery) {
  const statistics: { date: string; values: Record<string, number>; record_ids?: string[] }[] = [];
  for (let dayNo = query.fromDay; store !== undefined && dayNo <= query.toDay; dayNo++) {
    const { values, recordIds } = summarise(query.types, (metric) =>
      metricPoints(store, metric, query.providers, dayNo, dayNo).points.filter((p) => p.dayNo === dayNo),
    );
    if (Object.keys(values).length === 0) continue;
    statistics.push({
      date: isoDate(dayNo),
      values,
      ...(query.includeRecordIds ? { record_ids: recordIds } : {}),
    });
  }
  return { from_date: isoDate(query.fromDay), to_date: isoDate(query.toDay), statistics };
}

/** Parameters of the interval statistics query (one-hour windows, UTC). */
export interface IntervalQuery {
  readonly fromMs: number;
  readonly toMs: number;
  readonly types: readonly StatisticType[];
  readonly providers: readonly ProviderSlug[] | undefined;
  readonly includeRecordIds: boolean;
}

const HOUR = 3_600_000;

/**
 * `GET /queries/statistics/interval?interval=1h`: one entry per UTC hour of `[from, to)` that has any value.
 *
 * @example
 * ```ts
 * intervalStatistics(store, { fromMs, toMs, types: ['steps', 'heartrate'], providers: undefined, includeRecordIds: false });
 * ```
 */
export function intervalStatistics(store: UserRecords | undefined, query: IntervalQuery) {
  const utc = new UtcClock();
  const statistics: {
    from_timestamp: string;
    to_timestamp: string;
    values: Record<string, number>;
    record_ids?: string[];
  }[] = [];
  if (store !== undefined) {
    const fromDay = store.user.localDayOf(query.fromMs) - 1;
    const toDay = store.user.localDayOf(query.toMs) + 1;
    const all = new Map<HealthV3Metric, readonly Point[]>();
    const pointsOf = (metric: HealthV3Metric) => {
      let list = all.get(metric);
      if (list === undefined) {
        list = metricPoints(store, metric, query.providers, fromDay, toDay).points;
        all.set(metric, list);
      }
      return list;
    };
    for (let start = query.fromMs; start < query.toMs; start += HOUR) {
      const end = Math.min(query.toMs, start + HOUR);
      const { values, recordIds } = summarise(query.types, (metric) =>
        pointsIn(pointsOf(metric), start, end, 'start'),
      );
      if (Object.keys(values).length === 0) continue;
      statistics.push({
        from_timestamp: utc.seconds(start),
        to_timestamp: utc.seconds(end),
        values,
        ...(query.includeRecordIds ? { record_ids: recordIds } : {}),
      });
    }
  }
  return { from_timestamp: utc.seconds(query.fromMs), to_timestamp: utc.seconds(query.toMs), statistics };
}

/**
 * `GET /queries/timeseries`: the metric's points overlapping `[from, to)`, as equal-length `offsets` (ms from
 * `start_at`), `durations` (ms) and `values`, from the one provider serving the metric. `start_at` is `from`, or
 * the first point's start when a record (a night, a day's resting heart rate) began before it [decision: Spike's
 * docs show `start_at` equal to `from` and do not say how records crossing `from` are written].
 *
 * @example
 * ```ts
 * timeseries(store, 'steps', fromMs, toMs, undefined).values.length === timeseries(store, 'steps', fromMs, toMs, undefined).offsets.length; // true
 * ```
 */
export function timeseries(
  store: UserRecords | undefined,
  metric: HealthV3Metric,
  fromMs: number,
  toMs: number,
  providers: readonly ProviderSlug[] | undefined,
) {
  const utc = new UtcClock();
  const found =
    store === undefined
      ? { points: [], provider: undefined }
      : metricPoints(
          store,
          metric,
          providers,
          store.user.localDayOf(fromMs) - 1,
          store.user.localDayOf(toMs) + 1,
        );
  const points = pointsIn(found.points, fromMs, toMs, 'overlap');
  // Offsets count from start_at: the query's start, or the first point's when a record began before it.
  const startMs = Math.min(fromMs, points[0]?.startMs ?? fromMs);
  return {
    metric,
    start_at: startMs % 1000 === 0 ? utc.seconds(startMs) : isoUtc(startMs),
    offsets: points.map((p) => p.startMs - startMs),
    durations: points.map((p) => p.durationMs),
    values: points.map((p) => p.value),
    providers: points.length > 0 && found.provider !== undefined ? [found.provider] : [],
  };
}

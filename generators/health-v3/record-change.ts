import type { HealthV2DataType } from '../../src/schemas/health-v2/index.ts';
import type { HealthV3Metric, HealthV3RecordChangeEvent } from '../../src/schemas/health-v3/index.ts';
import type { DayModel } from '../health/day.ts';
import { BLOCK_S, FREE } from '../health/day-grid.ts';
import { type ProviderSlug, providerSlugs, recordedBy } from '../health/providers.ts';
import { UtcClock } from '../health/time.ts';
import type { HealthUser } from '../health/user.ts';
import { workoutKinds } from '../health/workouts.ts';
import { distanceMetricOf, metricsOfDataType, providerMetricsOf } from './metrics.ts';

const BLOCK_MS = BLOCK_S * 1000;

/** The signals measured during a sleep, reported with it by the providers that record them. */
const SLEEP_SIGNALS: readonly HealthV2DataType[] = ['oxygen_saturation', 'breathing', 'heart'];

/** Metrics measured only during sleep: announced with the sleep session, never by a continuous series. */
const NIGHT_ONLY: readonly HealthV3Metric[] = ['hrv_rmssd', 'hrv_sdnn'];

/** The data types recorded continuously (a sync window always holds some). */
const CONTINUOUS: readonly HealthV2DataType[] = ['heart', 'steps', 'distance', 'calories', 'glucose'];

/**
 * What a provider's sync reports, from the capability matrix and its fidelity profile: the metrics of its continuous series, the metrics
 * reported with a sleep (`undefined` when it records no sleep), and which sessions it records.
 */
interface SyncProfile {
  readonly continuous: readonly HealthV3Metric[];
  readonly sleep: readonly HealthV3Metric[] | undefined;
  readonly movement: boolean;
  readonly workouts: boolean;
  readonly weighIns: boolean;
  readonly ecgs: boolean;
}

/** The metrics a provider reports for data types, in order, each once (HRV in its own measure). */
function metricsOf(slug: ProviderSlug, types: readonly HealthV2DataType[]): HealthV3Metric[] {
  return [...new Set(types.flatMap((type) => providerMetricsOf(slug, type)))];
}

/** The sync profile of a provider. */
function syncProfileOf(slug: ProviderSlug): SyncProfile {
  const can = recordedBy(slug);
  return {
    continuous: metricsOf(
      slug,
      CONTINUOUS.filter((type) => can.has(type)),
    ).filter((m) => !NIGHT_ONLY.includes(m)),
    sleep: can.has('sleep')
      ? metricsOf(slug, ['sleep', ...SLEEP_SIGNALS.filter((type) => can.has(type))])
      : undefined,
    movement: can.has('steps'),
    workouts: can.has('activities_stream'),
    weighIns: can.has('body'),
    ecgs: can.has('ecg'),
  };
}

/** The sync profile of every provider (constant: derived from the capability matrix when the module loads). */
const syncProfiles: ReadonlyMap<ProviderSlug, SyncProfile> = new Map(
  providerSlugs.map((slug) => [slug, syncProfileOf(slug)]),
);

/** What a provider synced for a person in a window: what `record_change` reports. */
export interface SyncedRecords {
  readonly metrics: HealthV3Metric[];
  readonly activityTypes: string[];
  /** Earliest start and latest end of the records, epoch ms. */
  readonly startMs: number;
  readonly endMs: number;
}

/**
 * The records a provider syncs for `(fromMs, toMs]`: continuous series up to `toMs`, and the sessions (sleeps,
 * workouts, weigh-ins, ECGs) that ended in the window, whole. `undefined` when there is nothing.
 *
 * @example
 * ```ts
 * const synced = syncedRecords(user, 'garmin', toMs - 3 * 3_600_000, toMs);
 * synced?.activityTypes; // e.g. ['walking', 'sedentary', 'running']
 * ```
 */
export function syncedRecords(
  user: HealthUser,
  provider: ProviderSlug,
  fromMs: number,
  toMs: number,
): SyncedRecords | undefined {
  const sync = syncProfiles.get(provider) ?? syncProfileOf(provider);
  // Short lists, kept in first-seen order: arrays beat sets here.
  const metrics = sync.continuous.slice();
  const activityTypes: string[] = [];
  let startMs = Number.POSITIVE_INFINITY;
  let endMs = Number.NEGATIVE_INFINITY;
  if (sync.continuous.length > 0) {
    startMs = fromMs;
    endMs = toMs;
  }
  const add = (list: readonly HealthV3Metric[]) => {
    for (let i = 0; i < list.length; i++) addOnce(metrics, list[i] as HealthV3Metric);
  };
  const session = (fromSec: number, toSec: number, day: DayModel) => {
    const from = day.toMs(fromSec);
    const to = day.toMs(toSec);
    const ended = to > fromMs && to <= toMs;
    if (ended) {
      startMs = Math.min(startMs, from);
      endMs = Math.max(endMs, to);
    }
    return ended;
  };
  const lastDay = user.localDayOf(toMs);
  for (let dayNo = user.localDayOf(fromMs); dayNo <= lastDay; dayNo++) {
    const day = user.day(dayNo);
    if (sync.movement) describeMovement(day, fromMs, toMs, activityTypes);
    if (sync.sleep !== undefined && session(day.sleep.startSec, day.sleep.endSec, day)) {
      add(sync.sleep);
      addOnce(activityTypes, 'sleep');
    }
    if (sync.workouts) {
      for (const w of day.workouts) {
        if (!session(w.startSec, w.endSec, day)) continue;
        add(metricsOfDataType.activities_stream);
        addOnce(activityTypes, workoutKinds[w.type].v3);
        const distance = distanceMetricOf[w.type];
        if (distance !== undefined) addOnce(metrics, distance);
      }
    }
    if (sync.weighIns && session(day.weighIn.sec, day.weighIn.sec, day)) add(metricsOfDataType.body);
    if (sync.ecgs && session(day.ecg.startSec, day.ecg.startSec + day.ecg.durationSec, day))
      add(metricsOfDataType.ecg);
  }
  if (metrics.length === 0) return undefined;
  return { metrics, activityTypes, startMs, endMs };
}

/** Adds `walking` and `sedentary` when the window holds free awake time with and without everyday walking. */
function describeMovement(day: DayModel, fromMs: number, toMs: number, out: string[]): void {
  const first = Math.max(0, Math.floor((fromMs - day.startMs) / BLOCK_MS));
  const last = Math.min(day.blocks - 1, Math.floor((toMs - 1 - day.startMs) / BLOCK_MS));
  for (let b = first; b <= last; b++) {
    if (day.minuteCode((b * BLOCK_S) / 60) !== FREE) continue;
    const block = day.walkingBlock(b);
    if (block.steps > 0) addOnce(out, 'walking');
    if (block.walkShare < 0.5) addOnce(out, 'sedentary');
    if (out.includes('walking') && out.includes('sedentary')) return;
  }
}

/** Appends `value` unless the list holds it already. */
function addOnce<T>(list: T[], value: T): void {
  if (!list.includes(value)) list.push(value);
}

/**
 * A `record_change` event for synced records; `utc` writes its record bounds (share one across a batch).
 *
 * @example
 * ```ts
 * recordChangeEvent(user, 'garmin', synced, '2026-01-15T10:29:59.497658542Z').metrics;
 * ```
 */
export function recordChangeEvent(
  user: HealthUser,
  provider: ProviderSlug,
  synced: SyncedRecords,
  timestamp: string,
  utc: UtcClock = new UtcClock(),
): HealthV3RecordChangeEvent {
  return {
    application_user_id: user.clientUserId,
    timestamp,
    event_type: 'record_change',
    metrics: synced.metrics,
    activity_types: synced.activityTypes,
    provider_slug: provider,
    earliest_record_start_at: utc.seconds(synced.startMs),
    latest_record_end_at: utc.seconds(synced.endMs),
  };
}

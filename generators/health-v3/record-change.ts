import type { HealthV2DataType } from '../../src/schemas/health-v2.ts';
import type { HealthV3Metric, HealthV3RecordChangeEvent } from '../../src/schemas/health-v3.ts';
import { type DayModel, FREE } from '../health/day.ts';
import { type ProviderSlug, records } from '../health/providers.ts';
import { rfc3339Seconds } from '../health/time.ts';
import type { HealthUser } from '../health/user.ts';
import { workoutKinds } from '../health/workouts.ts';
import { distanceMetricOf, metricsOfDataType } from './metrics.ts';

/** The data types recorded continuously (a sync window always holds some). */
const CONTINUOUS: readonly HealthV2DataType[] = ['heart', 'steps', 'distance', 'calories', 'glucose'];

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
  const metrics = new Set<HealthV3Metric>();
  const activityTypes = new Set<string>();
  let startMs = Number.POSITIVE_INFINITY;
  let endMs = Number.NEGATIVE_INFINITY;
  const can = (type: HealthV2DataType) => records(provider, type);
  const add = (type: HealthV2DataType) => {
    for (const metric of metricsOfDataType[type]) metrics.add(metric);
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
  const continuous = CONTINUOUS.filter(can);
  if (continuous.length > 0) {
    for (const type of continuous) add(type);
    startMs = fromMs;
    endMs = toMs;
  }
  for (let dayNo = user.localDayOf(fromMs); dayNo <= user.localDayOf(toMs); dayNo++) {
    const day = user.day(dayNo);
    if (can('steps')) describeMovement(day, fromMs, toMs, activityTypes);
    if (can('sleep') && session(day.sleep.startSec, day.sleep.endSec, day)) {
      add('sleep');
      activityTypes.add('sleep');
      for (const type of ['oxygen_saturation', 'breathing', 'heart'] as const) if (can(type)) add(type);
    }
    if (can('activities_stream')) {
      for (const w of day.workouts) {
        if (!session(w.startSec, w.endSec, day)) continue;
        add('activities_stream');
        activityTypes.add(workoutKinds[w.type].v3);
        const distance = distanceMetricOf[w.type];
        if (distance !== undefined) metrics.add(distance);
      }
    }
    if (can('body') && session(day.weighIn.sec, day.weighIn.sec, day)) add('body');
    if (can('ecg') && session(day.ecg.startSec, day.ecg.startSec + day.ecg.durationSec, day)) add('ecg');
  }
  if (metrics.size === 0) return undefined;
  return { metrics: [...metrics], activityTypes: [...activityTypes], startMs, endMs };
}

/** Adds `walking` and `sedentary` when the window holds free awake time with and without everyday walking. */
function describeMovement(day: DayModel, fromMs: number, toMs: number, out: Set<string>): void {
  const walking = day.walking;
  const minutes = day.minutes;
  const first = Math.max(0, Math.floor((fromMs - day.startMs) / 900_000));
  const last = Math.min(95, Math.floor((toMs - 1 - day.startMs) / 900_000));
  for (let b = first; b <= last; b++) {
    if (minutes[b * 15] !== FREE) continue;
    if ((walking.steps[b] as number) > 0) out.add('walking');
    if ((walking.walkShare[b] as number) < 0.5) out.add('sedentary');
  }
}

/**
 * A `record_change` event for synced records.
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
): HealthV3RecordChangeEvent {
  return {
    application_user_id: user.clientUserId,
    timestamp,
    event_type: 'record_change',
    metrics: synced.metrics,
    activity_types: synced.activityTypes,
    provider_slug: provider,
    earliest_record_start_at: rfc3339Seconds(synced.startMs),
    latest_record_end_at: rfc3339Seconds(synced.endMs),
  };
}

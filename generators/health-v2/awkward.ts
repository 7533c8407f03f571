import type { Rng } from '../../src/core/index.ts';
import type { Awkwardness } from '../core/awkwardness.ts';
import type { DayModel } from '../health/day.ts';
import { isoUtc } from '../health/time.ts';

// Deliberately awkward v2 events (see Awkwardness). `large` is applied while building (finer series).

type Item = Record<string, unknown>;
type Event = Record<string, unknown> & { data: Item[] };

const EMPTY: Record<string, (value: unknown) => unknown> = {
  string: () => '',
  object: (value) => (Array.isArray(value) ? [] : {}),
};

/**
 * Applies the item-level and root-level awkward variants to a built v2 event, in place.
 *
 * @example
 * ```ts
 * applyAwkward(event, new Set(['null-optionals']), v2Kinds.sleep.core, day, context.rng);
 * ```
 */
export function applyAwkward(
  event: Event,
  awkward: ReadonlySet<Awkwardness>,
  core: readonly string[],
  day: DayModel,
  rng: Rng,
): void {
  const optional = (item: Item) => Object.keys(item).filter((key) => !core.includes(key));
  for (const item of event.data) {
    if (awkward.has('minimal')) for (const key of optional(item)) delete item[key];
    if (awkward.has('empty-optionals')) {
      for (const key of optional(item)) item[key] = EMPTY[typeof item[key]]?.(item[key]) ?? item[key];
    }
    if (awkward.has('null-optionals')) for (const key of optional(item)) item[key] = null;
  }
  if (awkward.has('unknown-kind')) {
    event.data_type = 'blood_pressure';
    event.data = [bloodPressure(day, String(event.source))];
  }
  if (awkward.has('unknown-fields')) {
    event.spike_version = '2.4.1';
    event.trace_id = rng.uuid();
    for (const item of event.data) {
      item.last_synced_at = isoUtc(day.toMs(day.weighIn.sec));
      item.device = { manufacturer: String(event.source), model: 'unknown' };
    }
  }
}

/** A reading of a data type the v2 vocabulary does not have: blood pressure, taken at the morning weigh-in. */
function bloodPressure(day: DayModel, source: string): Item {
  const age = day.user.baseline.age;
  const minute = Math.min(day.lengthMin - 1, Math.floor(day.weighIn.sec / 60));
  const pulse = day.heartRate[minute] as number;
  return {
    date: day.date,
    time: day.clock.at(day.weighIn.sec),
    timezone_offset: day.offsetAt(day.weighIn.sec),
    systolic: Math.round(100 + age * 0.45 + (pulse - day.sleep.restingHr) * 0.3),
    diastolic: Math.round(62 + age * 0.2),
    pulse,
    unit: 'mmHg',
    source,
  };
}

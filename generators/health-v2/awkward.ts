import type { z } from 'zod';
import type { Rng } from '../../src/core/index.ts';
import { healthV2ItemSchemas } from '../../src/schemas/health-v2/index.ts';
import { fieldAccepts } from '../../src/schemas/schema-variants.ts';
import type { Awkwardness } from '../core/awkwardness.ts';
import { isoUtc } from '../core/iso-time.ts';
import { roundHalfUp } from '../core/round-half-up.ts';
import type { DayModel } from '../health/day.ts';

// Deliberately awkward v2 events (see Awkwardness). `large` is applied while building (finer series).

type Item = Record<string, unknown>;
type Event = Record<string, unknown> & { data: Item[] };

const EMPTY: Record<string, (value: unknown) => unknown> = {
  string: () => '',
  object: (value) => (Array.isArray(value) ? [] : {}),
};

/** Per data type, field and value kind: whether the item schema accepts the empty value or null there. */
const accepted = new Map<string, boolean>();

/** Whether the schema of `dataType`'s items lets Spike send `value` (empty or null) as `key` of `item`. */
function accepts(dataType: string, item: Item, key: string, value: unknown): boolean {
  const id = `${dataType}\u0000${key}\u0000${Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value}`;
  let ok = accepted.get(id);
  if (ok === undefined) {
    const schema = (healthV2ItemSchemas as Readonly<Record<string, z.ZodType | undefined>>)[dataType];
    ok = schema !== undefined && fieldAccepts(schema, item, key, value);
    accepted.set(id, ok);
  }
  return ok;
}

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
  const dataType = String(event.data_type);
  for (const item of event.data) {
    if (awkward.has('minimal')) for (const key of optional(item)) delete item[key];
    // Empty or null only where the item schema (the one source of what Spike may send) allows it.
    if (awkward.has('empty-optionals')) {
      for (const key of optional(item)) {
        const empty = EMPTY[typeof item[key]]?.(item[key]);
        if (empty !== undefined && accepts(dataType, item, key, empty)) item[key] = empty;
      }
    }
    if (awkward.has('null-optionals'))
      for (const key of optional(item)) if (accepts(dataType, item, key, null)) item[key] = null;
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
    systolic: roundHalfUp(100 + age * 0.45 + (pulse - day.sleep.restingHr) * 0.3),
    diastolic: roundHalfUp(62 + age * 0.2),
    pulse,
    unit: 'mmHg',
    source,
  };
}

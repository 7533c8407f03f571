import { z } from 'zod';
import type { KnownFields } from '../known-fields.ts';
import {
  caloriesItemSchema,
  dailySeriesItem,
  glucoseItemSchema,
  heartItemSchema,
  stressItemSchema,
} from './daily-items.ts';
import { d } from './field-schemas.ts';
import { activityItemSchema, bodyItemSchema, ecgItemSchema, goalsItemSchema } from './record-items.ts';
import { breathingItemSchema, oxygenItemSchema, sleepItemSchema } from './sleep-items.ts';
import { type HealthV2DataType, V2_PROVIDER_SLUG } from './vocabulary.ts';

/**
 * The zod schema of the items of each v2 `data_type`.
 *
 * @example
 * ```ts
 * healthV2ItemSchemas.sleep.safeParse({ total_sleep: 25_200 }).success; // true
 * ```
 */
export const healthV2ItemSchemas = {
  sleep: sleepItemSchema,
  heart: heartItemSchema,
  steps: dailySeriesItem('steps', 'Steps'),
  distance: dailySeriesItem('meters', 'Distance covered on foot'),
  calories: caloriesItemSchema,
  body: bodyItemSchema,
  glucose: glucoseItemSchema,
  oxygen_saturation: oxygenItemSchema,
  breathing: breathingItemSchema,
  stress: stressItemSchema,
  ecg: ecgItemSchema,
  activities_stream: activityItemSchema,
  goals: goalsItemSchema,
} as const satisfies Record<HealthV2DataType, z.ZodType>;

const rootSchema = z.looseObject({
  /** Unique id of the notification, synthetic (the kit writes a UUID v4). The signature covers only this field. */
  event_id: z.string().min(1).meta(d('Unique synthetic id of the notification (signed).')),
  /** Webhook event type. The values are not documented (the kit writes `realtime_update`). */
  event_type: z.string().meta(d('Webhook event type (values undocumented).')),
  /** When Spike received the provider's ping; the kit writes ISO 8601 UTC (`2026-01-15T10:21:07.512Z`). */
  timestamp: z.string().min(1).meta(d("When Spike received the provider's ping.")),
  /** Spike user id, a UUID. */
  user_id: z.uuid().meta(d('Spike user id (UUID).')),
  /** Your own id of the user, as given to Spike. */
  client_user_id: z.string().meta(d('Your own id of the user.')),
  /** Provider slug, lower case (`garmin`, `fitbit` ...). */
  source: z.string().regex(V2_PROVIDER_SLUG).meta(d('Provider slug, lower case.')),
});

const eventSchema = <K extends HealthV2DataType>(kind: K) =>
  rootSchema
    .extend({
      /** The kind of data in `data`. */
      data_type: z.literal(kind).meta(d('The kind of data.')),
      /** The data: items of the `data_type`'s shape. */
      data: z.array(healthV2ItemSchemas[kind]).meta(d(`Items of data_type '${kind}'.`)),
    })
    .meta(d(`Spike v2 webhook event with data_type '${kind}'.`));

/**
 * The zod schema of the v2 event of each `data_type`.
 *
 * @example
 * ```ts
 * healthV2EventSchemas.heart.parse(JSON.parse(rawBody)).data[0]?.avg_hr;
 * ```
 */
export const healthV2EventSchemas = {
  sleep: eventSchema('sleep'),
  heart: eventSchema('heart'),
  steps: eventSchema('steps'),
  distance: eventSchema('distance'),
  calories: eventSchema('calories'),
  body: eventSchema('body'),
  glucose: eventSchema('glucose'),
  oxygen_saturation: eventSchema('oxygen_saturation'),
  breathing: eventSchema('breathing'),
  stress: eventSchema('stress'),
  ecg: eventSchema('ecg'),
  activities_stream: eventSchema('activities_stream'),
  goals: eventSchema('goals'),
} as const;

/**
 * The zod schema of any v2 event: a discriminated union on `data_type`. An unknown `data_type` fails with a
 * readable issue, so a receiver can tell "new kind of data" from "broken payload".
 *
 * @example
 * ```ts
 * const result = healthV2EventSchema.safeParse(JSON.parse(rawBody));
 * if (result.success && result.data.data_type === 'sleep') console.log(result.data.data[0]?.total_sleep);
 * ```
 */
export const healthV2EventSchema = z
  .discriminatedUnion('data_type', [
    healthV2EventSchemas.sleep,
    healthV2EventSchemas.heart,
    healthV2EventSchemas.steps,
    healthV2EventSchemas.distance,
    healthV2EventSchemas.calories,
    healthV2EventSchemas.body,
    healthV2EventSchemas.glucose,
    healthV2EventSchemas.oxygen_saturation,
    healthV2EventSchemas.breathing,
    healthV2EventSchemas.stress,
    healthV2EventSchemas.ecg,
    healthV2EventSchemas.activities_stream,
    healthV2EventSchemas.goals,
  ])
  .meta(d('Spike API v2 health webhook event (RealtimeUpdateV1).'));

/** The item type of each v2 `data_type`. */
export type HealthV2Items = {
  [K in HealthV2DataType]: KnownFields<z.output<(typeof healthV2ItemSchemas)[K]>>;
};

/** Every v2 event type, keyed by `data_type` (what `generate('spike-health-v2', { kind })` returns). */
export type HealthV2Events = {
  [K in HealthV2DataType]: KnownFields<z.output<(typeof healthV2EventSchemas)[K]>>;
};

/**
 * A v2 event of one `data_type`: the root fields Spike documents, with `data` holding that type's items.
 *
 * @example
 * ```ts
 * const event: HealthV2EventOf<'sleep'> = generate('spike-health-v2', { kind: 'sleep' });
 * event.data[0]?.total_sleep; // seconds
 * ```
 */
export type HealthV2EventOf<K extends HealthV2DataType> = HealthV2Events[K];

/** A Spike API v2 webhook event: a discriminated union on `data_type`. */
export type HealthV2Event = HealthV2Events[HealthV2DataType];

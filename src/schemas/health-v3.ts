import { z } from 'zod';
import type { OpenVocabulary } from './health-v2.ts';
import { createParser, type PayloadParser } from './parse.ts';

// Spike API v3 health webhook: the body is a JSON array of events, possibly for several users
// (../shared/spike-webhooks.md section 3). A `record_change` event carries every documented field; which fields the
// `provider_integration_*` events carry is unconfirmed, so beyond the user, time, type and provider they are
// optional and nullable, and not pinned. Metric and activity vocabularies are partial (the docs list 190+
// activity types): the schemas accept any slug, the lists below are what the kit knows.

/**
 * The v3 `event_type` values Spike documents, in a stable order.
 *
 * @example
 * ```ts
 * healthV3EventTypes[0]; // 'record_change'
 * ```
 */
export const healthV3EventTypes = [
  'record_change',
  'provider_integration_created',
  'provider_integration_deleted',
] as const;

/** A v3 `event_type` of {@link healthV3EventTypes}. */
export type HealthV3EventType = (typeof healthV3EventTypes)[number];

/**
 * Metric slugs of the v3 vocabulary the kit knows (partial; Spike's technical references list more).
 *
 * @example
 * ```ts
 * healthV3Metrics.includes('sleep_duration_deep'); // true
 * ```
 */
export const healthV3Metrics = [
  'steps',
  'distance',
  'distance_walking',
  'distance_running',
  'distance_cycling',
  'calories_burned_active',
  'calories_burned_basal',
  'calories_burned',
  'heartrate',
  'heartrate_resting',
  'heartrate_max',
  'heartrate_min',
  'hrv_rmssd',
  'hrv_sdnn',
  'spo2',
  'breathing_rate',
  'sleep_duration',
  'sleep_duration_deep',
  'sleep_duration_light',
  'sleep_duration_rem',
  'sleep_duration_awake',
  'sleep_score',
  'floors_climbed',
  'elevation_gain',
  'speed',
  'vo2max',
  'weight',
  'body_fat',
  'glucose',
  'blood_pressure_systolic',
  'blood_pressure_diastolic',
  'body_temperature',
  'skin_temperature',
  'ecg_voltage',
] as const;

/** A metric slug of {@link healthV3Metrics}. */
export type HealthV3Metric = (typeof healthV3Metrics)[number];

/**
 * Activity type slugs of the v3 vocabulary the kit knows (partial: the docs list 190+).
 *
 * @example
 * ```ts
 * healthV3ActivityTypes.includes('running'); // true
 * ```
 */
export const healthV3ActivityTypes = [
  'sedentary',
  'walking',
  'running',
  'cycling',
  'swimming',
  'sleep',
  'workout',
  'hiking',
  'yoga',
  'strength_training',
  'other',
] as const;

/** An activity type slug of {@link healthV3ActivityTypes}. */
export type HealthV3ActivityType = (typeof healthV3ActivityTypes)[number];

/**
 * Sleep stage slugs of v3 sleep records (for REST mocks; the webhook itself names no stages).
 *
 * @example
 * ```ts
 * healthV3SleepStages.includes('awake_in_bed'); // true
 * ```
 */
export const healthV3SleepStages = [
  'awake',
  'light',
  'deep',
  'rem',
  'awake_in_bed',
  'out_of_bed',
  'nap',
  'unknown',
] as const;

/** A sleep stage slug of {@link healthV3SleepStages}. */
export type HealthV3SleepStage = (typeof healthV3SleepStages)[number];

/** `application_user_id`: 1 to 128 characters of `A-Za-z0-9-_.`. */
export const V3_APPLICATION_USER_ID = /^[A-Za-z0-9._-]{1,128}$/;
/** RFC 3339 UTC instant with an optional fraction of up to 9 digits, e.g. `2025-04-15T13:33:55.271331177Z`. */
export const V3_RFC3339_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?Z$/;
/** A lower-case slug (metric, activity type, provider). */
export const V3_SLUG = /^[a-z0-9_]+$/;

// ---------------------------------------------------------------------------------------------------------------
// Types
// ---------------------------------------------------------------------------------------------------------------

/** The fields every v3 event carries. */
type HealthV3Base = {
  /** Your id of the user, as given when getting the access token: 1-128 characters of `A-Za-z0-9-_.`. */
  application_user_id: string;
  /** Time of the event, RFC 3339 UTC with up to nanoseconds (`2025-04-15T13:33:55.271331177Z`): a string, since
   *  a JS `Date` cannot hold nanoseconds. */
  timestamp: string;
  /** Provider slug, lower case (`garmin`, `oura` ...). */
  provider_slug: string;
};

/** A `record_change` event: new or updated data arrived from a provider for one user and time window. */
export type HealthV3RecordChangeEvent = HealthV3Base & {
  /** `record_change`. */
  event_type: 'record_change';
  /** Metric slugs involved (see {@link healthV3Metrics}). */
  metrics: OpenVocabulary<HealthV3Metric>[];
  /** Activity type slugs involved, possibly none (see {@link healthV3ActivityTypes}). */
  activity_types: OpenVocabulary<HealthV3ActivityType>[];
  /** Earliest start of the records involved, RFC 3339 UTC (`2025-04-15T09:30:00Z`). */
  earliest_record_start_at: string;
  /** Latest end of the records involved, RFC 3339 UTC. */
  latest_record_end_at: string;
};

/**
 * A `provider_integration_created` or `provider_integration_deleted` event. Which fields beyond the user, time and
 * provider these carry is unconfirmed: they may be absent, empty or `null`.
 */
export type HealthV3IntegrationEvent<
  T extends 'provider_integration_created' | 'provider_integration_deleted',
> = HealthV3Base & {
  /** `provider_integration_created` (the user connected a provider) or `provider_integration_deleted`. */
  event_type: T;
  /** Metric slugs, if any (unconfirmed). */
  metrics?: string[] | null | undefined;
  /** Activity type slugs, if any (unconfirmed). */
  activity_types?: string[] | null | undefined;
  /** Earliest record start, if any (unconfirmed; may be empty). */
  earliest_record_start_at?: string | null | undefined;
  /** Latest record end, if any (unconfirmed; may be empty). */
  latest_record_end_at?: string | null | undefined;
};

/** One v3 event, a discriminated union on `event_type`. */
export type HealthV3Event =
  | HealthV3RecordChangeEvent
  | HealthV3IntegrationEvent<'provider_integration_created'>
  | HealthV3IntegrationEvent<'provider_integration_deleted'>;

/** The v3 event of one `event_type`. */
export type HealthV3EventOf<T extends HealthV3EventType> = Extract<HealthV3Event, { event_type: T }>;

/**
 * The body Spike posts, keyed by `event_type`: an array of that type's events (what
 * `generate('spike-health-v3', { kind })` returns).
 */
export type HealthV3Events = { [T in HealthV3EventType]: HealthV3EventOf<T>[] };

/** The body of a v3 delivery: an array of events of any type. */
export type HealthV3Body = HealthV3Event[];

// ---------------------------------------------------------------------------------------------------------------
// Schemas
// ---------------------------------------------------------------------------------------------------------------

const d = (description: string) => ({ description });

const base = {
  application_user_id: z
    .string()
    .regex(V3_APPLICATION_USER_ID)
    .meta(d('Your id of the user: 1-128 characters of A-Za-z0-9-_.')),
  timestamp: z
    .string()
    .regex(V3_RFC3339_UTC)
    .meta(d('Time of the event, RFC 3339 UTC with up to nanoseconds.')),
  provider_slug: z.string().regex(V3_SLUG).meta(d('Provider slug, lower case.')),
};

const recordChangeSchema = z
  .looseObject({
    ...base,
    event_type: z.literal('record_change').meta(d('New or updated data from a provider.')),
    metrics: z.array(z.string().regex(V3_SLUG)).meta(d('Metric slugs involved.')),
    activity_types: z
      .array(z.string().regex(V3_SLUG))
      .meta(d('Activity type slugs involved (may be empty).')),
    earliest_record_start_at: z
      .string()
      .regex(V3_RFC3339_UTC)
      .meta(d('Earliest start of the records, RFC 3339 UTC.')),
    latest_record_end_at: z
      .string()
      .regex(V3_RFC3339_UTC)
      .meta(d('Latest end of the records, RFC 3339 UTC.')),
  })
  .meta(d('A record_change event.'));

const integrationSchema = <T extends 'provider_integration_created' | 'provider_integration_deleted'>(
  type: T,
  description: string,
) =>
  z
    .looseObject({
      ...base,
      event_type: z.literal(type).meta(d(description)),
      metrics: z.array(z.string()).nullable().optional().meta(d('Metric slugs, if any (unconfirmed).')),
      activity_types: z
        .array(z.string())
        .nullable()
        .optional()
        .meta(d('Activity types, if any (unconfirmed).')),
      earliest_record_start_at: z
        .string()
        .nullable()
        .optional()
        .meta(d('Earliest record start (unconfirmed).')),
      latest_record_end_at: z.string().nullable().optional().meta(d('Latest record end (unconfirmed).')),
    })
    .meta(d(`A ${type} event.`));

/**
 * The zod schema of each v3 event type (one event, not the array).
 *
 * @example
 * ```ts
 * healthV3EventSchemas.record_change.parse(body[0]).metrics;
 * ```
 */
export const healthV3EventSchemas = {
  record_change: recordChangeSchema,
  provider_integration_created: integrationSchema(
    'provider_integration_created',
    'The user connected a provider.',
  ),
  provider_integration_deleted: integrationSchema(
    'provider_integration_deleted',
    "The user's provider integration was deleted.",
  ),
} as const;

/**
 * The zod schema of one v3 event: a discriminated union on `event_type`.
 *
 * @example
 * ```ts
 * healthV3EventSchema.safeParse(body[0]).success;
 * ```
 */
export const healthV3EventSchema = z
  .discriminatedUnion('event_type', [
    healthV3EventSchemas.record_change,
    healthV3EventSchemas.provider_integration_created,
    healthV3EventSchemas.provider_integration_deleted,
  ])
  .meta(d('One Spike API v3 webhook event.'));

/**
 * The zod schema of a v3 delivery body: an array of events.
 *
 * @example
 * ```ts
 * const events = healthV3BodySchema.parse(JSON.parse(rawBody));
 * ```
 */
export const healthV3BodySchema = z.array(healthV3EventSchema).meta(d('Spike API v3 webhook body.'));

const healthV3Parser: PayloadParser<HealthV3Body> = createParser(healthV3BodySchema, 'Spike health v3 body');

/**
 * Parses a v3 body (the array), throwing `INVALID_PAYLOAD` with every problem and its path.
 *
 * @example
 * ```ts
 * for (const event of parseHealthV3Body(JSON.parse(rawBody))) console.log(event.application_user_id);
 * ```
 */
export const parseHealthV3Body: (input: unknown) => HealthV3Body = healthV3Parser.parse;

/**
 * Parses a v3 body without throwing: `{ ok: true, value }` or `{ ok: false, issues }`.
 *
 * @example
 * ```ts
 * const result = safeParseHealthV3Body(body);
 * if (!result.ok) console.warn(result.issues);
 * ```
 */
export const safeParseHealthV3Body: PayloadParser<HealthV3Body>['safeParse'] = healthV3Parser.safeParse;

/**
 * Readable problems with a v3 body (empty when valid).
 *
 * @example
 * ```ts
 * checkHealthV3Body([{ event_type: 'record_change' }]).length > 0; // true
 * ```
 */
export const checkHealthV3Body: (input: unknown) => string[] = healthV3Parser.check;

// Compile-time proof that the documented types and the schemas describe the same payloads.
type MutuallyAssignable<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const typesMatchSchemas: {
  [T in HealthV3EventType]: MutuallyAssignable<z.infer<(typeof healthV3EventSchemas)[T]>, HealthV3EventOf<T>>;
} = { record_change: true, provider_integration_created: true, provider_integration_deleted: true };
void typesMatchSchemas;
const bodyMatches: MutuallyAssignable<z.infer<typeof healthV3BodySchema>, HealthV3Body> = true;
void bodyMatches;

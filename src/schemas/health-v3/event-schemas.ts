import { z } from 'zod';
import type { OpenVocabulary } from '../health-v2/vocabulary.ts';
import type { KnownFields } from '../known-fields.ts';
import {
  type HealthV3ActivityType,
  type HealthV3EventType,
  type HealthV3Metric,
  V3_APPLICATION_USER_ID,
  V3_RFC3339_UTC,
  V3_SLUG,
} from './vocabulary.ts';

// A `record_change` event carries every documented field; which fields the `provider_integration_*` events carry
// is unconfirmed, so beyond the user, time, type and provider they are optional and nullable, and not pinned. The
// TypeScript types are inferred from the schemas.

const d = (description: string) => ({ description });

/** A slug of an open vocabulary: any lower-case slug validates, the known ones are typed. */
const slugOf = <Known extends string>() => z.string().regex(V3_SLUG) as z.ZodType<OpenVocabulary<Known>>;

/** The fields every v3 event carries. */
const base = {
  /** Your id of the user, as given when getting the access token: 1-128 characters of `A-Za-z0-9-_.`. */
  application_user_id: z
    .string()
    .regex(V3_APPLICATION_USER_ID)
    .meta(d('Your id of the user: 1-128 characters of A-Za-z0-9-_.')),
  /** Time of the event, RFC 3339 UTC with up to nanoseconds (`2025-04-15T13:33:55.271331177Z`): a string, since
   *  a JS `Date` cannot hold nanoseconds. */
  timestamp: z
    .string()
    .regex(V3_RFC3339_UTC)
    .meta(d('Time of the event, RFC 3339 UTC with up to nanoseconds.')),
  /** Provider slug, lower case (`garmin`, `oura` ...). */
  provider_slug: z.string().regex(V3_SLUG).meta(d('Provider slug, lower case.')),
};

const recordChangeSchema = z
  .looseObject({
    ...base,
    /** `record_change`. */
    event_type: z.literal('record_change').meta(d('New or updated data from a provider.')),
    /** Metric slugs involved (see {@link healthV3Metrics}). */
    metrics: z.array(slugOf<HealthV3Metric>()).meta(d('Metric slugs involved.')),
    /** Activity type slugs involved, possibly none (see {@link healthV3ActivityTypes}). */
    activity_types: z
      .array(slugOf<HealthV3ActivityType>())
      .meta(d('Activity type slugs involved (may be empty).')),
    /** Earliest start of the records involved, RFC 3339 UTC (`2025-04-15T09:30:00Z`). */
    earliest_record_start_at: z
      .string()
      .regex(V3_RFC3339_UTC)
      .meta(d('Earliest start of the records, RFC 3339 UTC.')),
    /** Latest end of the records involved, RFC 3339 UTC. */
    latest_record_end_at: z
      .string()
      .regex(V3_RFC3339_UTC)
      .meta(d('Latest end of the records, RFC 3339 UTC.')),
  })
  .meta(d('A record_change event.'));

type IntegrationEventType = 'provider_integration_created' | 'provider_integration_deleted';

const integrationSchema = <T extends IntegrationEventType>(type: T, description: string) =>
  z
    .looseObject({
      ...base,
      /** `provider_integration_created` (the user connected a provider) or `provider_integration_deleted`. */
      event_type: z.literal(type).meta(d(description)),
      /** Metric slugs, if any (unconfirmed). */
      metrics: z.array(z.string()).nullable().optional().meta(d('Metric slugs, if any (unconfirmed).')),
      /** Activity type slugs, if any (unconfirmed). */
      activity_types: z
        .array(z.string())
        .nullable()
        .optional()
        .meta(d('Activity types, if any (unconfirmed).')),
      /** Earliest record start, if any (unconfirmed; may be empty). */
      earliest_record_start_at: z
        .string()
        .nullable()
        .optional()
        .meta(d('Earliest record start (unconfirmed).')),
      /** Latest record end, if any (unconfirmed; may be empty). */
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

/** A `record_change` event: new or updated data arrived from a provider for one user and time window. */
export type HealthV3RecordChangeEvent = KnownFields<z.output<typeof recordChangeSchema>>;

/**
 * A `provider_integration_created` or `provider_integration_deleted` event. Which fields beyond the user, time and
 * provider these carry is unconfirmed: they may be absent, empty or `null`.
 */
export type HealthV3IntegrationEvent<T extends IntegrationEventType> = KnownFields<
  z.output<ReturnType<typeof integrationSchema<T>>>
>;

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

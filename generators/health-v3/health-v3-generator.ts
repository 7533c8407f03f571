import type { z } from 'zod';
import type { Rng } from '../../src/core/index.ts';
import { invalid, listChoices, SpikeKitError } from '../../src/core/index.ts';
import {
  type HealthV3Event,
  type HealthV3Events,
  type HealthV3EventType,
  type HealthV3IntegrationEvent,
  healthV3EventSchemas,
  V3_APPLICATION_USER_ID,
} from '../../src/schemas/health-v3/index.ts';
import { fieldAccepts, schemaKeys } from '../../src/schemas/schema-variants.ts';
import { rfc3339Nanos } from '../core/iso-time.ts';
import type { GenerationContext, PayloadGenerator } from '../core/payload-generator.ts';
import { roundHalfUp } from '../core/round-half-up.ts';
import type { PersonaOption } from '../health/person.ts';
import { isProviderSlug, type ProviderSlug, providerInfo, providerSlugs } from '../health/providers.ts';
import { DAY_MS, UtcClock } from '../health/time.ts';
import { checkPersonaOption, type HealthUser, userForCall } from '../health/user.ts';
import { recordChangeEvent, syncedRecords } from './record-change.ts';

/**
 * How the unconfirmed fields (`metrics`, `activity_types`, `earliest_record_start_at`, `latest_record_end_at`)
 * appear in `provider_integration_*` events: absent, present but empty (`[]`, `''`), or `null`.
 */
type IntegrationFields = 'omitted' | 'empty' | 'null';

/** Every {@link IntegrationFields} variant. */
export const integrationFieldVariants: readonly IntegrationFields[] = ['omitted', 'empty', 'null'];

/** The own options of `generate('spike-health-v3', ...)`. */
export interface HealthV3Options {
  /** Whose data (every user of the batch when `users` is a number); default: drawn from the seed per user. */
  readonly persona?: PersonaOption;
  /** Users in the batch: how many (default 1), or one persona option each. */
  readonly users?: number | readonly PersonaOption[];
  /** The `provider_slug` of every event; default: each user's providers that synced something. */
  readonly provider?: ProviderSlug;
  /** Fields of `provider_integration_*` events ([unconfirmed]); default: drawn from the seed per event. */
  readonly integrationFields?: IntegrationFields;
}

const MAX_USERS = 10_000;
/** Users in a batch of the `large` awkward variant. */
const LARGE_USERS = 250;

const optionKeys = ['persona', 'users', 'provider', 'integrationFields'] as const;

function checkOptions(options: HealthV3Options): void {
  const bad = (option: string, expected: string, got: unknown, details: Record<string, unknown> = {}) =>
    invalid('INVALID_OPTION', `'${option}'`, expected, got, { details: { option, ...details } });
  const usersExpected = `a whole number from 1 to ${MAX_USERS} or a non-empty list of personas`;
  checkPersonaOption(options.persona, 'persona');
  const users = options.users;
  if (Array.isArray(users)) {
    if (users.length === 0) throw bad('users', usersExpected, users);
    if (options.persona !== undefined) {
      throw new SpikeKitError(
        'INVALID_OPTION',
        `Give either 'persona' or a list of personas in 'users', not both.`,
        { option: 'users' },
      );
    }
    users.forEach((persona, i) => {
      checkPersonaOption(persona, `users[${i}]`);
    });
  } else if (
    users !== undefined &&
    !(Number.isInteger(users) && (users as number) >= 1 && (users as number) <= MAX_USERS)
  ) {
    throw bad('users', usersExpected, users);
  }
  for (const persona of Array.isArray(users) ? users : [options.persona]) {
    const id = typeof persona === 'object' ? persona.clientUserId : undefined;
    if (id !== undefined && !V3_APPLICATION_USER_ID.test(id)) {
      throw invalid(
        'INVALID_OPTION',
        'clientUserId',
        'a valid v3 application_user_id: 1-128 characters of A-Za-z0-9-_.',
        id,
        { details: { option: 'persona' } },
      );
    }
  }
  if (options.provider !== undefined && !isProviderSlug(options.provider)) {
    throw bad('provider', `one of ${listChoices(providerSlugs)}`, options.provider, { valid: providerSlugs });
  }
  if (
    options.integrationFields !== undefined &&
    !integrationFieldVariants.includes(options.integrationFields)
  ) {
    throw bad(
      'integrationFields',
      `one of ${listChoices(integrationFieldVariants)}`,
      options.integrationFields,
      {
        valid: integrationFieldVariants,
      },
    );
  }
}

const acceptsAny = () => true;

/** The users of the batch. */
function batchUsers(options: HealthV3Options, context: GenerationContext): HealthUser[] {
  const list = Array.isArray(options.users) ? options.users : undefined;
  const count =
    list?.length ??
    Math.max((options.users as number | undefined) ?? 1, context.awkward.has('large') ? LARGE_USERS : 0);
  const users: HealthUser[] = [];
  for (let index = 0; index < count; index++)
    users.push(userForCall(context.root, list?.[index] ?? options.persona, index, acceptsAny, 'v3'));
  return users;
}

/** `record_change` events: for each user, one per provider that synced records in its last sync window. */
function recordChanges(
  users: readonly HealthUser[],
  batchMs: number,
  provider: ProviderSlug | undefined,
  rng: Rng,
  stamp: string,
) {
  const events: HealthV3Event[] = [];
  const utc = new UtcClock();
  for (const user of users) {
    const toMs = batchMs - user.syncLagMs;
    for (const slug of provider === undefined ? user.providers : [provider]) {
      const hours = providerInfo(slug).syncHours;
      const spanMs = roundHalfUp(rng.float(hours[0], hours[1]) * 3_600_000);
      const synced =
        syncedRecords(user, slug, toMs - spanMs, toMs) ?? syncedRecords(user, slug, toMs - DAY_MS, toMs);
      if (synced !== undefined) events.push(recordChangeEvent(user, slug, synced, stamp, utc));
    }
  }
  return events;
}

/** `provider_integration_*` events: one per user, for one of its providers. */
function integrations(
  type: 'provider_integration_created' | 'provider_integration_deleted',
  users: readonly HealthUser[],
  options: HealthV3Options,
  rng: Rng,
  stamp: string,
): HealthV3IntegrationEvent<typeof type>[] {
  return users.map((user) => {
    const provider = options.provider ?? rng.pick(user.providers);
    const variant = options.integrationFields ?? rng.pick(integrationFieldVariants);
    const id = user.clientUserId;
    if (variant === 'omitted')
      return { application_user_id: id, timestamp: stamp, event_type: type, provider_slug: provider };
    const empty = variant === 'empty';
    return {
      application_user_id: id,
      timestamp: stamp,
      event_type: type,
      metrics: empty ? [] : null,
      activity_types: empty ? [] : null,
      provider_slug: provider,
      earliest_record_start_at: empty ? '' : null,
      latest_record_end_at: empty ? '' : null,
    };
  });
}

/** Typical JSON size of one user's events in a batch, bytes (the largest of a few seeds, rounded up). */
const typicalBytesPerUser: Readonly<Record<HealthV3EventType, number>> = {
  record_change: 1_500,
  provider_integration_created: 300,
  provider_integration_deleted: 300,
};

/** Typical JSON size of one batch: per user, times the users of the batch. */
function typicalBytes(
  kind: HealthV3EventType,
  options: HealthV3Options,
  awkward: ReadonlySet<string>,
): number {
  const users = Array.isArray(options.users)
    ? options.users.length
    : Math.max((options.users as number | undefined) ?? 1, awkward.has('large') ? LARGE_USERS : 0);
  return typicalBytesPerUser[kind] * users;
}

const IDENTITY = ['application_user_id', 'timestamp', 'event_type', 'provider_slug'];

/**
 * Per event type, the fields its schema lets Spike omit, those it lets Spike send as null (the one source), and
 * the empty value (`[]`, else `''`) each field accepts, if any (filled as fields are asked for).
 */
const leeway = new Map<
  string,
  {
    readonly optional: ReadonlySet<string>;
    readonly nullable: ReadonlySet<string>;
    emptyOf(event: Record<string, unknown>, key: string): unknown;
  }
>();

/** What {@link leewayOf}'s `emptyOf` answers for a field that accepts no empty value. */
const NO_EMPTY = Symbol('no empty value');

function leewayOf(type: unknown) {
  let found = leeway.get(String(type));
  if (found === undefined) {
    const schema = (healthV3EventSchemas as Readonly<Record<string, z.ZodType | undefined>>)[String(type)];
    const empties = new Map<string, unknown>();
    found = {
      optional: new Set(schema === undefined ? [] : schemaKeys(schema, 'optional')),
      nullable: new Set(schema === undefined ? [] : schemaKeys(schema, 'nullable')),
      emptyOf: (event, key) => {
        if (!empties.has(key)) {
          const empty = [[], ''].find((v) => schema !== undefined && fieldAccepts(schema, event, key, v));
          empties.set(key, empty ?? NO_EMPTY);
        }
        return empties.get(key);
      },
    };
    leeway.set(String(type), found);
  }
  return found;
}

/**
 * Applies the awkward variants to a batch, in place. `minimal` and `null-optionals` omit or null only what the event
 * type's schema lets Spike omit or null (a `record_change` carries every documented field); `empty-optionals` empties
 * the fields beyond user, time, type and provider whose schema accepts an empty value (`[]`, else `''`).
 */
function applyAwkward(batch: Record<string, unknown>[], context: GenerationContext): void {
  const awkward = context.awkward;
  for (const event of batch) {
    const optional = Object.keys(event).filter((key) => !IDENTITY.includes(key));
    const { optional: omissible, nullable, emptyOf } = leewayOf(event.event_type);
    if (awkward.has('minimal')) for (const key of optional) if (omissible.has(key)) delete event[key];
    if (awkward.has('empty-optionals')) {
      for (const key of optional) {
        const empty = emptyOf(event, key);
        if (empty !== NO_EMPTY) event[key] = Array.isArray(empty) ? [] : empty;
      }
    }
    if (awkward.has('null-optionals'))
      for (const key of optional) if (nullable.has(key) && key in event) event[key] = null;
    if (awkward.has('unknown-fields')) {
      event.trace_id = context.rng.uuid();
      event.data_origin = 'provider_push';
    }
  }
  if (awkward.has('unknown-kind') && batch.length > 0)
    batch.push({ ...batch[0], event_type: 'record_deleted' });
}

function generateV3(
  kind: HealthV3EventType,
  options: HealthV3Options,
  context: GenerationContext,
): unknown[] {
  const rng = context.rng;
  const users = batchUsers(options, context);
  const batchMs = context.refMs - (context.count - 1 - context.index) * DAY_MS - rng.int(0, 3000);
  const stamp = rfc3339Nanos(batchMs, rng.int(0, 999_999));
  const batch: Record<string, unknown>[] =
    kind === 'record_change'
      ? recordChanges(users, batchMs, options.provider, rng, stamp)
      : integrations(kind, users, options, rng, stamp);
  if (context.awkward.size > 0) applyAwkward(batch, context);
  return batch;
}

/**
 * The Spike API v3 payload family: each call returns the array Spike posts (one batch; one per day with
 * `count`), with events for one or several users whose sync windows, metrics and activity types come from the
 * same day models as the v2 payloads.
 *
 * @example
 * ```ts
 * const batch = generate('spike-health-v3', { kind: 'record_change', users: 3, seed: 7 });
 * batch.map((event) => event.application_user_id);
 * ```
 */
export const healthV3Generator: PayloadGenerator<HealthV3Events, HealthV3Options> = {
  optionKeys,
  checkOptions,
  typicalBytes,
  generate: <K extends HealthV3EventType>(kind: K, options: HealthV3Options, context: GenerationContext) =>
    generateV3(kind, options, context) as HealthV3Events[K],
};

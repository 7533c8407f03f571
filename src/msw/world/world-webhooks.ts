import { generate } from '../../../generators/generate.ts';
import { DAY_MS } from '../../../generators/health/time.ts';
import { type DateInput, invalid, listChoices, SpikeKitError, toEpochMs } from '../../core/index.ts';
import { getProfile, type PayloadFamilyId, type ProfileRef } from '../../profiles/index.ts';
import type { FormsModel } from '../forms/forms-model.ts';
import type { WorldUser } from './world-users.ts';

/** How the world picks a user: its index, or its `application_user_id` (v2 `client_user_id`). */
export type WorldUserRef = number | string;

/** What `world.webhook` needs of the world. */
export interface WebhookWorld {
  readonly users: readonly WorldUser[];
  readonly refMs: number;
  readonly days: number;
  /** Draws a forms webhook (set when the world models forms). */
  readonly formsWebhook?: (profile: ProfileRef, options: Record<string, unknown>) => unknown;
}

/** Options the world decides itself, so `world.webhook` refuses them. */
const WORLD_OWNED = ['seed', 'persona', 'users'] as const;

/**
 * The user a reference names.
 *
 * @throws {SpikeKitError} `INVALID_OPTION` naming the users of the world.
 * @example
 * ```ts
 * findWorldUser(world.users, 0).person.clientUserId;
 * ```
 */
export function findWorldUser(users: readonly WorldUser[], ref: WorldUserRef): WorldUser {
  const found = typeof ref === 'number' ? users[ref] : users.find((u) => u.person.clientUserId === ref);
  if (found === undefined) {
    throw invalid(
      'INVALID_OPTION',
      'The world user',
      `an index from 0 to ${users.length - 1} or one of the application_user_ids ${listChoices(users.slice(0, 5).map((u) => u.person.clientUserId))}${users.length > 5 ? ' ...' : ''}`,
      ref,
      { details: { option: 'user' } },
    );
  }
  return found;
}

/** The reference instant of a webhook: within the world's span, never after its "now". */
function webhookRefMs(world: WebhookWorld, refDate: DateInput | undefined): number {
  if (refDate === undefined) return world.refMs;
  const ms = toEpochMs(refDate, "world.webhook's 'refDate'");
  const earliest = world.refMs - (world.days - 1) * DAY_MS;
  if (ms > world.refMs || ms < earliest) {
    throw invalid(
      'INVALID_OPTION',
      "world.webhook's 'refDate'",
      `within the world's span, ${new Date(earliest).toISOString()} to ${new Date(world.refMs).toISOString()} (the API has no records outside it)`,
      refDate,
      { details: { option: 'refDate' } },
    );
  }
  return ms;
}

type FamilyWebhook = (world: WebhookWorld, profile: ProfileRef, options: Record<string, unknown>) => unknown;

/** One user's health payload, drawn by `generate` with the user's seed and persona. */
function healthFor(user: WorldUser, profile: ProfileRef, rest: Record<string, unknown>, refMs: number) {
  return generate(profile, { ...rest, seed: user.seed, persona: user.persona, refDate: refMs } as never);
}

/** How each payload family's webhooks are drawn from the world. */
const familyWebhooks: Readonly<Record<PayloadFamilyId, FamilyWebhook>> = {
  'health-v2': (world, profile, { user, refDate, ...rest }) =>
    healthFor(
      findWorldUser(world.users, (user ?? 0) as WorldUserRef),
      profile,
      rest,
      webhookRefMs(world, refDate as DateInput),
    ),
  'health-v3': (world, profile, { users, user, refDate, count, ...rest }) => {
    if (count !== undefined)
      throw invalid(
        'INVALID_OPTION',
        "world.webhook's 'count'",
        'absent: ask for each batch with its own refDate',
        count,
      );
    const refs = (users ?? (user === undefined ? world.users.map((u) => u.index) : [user])) as WorldUserRef[];
    if (!Array.isArray(refs) || refs.length === 0) {
      throw invalid(
        'INVALID_OPTION',
        "world.webhook's 'users'",
        'a non-empty list of user indexes or ids',
        users,
      );
    }
    const refMs = webhookRefMs(world, refDate as DateInput);
    return refs.flatMap(
      (ref) => healthFor(findWorldUser(world.users, ref), profile, { ...rest, users: 1 }, refMs) as unknown[],
    );
  },
  forms: (world, profile, options) => formsOf(world, profile, options),
  'forms-timestamped': (world, profile, options) => formsOf(world, profile, options),
};

function formsOf(world: WebhookWorld, profile: ProfileRef, options: Record<string, unknown>) {
  if (world.formsWebhook === undefined) {
    throw new SpikeKitError(
      'INVALID_OPTION',
      'This world models no forms: create it with the forms option.',
      { option: 'forms' },
    );
  }
  return world.formsWebhook(profile, options);
}

/**
 * A webhook drawn from the world: the same shape `generate` gives (it is `generate` with the user's seed and
 * persona), about the world's users and records, so the API answers what the webhook announces. v2: one user
 * (`user`, default 0). v3: a batch of every user, or of `users`. `refDate` (within the span) picks when.
 *
 * @throws {SpikeKitError} `INVALID_OPTION` for options the world owns (`seed`, `persona`), an unknown user, a
 *   `refDate` outside the span; every `generate` error.
 * @example
 * ```ts
 * worldWebhook(world, 'spike-health-v3', { kind: 'record_change' });
 * ```
 */
export function worldWebhook(
  world: WebhookWorld,
  profile: ProfileRef,
  options: Record<string, unknown> = {},
): unknown {
  const p = getProfile(profile);
  if (typeof options !== 'object' || options === null || Array.isArray(options))
    throw invalid('INVALID_OPTION', `The options of world.webhook('${p.id}')`, 'an object', options);
  for (const key of WORLD_OWNED) {
    if (options[key] !== undefined && !(key === 'users' && p.payload === 'health-v3')) {
      throw new SpikeKitError(
        'INVALID_OPTION',
        `world.webhook draws '${key}' from the world: pick a user with { user } (or { users } for a v3 batch) instead.`,
        { option: key },
      );
    }
  }
  return familyWebhooks[p.payload](world, profile, options);
}

/**
 * A forms webhook of the world: submission `index` (default: the latest) of form `form` (index or id, default 0),
 * exactly as `generate` draws it for the form's seed, in the profile's shape (`spike-forms` or
 * `spike-forms-timestamped`); other `generate` options (`overrides`, `awkward` ...) apply.
 *
 * @throws {SpikeKitError} `INVALID_OPTION` for an unknown form or index.
 * @example
 * ```ts
 * formsWebhook(model, 'spike-forms', { form: 0, index: 2 }).submissionId;
 * ```
 */
export function formsWebhook(
  model: FormsModel,
  profile: ProfileRef,
  options: Record<string, unknown>,
): unknown {
  const { form: ref = 0, index, refDate, count, ...rest } = options;
  for (const [key, value] of [
    ['refDate', refDate],
    ['count', count],
  ] as const) {
    if (value !== undefined)
      throw invalid(
        'INVALID_OPTION',
        `world.webhook's '${key}' for forms`,
        'absent: the world decides when its forms were submitted (pick one with { form, index })',
        value,
      );
  }
  const form = typeof ref === 'number' || typeof ref === 'string' ? model.form(ref) : undefined;
  if (form === undefined) {
    throw invalid(
      'INVALID_OPTION',
      "world.webhook's 'form'",
      `a form index from 0 to ${model.forms.length - 1} or one of the form ids`,
      ref,
      { details: { option: 'form' } },
    );
  }
  const total = model.submissions(form.id).length;
  const n = index ?? total - 1;
  if (!(Number.isInteger(n) && (n as number) >= 0 && (n as number) < total)) {
    throw invalid(
      'INVALID_OPTION',
      "world.webhook's 'index'",
      `a submission index from 0 to ${total - 1}`,
      index,
      { details: { option: 'index' } },
    );
  }
  const all = generate(profile, {
    ...rest,
    kind: form.kind,
    seed: form.seed,
    count: total,
    refDate: model.refMs,
  } as never) as unknown[];
  return all[n as number];
}

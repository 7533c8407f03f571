import { invalid, listChoices } from '../core/index.ts';
import { buildProfile } from './build-profile.ts';
import type { PayloadFamilyId, Profile } from './types.ts';

const SPIKE_API_DOCS = 'https://docs.spikeapi.com/api-docs/webhooks';
const SPIKE_FORMS_DOCS = 'https://docs.spike.ac/features/webhooks';
const AGENT_SKILLS = 'https://github.com/spike-forms/agent-skills/blob/HEAD/skills/spike-forms/SKILL.md';

/** Spike Forms as its docs and the seed describe it; the timestamped variant extends it. */
const spikeForms = buildProfile({
  id: 'spike-forms',
  title: 'Spike Forms submission webhook',
  product: 'spike-forms',
  payload: 'forms',
  body: { shape: 'object', contentType: 'application/json' },
  signature: {
    header: 'X-Spike-Signature',
    prefix: 'sha256=',
    signs: '{body}',
    required: 'when-secret-set',
    key: 'webhook secret',
  },
  success: 'any-2xx',
  timeout: '30s',
  // Immediately, then after 1 min, 5 min, 30 min; each delay counted from the previous failure (0, 1, 6, 36 min).
  retry: { delays: ['1m', '5m', '30m'], anchor: 'previous-failure' },
  retryAlternatives: {
    'delays-from-previous-failure': { delays: ['1m', '5m', '30m'], anchor: 'previous-failure' },
    'delays-from-first-attempt': { delays: ['1m', '5m', '30m'], anchor: 'first-attempt' },
  },
  dedup: { kind: 'field', path: ['submissionId'] },
  provenance: {
    body: 'seed',
    signature: 'seed',
    success: 'seed',
    timeout: 'seed',
    retry: 'decision',
    dedup: 'decision',
  },
  sources: [SPIKE_FORMS_DOCS],
  notes: [
    'The signature header is only sent when the form has a webhook secret.',
    'Whether each retry delay counts from the previous failure (default: 0, 1, 6, 36 min) or from the first attempt (0, 1, 5, 30 min) is not documented: see retryAlternatives.',
  ],
});

/**
 * Spike's dialects, one entry each, every fact as data (the kit's facts file, section 1; each profile's `sources`
 * give the public documents). Adding a dialect is adding an entry; nothing else in the kit branches on a
 * profile's name.
 *
 * @example
 * ```ts
 * import { profiles } from 'spike-webhook-kit';
 * for (const profile of Object.values(profiles)) {
 *   console.log(profile.id, profile.signature.header, profile.retry.delaysMs.length + 1, 'attempts');
 * }
 * ```
 */
export const profiles = {
  'spike-health-v2': buildProfile({
    id: 'spike-health-v2',
    title: 'Spike API v2 health webhook (RealtimeUpdateV1)',
    product: 'spike-api',
    payload: 'health-v2',
    body: { shape: 'object', contentType: 'application/json' },
    signature: {
      header: 'X-Spike-Signature',
      prefix: '',
      signs: '{field:event_id}',
      required: 'always',
      key: 'app secret token',
    },
    success: 'any-2xx',
    timeout: '30s',
    // "retried 5 times with 180s intervals": attempts at 0, 3, 6, 9, 12, 15 min.
    retry: { delays: ['180s', '180s', '180s', '180s', '180s'], anchor: 'previous-failure' },
    dedup: { kind: 'field', path: ['event_id'] },
    provenance: {
      body: 'seed',
      signature: 'seed',
      success: 'seed',
      timeout: 'decision',
      retry: 'seed',
      dedup: 'seed',
    },
    sources: [SPIKE_API_DOCS],
    notes: [
      'Only the event_id is signed: the body is not integrity-protected, so a verifier over the body is wrong.',
      'The 30 s timeout is the kit default; the v2 document does not state one.',
    ],
  }),
  'spike-health-v3': buildProfile({
    id: 'spike-health-v3',
    title: 'Spike API v3 health webhook',
    product: 'spike-api',
    payload: 'health-v3',
    body: { shape: 'array', contentType: 'application/json' },
    signature: {
      header: 'X-Body-Signature',
      prefix: '',
      signs: '{body}',
      required: 'always',
      key: 'Webhook Signature Key',
    },
    success: [200],
    timeout: '30s',
    // after 5 s, 2 min, 30 min, 2 h, then every 12 h; "up to 10 times", then discarded.
    retry: {
      delays: ['5s', '2m', '30m', '2h', '12h', '12h', '12h', '12h', '12h', '12h'],
      anchor: 'previous-failure',
      afterLastFailure: 'discarded',
    },
    dedup: { kind: 'body-hash', algorithm: 'sha256' },
    dedupAlternatives: {
      'body-hash': { kind: 'body-hash', algorithm: 'sha256' },
      'event-tuple': {
        kind: 'tuple',
        fields: [
          'application_user_id',
          'event_type',
          'provider_slug',
          'earliest_record_start_at',
          'latest_record_end_at',
        ],
      },
    },
    provenance: {
      body: 'docs',
      signature: 'docs',
      success: 'docs',
      timeout: 'docs',
      retry: 'decision',
      dedup: 'decision',
    },
    sources: [SPIKE_API_DOCS],
    notes: [
      'Exactly 200 counts as delivered: 201 and 204 are failures.',
      'The body is a JSON array that may batch several users; there is no event id.',
      'The retry count of 10 is the kit default for the documented "up to 10 times".',
    ],
  }),
  'spike-forms': spikeForms,
  'spike-forms-timestamped': buildProfile({
    id: 'spike-forms-timestamped',
    extends: spikeForms,
    title: 'Spike Forms webhook, timestamped variant (agent-skills, 2026-04)',
    status: 'experimental',
    payload: 'forms-timestamped',
    signature: {
      prefix: '',
      acceptedPrefixes: ['', 'sha256='],
      signs: '{timestamp}.{body}',
      timestampHeader: 'X-Spike-Timestamp',
      timestampField: 'timestamp',
    },
    // Success rule, timeout and retries are those of spike-forms, unconfirmed for this variant.
    dedup: { kind: 'field', path: ['submission', 'id'] },
    provenance: {
      body: 'docs',
      signature: 'docs',
      success: 'unconfirmed',
      timeout: 'unconfirmed',
      retry: 'unconfirmed',
    },
    sources: [AGENT_SKILLS],
    notes: [
      'Experimental: this variant conflicts with the Spike Forms docs. Success rule, timeout and retries are unconfirmed; the kit assumes those of spike-forms.',
      "Whether the signature carries the 'sha256=' prefix is not stated: deliveries send bare hex, verification accepts both.",
      'X-Spike-Timestamp is Unix seconds; the signed message is "{timestamp}.{body}".',
    ],
  }),
} as const satisfies Record<string, Profile>;

/**
 * The ids of the dialects Spike documents: the keys of {@link profiles}, so adding an entry adds an id.
 *
 * @example
 * ```ts
 * const id: ProfileId = 'spike-health-v3';
 * ```
 */
export type ProfileId = keyof typeof profiles;

/**
 * The ids of the built-in profiles, in table order.
 *
 * @example
 * ```ts
 * profileIds; // ['spike-health-v2', 'spike-health-v3', 'spike-forms', 'spike-forms-timestamped']
 * ```
 */
export const profileIds = Object.keys(profiles) as ProfileId[];

/**
 * Maps each built-in profile id to its payload family.
 *
 * @example
 * ```ts
 * const family: FamilyOf<'spike-forms-timestamped'> = 'forms-timestamped';
 * ```
 */
export type FamilyOf<P extends ProfileId> = (typeof profiles)[P]['payload'];

/**
 * A profile id of {@link profiles}, or a profile object (for instance one made with {@link defineProfile}).
 *
 * @example
 * ```ts
 * const refs: ProfileRef[] = ['spike-forms', defineProfile({ id: 'forms-10s', extends: 'spike-forms', timeout: '10s' })];
 * ```
 */
export type ProfileRef<F extends PayloadFamilyId = PayloadFamilyId> = ProfileId | Profile<F>;

const checked = new WeakSet<object>();

/** True when `value` has the facts the kit reads from a profile (checked once per object). */
function hasProfileShape(value: object): value is Profile {
  const p = value as Partial<Record<keyof Profile, unknown>>;
  const signature = p.signature as Partial<Record<string, unknown>> | null | undefined;
  const retry = p.retry as Partial<Record<string, unknown>> | null | undefined;
  const body = p.body as Partial<Record<string, unknown>> | null | undefined;
  return (
    !Array.isArray(value) &&
    typeof p.id === 'string' &&
    typeof signature === 'object' &&
    signature !== null &&
    typeof signature.header === 'string' &&
    typeof signature.signs === 'string' &&
    typeof signature.prefix === 'string' &&
    Array.isArray(signature.acceptedPrefixes) &&
    typeof body === 'object' &&
    body !== null &&
    typeof body.shape === 'string' &&
    Array.isArray(p.success) &&
    typeof p.timeoutMs === 'number' &&
    typeof retry === 'object' &&
    retry !== null &&
    Array.isArray(retry.delaysMs) &&
    typeof p.dedup === 'object' &&
    p.dedup !== null
  );
}

/**
 * Looks a profile up by id, or returns a profile object unchanged (after checking, once per object, that it has
 * a profile's facts).
 *
 * @throws {SpikeKitError} `UNKNOWN_PROFILE`, listing the valid ids; `INVALID_PROFILE` for an object that is not a
 *   profile.
 * @example
 * ```ts
 * getProfile('spike-forms').timeoutMs; // 30000
 * ```
 */
export function getProfile<P extends ProfileId>(ref: P): (typeof profiles)[P];
export function getProfile<F extends PayloadFamilyId>(ref: ProfileRef<F>): Profile<F>;
export function getProfile(ref: ProfileRef | string): Profile;
export function getProfile(ref: ProfileRef | string): Profile {
  if (typeof ref === 'object' && ref !== null) {
    if (checked.has(ref)) return ref;
    if (!hasProfileShape(ref)) {
      throw invalid(
        'INVALID_PROFILE',
        'A profile object',
        'a profile made with defineProfile() or one of profiles',
        ref,
        {
          hint: 'Pass a profile id, a value of profiles, or what defineProfile() returns.',
        },
      );
    }
    checked.add(ref);
    return ref;
  }
  if (typeof ref === 'string' && Object.hasOwn(profiles, ref)) return profiles[ref as ProfileId];
  throw invalid(
    'UNKNOWN_PROFILE',
    'A profile',
    `one of ${listChoices(profileIds)}, or a profile object`,
    ref,
    {
      details: { profile: ref, valid: profileIds },
      hint: 'Make a custom one with defineProfile().',
    },
  );
}

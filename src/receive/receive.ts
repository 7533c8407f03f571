import { invalid, SpikeKitError } from '../core/index.ts';
import {
  dedupKeysOfParsed,
  type FamilyOf,
  getProfile,
  type PayloadFamilyId,
  type Profile,
  type ProfileId,
  type ProfileRef,
} from '../profiles/index.ts';
import type {
  FormsSubmission,
  FormsTimestampedSubmission,
  HealthV2Events,
  HealthV3Event,
} from '../schemas/index.ts';
import { type Bytes, type HeadersInput, type VerifyOptions, verifyDelivery } from '../signing/index.ts';
import { eventProblems, familyEvents } from './family-events.ts';

/** The known events of each payload family, keyed by their kind. */
interface KnownEvents {
  'health-v2': HealthV2Events;
  'health-v3': { [T in HealthV3Event['event_type']]: Extract<HealthV3Event, { event_type: T }> };
  forms: { 'submission.created': FormsSubmission };
  'forms-timestamped': { 'submission.created': FormsTimestampedSubmission };
}

type FamilyOfRef<P> = P extends ProfileId ? FamilyOf<P> : P extends Profile<infer F> ? F : PayloadFamilyId;

/**
 * One event of a received delivery: `{ kind, event }` with `event` typed by its kind, or `{ kind: 'unknown', type,
 * event }` for a kind the kit does not know (acknowledge it: Spike would retry a failure for days).
 */
export type ReceivedEvent<P extends ProfileRef> =
  | {
      [K in keyof KnownEvents[FamilyOfRef<P>]]: {
        readonly kind: K;
        readonly event: KnownEvents[FamilyOfRef<P>][K];
      };
    }[keyof KnownEvents[FamilyOfRef<P>]]
  | { readonly kind: 'unknown'; readonly type: string; readonly event: Readonly<Record<string, unknown>> };

/** A verified, parsed and validated delivery. */
export interface Received<P extends ProfileRef> {
  readonly profile: ProfileId | string;
  /** The parsed body (for v3 the array). */
  readonly body: unknown;
  /** Its events: one for v2 and forms, each array element for v3. */
  readonly events: readonly ReceivedEvent<P>[];
  /** The profile's dedup key of this delivery (v2 `event_id`, forms `submissionId`, v3 a hash of the body). */
  readonly dedupKey: string;
  /** Which secret verified it (its index in the `secret` list); `undefined` for an accepted unsigned delivery. */
  readonly secretIndex: number | undefined;
}

/** Options of {@link receive}: the verification options, and what unsigned deliveries may do. */
export interface ReceiveOptions extends Omit<VerifyOptions, 'secret'> {
  /** The secret, or secrets during a rotation. */
  readonly secret?: VerifyOptions['secret'];
  /**
   * Accept deliveries without a signature: only for profiles whose signature is optional (Spike Forms signs only
   * when the form has a secret), and only when you configured none. Default false.
   */
  readonly unsigned?: boolean;
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * Receives a Spike delivery in one call: verifies the signature over the raw bytes, parses the JSON, validates it
 * with the profile's schemas and returns its typed events (one coded error otherwise, never anything else).
 *
 * @throws {SpikeKitError} `BODY_NOT_RAW` (a parsed object instead of the raw body: pass `express.raw()`'s Buffer or
 *   `await request.text()`), `SIGNATURE_INVALID` (with the verifier's `reason`), `INVALID_PAYLOAD` (not UTF-8, not
 *   JSON, or each schema problem with its path), `SECRET_REQUIRED`, `INVALID_OPTION`, `UNKNOWN_PROFILE`.
 * @example
 * ```ts
 * app.post('/webhooks/spike', express.raw({ type: '*\/*' }), (req, res) => {
 *   const { events } = receive('spike-health-v3', { headers: req.headers, body: req.body }, { secret });
 *   for (const e of events) if (e.kind === 'record_change') queue.push(e.event.application_user_id);
 *   res.sendStatus(200);
 * });
 * ```
 */
export function receive<const P extends ProfileRef>(
  profile: P,
  delivery: { readonly headers: HeadersInput | null | undefined; readonly body: Bytes },
  options: ReceiveOptions,
): Received<P> {
  const p = getProfile(profile);
  if (typeof options !== 'object' || options === null)
    throw invalid('INVALID_OPTION', "receive's options", 'an object such as { secret }', options);
  if (typeof delivery !== 'object' || delivery === null || Array.isArray(delivery))
    throw invalid('INVALID_OPTION', "receive's delivery", 'an object { headers, body }', delivery, {
      hint: 'For a fetch Request, use receiveRequest.',
    });
  const { unsigned = false, ...verifyOptions } = options;
  if (unsigned && p.signature.required === 'always')
    throw invalid(
      'INVALID_OPTION',
      "receive's 'unsigned'",
      `false: ${p.id} always signs its deliveries`,
      unsigned,
    );
  const body = delivery.body as unknown;
  if (!(typeof body === 'string' || body instanceof Uint8Array)) throw bodyNotRaw(body);
  let secretIndex: number | undefined;
  if (!(unsigned && verifyOptions.secret === undefined)) {
    const verdict = verifyDelivery(p, delivery, verifyOptions as VerifyOptions);
    if (!verdict.ok) {
      if (verdict.reason === 'body-not-raw') throw bodyNotRaw(body);
      throw new SpikeKitError(
        'SIGNATURE_INVALID',
        `The ${p.id} delivery is not authentic: ${verdict.message}`,
        {
          reason: verdict.reason,
          profile: p.id,
        },
      );
    }
    secretIndex = verdict.secretIndex;
  }
  const text = textOf(body);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw payloadError(p.id, [`(root): not JSON (${(error as Error).message})`]);
  }
  const family = familyEvents[p.payload];
  const found = family.split(parsed);
  if (typeof found === 'string') throw payloadError(p.id, [`(root): ${found}`]);
  // A batch of known kinds is checked in one pass; only a failing or mixed one is checked event by event.
  const wholeOk =
    family.whole !== undefined &&
    found.every((f) => f.schema !== undefined) &&
    family.whole.safeParse(parsed).success;
  const problems = wholeOk ? [] : found.flatMap((f) => eventProblems(f, family.kindField));
  if (problems.length > 0) throw payloadError(p.id, problems);
  const events = found.map((f) =>
    family.kinds.includes(f.kind)
      ? { kind: f.kind, event: f.event }
      : { kind: 'unknown', type: f.kind, event: f.event },
  ) as unknown as ReceivedEvent<P>[];
  let dedupKey: string | undefined;
  return {
    profile: p.id,
    body: parsed,
    events,
    // Computed on first read: a v3 key is a SHA-256 of the body, which a handler that dedups otherwise never pays for.
    get dedupKey() {
      dedupKey ??= dedupKeysOfParsed(p, text, parsed)[0] ?? '';
      return dedupKey;
    },
    secretIndex,
  };
}

function textOf(body: Bytes): string {
  if (typeof body === 'string') return body;
  try {
    return decoder.decode(body);
  } catch {
    throw new SpikeKitError(
      'INVALID_PAYLOAD',
      'The delivery body is not UTF-8 text: Spike sends UTF-8 JSON.',
      { issues: ['(root): not UTF-8'] },
    );
  }
}

function bodyNotRaw(body: unknown): SpikeKitError {
  return new SpikeKitError(
    'BODY_NOT_RAW',
    `receive needs the raw request body (a string or bytes), got ${body === null ? 'null' : typeof body === 'object' ? 'a parsed object' : typeof body}: pass the raw request body, for example express.raw({ type: '*/*' })'s Buffer, await request.text() in a fetch handler, or Fastify's buffer content-type parser. A body parsed and re-serialised is not what Spike signed.`,
    { got: body === null ? 'null' : typeof body },
  );
}

function payloadError(profile: string, issues: string[]): SpikeKitError {
  return new SpikeKitError(
    'INVALID_PAYLOAD',
    `The ${profile} delivery is authentic but not a valid payload:\n${issues.map((i) => `  - ${i}`).join('\n')}`,
    { issues, profile },
  );
}

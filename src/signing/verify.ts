import { type DateInput, SpikeKitError, toEpochMs } from '../core/index.ts';
import { getProfile, type ProfileRef } from '../profiles/index.ts';
import { type HeadersInput, readHeader } from './headers.ts';
import { type Bytes, hexDigestEquals, hmacSha256Hex, isHexDigest } from './hmac.ts';
import { isMessageFailure, signedMessage } from './message.ts';

/** Why a verification failed; stable values to match on. */
export type VerifyFailureReason =
  | 'missing-signature'
  | 'duplicate-signature'
  | 'wrong-prefix'
  | 'malformed-signature'
  | 'missing-timestamp'
  | 'duplicate-timestamp'
  | 'malformed-timestamp'
  | 'stale-timestamp'
  | 'unreadable-body'
  | 'mismatch';

/**
 * The outcome of a verification. On success, `secretIndex` says which of the given secrets matched (rotation);
 * on failure, `reason` is stable and `message` explains it for humans.
 */
export type VerifyResult =
  | { readonly ok: true; readonly secretIndex: number }
  | { readonly ok: false; readonly reason: VerifyFailureReason; readonly message: string };

/** Options of {@link verify} and {@link verifyDelivery}. */
export interface VerifyOptions {
  /** The secret, or several during a rotation (each is tried; any match passes). */
  readonly secret: Bytes | readonly Bytes[];
  /**
   * For timestamped profiles: the current time. When `now` or `toleranceSeconds` is given, a timestamp further
   * than the tolerance from `now` fails with `stale-timestamp` (replay protection). Not checked otherwise, so
   * deliveries generated for a fixed reference date verify in tests.
   */
  readonly now?: DateInput;
  /** Allowed distance between the timestamp and `now`, in seconds. Default {@link verifyDefaults}. */
  readonly toleranceSeconds?: number;
}

/** Defaults of {@link VerifyOptions}. */
export const verifyDefaults = { toleranceSeconds: 300 } as const;

/** The signature-bearing parts of a received request. */
export interface SignedRequestParts {
  /** The raw body bytes, exactly as received (not re-serialised JSON). */
  readonly body: Bytes;
  /** The value of the signature header, as received (undefined if absent). */
  readonly signature: string | readonly string[] | undefined;
  /** The value of the timestamp header, for profiles that have one. */
  readonly timestamp?: string | readonly string[] | undefined;
}

/**
 * Verifies a signature over exact bytes, in constant time. Checks format and length before comparing and never
 * throws on bad input: a missing, duplicated, malformed or wrongly prefixed header is a failed result with a reason.
 *
 * @throws {SpikeKitError} `SECRET_REQUIRED` only when no secret is configured (a programming error).
 * @example
 * ```ts
 * import { verify } from 'spike-webhook-kit';
 * const result = verify('spike-forms', { body: rawBody, signature: req.headers['x-spike-signature'] }, { secret });
 * if (!result.ok) return res.status(401).send(result.message);
 * ```
 */
export function verify(
  profile: ProfileRef,
  request: SignedRequestParts,
  options: VerifyOptions,
): VerifyResult {
  const spec = getProfile(profile).signature;
  const secrets = secretList(options.secret);

  const signatures = distinct(request.signature);
  if (signatures.length === 0) return fail('missing-signature', `No ${spec.header} header.`);
  if (signatures.length > 1) {
    return fail(
      'duplicate-signature',
      `${spec.header} was sent ${signatures.length} times with different values.`,
    );
  }
  const value = signatures[0] ?? '';
  const prefix = matchPrefix(value, spec.acceptedPrefixes);
  if (prefix === undefined) {
    return fail(
      'wrong-prefix',
      `${spec.header} should start with ${spec.acceptedPrefixes.map((p) => JSON.stringify(p)).join(' or ')}.`,
    );
  }
  const hex = value.slice(prefix.length);
  if (hex.length !== 64) {
    return fail('malformed-signature', `${spec.header} does not hold a 64-character hex SHA-256 digest.`);
  }

  let timestamp: string | undefined;
  if (spec.timestampHeader !== undefined) {
    const stamps = distinct(request.timestamp);
    if (stamps.length > 1)
      return fail('duplicate-timestamp', `${spec.timestampHeader} was sent more than once.`);
    timestamp = stamps[0];
    if (timestamp !== undefined) {
      if (!/^\d{1,12}$/.test(timestamp)) {
        return fail(
          'malformed-timestamp',
          `${spec.timestampHeader} must be Unix seconds, got ${JSON.stringify(timestamp)}.`,
        );
      }
      const stale = staleness(Number(timestamp), options);
      if (stale !== undefined) return fail('stale-timestamp', stale);
    }
  }

  const message = signedMessage(spec, { body: request.body, timestamp });
  if (isMessageFailure(message)) {
    return fail(message.problem, `Cannot build the signed message: ${message.detail}.`);
  }

  // The format is checked here, after the message: a body or timestamp problem is reported first.
  if (!isHexDigest(hex)) {
    return fail('malformed-signature', `${spec.header} does not hold a 64-character hex SHA-256 digest.`);
  }
  let matched = -1;
  for (let i = 0; i < secrets.length; i++) {
    // Every secret is tried, so timing does not reveal which one matched.
    if (hexDigestEquals(hmacSha256Hex(secrets[i] as Bytes, message), hex) && matched === -1) matched = i;
  }
  if (matched === -1) {
    return fail(
      'mismatch',
      `${spec.header} does not match: the signature must be HMAC-SHA256 over ${JSON.stringify(spec.signs)} with the ${spec.key}${secrets.length > 1 ? ` (tried ${secrets.length} secrets)` : ''}.`,
    );
  }
  return { ok: true, secretIndex: matched };
}

/**
 * Verifies a received request given its headers (any shape) and raw body: reads the profile's signature and
 * timestamp headers, whatever their casing, and calls {@link verify}.
 *
 * @example
 * ```ts
 * import { buildDelivery, verifyDelivery } from 'spike-webhook-kit';
 * verifyDelivery('spike-forms', delivery, { secret: 's3cret' });                      // { ok: true, secretIndex: 0 }
 * verifyDelivery('spike-forms', { headers: req.headers, body: req.body }, { secret: ['new', 'old'] });
 * ```
 */
export function verifyDelivery(
  profile: ProfileRef,
  delivery: { readonly headers: HeadersInput | null | undefined; readonly body: Bytes },
  options: VerifyOptions,
): VerifyResult {
  const spec = getProfile(profile).signature;
  return verify(
    profile,
    {
      body: delivery.body,
      signature: readHeader(delivery.headers, spec.header),
      timestamp:
        spec.timestampHeader === undefined ? undefined : readHeader(delivery.headers, spec.timestampHeader),
    },
    options,
  );
}

/**
 * Verifies a fetch `Request` (Next.js route handlers, Hono, workers ...). Reads the body once and returns it, so the
 * handler can parse the exact bytes that were verified.
 *
 * @example
 * ```ts
 * export async function POST(request: Request) {
 *   const { ok, body } = await verifyRequest('spike-health-v3', request, { secret: process.env.SPIKE_KEY! });
 *   if (!ok) return new Response('bad signature', { status: 401 });
 *   const events = JSON.parse(body);
 *   return new Response(null, { status: 200 });
 * }
 * ```
 */
export async function verifyRequest(
  profile: ProfileRef,
  request: Request,
  options: VerifyOptions,
): Promise<VerifyResult & { readonly body: string }> {
  const body = await request.text();
  return { ...verifyDelivery(profile, { headers: request.headers, body }, options), body };
}

function secretList(secret: VerifyOptions['secret'] | undefined): readonly Bytes[] {
  if (typeof secret === 'string' && secret.length > 0) return [secret];
  const list = typeof secret === 'string' || secret instanceof Uint8Array ? [secret] : (secret ?? []);
  if (list.length === 0 || list.some((s) => s === undefined || s === null || s.length === 0)) {
    throw new SpikeKitError(
      'SECRET_REQUIRED',
      'verify needs the secret Spike signs with (a non-empty string or bytes, or a list of them during a rotation).',
    );
  }
  return list;
}

function distinct(value: string | readonly string[] | undefined): string[] {
  if (value === undefined || value === null) return [];
  if (typeof value === 'string' && !value.includes(',')) {
    const trimmed = value.trim();
    return trimmed === '' ? [] : [trimmed];
  }
  if (Array.isArray(value) && value.length === 1 && typeof value[0] === 'string' && !value[0].includes(',')) {
    return distinct(value[0]);
  }
  const list =
    typeof value === 'string'
      ? value.split(',')
      : Array.isArray(value)
        ? value.flatMap((v) => String(v).split(','))
        : [];
  const out: string[] = [];
  for (const item of list) {
    const trimmed = String(item).trim();
    if (trimmed !== '' && !out.includes(trimmed)) out.push(trimmed);
  }
  return out;
}

function matchPrefix(value: string, accepted: readonly string[]): string | undefined {
  if (accepted.length === 1) {
    const only = accepted[0] as string;
    if (only === '' || value.startsWith(only)) return only;
  }
  let best: string | undefined;
  for (const prefix of accepted) {
    if (
      value.length >= prefix.length &&
      value.slice(0, prefix.length).toLowerCase() === prefix.toLowerCase()
    ) {
      if (best === undefined || prefix.length > best.length) best = prefix;
    }
  }
  return best;
}

function staleness(seconds: number, options: VerifyOptions): string | undefined {
  if (options.now === undefined && options.toleranceSeconds === undefined) return undefined;
  const now = options.now === undefined ? Date.now() : toEpochMs(options.now, 'now');
  const tolerance = options.toleranceSeconds ?? verifyDefaults.toleranceSeconds;
  const skew = Math.abs(now / 1000 - seconds);
  if (skew <= tolerance) return undefined;
  return `the timestamp is ${Math.round(skew)} s away from now; at most ${tolerance} s is accepted.`;
}

function fail(reason: VerifyFailureReason, message: string): VerifyResult {
  return { ok: false, reason, message };
}

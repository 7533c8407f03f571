import { invalid } from '../core/index.ts';
import { getProfile, type ProfileRef } from '../profiles/index.ts';
import { secretList } from './check-secret.ts';
import { asciiLower, type HeadersInput, readHeader } from './headers.ts';
import { type Bytes, hexDigestEquals, hmacSha256Hex, isHexDigest } from './hmac.ts';
import { isMessageFailure, signedMessage } from './message.ts';
import { rawBodyProblem } from './raw-body.ts';
import { freshnessOf, staleness, type VerifyOptions } from './verify-options.ts';
import { verifyFailure as fail, type VerifyResult } from './verify-result.ts';

/** The signature-bearing parts of a received request. */
export interface SignedRequestParts {
  /** The raw body bytes, exactly as received (not re-serialised JSON): a string or a `Uint8Array` (`Buffer`). */
  readonly body: Bytes;
  /** The value of the signature header, as received (undefined if absent). */
  readonly signature: string | readonly string[] | undefined;
  /** The value of the timestamp header, for profiles that have one. */
  readonly timestamp?: string | readonly string[] | undefined;
}

/**
 * Verifies a signature over exact bytes, in constant time. Checks format and length before comparing and never
 * throws on what arrives: a body that is not raw bytes, a missing, duplicated, malformed or wrongly prefixed
 * header, a stale timestamp are a failed result with a reason. Timestamped profiles check freshness by default
 * (300 s, {@link verifyDefaults}); pass `toleranceSeconds: false` to turn it off.
 *
 * @throws {SpikeKitError} `SECRET_REQUIRED` when no secret is given, `INVALID_OPTION` for a secret of the wrong
 *   type (empty included), a bad `toleranceSeconds` or `request`; `INVALID_DATE` for a bad `now` (programming errors).
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
  return verifyParts(profile, request, options, 'verify');
}

function verifyParts(
  profile: ProfileRef,
  request: SignedRequestParts,
  options: VerifyOptions,
  caller: string,
): VerifyResult {
  const spec = getProfile(profile).signature;
  if (typeof options !== 'object' || options === null) {
    throw invalid('INVALID_OPTION', `${caller}'s options`, 'an object such as { secret }', options);
  }
  if (typeof request !== 'object' || request === null || Array.isArray(request)) {
    throw invalid(
      'INVALID_OPTION',
      `${caller}'s request`,
      'an object { body, signature, timestamp? }',
      request,
    );
  }
  const secrets = secretList(options.secret, caller);
  const freshness = spec.timestampHeader === undefined ? undefined : freshnessOf(options, caller);

  const bodyProblem = rawBodyProblem(request.body);
  if (bodyProblem !== undefined) return fail('body-not-raw', bodyProblem);

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
          `${spec.timestampHeader} must be Unix seconds, got ${JSON.stringify(timestamp.slice(0, 40))}.`,
        );
      }
      const stale = freshness === undefined ? undefined : staleness(Number(timestamp), freshness);
      if (stale !== undefined) return fail('stale-timestamp', `${spec.timestampHeader}: ${stale}`);
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
    const tried = secrets.length > 1 ? ` (tried ${secrets.length} secrets)` : '';
    const bytes = spec.signs.includes('{body}')
      ? '; or the body is not the raw bytes received (parsed and re-serialised JSON, a decoded and re-encoded body, a framework that rewrote it): verify the exact bytes, e.g. express.raw() or request.arrayBuffer()'
      : '; or the signed field was changed';
    return fail(
      'mismatch',
      `${spec.header} does not match HMAC-SHA256 over ${JSON.stringify(spec.signs)}${tried}. Likely causes: the wrong secret (not the ${spec.key} Spike signs with${secrets.length > 1 ? ', none of them' : ''})${bytes}.`,
    );
  }
  return { ok: true, secretIndex: matched };
}

/**
 * Verifies a received request given its headers (any shape) and raw body: reads the profile's signature and
 * timestamp headers, whatever their casing, and calls {@link verify}. The body must be the raw bytes received
 * (a string or a `Buffer`): a parsed object (`express.json()`) is `body-not-raw`.
 *
 * @throws {SpikeKitError} as {@link verify}; `INVALID_OPTION` when `delivery` is not an object.
 * @example
 * ```ts
 * import { buildDelivery, verifyDelivery } from 'spike-webhook-kit';
 * verifyDelivery('spike-forms', delivery, { secret: 's3cret' });                      // { ok: true, secretIndex: 0 }
 * // with express.raw({ type: 'application/json' }), req.body is the Buffer received:
 * verifyDelivery('spike-forms', { headers: req.headers, body: req.body }, { secret: ['new', 'old'] });
 * ```
 */
export function verifyDelivery(
  profile: ProfileRef,
  delivery: { readonly headers: HeadersInput | null | undefined; readonly body: Bytes },
  options: VerifyOptions,
): VerifyResult {
  const spec = getProfile(profile).signature;
  if (typeof delivery !== 'object' || delivery === null || Array.isArray(delivery)) {
    throw invalid('INVALID_OPTION', "verifyDelivery's delivery", 'an object { headers, body }', delivery, {
      hint: 'For a fetch Request, use verifyRequest.',
    });
  }
  return verifyParts(
    profile,
    {
      body: delivery.body,
      signature: readHeader(delivery.headers, spec.header),
      timestamp:
        spec.timestampHeader === undefined ? undefined : readHeader(delivery.headers, spec.timestampHeader),
    },
    options,
    'verifyDelivery',
  );
}

/** Distinct non-empty values of a header, in linear time. */
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
  const out = new Set<string>();
  for (const item of list) {
    const trimmed = String(item).trim();
    if (trimmed !== '') out.add(trimmed);
  }
  return [...out];
}

function matchPrefix(value: string, accepted: readonly string[]): string | undefined {
  if (accepted.length === 1) {
    const only = accepted[0] as string;
    if (only === '' || value.startsWith(only)) return only;
  }
  let best: string | undefined;
  for (const prefix of accepted) {
    if (value.length >= prefix.length && asciiLower(value.slice(0, prefix.length)) === asciiLower(prefix)) {
      if (best === undefined || prefix.length > best.length) best = prefix;
    }
  }
  return best;
}

import { type DateInput, invalid, SpikeKitError, toEpochMs } from '../core/index.ts';
import { getProfile, type ProfileRef } from '../profiles/index.ts';
import { checkSecret } from '../signing/check-secret.ts';
import type { Bytes } from '../signing/hmac.ts';
import { sign } from '../signing/sign.ts';
import { type BodyStyle, serializeBody } from './body-style.ts';

/** Options of {@link buildDelivery}. */
export interface BuildDeliveryOptions {
  /**
   * The secret Spike signs with. Required by profiles that always sign (v2, v3); without it a Spike Forms delivery
   * is sent unsigned, as Spike does for a form without a webhook secret. Anything but `undefined` or a non-empty
   * string or `Uint8Array` (`''`, `1234`, a list) is `INVALID_OPTION`, never an unsigned delivery.
   */
  readonly secret?: Bytes | undefined;
  /** How the body is written; default `'compact'`. Use `'awkward'` to catch receivers that re-serialise. */
  readonly bodyStyle?: BodyStyle | readonly BodyStyle[];
  /** Send exactly this body instead of serialising the event (the signature covers these bytes). */
  readonly body?: string;
  /**
   * The instant in the timestamp header of timestamped profiles. Default: the event's own time (the profile's
   * `signature.timestampField`), so deliveries stay deterministic.
   */
  readonly timestamp?: DateInput;
  /** Extra headers to send, e.g. a `User-Agent`. They cannot replace the signature or content type. */
  readonly headers?: Readonly<Record<string, string>>;
  /** The URL the delivery is meant for, if known. */
  readonly url?: string;
}

/** An HTTP request exactly as Spike would send it. Plain data: safe to log, snapshot or serialise. */
export interface Delivery {
  /** The id of the profile that built it. */
  readonly profile: string;
  readonly method: 'POST';
  /** Where it is meant to go, when given. */
  readonly url?: string;
  /** Header names in their documented spelling: content type, then signature (and timestamp) headers. */
  readonly headers: Readonly<Record<string, string>>;
  /** The exact body sent (its UTF-8 bytes are what is signed). */
  readonly body: string;
}

/**
 * Builds the exact request Spike sends for an event: method, headers (content type, signature, timestamp) and
 * the raw body bytes.
 *
 * @throws {SpikeKitError} `SECRET_REQUIRED` when the profile always signs and no secret is given; `INVALID_OPTION`
 *   for a secret of the wrong type or an empty one;
 *   `INVALID_EVENT` when the event does not have the profile's body shape or lacks what it signs.
 * @example
 * ```ts
 * import { buildDelivery, generate } from 'spike-webhook-kit';
 * const event = generate('spike-forms', { kind: 'contact', seed: 42 });
 * const delivery = buildDelivery('spike-forms', event, { secret: 's3cret' });
 * await fetch('http://127.0.0.1:3000/webhooks/spike', delivery);
 * ```
 */
export function buildDelivery(
  profile: ProfileRef,
  event: unknown,
  options: BuildDeliveryOptions = {},
): Delivery {
  const p = getProfile(profile);
  const spec = p.signature;
  if (typeof options !== 'object' || options === null) {
    throw invalid('INVALID_OPTION', "buildDelivery's options", 'an object such as { secret }', options);
  }
  const secret = checkSecret(options.secret, { caller: 'buildDelivery' });
  const shapeOk = p.body.shape === 'array' ? Array.isArray(event) : isPlainObject(event);
  if (!shapeOk && options.body === undefined) {
    throw new SpikeKitError(
      'INVALID_EVENT',
      `Profile '${p.id}' sends ${p.body.shape === 'array' ? 'a JSON array of events' : 'one JSON object'}, but the event is ${describe(event)}. Pass what generate('${p.id}', ...) returns.`,
      { profile: p.id, expected: p.body.shape },
    );
  }
  const body = options.body ?? serializeBody(event, options.bodyStyle ?? 'compact');
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(options.headers ?? {})) headers[name] = value;
  const reserved = [spec.header, spec.timestampHeader, 'content-type'].filter((h): h is string => !!h);
  for (const name of Object.keys(headers)) {
    if (reserved.some((r) => r.toLowerCase() === name.toLowerCase())) delete headers[name];
  }

  const ordered: Record<string, string> = { 'Content-Type': p.body.contentType };
  if (secret === undefined && spec.required === 'always') {
    throw new SpikeKitError(
      'SECRET_REQUIRED',
      `Profile '${p.id}' signs every delivery with the ${spec.key}: pass { secret } to buildDelivery.`,
      { profile: p.id },
    );
  }
  if (secret !== undefined) {
    let timestamp: string | undefined;
    if (spec.timestampHeader !== undefined) {
      timestamp = String(Math.floor(timestampMs(p.id, spec.timestampField, event, options.timestamp) / 1000));
    }
    const parsed = options.body === undefined ? event : undefined;
    ordered[spec.header] = sign(p, secret, body, { timestamp, parsed });
    if (spec.timestampHeader !== undefined && timestamp !== undefined)
      ordered[spec.timestampHeader] = timestamp;
  }
  return {
    profile: p.id,
    method: 'POST',
    ...(options.url === undefined ? {} : { url: options.url }),
    headers: { ...ordered, ...headers },
    body,
  };
}

function timestampMs(
  profileId: string,
  field: string | undefined,
  event: unknown,
  given: DateInput | undefined,
): number {
  if (given !== undefined) return toEpochMs(given, 'timestamp');
  let value: unknown = event;
  for (const segment of field?.split('.') ?? []) {
    value = isPlainObject(value) ? value[segment] : undefined;
  }
  if (field !== undefined && (typeof value === 'string' || typeof value === 'number')) {
    return toEpochMs(value, `event.${field}`);
  }
  throw new SpikeKitError(
    'INVALID_EVENT',
    `Profile '${profileId}' sends a timestamp header, and the event has no usable ${field === undefined ? 'time' : `'${field}'`}: pass { timestamp } to buildDelivery.`,
    { profile: profileId },
  );
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'an array';
  if (value === null) return 'null';
  const type = typeof value;
  return `${/^[aeiou]/.test(type) ? 'an' : 'a'} ${type}`;
}

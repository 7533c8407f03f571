import { type DateInput, invalid, listChoices, SpikeKitError, toEpochMs } from '../core/index.ts';
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
 *   for a secret of the wrong type or an empty one, for options that are not a plain object of the known keys (a
 *   typo such as `secrett` would otherwise send an unsigned delivery), a `body` or `url` that is not a string,
 *   `headers` that are not an object of string values, and an unknown `bodyStyle` (`null` included);
 *   `INVALID_EVENT` when the event does not have the profile's body shape (a plain object, or an array for v3;
 *   a `Date` or `Map` is not a body) or lacks what it signs. Accepted on purpose: the event's fields are not
 *   checked (`{}` is sent as `{}`: the kit sends what a test asks for, to see how the receiver copes).
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
  checkOptions(options);
  const secret = checkSecret(options.secret, { caller: 'buildDelivery' });
  const shapeOk = p.body.shape === 'array' ? Array.isArray(event) : isPlainObject(event);
  if (!shapeOk && options.body === undefined) {
    throw new SpikeKitError(
      'INVALID_EVENT',
      `Profile '${p.id}' sends ${p.body.shape === 'array' ? 'a JSON array of events' : 'one JSON object'}, but the event is ${describe(event)}. Pass what generate('${p.id}', ...) returns.`,
      { profile: p.id, expected: p.body.shape },
    );
  }
  const body =
    options.body ?? serializeBody(event, options.bodyStyle === undefined ? 'compact' : options.bodyStyle);
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

const optionKeys: readonly string[] = ['secret', 'bodyStyle', 'body', 'timestamp', 'headers', 'url'];

/** The options' own shape: a plain object of known keys, with a string body, url and header values. */
function checkOptions(options: unknown): asserts options is BuildDeliveryOptions {
  const bad = (what: string, expected: string, got: unknown, option?: string) =>
    invalid('INVALID_OPTION', what, expected, got, option === undefined ? {} : { details: { option } });
  if (!isPlainObject(options)) {
    throw bad("buildDelivery's options", 'an object such as { secret }', options);
  }
  const unknown = Object.keys(options).filter((key) => !optionKeys.includes(key));
  if (unknown.length > 0) {
    throw bad(
      "buildDelivery's options",
      `an object with only ${listChoices(optionKeys)} (unknown: ${listChoices(unknown)})`,
      options,
    );
  }
  const { body, url, headers } = options;
  if (body !== undefined && typeof body !== 'string')
    throw bad("buildDelivery's 'body'", 'the exact body text to send', body, 'body');
  if (url !== undefined && typeof url !== 'string')
    throw bad("buildDelivery's 'url'", 'a URL string', url, 'url');
  if (headers === undefined) return;
  if (!isPlainObject(headers))
    throw bad("buildDelivery's 'headers'", 'an object of header names and string values', headers, 'headers');
  for (const [name, value] of Object.entries(headers)) {
    if (typeof value !== 'string')
      throw bad(`buildDelivery's header '${name}'`, 'a string', value, 'headers');
  }
}

/** A plain object (its prototype `Object.prototype` or `null`): not an array, a `Date`, a `Map` ... */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'an array';
  if (value === null) return 'null';
  if (isPlainObject(value)) return 'an object';
  if (typeof value === 'object') return `a ${Object.prototype.toString.call(value).slice(8, -1)} object`;
  const type = typeof value;
  return `${/^[aeiou]/.test(type) ? 'an' : 'a'} ${type}`;
}

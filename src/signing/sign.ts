import { SpikeKitError } from '../errors/index.ts';
import { getProfile, type ProfileRef } from '../profiles/index.ts';
import { type Bytes, hmacSha256Hex } from './hmac.ts';
import { signedMessage } from './message.ts';

/** Extra inputs some profiles sign besides the body. */
export interface SignInput {
  /** Value of the profile's timestamp header (Unix seconds as text) for templates using `{timestamp}`. */
  readonly timestamp?: string | number | undefined;
  /** The parsed body, if at hand: fields such as v2's `event_id` are read from it instead of the bytes. */
  readonly parsed?: unknown;
}

/**
 * The signature header value Spike sends for `body` under `secret`: the profile's prefix plus the hex HMAC-SHA256
 * of exactly the bytes the profile signs (v2: the `event_id`; v3 and forms: the raw body; timestamped:
 * `"{timestamp}.{body}"`).
 *
 * @throws {SpikeKitError} `INVALID_EVENT` when the body lacks what the profile signs (no `event_id`, no timestamp).
 * @example
 * ```ts
 * import { sign } from 'spike-webhook-kit';
 * sign('spike-forms', 's3cret', '{"event":"submission.created"}'); // 'sha256=…'
 * ```
 */
export function sign(profile: ProfileRef, secret: Bytes, body: Bytes, input: SignInput = {}): string {
  const spec = getProfile(profile).signature;
  return spec.prefix + hmacSha256Hex(secret, messageFor(profile, body, input));
}

function messageFor(profile: ProfileRef, body: Bytes, input: SignInput): readonly Bytes[] {
  const spec = getProfile(profile).signature;
  const message = signedMessage(spec, {
    body,
    timestamp: input.timestamp === undefined ? undefined : String(input.timestamp),
    parsed: input.parsed,
  });
  if ('parts' in message) return message.parts;
  throw new SpikeKitError(
    'INVALID_EVENT',
    `Cannot sign for profile '${getProfile(profile).id}': ${message.detail}. The profile signs ${JSON.stringify(spec.signs)}.`,
    { problem: message.problem },
  );
}

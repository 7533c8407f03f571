import { SpikeKitError } from '../core/index.ts';
import { getProfile, type ProfileRef } from '../profiles/index.ts';
import { type Bytes, hmacSha256Hex } from './hmac.ts';
import { isMessageFailure, signedMessage } from './message.ts';

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
  const p = getProfile(profile);
  const message = signedMessage(p.signature, {
    body,
    timestamp: input.timestamp === undefined ? undefined : String(input.timestamp),
    parsed: input.parsed,
  });
  if (isMessageFailure(message)) {
    throw new SpikeKitError(
      'INVALID_EVENT',
      `Cannot sign for profile '${p.id}': ${message.detail}. The profile signs ${JSON.stringify(p.signature.signs)}.`,
      { problem: message.problem },
    );
  }
  return p.signature.prefix + hmacSha256Hex(secret, message);
}

import { invalid, SpikeKitError } from '../core/index.ts';
import { getProfile, type ProfileRef } from '../profiles/index.ts';
import { checkSecret } from './check-secret.ts';
import { type Bytes, hmacSha256Hex } from './hmac.ts';
import { isMessageFailure, signedMessage } from './message.ts';
import { rawBodyProblem } from './raw-body.ts';

/** Extra inputs some profiles sign besides the body. */
export interface SignInput {
  /**
   * Value of the profile's timestamp header for templates using `{timestamp}`: Unix seconds as a whole number, or
   * the header text, used verbatim (so a test can sign a malformed header).
   */
  readonly timestamp?: string | number | undefined;
  /** The parsed body, if at hand: fields such as v2's `event_id` are read from it instead of the bytes. */
  readonly parsed?: unknown;
}

/**
 * The signature header value Spike sends for `body` under `secret`: the profile's prefix plus the hex HMAC-SHA256
 * of exactly the bytes the profile signs (v2: the `event_id`; v3 and forms: the raw body; timestamped:
 * `"{timestamp}.{body}"`).
 *
 * @throws {SpikeKitError} `INVALID_EVENT` when the body lacks what the profile signs (no `event_id`, no timestamp);
 *   `INVALID_OPTION` for a secret that is not a non-empty string or bytes, a body that is not a string or bytes, or a
 *   timestamp that is not Unix seconds or text; `SECRET_REQUIRED` for no secret.
 * @example
 * ```ts
 * import { sign } from 'spike-webhook-kit';
 * sign('spike-forms', 's3cret', '{"event":"submission.created"}'); // 'sha256=…'
 * ```
 */
export function sign(profile: ProfileRef, secret: Bytes, body: Bytes, input: SignInput = {}): string {
  const p = getProfile(profile);
  const key = checkSecret(secret, { caller: 'sign', required: true }) as Bytes;
  const bodyProblem = rawBodyProblem(body);
  if (bodyProblem !== undefined) {
    throw invalid('INVALID_OPTION', "sign's body", 'the raw bytes to send (a string or a Uint8Array)', body, {
      hint: 'Serialise the event first (JSON.stringify), or use buildDelivery.',
    });
  }
  if (typeof input !== 'object' || input === null) {
    throw invalid('INVALID_OPTION', "sign's input", 'an object { timestamp?, parsed? }', input);
  }
  const stamp: unknown = input.timestamp;
  if (
    stamp !== undefined &&
    typeof stamp !== 'string' &&
    !(typeof stamp === 'number' && Number.isSafeInteger(stamp) && stamp >= 0)
  ) {
    throw invalid(
      'INVALID_OPTION',
      "sign's 'timestamp'",
      'Unix seconds (a whole number >= 0) or the header text',
      stamp,
      {
        details: { option: 'timestamp' },
      },
    );
  }
  const message = signedMessage(p.signature, {
    body,
    timestamp: stamp === undefined ? undefined : String(stamp),
    parsed: input.parsed,
  });
  if (isMessageFailure(message)) {
    throw new SpikeKitError(
      'INVALID_EVENT',
      `Cannot sign for profile '${p.id}': ${message.detail}. The profile signs ${JSON.stringify(p.signature.signs)}.`,
      { problem: message.problem },
    );
  }
  return p.signature.prefix + hmacSha256Hex(key, message);
}

/**
 * Every reason a verification can fail, in the order `verify` checks them: the values of
 * {@link VerifyFailureReason}, to enumerate (a `switch` over them, a metrics label set, a test).
 *
 * @example
 * ```ts
 * import { verifyFailureReasons } from 'spike-webhook-kit';
 * verifyFailureReasons.includes('stale-timestamp'); // true
 * ```
 */
export const verifyFailureReasons = [
  'body-not-raw',
  'missing-signature',
  'duplicate-signature',
  'wrong-prefix',
  'malformed-signature',
  'missing-timestamp',
  'duplicate-timestamp',
  'malformed-timestamp',
  'stale-timestamp',
  'unreadable-body',
  'mismatch',
] as const;

/**
 * Why a verification failed; stable values to match on (listed in {@link verifyFailureReasons}).
 *
 * - `body-not-raw`: the body given is not the raw bytes received (a parsed object, `null`, a number ...).
 * - `missing-signature`, `duplicate-signature`, `wrong-prefix`, `malformed-signature`: the signature header.
 * - `missing-timestamp`, `duplicate-timestamp`, `malformed-timestamp`, `stale-timestamp`: the timestamp header of
 *   timestamped profiles (`stale-timestamp`: further from now than the tolerance, a possible replay).
 * - `unreadable-body`: the body lacks what the profile signs (v2: a JSON body with an `event_id`).
 * - `mismatch`: well-formed, but not signed with the secret over these bytes.
 *
 * @example
 * ```ts
 * const reason: VerifyFailureReason = 'body-not-raw';
 * ```
 */
export type VerifyFailureReason = (typeof verifyFailureReasons)[number];

/**
 * The outcome of a verification. On success, `secretIndex` says which of the given secrets matched (rotation);
 * on failure, `reason` is stable and `message` explains it for humans.
 *
 * @example
 * ```ts
 * const result: VerifyResult = { ok: false, reason: 'mismatch', message: 'X-Spike-Signature does not match ...' };
 * ```
 */
export type VerifyResult =
  | { readonly ok: true; readonly secretIndex: number }
  | { readonly ok: false; readonly reason: VerifyFailureReason; readonly message: string };

/**
 * A failed {@link VerifyResult}.
 *
 * @example
 * ```ts
 * verifyFailure('missing-signature', 'No X-Spike-Signature header.');
 * ```
 */
export function verifyFailure(reason: VerifyFailureReason, message: string): VerifyResult {
  return { ok: false, reason, message };
}

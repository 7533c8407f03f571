import { createHash } from 'node:crypto';
import { SpikeKitError } from '../core/index.ts';
import { getProfile, type ProfileRef } from './table.ts';
import type { DedupRule, Profile, RetrySchedule } from './types.ts';

/**
 * True when Spike counts `status` as delivered under `profile` (any 2xx, or exactly 200 for v3).
 *
 * @example
 * ```ts
 * isSuccessStatus('spike-health-v3', 204); // false
 * isSuccessStatus('spike-forms', 204);     // true
 * ```
 */
export function isSuccessStatus(profile: ProfileRef, status: number): boolean {
  return getProfile(profile).success.some((range) => status >= range.from && status <= range.to);
}

/**
 * How many attempts Spike makes at most: the first plus one per retry delay.
 *
 * @example
 * ```ts
 * maxAttempts('spike-health-v2'); // 6
 * ```
 */
export function maxAttempts(profile: ProfileRef | RetrySchedule): number {
  return scheduleOf(profile).delaysMs.length + 1;
}

/**
 * When the attempt after a failure starts, or `undefined` when the schedule is used up.
 *
 * @param failedAttempts how many attempts have failed so far (1 after the first failure).
 * @param firstAttemptAtMs when the first attempt started.
 * @param failedAtMs when the latest attempt was seen to fail (its response, error or timeout).
 * @example
 * ```ts
 * nextAttemptAt('spike-forms', 2, 0, 60_000); // 360000: 5 min after the second attempt failed
 * ```
 */
export function nextAttemptAt(
  profile: ProfileRef | RetrySchedule,
  failedAttempts: number,
  firstAttemptAtMs: number,
  failedAtMs: number,
): number | undefined {
  const schedule = scheduleOf(profile);
  const delay = schedule.delaysMs[failedAttempts - 1];
  if (delay === undefined) return undefined;
  if (schedule.anchor === 'previous-failure') return failedAtMs + delay;
  return Math.max(failedAtMs, firstAttemptAtMs + delay);
}

/**
 * The start time of every attempt when each one fails `failureAfterMs` after it starts (0: at once). This is the
 * schedule as Spike documents it, e.g. `[0, 60000, 360000, 2160000]` for spike-forms.
 *
 * @example
 * ```ts
 * attemptOffsets('spike-health-v2'); // [0, 180000, 360000, 540000, 720000, 900000]
 * attemptOffsets('spike-forms', { failureAfterMs: 30_000 }); // every attempt timed out
 * ```
 */
export function attemptOffsets(
  profile: ProfileRef | RetrySchedule,
  options: { readonly failureAfterMs?: number } = {},
): number[] {
  const failureAfterMs = options.failureAfterMs ?? 0;
  const offsets = [0];
  for (let failed = 1; ; failed++) {
    const previous = offsets[failed - 1] ?? 0;
    const next = nextAttemptAt(profile, failed, 0, previous + failureAfterMs);
    if (next === undefined) return offsets;
    offsets.push(next);
  }
}

/**
 * The keys a receiver should deduplicate on for one delivery body: the `event_id` (v2), `submissionId` (forms), a
 * SHA-256 of the raw body (v3), or one tuple per event of an array body. Pass `rule` to use an alternative, e.g.
 * `profiles['spike-health-v3'].dedupAlternatives['event-tuple']`.
 *
 * @throws {SpikeKitError} `INVALID_EVENT` when the body is not JSON or lacks the key's field.
 * @example
 * ```ts
 * dedupKeys('spike-forms', delivery.body); // ['sub_ckx2...']
 * ```
 */
export function dedupKeys(profile: ProfileRef, body: string, rule?: DedupRule): string[] {
  const chosen = rule ?? getProfile(profile).dedup;
  if (chosen.kind === 'body-hash') return [createHash(chosen.algorithm).update(body).digest('hex')];
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    throw new SpikeKitError('INVALID_EVENT', 'Cannot derive a dedup key: the body is not valid JSON.', {});
  }
  if (chosen.kind === 'field') return [String(readPath(parsed, chosen.path))];
  const events = Array.isArray(parsed) ? parsed : [parsed];
  // Events may omit fields (provider_integration_* events carry no window): a missing field counts as null.
  return events.map((event) =>
    JSON.stringify(
      chosen.fields.map((field) =>
        event !== null && typeof event === 'object'
          ? ((event as Record<string, unknown>)[field] ?? null)
          : null,
      ),
    ),
  );
}

function readPath(value: unknown, path: readonly string[]): unknown {
  let current = value;
  for (const segment of path) {
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, segment)) {
      throw new SpikeKitError(
        'INVALID_EVENT',
        `Cannot derive a dedup key: the body has no '${path.join('.')}' field.`,
        { path },
      );
    }
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}

function scheduleOf(profile: ProfileRef | RetrySchedule): RetrySchedule {
  return typeof profile === 'object' && 'delaysMs' in profile
    ? profile
    : (getProfile(profile) as Profile).retry;
}

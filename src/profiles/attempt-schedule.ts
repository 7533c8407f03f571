import { getProfile, type ProfileRef } from './table.ts';
import type { Profile, RetrySchedule } from './types.ts';

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

function scheduleOf(profile: ProfileRef | RetrySchedule): RetrySchedule {
  return typeof profile === 'object' && 'delaysMs' in profile
    ? profile
    : (getProfile(profile) as Profile).retry;
}

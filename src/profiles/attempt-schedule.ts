import { invalid } from '../core/index.ts';
import { profileLimits } from './profile-limits.ts';
import { getProfile, type ProfileRef } from './table.ts';
import type { Profile, RetrySchedule } from './types.ts';

/**
 * How many attempts Spike makes at most: the first plus one per retry delay.
 *
 * @throws {SpikeKitError} `UNKNOWN_PROFILE` or `INVALID_PROFILE` for something that is neither a profile nor a schedule.
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
 * @throws {SpikeKitError} `INVALID_OPTION` when `failedAttempts` is not a whole number >= 1 or a time is not finite.
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
  if (!Number.isSafeInteger(failedAttempts) || failedAttempts < 1) {
    throw invalid('INVALID_OPTION', "nextAttemptAt's failedAttempts", 'a whole number >= 1', failedAttempts);
  }
  finiteMs(firstAttemptAtMs, 'firstAttemptAtMs');
  finiteMs(failedAtMs, 'failedAtMs');
  const delay = schedule.delaysMs[failedAttempts - 1];
  if (delay === undefined) return undefined;
  if (schedule.anchor === 'previous-failure') return failedAtMs + delay;
  return Math.max(failedAtMs, firstAttemptAtMs + delay);
}

/**
 * The start time of every attempt when each one fails `failureAfterMs` after it starts (0: at once). This is the
 * schedule as Spike documents it, e.g. `[0, 60000, 360000, 2160000]` for spike-forms.
 *
 * @throws {SpikeKitError} `INVALID_OPTION` when `failureAfterMs` is not a finite number >= 0.
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
  if (typeof options !== 'object' || options === null) {
    throw invalid(
      'INVALID_OPTION',
      "attemptOffsets' options",
      'an object such as { failureAfterMs: 30000 }',
      options,
    );
  }
  const failureAfterMs = options.failureAfterMs ?? 0;
  if (typeof failureAfterMs !== 'number' || !Number.isFinite(failureAfterMs) || failureAfterMs < 0) {
    throw invalid(
      'INVALID_OPTION',
      "attemptOffsets' failureAfterMs",
      'a finite number of milliseconds >= 0',
      failureAfterMs,
      {
        details: { option: 'failureAfterMs' },
      },
    );
  }
  const offsets = [0];
  for (let failed = 1; ; failed++) {
    const previous = offsets[failed - 1] ?? 0;
    const next = nextAttemptAt(profile, failed, 0, previous + failureAfterMs);
    if (next === undefined) return offsets;
    offsets.push(next);
  }
}

function finiteMs(value: unknown, name: string): void {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw invalid(
      'INVALID_OPTION',
      `nextAttemptAt's ${name}`,
      'a finite number of epoch milliseconds',
      value,
    );
  }
}

function scheduleOf(profile: ProfileRef | RetrySchedule): RetrySchedule {
  if (typeof profile !== 'object' || profile === null || !('delaysMs' in profile)) {
    return (getProfile(profile) as Profile).retry;
  }
  const ok =
    Array.isArray(profile.delaysMs) &&
    profile.delaysMs.length <= profileLimits.maxRetries &&
    profile.delaysMs.every((d) => typeof d === 'number' && Number.isFinite(d) && d >= 0) &&
    (profile.anchor === 'previous-failure' || profile.anchor === 'first-attempt');
  if (!ok) {
    throw invalid(
      'INVALID_PROFILE',
      'A retry schedule',
      "{ delaysMs: finite milliseconds >= 0 (at most 100), anchor: 'previous-failure' or 'first-attempt' }",
      profile,
      {
        hint: "Use a profile's retry, e.g. profiles['spike-forms'].retry.",
      },
    );
  }
  return profile;
}

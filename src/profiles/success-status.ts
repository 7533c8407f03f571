import { getProfile, type ProfileRef } from './table.ts';

/**
 * True when Spike counts `status` as delivered under `profile` (any 2xx, or exactly 200 for v3). Anything that is
 * not one of its success statuses (a non-number, NaN, 1e300) is false.
 *
 * @example
 * ```ts
 * isSuccessStatus('spike-health-v3', 204); // false
 * isSuccessStatus('spike-forms', 204);     // true
 * ```
 */
export function isSuccessStatus(profile: ProfileRef, status: number): boolean {
  const ranges = getProfile(profile).success;
  if (typeof status !== 'number') return false;
  return ranges.some((range) => status >= range.from && status <= range.to);
}

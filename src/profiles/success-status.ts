import { getProfile, type ProfileRef } from './table.ts';

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

import { isSuccessStatus, type ProfileRef } from '../profiles/index.ts';
import type { Classification } from './timeline.ts';

/**
 * How Spike classifies a status under a profile: accepted (`success`), a 2xx the profile does not accept
 * (`unaccepted-2xx`: 201 or 204 on v3), a redirect (never followed), or an error. Read from the profile's
 * `success` ranges, never from its name.
 *
 * @example
 * ```ts
 * classifyStatus('spike-health-v3', 204); // 'unaccepted-2xx'
 * classifyStatus('spike-forms', 204);     // 'success'
 * classifyStatus('spike-forms', 302);     // 'redirect'
 * ```
 */
export function classifyStatus(profile: ProfileRef, status: number): Classification {
  if (isSuccessStatus(profile, status)) return 'success';
  if (status >= 300 && status < 400) return 'redirect';
  if (status >= 200 && status < 300) return 'unaccepted-2xx';
  return 'http-error';
}

/**
 * A seeded Fisher-Yates permutation of `0 .. n-1`.
 *
 * @internal
 */
export function permutation(n: number, random: () => number): number[] {
  const out = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as number, out[i] as number];
  }
  return out;
}

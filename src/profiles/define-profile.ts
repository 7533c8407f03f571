import { buildProfile } from './build-profile.ts';
import type { ProfileDefinition } from './profile-definition.ts';
import { getProfile } from './table.ts';
import type { PayloadFamilyId, Profile } from './types.ts';

/**
 * Describes a changed or custom Spike dialect as data. The result works everywhere a built-in profile does
 * (generators, signing, simulator, contracts). Input is validated; every problem is reported at once: unknown
 * keys (with a "did you mean"), wrong types, and numbers out of bounds ({@link profileLimits}: at most 100 retries,
 * delays and timeouts finite and at most 30 days).
 *
 * @throws {SpikeKitError} `INVALID_PROFILE` listing each problem, `UNKNOWN_PROFILE` for an unknown `extends`.
 * @example
 * ```ts
 * import { defineProfile, simulate } from 'spike-webhook-kit';
 * // Spike Forms, read as offsets from the first attempt (0, 1, 5, 30 min) with a 10 s timeout:
 * const strictForms = defineProfile({
 *   id: 'forms-strict', extends: 'spike-forms', retry: 'delays-from-first-attempt', timeout: '10s',
 * });
 * ```
 */
export function defineProfile<F extends PayloadFamilyId = PayloadFamilyId>(
  definition: ProfileDefinition<F>,
): Profile<F> {
  if (typeof definition !== 'object' || definition === null) return buildProfile<F>(definition);
  const { extends: base, ...rest } = definition;
  return buildProfile<F>(base === undefined ? rest : { ...rest, extends: getProfile(base) });
}

/**
 * The kit's defaults, in one place: every seeded part (generators, simulator, contracts) starts from this seed and
 * reference instant, so generated events, the simulated clock and contract samples agree unless told otherwise.
 *
 * @example
 * ```ts
 * import { kitDefaults } from 'spike-webhook-kit';
 * kitDefaults.refDate; // '2026-01-15T10:30:00.000Z'
 * ```
 */
export const kitDefaults = {
  seed: 1,
  refDate: '2026-01-15T10:30:00.000Z',
} as const;

import { type Duration, toMs } from '../core/index.ts';

/**
 * The bounds {@link defineProfile} enforces on every number of a profile: at most 100 retries (and delays), and
 * every delay and timeout finite and at most 30 days. Spike's longest documented schedule is 10 retries over days.
 *
 * @example
 * ```ts
 * import { profileLimits } from 'spike-webhook-kit';
 * profileLimits.maxRetries;    // 100
 * profileLimits.maxDurationMs; // 2592000000 (30 days)
 * ```
 */
export const profileLimits = { maxRetries: 100, maxDurationMs: 30 * 86_400_000 } as const;

/**
 * A duration of a profile in whole milliseconds, or `undefined` when it is not a duration from `minMs` to
 * {@link profileLimits}`.maxDurationMs` (NaN, Infinity, negative, `'1e400d'`, a number of days too large ...).
 *
 * @example
 * ```ts
 * boundedMs('30s', 0); // 30000
 * boundedMs('31d', 0); // undefined
 * ```
 */
export function boundedMs(input: unknown, minMs: number): number | undefined {
  if (typeof input !== 'number' && typeof input !== 'string') return undefined;
  if (typeof input === 'string' && input.length > 64) return undefined;
  let ms: number;
  try {
    ms = toMs(input as Duration);
  } catch {
    return undefined;
  }
  return Number.isFinite(ms) && ms >= minMs && ms <= profileLimits.maxDurationMs ? ms : undefined;
}

import { type DateInput, invalid, toEpochMs } from '../core/index.ts';
import type { Bytes } from './hmac.ts';

/** Options of {@link verify}, {@link verifyDelivery} and {@link verifyRequest}. */
export interface VerifyOptions {
  /** The secret, or several during a rotation (each is tried; any match passes). */
  readonly secret: Bytes | readonly Bytes[];
  /**
   * The current time, for the freshness check of timestamped profiles (those with a `signature.timestampHeader`).
   * Default: the clock (`Date.now()`). Inject it in tests.
   */
  readonly now?: DateInput;
  /**
   * For timestamped profiles: the largest distance between the timestamp header and `now`, in seconds; further is
   * `stale-timestamp` (replay protection). Default {@link verifyDefaults} (300 s). `false` turns the check off,
   * e.g. to verify deliveries recorded for a fixed reference date.
   */
  readonly toleranceSeconds?: number | false;
}

/**
 * Defaults of {@link VerifyOptions}: timestamped profiles accept a timestamp at most 300 s from now, the common
 * default of Stripe, Svix and Standard Webhooks.
 *
 * @example
 * ```ts
 * verifyDefaults.toleranceSeconds; // 300
 * ```
 */
export const verifyDefaults = { toleranceSeconds: 300 } as const;

/** The freshness check of one verification: `undefined` when it is off. */
export interface Freshness {
  /** The injected now, in epoch milliseconds; `undefined`: read the clock when a timestamp is checked. */
  readonly nowMs: number | undefined;
  readonly toleranceSeconds: number;
}

/**
 * Reads the freshness options of a verification.
 *
 * @throws {SpikeKitError} `INVALID_OPTION` for a tolerance that is not a finite number >= 0 or `false`;
 *   `INVALID_DATE` for a bad `now`.
 * @example
 * ```ts
 * freshnessOf({ secret: 'k', toleranceSeconds: false }, 'verify'); // undefined
 * ```
 */
export function freshnessOf(options: VerifyOptions, caller: string): Freshness | undefined {
  const tolerance: unknown = options.toleranceSeconds ?? verifyDefaults.toleranceSeconds;
  if (tolerance === false) return undefined;
  if (typeof tolerance !== 'number' || !Number.isFinite(tolerance) || tolerance < 0) {
    throw invalid(
      'INVALID_OPTION',
      `${caller}'s 'toleranceSeconds'`,
      'a finite number of seconds >= 0, or false to turn the freshness check off',
      tolerance,
      { details: { option: 'toleranceSeconds' } },
    );
  }
  const now: unknown = options.now;
  if (now === undefined) return { nowMs: undefined, toleranceSeconds: tolerance };
  if (!(now instanceof Date) && typeof now !== 'number' && typeof now !== 'string') {
    throw invalid(
      'INVALID_DATE',
      `${caller}'s 'now'`,
      'a Date, epoch milliseconds or an ISO 8601 string',
      now,
      {
        details: { option: 'now' },
      },
    );
  }
  return {
    nowMs: typeof now === 'number' && Number.isFinite(now) ? now : toEpochMs(now, 'now'),
    toleranceSeconds: tolerance,
  };
}

/**
 * Why a timestamp (Unix seconds) is too far from now, or `undefined` when it is fresh.
 *
 * @example
 * ```ts
 * staleness(1_700_000_000, { nowMs: 1_700_000_400_000, toleranceSeconds: 300 }); // 'the timestamp is 400 s ...'
 * ```
 */
export function staleness(seconds: number, freshness: Freshness): string | undefined {
  const skew = Math.abs((freshness.nowMs ?? Date.now()) / 1000 - seconds);
  if (skew <= freshness.toleranceSeconds) return undefined;
  return `the timestamp is ${Math.round(skew)} s away from now; at most ${freshness.toleranceSeconds} s is accepted (toleranceSeconds; false turns the check off).`;
}

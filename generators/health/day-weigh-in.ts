import { roundHalfUp } from '../core/round-half-up.ts';
import { hash32, hashSigned, smoothNoise } from './noise.ts';
import type { Person } from './person.ts';

/** The morning weigh-in. */
export interface WeighIn {
  /** Seconds from the local midnight. */
  readonly sec: number;
  /** kg, one decimal. */
  readonly weightKg: number;
  /** Percent, one decimal. */
  readonly bodyFatPct: number;
}

/**
 * The weigh-in of local day `dayNo`, 10 to 40 minutes after getting up at `wakeSec` (seconds from the local
 * midnight): the person's weight and body fat with a slow drift (about nine and twelve days) and day-to-day noise.
 *
 * @example
 * ```ts
 * weighInOf(user, day.dayNo, day.sleep.endSec).weightKg; // e.g. 81.4
 * ```
 */
export function weighInOf(user: Pick<Person, 'baseline' | 'salts'>, dayNo: number, wakeSec: number): WeighIn {
  const b = user.baseline;
  const salt = user.salts.body;
  const weight = b.weightKg + 0.8 * smoothNoise(salt, dayNo / 9) + 0.25 * hashSigned(salt ^ 1, dayNo);
  const fat = b.bodyFatPct + 0.6 * smoothNoise(salt ^ 2, dayNo / 12) + 0.2 * hashSigned(salt ^ 3, dayNo);
  return {
    sec: Math.max(0, wakeSec) + (10 + (hash32(salt ^ 4, dayNo) % 31)) * 60,
    weightKg: roundHalfUp(weight * 10) / 10,
    bodyFatPct: roundHalfUp(fat * 10) / 10,
  };
}

// Instants given on the command line: Unix seconds, or an ISO 8601 instant with a zone.
import { SpikeKitError, toEpochMs } from '../core/index.ts';

/**
 * The current time in whole Unix seconds.
 *
 * @example
 * ```ts
 * unixNow(); // 1768473000
 * ```
 */
export function unixNow(): number {
  return Math.floor(Date.now() / 1000);
}

/**
 * A flag's instant in whole Unix seconds: digits are Unix seconds, anything else an ISO 8601 instant with a zone.
 *
 * @throws {SpikeKitError} `INVALID_DATE` naming the flag and both accepted forms.
 * @example
 * ```ts
 * unixSeconds('2026-01-15T10:30:00Z', '--now'); // 1768473000
 * unixSeconds('1768473000', '--timestamp');     // 1768473000
 * ```
 */
export function unixSeconds(value: string, flag: string): number {
  if (/^\d{1,12}$/.test(value)) return Number(value);
  try {
    return Math.floor(toEpochMs(value, flag) / 1000);
  } catch {
    throw new SpikeKitError(
      'INVALID_DATE',
      `${flag} must be Unix seconds (1768473000) or an ISO 8601 instant with a zone (2026-01-15T10:30:00Z), got ${JSON.stringify(value)}.`,
      { option: flag.replace(/^--/, '') },
    );
  }
}

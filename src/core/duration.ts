import { invalid as invalidValue, type SpikeKitError } from './errors.ts';

/**
 * A span of time: milliseconds as a number, or a string such as `'500ms'`, `'5s'`, `'1m'`, `'2h'`, `'1d'`, or a
 * sum like `'1h30m'`.
 */
export type Duration = number | `${number}${DurationUnit}` | (string & {});

/** The units a {@link Duration} string may use. */
export type DurationUnit = 'ms' | 's' | 'm' | 'h' | 'd';

const UNIT_MS: Readonly<Record<DurationUnit, number>> = {
  ms: 1,
  s: 1000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
};
const PART = /(\d+(?:\.\d+)?)(ms|s|m|h|d)/y;

/** The longest duration the kit accepts anywhere: one year. Longer spans are typos or hostile input. */
export const MAX_DURATION_MS = 365 * UNIT_MS.d;

/**
 * Converts a {@link Duration} to whole milliseconds (a fraction of a millisecond is rounded, on purpose).
 *
 * @throws {SpikeKitError} `INVALID_DURATION` for negative, non-finite, unparsable or non-duration input, and for
 *   anything longer than {@link MAX_DURATION_MS} (one year).
 * @example
 * ```ts
 * toMs('1m');    // 60000
 * toMs('1h30m'); // 5400000
 * toMs(250);     // 250
 * ```
 */
export function toMs(duration: Duration): number {
  if (typeof duration === 'number') {
    if (Number.isFinite(duration) && duration >= 0 && duration <= MAX_DURATION_MS)
      return Math.round(duration);
    throw invalid(duration);
  }
  if (typeof duration !== 'string') throw invalid(duration);
  const text = duration.trim();
  if (text === '') throw invalid(duration);
  let total = 0;
  PART.lastIndex = 0;
  while (PART.lastIndex < text.length) {
    const start = PART.lastIndex;
    const match = PART.exec(text);
    if (match === null || match.index !== start) throw invalid(duration);
    total += Number(match[1]) * UNIT_MS[match[2] as DurationUnit];
    if (!(total <= MAX_DURATION_MS)) throw invalid(duration);
  }
  return Math.round(total);
}

/**
 * Formats milliseconds for humans, using the largest units that divide evenly: `formatMs(90_000)` is `'1m30s'`.
 * Any finite number is accepted on purpose (it only describes a span): a fraction is rounded, a negative span is
 * written with a `-`, and a huge one in (many) days.
 *
 * @throws {SpikeKitError} `INVALID_DURATION` for anything but a finite number.
 * @example
 * ```ts
 * formatMs(2_160_000); // '36m'
 * formatMs(5_000);     // '5s'
 * formatMs(0);         // '0s'
 * ```
 */
export function formatMs(ms: number): string {
  if (typeof ms !== 'number' || !Number.isFinite(ms)) {
    throw invalidValue('INVALID_DURATION', 'formatMs(ms)', 'a finite number of milliseconds', ms);
  }
  if (ms === 0) return '0s';
  const sign = ms < 0 ? '-' : '';
  let rest = Math.abs(Math.round(ms));
  let out = '';
  for (const unit of ['d', 'h', 'm', 's', 'ms'] as const) {
    const size = UNIT_MS[unit];
    if (rest >= size) {
      out += `${Math.floor(rest / size)}${unit}`;
      rest %= size;
    }
  }
  return sign + out;
}

function invalid(duration: unknown): SpikeKitError {
  return invalidValue(
    'INVALID_DURATION',
    'A duration',
    "a number of milliseconds from 0 to one year, or a string such as '500ms', '5s', '1m', '2h', '1d' or '1h30m'",
    duration,
    { details: { duration } },
  );
}

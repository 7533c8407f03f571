// Time helpers of the health generators. A local day is identified by its day number: days since 1970-01-01 in
// the user's local time. Times inside a day are elapsed seconds from its local midnight (its first instant),
// possibly negative (the evening before) or past the day's length (the morning after). A day lasts 24 hours in a
// fixed-offset zone; in an IANA zone (`time-zone.ts`) a daylight-saving change makes it 23 or 25 hours, and a
// trip to another zone shorter or longer still: `DayModel.lengthS` says. The helpers below taking an offset are
// for fixed offsets; `LocalClock` writes wall-clock times across offset changes (skipping or repeating an hour).

import { clockTables, isoDate } from '../core/iso-time.ts';

/** Seconds in a day. */
export const DAY_S = 86_400;
/** Milliseconds in a day. */
export const DAY_MS = 86_400_000;

/**
 * The local day number of an instant for a UTC offset in seconds.
 *
 * @example
 * ```ts
 * isoDate(localDayOf(Date.parse('2026-01-15T23:30:00Z'), 3600)); // '2026-01-16'
 * ```
 */
export function localDayOf(ms: number, offsetSec: number): number {
  return Math.floor((ms + offsetSec * 1000) / DAY_MS);
}

/**
 * Day of the week of a day number, Monday = 0 ... Sunday = 6 (1970-01-01 was a Thursday).
 *
 * @example
 * ```ts
 * weekdayOf(0); // 3: Thursday
 * ```
 */
export function weekdayOf(dayNo: number): number {
  return (((dayNo + 3) % 7) + 7) % 7;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The day number of a `YYYY-MM-DD` date, or `undefined` when it is not a valid date.
 *
 * @example
 * ```ts
 * dayNoOf('2026-01-15'); // 20468
 * dayNoOf('2026-02-30'); // undefined
 * ```
 */
export function dayNoOf(date: string): number | undefined {
  const match = ISO_DATE.exec(date);
  if (match === null) return undefined;
  const ms = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  const dayNo = ms / DAY_MS;
  return isoDate(dayNo) === date ? dayNo : undefined;
}

/**
 * Writes local date-times `YYYY-MM-DDThh:mm:ss` for second offsets from the local midnight of one day, from
 * cached tables (these strings are the bulk of an intraday payload).
 *
 * @example
 * ```ts
 * const clock = new LocalClock(dayNoOf('2026-01-15')!);
 * clock.at(3_661);  // '2026-01-15T01:01:01'
 * clock.at(-3_600); // '2026-01-14T23:00:00'
 * ```
 */
export class LocalClock {
  readonly dayNo: number;
  /** `[fromSec, wallShiftSec, ...]`: from `fromSec` on, the wall clock reads `wallShiftSec` more (empty: none). */
  readonly #shifts: readonly number[];
  #dates: Map<number, string> | undefined;
  readonly #minutes: readonly string[];
  readonly #seconds: readonly string[];
  readonly #today: string;

  /**
   * @param shifts offset changes around the day as `[fromSec, wallShiftSec, ...]` in time order: from `fromSec`
   * (seconds from this day's first instant) on, the local clock is `wallShiftSec` ahead of the elapsed time
   * (+3600 after a spring-forward change, -3600 after a fall-back one); before the first entry it is not shifted.
   */
  constructor(dayNo: number, shifts: readonly number[] = []) {
    this.dayNo = dayNo;
    this.#shifts = shifts;
    this.#today = isoDate(dayNo);
    const { minutes, seconds } = clockTables();
    this.#minutes = minutes;
    this.#seconds = seconds;
  }

  /** The local date-time `sec` elapsed seconds after this day's first instant (any whole number of seconds). */
  at(elapsedSec: number): string {
    let sec = elapsedSec;
    const shifts = this.#shifts;
    if (shifts.length > 0) {
      let shift = 0;
      for (let i = 0; i < shifts.length && (shifts[i] as number) <= elapsedSec; i += 2)
        shift = shifts[i + 1] as number;
      sec += shift;
    }
    if (sec >= 0 && sec < DAY_S) {
      const minute = (sec / 60) | 0;
      return this.#today + (this.#minutes[minute] as string) + (this.#seconds[sec - minute * 60] as string);
    }
    const dayOffset = Math.floor(sec / DAY_S);
    const inDay = sec - dayOffset * DAY_S;
    const minute = Math.floor(inDay / 60);
    return (
      this.date(dayOffset) +
      (this.#minutes[minute] as string) +
      (this.#seconds[inDay - minute * 60] as string)
    );
  }

  /** `YYYY-MM-DD` of this day plus `offset` days. */
  date(offset = 0): string {
    if (offset === 0) return this.#today;
    this.#dates ??= new Map();
    let date = this.#dates.get(offset);
    if (date === undefined) {
      date = isoDate(this.dayNo + offset);
      this.#dates.set(offset, date);
    }
    return date;
  }
}

/**
 * Writes RFC 3339 UTC instants to the second (`2025-04-15T09:30:00Z`), working out each date's `YYYY-MM-DD` only
 * once: use one for a batch of instants that share a few dates.
 *
 * @example
 * ```ts
 * const utc = new UtcClock();
 * utc.seconds(Date.parse('2025-04-15T09:30:00.900Z')); // '2025-04-15T09:30:00Z'
 * ```
 */
export class UtcClock {
  /** UTC is the local time of offset 0: a local clock of the epoch's day writes any instant. */
  readonly #clock = new LocalClock(0);

  /** `YYYY-MM-DDThh:mm:ssZ` of an instant (epoch ms), truncated to the second. */
  seconds(ms: number): string {
    return `${this.#clock.at(Math.floor(ms / 1000))}Z`;
  }
}

// Time helpers of the health generators. A local day is identified by its day number: days since 1970-01-01 in
// the user's local time. Times inside a day are elapsed seconds from its local midnight (its first instant),
// possibly negative (the evening before) or past the day's length (the morning after). A day lasts 24 hours in a
// fixed-offset zone; in an IANA zone (`time-zone.ts`) a daylight-saving change makes it 23 or 25 hours, and a
// trip to another zone shorter or longer still: `DayModel.lengthS` says. The helpers below taking an offset are
// for fixed offsets; `LocalClock` writes wall-clock times across offset changes (skipping or repeating an hour).

/** Seconds in a day. */
export const DAY_S = 86_400;
/** Milliseconds in a day. */
export const DAY_MS = 86_400_000;

/** `00` to `99`: month, day and clock fields. */
const TWO_DIGITS = Array.from({ length: 100 }, (_, n) => String(n).padStart(2, '0'));
/** `000` to `999`: milliseconds, and nanoseconds three digits at a time. */
const THREE_DIGITS = Array.from({ length: 1000 }, (_, n) => String(n).padStart(3, '0'));

/** `n` zero-padded to `width` digits (tables for the usual whole numbers). */
function padded(n: number, width: 3 | 6): string {
  if (Number.isInteger(n) && n >= 0 && n < 10 ** width) {
    return width === 3
      ? (THREE_DIGITS[n] as string)
      : (THREE_DIGITS[Math.floor(n / 1000)] as string) + (THREE_DIGITS[n % 1000] as string);
  }
  return String(n).padStart(width, '0');
}

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

/**
 * `YYYY-MM-DD` of a day number (proleptic Gregorian calendar, no `Date`).
 *
 * @example
 * ```ts
 * isoDate(20468); // '2026-01-15'
 * ```
 */
export function isoDate(dayNo: number): string {
  // Howard Hinnant's civil_from_days.
  const z = dayNo + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return `${year}-${TWO_DIGITS[month]}-${TWO_DIGITS[day]}`;
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

/** `Thh:mm:` of each minute of a day and `ss` of each second of a minute: the pieces of every date-time written. */
interface ClockTables {
  readonly minutes: readonly string[];
  readonly seconds: readonly string[];
}

let tables: ClockTables | undefined;

function clockTables(): ClockTables {
  if (tables === undefined) {
    tables = {
      minutes: Array.from(
        { length: 1440 },
        (_, m) => `T${TWO_DIGITS[Math.floor(m / 60)]}:${TWO_DIGITS[m % 60]}:`,
      ),
      seconds: TWO_DIGITS.slice(0, 60),
    };
  }
  return tables;
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

/** The UTC date and time of an instant to the second, `YYYY-MM-DDThh:mm:ss`, from the clock tables. */
function utcSeconds(ms: number): string {
  const dayNo = Math.floor(ms / DAY_MS);
  const sec = Math.floor((ms - dayNo * DAY_MS) / 1000);
  const minute = Math.floor(sec / 60);
  const { minutes, seconds } = clockTables();
  return isoDate(dayNo) + (minutes[minute] as string) + (seconds[sec - minute * 60] as string);
}

/** The milliseconds of an instant within its second, `000` to `999`. */
function millisOf(ms: number): string {
  const inDay = ms - Math.floor(ms / DAY_MS) * DAY_MS;
  return padded(inDay - Math.floor(inDay / 1000) * 1000, 3);
}

/**
 * ISO 8601 UTC with milliseconds, `2026-01-15T10:21:07.512Z` (as `Date#toISOString`, from tables).
 *
 * @example
 * ```ts
 * isoUtc(0); // '1970-01-01T00:00:00.000Z'
 * ```
 */
export function isoUtc(ms: number): string {
  return `${utcSeconds(ms)}.${millisOf(ms)}Z`;
}

/**
 * RFC 3339 UTC with nanoseconds: the instant's milliseconds followed by six more digits, `...55.271331177Z`.
 *
 * @example
 * ```ts
 * rfc3339Nanos(Date.parse('2025-04-15T13:33:55.271Z'), 331_177); // '2025-04-15T13:33:55.271331177Z'
 * ```
 */
export function rfc3339Nanos(ms: number, subMillisecondNanos: number): string {
  return `${utcSeconds(ms)}.${millisOf(ms)}${padded(Math.trunc(subMillisecondNanos), 6)}Z`;
}

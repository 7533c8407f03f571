// ISO 8601 date-times written from tables (no `Date`, no number formatting): the strings that are the bulk of
// intraday payloads and every timestamp the generators write.

const DAY_MS = 86_400_000;

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
 * `YYYY-MM-DD` of a day number (proleptic Gregorian calendar, no `Date`).
 *
 * @example
 * ```ts
 * isoDate(20468); // '2026-01-15'
 * ```
 */
export function isoDate(dayNo: number): string {
  // The dates of the last days asked for are kept (a direct-mapped cache: a payload's instants share a few days).
  const slot = dayNo & 63;
  if (cachedDays[slot] === dayNo) return cachedDates[slot] as string;
  const date = civilDate(dayNo);
  cachedDays[slot] = dayNo;
  cachedDates[slot] = date;
  return date;
}
const cachedDays = Array.from({ length: 64 }, () => Number.NaN);
const cachedDates = Array.from({ length: 64 }, () => '');

function civilDate(dayNo: number): string {
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

/** `Thh:mm:` of each minute of a day and `ss` of each second of a minute: the pieces of every date-time written. */
export interface ClockTables {
  readonly minutes: readonly string[];
  readonly seconds: readonly string[];
}

let tables: ClockTables | undefined;

/** The tables of the clock fields (built on first use). */
export function clockTables(): ClockTables {
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
  // Years 1000 to 9999 have four digits; outside, `toISOString` says how it writes them (and refuses what it must).
  if (!(ms >= MIN_TABLE_MS && ms < MAX_TABLE_MS)) return new Date(ms).toISOString();
  return `${utcSeconds(ms)}.${millisOf(ms)}Z`;
}
const MIN_TABLE_MS = Date.UTC(1000, 0, 1);
const MAX_TABLE_MS = Date.UTC(10_000, 0, 1);

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

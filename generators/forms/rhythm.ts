import type { FormKind } from '../../src/schemas/forms/index.ts';

// When people submit forms: a day-and-week rhythm in their own time zone. Office forms (contact, demo request,
// support ticket, job application) fill up on weekday working hours; newsletter sign-ups, feedback and event
// registrations in the evening; few at night, fewer at the weekend. A series follows the rhythm through an
// activity clock: its submissions are evenly spaced in activity, so busy hours get more of them.

/** The daily rhythm of a form kind. */
export type Rhythm = 'office' | 'evening';

/** The rhythm of each kind. */
export const kindRhythms: Readonly<Record<FormKind, Rhythm>> = {
  contact: 'office',
  'demo-request': 'office',
  'support-ticket': 'office',
  'job-application': 'office',
  newsletter: 'evening',
  feedback: 'evening',
  'event-registration': 'evening',
};

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;

/** Relative submission rates per local hour (0-23): weekdays, then weekend days. */
const HOURLY: Readonly<Record<Rhythm, readonly [weekday: readonly number[], weekend: readonly number[]]>> = {
  office: [
    [
      0.15, 0.08, 0.05, 0.05, 0.06, 0.12, 0.3, 0.8, 1.8, 2.6, 2.8, 2.6, 2.0, 2.4, 2.6, 2.4, 2.0, 1.5, 1.0,
      0.8, 0.7, 0.55, 0.4, 0.25,
    ],
    [
      0.12, 0.07, 0.04, 0.04, 0.04, 0.06, 0.12, 0.25, 0.45, 0.65, 0.75, 0.8, 0.8, 0.8, 0.75, 0.7, 0.65, 0.6,
      0.6, 0.6, 0.55, 0.45, 0.3, 0.2,
    ],
  ],
  evening: [
    [
      0.3, 0.15, 0.08, 0.05, 0.05, 0.1, 0.35, 0.7, 0.9, 1.0, 1.0, 1.1, 1.3, 1.1, 1.0, 1.0, 1.1, 1.4, 1.8, 2.3,
      2.6, 2.4, 1.7, 0.8,
    ],
    [
      0.35, 0.2, 0.1, 0.06, 0.04, 0.06, 0.12, 0.28, 0.55, 0.8, 0.95, 1.05, 1.05, 1.05, 0.95, 0.95, 0.95, 1.05,
      1.2, 1.5, 1.75, 1.6, 1.2, 0.65,
    ],
  ],
};

/** How much quieter a weekend day is than its curve says (the weekend dip). */
const WEEKEND = 0.75;

/**
 * Rates of the 168 hours of a local week (index `weekday * 24 + hour`, Sunday 0), scaled to a mean of 1: a week
 * of activity is a week.
 */
function weekRates(rhythm: Rhythm): Float64Array {
  const [weekday, weekend] = HOURLY[rhythm];
  const rates = new Float64Array(168);
  for (let i = 0; i < 168; i++) {
    const day = Math.floor(i / 24);
    rates[i] = day === 0 || day === 6 ? (weekend[i % 24] as number) * WEEKEND : (weekday[i % 24] as number);
  }
  const mean = rates.reduce((sum, rate) => sum + rate, 0) / 168;
  for (let i = 0; i < 168; i++) rates[i] = (rates[i] as number) / mean;
  return rates;
}
const RATES: Readonly<Record<Rhythm, Float64Array>> = {
  office: weekRates('office'),
  evening: weekRates('evening'),
};
/** Per rhythm, {@link ActivityClock.margin}: the busiest hour's rate, rounded up, plus one. */
const MARGINS: Readonly<Record<Rhythm, number>> = {
  office: Math.ceil(Math.max(...RATES.office)) + 1,
  evening: Math.ceil(Math.max(...RATES.evening)) + 1,
};

/** The hour of the week (Sunday 00:00 is 0) of a local time given as ms since the epoch's local midnight. */
function weekHour(localMs: number): number {
  const hours = Math.floor(localMs / HOUR);
  const day = Math.floor(hours / 24);
  return ((((day + 4) % 7) + 7) % 7) * 24 + (((hours % 24) + 24) % 24); // 1970-01-01 was a Thursday
}

/**
 * How busy a rhythm is at `ms` for someone `offsetMs` ahead of UTC (1 is the weekly mean).
 *
 * @example
 * ```ts
 * rateAt('office', Date.parse('2026-01-14T10:00:00Z'), 3_600_000); // about 2.3 (11:00 on a Wednesday in Berlin)
 * ```
 */
export function rateAt(rhythm: Rhythm, ms: number, offsetMs: number): number {
  return RATES[rhythm][weekHour(ms + offsetMs)] as number;
}

/**
 * A clock that runs at the rhythm's pace in one time zone (at its UTC offset at the series' end: a change to or
 * from summer time within a series is not followed, so the clock stays exactly periodic and monotonic).
 */
export class ActivityClock {
  readonly rhythm: Rhythm;
  readonly offsetMs: number;
  /** The least activity between two submissions that keeps their real times 1 ms apart or more. */
  readonly margin: number;
  readonly #rates: Float64Array;

  constructor(rhythm: Rhythm, offsetMs: number) {
    this.rhythm = rhythm;
    this.offsetMs = offsetMs;
    this.#rates = RATES[rhythm];
    this.margin = MARGINS[rhythm];
  }

  /**
   * The moment `activity` ms of activity before `endMs` (whole ms, rounded down): `activity` in a busy hour is
   * a short time, in a quiet one a long time. Strictly decreasing for steps of {@link margin} or more.
   *
   * @example
   * ```ts
   * new ActivityClock('office', 3_600_000).before(Date.parse('2026-01-15T10:30:00Z'), 3_600_000);
   * ```
   */
  before(endMs: number, activity: number): number {
    const weeks = Math.floor(activity / WEEK);
    let left = activity - weeks * WEEK;
    let t = endMs + this.offsetMs - weeks * WEEK;
    let cell = Math.floor(t / HOUR) * HOUR;
    for (;;) {
      const rate = this.#rates[weekHour(cell)] as number;
      const available = (t - cell) * rate;
      if (left <= available) {
        t -= left / rate;
        break;
      }
      left -= available;
      t = cell;
      cell -= HOUR;
    }
    return Math.floor(t) - this.offsetMs;
  }
}

/** Per IANA zone: its formatter and the offsets asked for so far, by UTC hour (numbers: no key to build). */
const zoneOffsets = new Map<
  string,
  { readonly format: Intl.DateTimeFormat; readonly byHour: Map<number, number> }
>();

/**
 * The UTC offset of an IANA time zone at `ms`, from `Intl.DateTimeFormat` (no offset tables of our own), asked once
 * per zone and UTC hour.
 *
 * @example
 * ```ts
 * utcOffsetMs('Europe/Berlin', Date.parse('2026-01-15T10:30:00Z')); // 3_600_000
 * utcOffsetMs('Asia/Kolkata', Date.parse('2026-01-15T10:30:00Z')); // 19_800_000
 * ```
 */
export function utcOffsetMs(timeZone: string, ms: number): number {
  let zone = zoneOffsets.get(timeZone);
  if (zone === undefined) {
    zone = {
      format: new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' }),
      byHour: new Map(),
    };
    zoneOffsets.set(timeZone, zone);
  }
  const hour = Math.floor(ms / HOUR);
  const cached = zone.byHour.get(hour);
  if (cached !== undefined) return cached;
  const name = zone.format.formatToParts(ms).find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  const offset =
    match === null ? 0 : (match[1] === '-' ? -1 : 1) * (Number(match[2]) * HOUR + Number(match[3]) * 60_000);
  if (zone.byHour.size > 10_000) zone.byHour.clear();
  zone.byHour.set(hour, offset);
  return offset;
}

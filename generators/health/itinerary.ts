// Where a person is on each local day: at home, or on a trip in another time zone. A trip's zone applies from the
// local midnight starting its first day to the home midnight starting the day back, so the day before a switch is
// shorter (eastward) or longer (westward) than 24 hours by the shift, and `timezone_offset` changes mid-series.
// Jet lag follows from the switches: the body clock re-entrains about an hour per day eastward and an hour and a
// half westward (Waterhouse et al., Lancet 2007; Eastman & Burgess, Sleep Med. Clin. 2009).

import { SpikeKitError } from '../../src/core/index.ts';
import { isoDate } from '../core/iso-time.ts';
import { roundHalfUp } from '../core/round-half-up.ts';
import { hash01, hash32 } from './noise.ts';
import { DAY_MS } from './time.ts';
import { ianaZone, type OffsetChange, type TimeZone } from './time-zone.ts';

/** A trip: local days `from` (inclusive) to `to` (exclusive, the first day back home), in `timeZone`. */
export interface Trip {
  /** `YYYY-MM-DD`: the first local day in the trip's zone. */
  readonly from: string;
  /** `YYYY-MM-DD`: the first local day back in the home zone. */
  readonly to: string;
  /** IANA time zone of the destination. */
  readonly timeZone: string;
}

/** A persona's travel habit (a table field): trips drawn per person from the seed. */
export interface TravelHabit {
  /**
   * Share of the persona's people who travel at all, 0..1 (default 1); the others never leave home. A person's
   * share is drawn once from the seed, so a traveller is one in every year of the series.
   */
  readonly share?: number;
  /** Destinations, IANA zones. */
  readonly timeZones: readonly string[];
  /** Trips a year of a traveller, on average. */
  readonly tripsPerYear: number;
  /** Shortest and longest trip, days. */
  readonly days: readonly [number, number];
}

/** A trip resolved to day numbers. */
interface DayTrip {
  readonly fromDay: number;
  readonly toDay: number;
  readonly zone: TimeZone;
}

/** Days per planning period of drawn travel: at most one trip starts in each. */
const PERIOD = 56;

/** Re-entrainment rates, hours of shift absorbed per day (eastward: phase advance; westward: phase delay). */
const EAST_H_PER_DAY = 1;
const WEST_H_PER_DAY = 1.5;

/** Days of history the jet-lag sum reads (enough to absorb any shift). */
const LAG_DAYS = 16;

/**
 * The shortest local day a switch of zone may leave, ms. A trip 24 hours or more ahead of the zone before it (across
 * the date line) would make the day before the switch last no time or less; one 23 hours ahead leaves under an hour,
 * too short to hold one 15-minute block. Given trips that do so are rejected, drawn ones are not drawn.
 */
export const MIN_DAY_MS = 3_600_000;

/**
 * Throws `INVALID_DATE` for a local day shorter than {@link MIN_DAY_MS}: one a zone's own clocks skip (Pacific/Apia
 * went from UTC-10 to UTC+14 at the end of 2011-12-29, so 2011-12-30 never happened there). Trips cannot cause one
 * (they are checked when given and not drawn).
 */
export function checkDayLength(dayNo: number, lengthMs: number, zone: TimeZone): void {
  if (lengthMs >= MIN_DAY_MS) return;
  const hours = roundHalfUp((lengthMs / 3_600_000) * 100) / 100;
  throw new SpikeKitError(
    'INVALID_DATE',
    `Local day ${isoDate(dayNo)} lasts ${hours} h in ${zone.id}: its clocks skip (almost) all of it. The day model needs local days of at least ${MIN_DAY_MS / 3_600_000} h: choose a refDate or series that does not reach that day, or another timeZone.`,
    { date: isoDate(dayNo), timeZone: zone.id, lengthMs, minDayMs: MIN_DAY_MS },
  );
}

/** A local day a switch of zone leaves too short: its day number and its length, ms (0 or negative: none). */
export interface ShortDay {
  readonly dayNo: number;
  readonly lengthMs: number;
}

/**
 * The first day before a switch of zone (leaving home, coming back, or between adjacent trips) that would last
 * less than {@link MIN_DAY_MS}, if any.
 *
 * @example
 * ```ts
 * shortSwitchDay(ianaZone('Pacific/Honolulu'), [{ fromDay: 20_583, toDay: 20_590, timeZone: 'Pacific/Kiritimati' }]);
 * // { dayNo: 20_582, lengthMs: 0 }: Kiritimati is 24 hours ahead of Honolulu
 * ```
 */
export function shortSwitchDay(
  home: TimeZone,
  trips: readonly { fromDay: number; toDay: number; timeZone: string }[],
): ShortDay | undefined {
  const itinerary = new Itinerary(home, trips, undefined, 0);
  for (const t of trips) {
    for (const dayNo of [t.fromDay - 1, t.toDay - 1]) {
      const lengthMs = itinerary.dayStartMs(dayNo + 1) - itinerary.dayStartMs(dayNo);
      if (lengthMs < MIN_DAY_MS) return { dayNo, lengthMs };
    }
  }
  return undefined;
}

/** What an itinerary drawn from a habit has worked out: trips per period and jet lag per day. */
interface DrawnState {
  readonly drawn: Map<number, DayTrip | null>;
  readonly lags: Map<number, number>;
}

/**
 * The drawn states by habit, then home zone and salt: every call of `generate` builds its people afresh, and the
 * same person (same habit, home and salt) draws the same trips, so they are worked out once. Pure functions of the
 * key, so sharing them cannot change any output; at most {@link SHARED_PEOPLE} people per habit and home zone are kept.
 */
const sharedStates = new WeakMap<TravelHabit, Map<string, Map<number, DrawnState>>>();
const SHARED_PEOPLE = 1024;

function drawnState(habit: TravelHabit, home: TimeZone, salt: number): DrawnState {
  let byZone = sharedStates.get(habit);
  if (byZone === undefined) {
    byZone = new Map();
    sharedStates.set(habit, byZone);
  }
  // By zone id, then salt (a number key: no key string to build and hash per person).
  let byPerson = byZone.get(home.id);
  if (byPerson === undefined) {
    byPerson = new Map();
    byZone.set(home.id, byPerson);
  }
  let state = byPerson.get(salt);
  if (state === undefined) {
    if (byPerson.size >= SHARED_PEOPLE) byPerson.clear();
    state = { drawn: new Map(), lags: new Map() };
    byPerson.set(salt, state);
  }
  return state;
}

/**
 * A person's whereabouts by local day: a home zone and trips (given, or drawn from a travel habit), with the local
 * midnights, offsets and offset changes they imply.
 */
export class Itinerary {
  readonly home: TimeZone;
  readonly #given: readonly DayTrip[] | undefined;
  readonly #habit: TravelHabit | undefined;
  readonly #salt: number;
  /** Drawn trips by planning period (shared by the same person's itineraries, see {@link drawnState}). */
  readonly #drawn: Map<number, DayTrip | null>;
  /** Jet lag by day, once computed (each evening of a week's state asks for the days before it again). */
  readonly #lags: Map<number, number>;

  /**
   * @param trips given trips with day numbers (they replace the drawn ones)
   * @param habit the persona's travel habit, drawn with `salt` when no trips are given
   */
  constructor(
    home: TimeZone,
    trips: readonly { fromDay: number; toDay: number; timeZone: string }[] | undefined,
    habit: TravelHabit | undefined,
    salt: number,
  ) {
    this.home = home;
    this.#given = trips?.map((t) => ({ fromDay: t.fromDay, toDay: t.toDay, zone: ianaZone(t.timeZone) }));
    // A person outside the habit's share never travels (and pays nothing for the habit).
    this.#habit = habit !== undefined && hash01(salt ^ 0x50, 0) < (habit.share ?? 1) ? habit : undefined;
    this.#salt = salt;
    const shared = this.#given === undefined && this.#habit !== undefined;
    const state = shared ? drawnState(this.#habit as TravelHabit, home, salt) : undefined;
    this.#drawn = state?.drawn ?? new Map();
    this.#lags = state?.lags ?? new Map();
  }

  /** Whether the person ever leaves home (else every answer is the home zone's). */
  get travels(): boolean {
    return this.#given !== undefined ? this.#given.length > 0 : this.#habit !== undefined;
  }

  /** The zone of local day `dayNo`. */
  zoneOf(dayNo: number): TimeZone {
    if (this.#given !== undefined) {
      for (const t of this.#given) if (dayNo >= t.fromDay && dayNo < t.toDay) return t.zone;
      return this.home;
    }
    if (this.#habit === undefined) return this.home;
    const trip = this.#drawnTrip(Math.floor(dayNo / PERIOD));
    return trip !== null && dayNo >= trip.fromDay && dayNo < trip.toDay ? trip.zone : this.home;
  }

  /**
   * Whether the person is at home from two days before local day `dayNo` to two days after (so any instant near that
   * day has the home zone's offset, whichever local day it falls on).
   */
  homeAround(dayNo: number): boolean {
    return !this.travels || this.#homeThroughout(dayNo - 2, dayNo + 2);
  }

  /** Whether days `from` to `to` (inclusive) are all spent at home (a quick test on the drawn periods). */
  #homeThroughout(from: number, to: number): boolean {
    if (this.#given !== undefined) {
      for (const t of this.#given) if (t.fromDay <= to && t.toDay > from) return false;
      return true;
    }
    for (let p = Math.floor(from / PERIOD); p <= Math.floor(to / PERIOD); p++) {
      const trip = this.#drawnTrip(p);
      if (trip !== null && trip.fromDay <= to && trip.toDay > from) return false;
    }
    return true;
  }

  /** The trip drawn for a planning period, or null (stateless: hashed from the salt and the period). */
  #drawnTrip(period: number): DayTrip | null {
    let trip = this.#drawn.get(period);
    if (trip === undefined) {
      const h = this.#habit as TravelHabit;
      trip = null;
      if (hash01(this.#salt, period) < (h.tripsPerYear * PERIOD) / 365) {
        const [shortest, longest] = h.days;
        const days = shortest + (hash32(this.#salt ^ 0x51, period) % (longest - shortest + 1));
        const start = period * PERIOD + (hash32(this.#salt ^ 0x52, period) % (PERIOD - days - 1));
        const zone = ianaZone(h.timeZones[hash32(this.#salt ^ 0x53, period) % h.timeZones.length] as string);
        // A destination 23 hours or more ahead of home (or home of it) would leave a switch day under an hour: the
        // trip is not made (the day before each switch is home's, then the trip's).
        const out = zone.dayStartMs(start) - this.home.dayStartMs(start - 1);
        const back = this.home.dayStartMs(start + days) - zone.dayStartMs(start + days - 1);
        if (out >= MIN_DAY_MS && back >= MIN_DAY_MS) trip = { fromDay: start, toDay: start + days, zone };
      }
      this.#drawn.set(period, trip);
    }
    return trip;
  }

  /** The first instant (epoch ms) of local day `dayNo`, in the zone of that day. */
  dayStartMs(dayNo: number): number {
    return this.zoneOf(dayNo).dayStartMs(dayNo);
  }

  /**
   * Offset changes with `fromMs <= atMs < toMs`: the zones' own and the switches at the local midnights where a
   * trip begins or ends. `dayOf` gives the local day of an instant.
   */
  changesBetween(fromMs: number, toMs: number, dayOf: (ms: number) => number): readonly OffsetChange[] {
    // At home on every local day the span touches (each within a day of its UTC day): the home zone's changes.
    if (
      !this.travels ||
      this.#homeThroughout(Math.floor(fromMs / DAY_MS) - 1, Math.floor((toMs - 1) / DAY_MS) + 1)
    )
      return this.home.changesBetween(fromMs, toMs);
    const first = dayOf(fromMs);
    const last = dayOf(toMs - 1);
    const out: OffsetChange[] = [];
    let offset = this.zoneOf(first).offsetAt(fromMs);
    for (let d = first; d <= last; d++) {
      const zone = this.zoneOf(d);
      const start = Math.max(fromMs, this.dayStartMs(d));
      const end = Math.min(toMs, this.dayStartMs(d + 1));
      const atStart = zone.offsetAt(start);
      if (atStart !== offset) out.push({ atMs: start, offsetSec: atStart });
      for (const c of zone.changesBetween(start, end)) out.push(c);
      offset = zone.offsetAt(end - 1);
    }
    return out;
  }

  /**
   * Hours the body clock is behind the local clock on day `dayNo` (positive after flying east, negative after
   * flying west), from the zone switches of the days before: each adds its shift, and the rest decays by the
   * re-entrainment rate each day.
   */
  jetLagHours(dayNo: number): number {
    if (!this.travels || this.#homeThroughout(dayNo - LAG_DAYS, dayNo)) return 0;
    const known = this.#lags.get(dayNo);
    if (known !== undefined) return known;
    // Day by day from 0 at the window's start: each day re-entrains (by one day's rate), then adds the switch at its
    // midnight, if any. Between switches the days only re-entrain, so only the switch days are visited.
    const first = dayNo - LAG_DAYS + 1;
    let lag = 0;
    let last = first - 1;
    for (const d of this.#switchDays(first, dayNo)) {
      lag = reentrain(lag, d - last);
      last = d;
      const before = this.zoneOf(d - 1);
      const next = this.zoneOf(d);
      if (next === before) continue;
      const at = d * DAY_MS;
      // A shift of more than 12 hours re-entrains the shorter way round (14 h east as 10 h west).
      lag = wrapHours(lag + (next.offsetAt(at) - before.offsetAt(at)) / 3600);
    }
    lag = reentrain(lag, dayNo - last);
    this.#lags.set(dayNo, lag);
    return lag;
  }

  /** The days from `from` to `to` (inclusive) on which a trip begins or ends, in order, without repeats. */
  #switchDays(from: number, to: number): number[] {
    const out: number[] = [];
    const add = (trip: DayTrip | null) => {
      if (trip === null) return;
      for (const d of [trip.fromDay, trip.toDay])
        if (d >= from && d <= to && out[out.length - 1] !== d) out.push(d);
    };
    if (this.#given !== undefined) for (const t of this.#given) add(t);
    else for (let p = Math.floor(from / PERIOD); p <= Math.floor(to / PERIOD); p++) add(this.#drawnTrip(p));
    return out;
  }
}

/** Jet lag after `days` days of re-entraining (toward 0 at each direction's rate, never past it). */
function reentrain(lag: number, days: number): number {
  if (days <= 0 || lag === 0) return lag;
  return lag > 0 ? Math.max(0, lag - EAST_H_PER_DAY * days) : Math.min(0, lag + WEST_H_PER_DAY * days);
}

/** Hours wrapped into (-12, 12]. */
function wrapHours(h: number): number {
  const wrapped = h - 24 * roundHalfUp(h / 24);
  return wrapped === -12 ? 12 : wrapped;
}

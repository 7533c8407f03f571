import { roundHalfUp } from '../core/round-half-up.ts';
import { DAY_MS, LocalClock } from './time.ts';
import type { OffsetChange } from './time-zone.ts';

/** What a day's local time reads of its person: where local days begin, and the UTC offsets in force. */
export interface DayTimeOwner {
  dayStartMs(dayNo: number): number;
  offsetAt(ms: number): number;
  offsetChanges(fromMs: number, toMs: number): readonly OffsetChange[];
}

/**
 * One local day of a person as time: its bounds, its length (23, 24 or 25 hours, more or less on a travel day),
 * the UTC offsets in force during it, and the clock that writes its local date-times (the base of `DayModel`).
 *
 * @example
 * ```ts
 * const home = { id: 'office-worker', timeZone: 'America/New_York', trips: [] } as const;
 * healthUser({ seed: 7, persona: home }).day('2026-03-08').lengthS; // 82800: clocks go forward
 * ```
 */
export class DayTime {
  /** Local day number (days since 1970-01-01 in local time). */
  readonly dayNo: number;
  /** The local midnight starting this day, epoch ms. */
  readonly startMs: number;
  /**
   * Elapsed seconds of this day, from its local midnight to the next: 86 400, or 82 800 / 90 000 on a
   * daylight-saving change (more or less on a day spent travelling across zones).
   */
  readonly lengthS: number;
  /** Minutes of this day ({@link DayTime.lengthS} / 60): the length of every per-minute series. */
  readonly lengthMin: number;
  /** 15-minute activity blocks of this day ({@link DayTime.lengthS} / 900). */
  readonly blocks: number;
  readonly #owner: DayTimeOwner;
  #startOffsetSec: number | undefined;
  #shiftList: readonly number[] | undefined;
  #clock: LocalClock | undefined;

  constructor(owner: DayTimeOwner, dayNo: number) {
    this.#owner = owner;
    this.dayNo = dayNo;
    this.startMs = owner.dayStartMs(dayNo);
    this.lengthS = roundHalfUp((owner.dayStartMs(dayNo + 1) - this.startMs) / 1000);
    this.lengthMin = Math.floor(this.lengthS / 60);
    this.blocks = Math.floor(this.lengthS / 900);
  }

  /** The UTC offset at this day's first instant, seconds (a daily record's `timezone_offset`). */
  get startOffsetSec(): number {
    this.#startOffsetSec ??= this.#owner.offsetAt(this.startMs);
    return this.#startOffsetSec;
  }

  /** Offset changes around this day as `[fromSec, offsetSec - startOffsetSec, ...]` (see {@link LocalClock}). */
  get #shifts(): readonly number[] {
    if (this.#shiftList === undefined) {
      const user = this.#owner;
      const base = this.startOffsetSec;
      // The changes from the day before to the day after: the sleeps on either side are written with this clock.
      const from = this.startMs - 2 * DAY_MS;
      const changes = user.offsetChanges(from, this.startMs + this.lengthS * 1000 + 2 * DAY_MS);
      const shifts: number[] = [];
      const before = user.offsetAt(from);
      if (before !== base) shifts.push(Number.NEGATIVE_INFINITY, before - base);
      for (const c of changes) shifts.push((c.atMs - this.startMs) / 1000, c.offsetSec - base);
      this.#shiftList = shifts;
    }
    return this.#shiftList;
  }

  /**
   * The UTC offset in force `sec` seconds after this day's first instant, seconds: a payload's `timezone_offset`
   * is the offset at its record's start (a sample's time, a sleep's bedtime start, a day's local midnight).
   *
   * @example
   * ```ts
   * day.offsetAt(day.sleep.startSec); // the sleep record's timezone_offset
   * ```
   */
  offsetAt(sec: number): number {
    const shifts = this.#shifts;
    let shift = 0;
    for (let i = 0; i < shifts.length && (shifts[i] as number) <= sec; i += 2)
      shift = shifts[i + 1] as number;
    return this.startOffsetSec + shift;
  }

  /** Local date, `YYYY-MM-DD`. */
  get date(): string {
    return this.clock.date();
  }

  /** Writes local date-times for seconds from this day's midnight. */
  get clock(): LocalClock {
    this.#clock ??= new LocalClock(this.dayNo, this.#shifts);
    return this.#clock;
  }

  /**
   * The instant (epoch ms) of a second offset from this day's local midnight.
   *
   * @example
   * ```ts
   * new Date(day.toMs(day.sleep.endSec)); // when the person got up
   * ```
   */
  toMs(sec: number): number {
    return this.startMs + sec * 1000;
  }

  /**
   * The instant (epoch ms) of a local date-time `YYYY-MM-DDThh:mm:ss` this day's clock wrote (the inverse of
   * {@link DayTime.clock}). A time the clock shows twice (the hour repeated when clocks fall back) is the earliest
   * instant not before `notBeforeMs`, so a series read in order comes back in order.
   *
   * @example
   * ```ts
   * day.localToMs(day.clock.at(day.sleep.endSec)) === day.toMs(day.sleep.endSec); // true
   * ```
   */
  localToMs(local: string, notBeforeMs = Number.NEGATIVE_INFINITY): number {
    const n = (from: number, to: number) => Number(local.slice(from, to));
    const wallMs = Date.UTC(n(0, 4), n(5, 7) - 1, n(8, 10), n(11, 13), n(14, 16), n(17, 19));
    const wallSec = (wallMs - this.dayNo * DAY_MS) / 1000;
    const shifts = this.#shifts;
    let best = Number.POSITIVE_INFINITY;
    let fallback = Number.POSITIVE_INFINITY;
    // Each stretch between offset changes: the elapsed time that shows this wall time there, if it lies in it.
    for (let i = -2; i < shifts.length; i += 2) {
      const from = i < 0 ? Number.NEGATIVE_INFINITY : (shifts[i] as number);
      const to = i + 2 < shifts.length ? (shifts[i + 2] as number) : Number.POSITIVE_INFINITY;
      const sec = wallSec - (i < 0 ? 0 : (shifts[i + 1] as number));
      if (sec < from || sec >= to) continue;
      const ms = this.toMs(sec);
      fallback = Math.min(fallback, ms);
      if (ms >= notBeforeMs) best = Math.min(best, ms);
    }
    if (best !== Number.POSITIVE_INFINITY) return best;
    // A wall time the clock skips (or one before the list): read it with the offset at the day's start.
    return fallback !== Number.POSITIVE_INFINITY ? fallback : this.toMs(wallSec);
  }
}

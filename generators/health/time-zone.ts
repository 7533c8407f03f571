// Time zones of the health generators: a fixed UTC offset, or an IANA zone whose offsets and daylight-saving
// transitions come from the platform's `Intl` time-zone data (no hand-written tables). Intl is slow, so an IANA
// zone asks it only to find a year's transitions (once per zone and year, cached for the process); every later
// question (the offset at an instant, a local midnight) is answered from that list.

import { SpikeKitError } from '../../src/core/index.ts';
import { roundHalfUp } from '../core/round-half-up.ts';
import { DAY_MS } from './time.ts';

/** A change of UTC offset: from instant `atMs` (epoch ms) on, the offset is `offsetSec`. */
export interface OffsetChange {
  readonly atMs: number;
  readonly offsetSec: number;
}

/** A time zone: UTC offsets at instants and the local midnights of local days. */
export interface TimeZone {
  /** The IANA name (`Europe/Berlin`), or `UTC+01:00` for a fixed offset. */
  readonly id: string;
  /** The UTC offset in force at an instant (epoch ms), seconds. */
  offsetAt(ms: number): number;
  /**
   * The first instant (epoch ms) of local day `dayNo` (days since 1970-01-01 in local time): its local midnight,
   * or, where a transition skips midnight, the instant the skipped hour ends.
   */
  dayStartMs(dayNo: number): number;
  /** The offset changes with `fromMs <= atMs < toMs`, in time order. */
  changesBetween(fromMs: number, toMs: number): readonly OffsetChange[];
}

const NO_CHANGES: readonly OffsetChange[] = [];

/**
 * A zone that is always `offsetSec` seconds from UTC (no daylight saving).
 *
 * @example
 * ```ts
 * fixedZone(3600).offsetAt(Date.parse('2026-07-01T00:00:00Z')); // 3600
 * ```
 */
export function fixedZone(offsetSec: number): TimeZone {
  const sign = offsetSec < 0 ? '-' : '+';
  const abs = Math.abs(offsetSec) / 60;
  const id = `UTC${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
  return {
    id,
    offsetAt: () => offsetSec,
    dayStartMs: (dayNo) => dayNo * DAY_MS - offsetSec * 1000,
    changesBetween: () => NO_CHANGES,
  };
}

/** The names {@link isTimeZoneName} has accepted (asking `Intl` costs a formatter per question). */
const knownNames = new Set<string>();

/** Whether the platform knows an IANA time-zone name. */
export function isTimeZoneName(name: unknown): name is string {
  if (typeof name !== 'string' || name === '') return false;
  if (knownNames.has(name)) return true;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
  } catch {
    return false;
  }
  knownNames.add(name);
  return true;
}

const zones = new Map<string, TimeZone>();

/**
 * The IANA zone `name` with its daylight-saving rules from `Intl`; throws `INVALID_OPTION` for a name the
 * platform does not know.
 *
 * @example
 * ```ts
 * ianaZone('America/New_York').offsetAt(Date.parse('2026-07-01T12:00:00Z')); // -14400
 * ```
 */
export function ianaZone(name: string): TimeZone {
  let zone = zones.get(name);
  if (zone === undefined) {
    if (!isTimeZoneName(name)) {
      throw new SpikeKitError(
        'INVALID_OPTION',
        `Unknown time zone ${JSON.stringify(name)}: use an IANA time-zone name such as 'Europe/Berlin' or 'America/New_York'.`,
        { timeZone: name },
      );
    }
    zone = new IanaZone(name);
    zones.set(name, zone);
  }
  return zone;
}

/** One UTC year of a zone: its bounds (epoch ms), the offset at its start and its changes. */
interface YearOffsets {
  readonly fromMs: number;
  readonly toMs: number;
  readonly start: number;
  readonly changes: readonly OffsetChange[];
}

/** An IANA zone answered from cached per-year transition lists. */
class IanaZone implements TimeZone {
  readonly id: string;
  readonly #format: Intl.DateTimeFormat;
  /** Per year: the offset in force at the year's first UTC instant, then the year's changes. */
  readonly #years = new Map<number, YearOffsets>();
  /** The year last asked about (most questions are about the same one). */
  #last: YearOffsets | undefined;

  constructor(name: string) {
    this.#format = new Intl.DateTimeFormat('en-US', {
      timeZone: name,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    this.id = this.#format.resolvedOptions().timeZone;
  }

  /** The offset at an instant straight from Intl (slow: only for building the year lists). */
  #intlOffset(ms: number): number {
    const at = Math.floor(ms / 1000) * 1000;
    const f: Record<string, number> = {};
    for (const part of this.#format.formatToParts(at)) {
      if (part.type !== 'literal') f[part.type] = Number(part.value);
    }
    const wall = Date.UTC(f.year as number, (f.month as number) - 1, f.day, f.hour, f.minute, f.second);
    return roundHalfUp((wall - at) / 1000);
  }

  #year(year: number): YearOffsets {
    let entry = this.#years.get(year);
    if (entry === undefined) {
      const from = Date.UTC(year, 0, 1);
      const to = Date.UTC(year + 1, 0, 1);
      const start = this.#intlOffset(from);
      const changes: OffsetChange[] = [];
      let prev = start;
      // Transitions are months apart: sampling every 6 hours finds each, then bisection pins it to the second.
      for (let t = from + 6 * 3_600_000; t <= to; t += 6 * 3_600_000) {
        const off = this.#intlOffset(t);
        if (off === prev) continue;
        let lo = t - 6 * 3_600_000;
        let hi = t;
        while (hi - lo > 1000) {
          const mid = lo + Math.floor((hi - lo) / 2000) * 1000;
          if (this.#intlOffset(mid) === prev) lo = mid;
          else hi = mid;
        }
        if (hi < to) changes.push({ atMs: hi, offsetSec: off });
        prev = off;
      }
      entry = { fromMs: from, toMs: to, start, changes };
      this.#years.set(year, entry);
    }
    return entry;
  }

  offsetAt(ms: number): number {
    let entry = this.#last;
    if (entry === undefined || ms < entry.fromMs || ms >= entry.toMs) {
      entry = this.#year(new Date(ms).getUTCFullYear());
      this.#last = entry;
    }
    let off = entry.start;
    for (const c of entry.changes) {
      if (c.atMs > ms) break;
      off = c.offsetSec;
    }
    return off;
  }

  dayStartMs(dayNo: number): number {
    const wall = dayNo * DAY_MS;
    // The offsets 18 hours either side of the wall midnight: each may be the one in force at it (the earlier wins).
    const early = wall - this.offsetAt(wall - 18 * 3_600_000) * 1000;
    const late = wall - this.offsetAt(wall + 18 * 3_600_000) * 1000;
    let best = Number.POSITIVE_INFINITY;
    if (early + this.offsetAt(early) * 1000 === wall) best = early;
    if (late !== early && late + this.offsetAt(late) * 1000 === wall) best = Math.min(best, late);
    if (best !== Number.POSITIVE_INFINITY) return best;
    // Midnight is skipped: the day begins when the transition does.
    const [gap] = this.changesBetween(wall - 18 * 3_600_000, wall + 18 * 3_600_000);
    return (gap as OffsetChange).atMs;
  }

  changesBetween(fromMs: number, toMs: number): readonly OffsetChange[] {
    const known = this.#last;
    if (known !== undefined && fromMs >= known.fromMs && toMs <= known.toMs) {
      // Within the year last asked about (the usual case): no year to work out.
      let out: OffsetChange[] | undefined;
      for (const c of known.changes) {
        if (c.atMs < fromMs || c.atMs >= toMs) continue;
        out ??= [];
        out.push(c);
      }
      return out ?? NO_CHANGES;
    }
    const out: OffsetChange[] = [];
    const last = new Date(toMs).getUTCFullYear();
    for (let year = new Date(fromMs).getUTCFullYear(); year <= last; year++) {
      for (const c of this.#year(year).changes) if (c.atMs >= fromMs && c.atMs < toMs) out.push(c);
    }
    return out.length === 0 ? NO_CHANGES : out;
  }
}

// Travel across time zones: a trip's zone applies from a local midnight, so the day before a switch is shorter
// (east) or longer (west) by the shift; jet lag displaces and shortens the first nights and re-entrains about an
// hour a day eastward and an hour and a half westward.
import { describe, expect, it } from 'vitest';
import { isoDate } from '../../../generators/core/iso-time.ts';
import { Itinerary } from '../../../generators/health/itinerary.ts';
import { dayNoOf } from '../../../generators/health/time.ts';
import { ianaZone, type TimeZone } from '../../../generators/health/time-zone.ts';
import { healthUser } from '../../../generators/health/user.ts';
import { isSpikeKitError } from '../../../src/core/index.ts';
import { generate } from '../../../src/index.ts';
import type { HealthV2Events } from '../../../src/schemas/health-v2/index.ts';
import { only, req } from './support.ts';

const TOKYO = { id: 'office-worker', timeZone: 'America/New_York', trips: [tokyo()] } as const;

function tokyo() {
  return { from: '2026-05-10', to: '2026-05-24', timeZone: 'Asia/Tokyo' } as const;
}

const day = (date: string, offset: number) => isoDate((dayNoOf(date) as number) + offset);

/** Bedtime of the night ending on each day, minutes from that day's local midnight, averaged over seeds. */
function meanBedtime(persona: object, date: string, seeds: readonly number[]): number {
  let sum = 0;
  for (const seed of seeds) sum += healthUser({ seed, persona } as never).day(date).sleep.startSec / 60;
  return sum / seeds.length;
}

const SEEDS = Array.from({ length: 16 }, (_, i) => i * 131 + 7);

describe('a trip New York -> Tokyo', () => {
  const user = healthUser({ seed: 3, persona: TOKYO });

  it('the day before the switch is 13 h short, the day before coming home 13 h long', () => {
    expect(user.day('2026-05-08').lengthS).toBe(86_400);
    expect(user.day('2026-05-09').lengthS).toBe(11 * 3600);
    expect(user.day('2026-05-10').lengthS).toBe(86_400);
    expect(user.day('2026-05-23').lengthS).toBe(37 * 3600);
    expect(user.day('2026-05-24').lengthS).toBe(86_400);
    const d = user.day('2026-05-09');
    expect(d.heartRate.length).toBe(660);
    expect(d.stress.length).toBe(660);
    expect(d.activity.steps.length).toBe(44);
  });

  it('timezone_offset is New York before, Tokyo during and New York after', () => {
    const heart = generate('spike-health-v2', {
      seed: 3,
      persona: TOKYO,
      kind: 'heart',
      refDate: '2026-05-26T12:00:00Z',
      count: 20,
      source: 'whoop',
    }) as HealthV2Events['heart'][];
    const byDate = new Map(heart.map((e) => only(e.data)).map((item) => [item.date, item]));
    expect(byDate.get('2026-05-08')?.timezone_offset).toBe(-14_400);
    expect(byDate.get('2026-05-10')?.timezone_offset).toBe(32_400);
    expect(byDate.get('2026-05-23')?.timezone_offset).toBe(32_400);
    expect(byDate.get('2026-05-24')?.timezone_offset).toBe(-14_400);
    for (const [date, item] of byDate) {
      if (date === '2026-05-26') continue; // the reference day, still under way
      expect(req(item.heart_rate_samples).length).toBe(user.day(req(date)).lengthMin);
      // min <= avg <= max and the intraday samples agree with the daily values.
      const values = req(item.heart_rate_samples).map((s) => req(s.value));
      expect(req(item.min_hr)).toBeLessThanOrEqual(req(item.avg_hr));
      expect(req(item.avg_hr)).toBeLessThanOrEqual(req(item.max_hr));
      expect(Math.min(...values)).toBe(item.min_hr);
      expect(Math.max(...values)).toBe(item.max_hr);
    }
    const steps = generate('spike-health-v2', {
      seed: 3,
      persona: TOKYO,
      kind: 'steps',
      refDate: '2026-05-26T12:00:00Z',
      count: 20,
    }) as HealthV2Events['steps'][];
    for (const item of steps.map((e) => only(e.data))) {
      if (item.date === '2026-05-26') continue;
      const d = user.day(req(item.date));
      expect(req(item.intraday_data).length).toBe(d.blocks);
      expect(item.value).toBe(d.activity.steps.reduce((a, b) => a + b, 0));
    }
  });

  it('sleep stages add up on every travel night and nights never overlap', () => {
    for (const seed of SEEDS.slice(0, 8)) {
      const u = healthUser({ seed, persona: TOKYO });
      let lastEnd = Number.NEGATIVE_INFINITY;
      for (let offset = -3; offset < 20; offset++) {
        const d = u.day(day('2026-05-10', offset));
        const [awake, light, deep, rem] = d.sleep.totals;
        expect(awake + light + deep + rem).toBe(d.sleep.endSec - d.sleep.startSec);
        const start = d.toMs(d.sleep.startSec);
        expect(start).toBeGreaterThanOrEqual(lastEnd);
        lastEnd = d.toMs(d.sleep.endSec);
      }
    }
  });

  it('the first nights in Tokyo are early and short, and within about a week they are back', () => {
    const home = { id: 'office-worker', timeZone: 'America/New_York' } as const;
    const shift = (date: string) => meanBedtime(TOKYO, date, SEEDS) - meanBedtime(home, date, SEEDS);
    // 13 h east (EDT to JST) re-entrains as 11 h west: asleep early in the evening, up early.
    expect(shift('2026-05-11')).toBeLessThan(-120);
    expect(shift('2026-05-12')).toBeLessThan(-120);
    expect(Math.abs(shift('2026-05-19'))).toBeLessThan(30);
    const inBed = (persona: object, date: string) =>
      SEEDS.reduce((sum, seed) => {
        const s = healthUser({ seed, persona } as never).day(date).sleep;
        return sum + (s.endSec - s.startSec);
      }, 0) / SEEDS.length;
    expect(inBed(TOKYO, '2026-05-11')).toBeLessThan(inBed(home, '2026-05-11') - 3600);
    // Resting HR up and HRV down while lagged.
    const state = (persona: object, date: string) =>
      healthUser({ seed: 3, persona } as never).day(date).state;
    expect(state(TOKYO, '2026-05-11').restingHrDelta).toBeGreaterThan(
      state(home, '2026-05-11').restingHrDelta,
    );
    expect(state(TOKYO, '2026-05-11').hrvFactor).toBeLessThan(state(home, '2026-05-11').hrvFactor);
  });

  it('westward recovers faster per hour of shift than eastward', () => {
    const daysToZero = (from: string, to: string) => {
      const u = healthUser({
        seed: 1,
        persona: {
          id: 'office-worker',
          timeZone: from,
          trips: [{ from: '2026-05-10', to: '2026-06-10', timeZone: to }],
        },
      });
      const start = dayNoOf('2026-05-10') as number;
      const lag0 = Math.abs(u.jetLagHours(start));
      let d = start;
      while (u.jetLagHours(d) !== 0) d++;
      return (d - start) / lag0;
    };
    const east = daysToZero('America/New_York', 'Europe/Berlin');
    const west = daysToZero('Europe/Berlin', 'America/New_York');
    expect(east).toBeCloseTo(1, 1);
    expect(west).toBeCloseTo(1 / 1.5, 1);
  });

  it('is deterministic per seed', () => {
    const a = generate('spike-health-v2', {
      seed: 9,
      persona: TOKYO,
      kind: 'sleep',
      refDate: '2026-05-12T12:00:00Z',
    });
    const b = generate('spike-health-v2', {
      seed: 9,
      persona: TOKYO,
      kind: 'sleep',
      refDate: '2026-05-12T12:00:00Z',
    });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });
});

describe('bad trips', () => {
  const cases: [string, unknown][] = [
    ['bad date', [{ from: '2026-02-30', to: '2026-03-05', timeZone: 'Asia/Tokyo' }]],
    ['to before from', [{ from: '2026-03-05', to: '2026-03-01', timeZone: 'Asia/Tokyo' }]],
    [
      'overlapping',
      [
        { from: '2026-03-01', to: '2026-03-10', timeZone: 'Asia/Tokyo' },
        { from: '2026-03-05', to: '2026-03-12', timeZone: 'Europe/Paris' },
      ],
    ],
    ['unknown zone', [{ from: '2026-03-01', to: '2026-03-10', timeZone: 'Mars/Olympus_Mons' }]],
    ['not an array', { from: '2026-03-01', to: '2026-03-10', timeZone: 'Asia/Tokyo' }],
  ];
  for (const [name, trips] of cases) {
    it(`rejects ${name} with INVALID_OPTION naming trips`, () => {
      try {
        generate('spike-health-v2', {
          seed: 1,
          persona: { id: 'office-worker', trips } as never,
          kind: 'heart',
        });
        expect.unreachable();
      } catch (error) {
        expect(isSpikeKitError(error) && error.code).toBe('INVALID_OPTION');
        expect(String(error)).toMatch(/trips/);
      }
    });
  }
});

describe('a drawn travel habit', () => {
  const habit = { timeZones: ['Europe/London', 'Asia/Singapore'], tripsPerYear: 4, days: [3, 8] } as const;
  const home = ianaZone('America/Chicago');
  const first = dayNoOf('2026-01-01') as number;
  const tripsOf = (salt: number) => {
    const itinerary = new Itinerary(home, undefined, habit, salt);
    const trips: { from: number; days: number; zone: TimeZone }[] = [];
    for (let d = first; d < first + 10 * 365; d++) {
      const zone = itinerary.zoneOf(d);
      if (zone !== home && itinerary.zoneOf(d - 1) === home) trips.push({ from: d, days: 0, zone });
      if (zone !== home) (trips.at(-1) as { days: number }).days++;
    }
    return trips;
  };

  it('draws a few trips a year of the habit length to its destinations, the same per salt', () => {
    const trips = tripsOf(11);
    expect(trips.length / 10).toBeGreaterThan(2);
    expect(trips.length / 10).toBeLessThan(6);
    for (const t of trips) {
      expect(t.days).toBeGreaterThanOrEqual(3);
      expect(t.days).toBeLessThanOrEqual(8);
    }
    expect(new Set(trips.map((t) => t.zone)).size).toBe(2);
    expect(tripsOf(11)).toEqual(trips);
    expect(tripsOf(12)).not.toEqual(trips);
  });
});

describe('drawn travel of the built-in personas', () => {
  const first = dayNoOf('2026-01-01') as number;
  /** The first local day of 2026 in another zone than the day before, for a seed's person, if any. */
  const firstSwitch = (seed: number, id: 'office-worker' | 'endurance-athlete') => {
    const it = healthUser({ seed, persona: id }).itinerary;
    for (let n = first; n < first + 365; n++) if (it.zoneOf(n) !== it.zoneOf(n - 1)) return n;
    return undefined;
  };

  it('some office workers and athletes change zone in a year from the seed alone, others stay home', () => {
    for (const id of ['office-worker', 'endurance-athlete'] as const) {
      const switches = Array.from({ length: 40 }, (_, seed) => firstSwitch(seed + 1, id));
      const travelled = switches.filter((n) => n !== undefined).length;
      expect(travelled).toBeGreaterThan(8);
      expect(travelled).toBeLessThan(32);
    }
    // `trips: []` keeps a traveller at home.
    const seed = [...Array(40).keys()].find(
      (s) => firstSwitch(s + 1, 'office-worker') !== undefined,
    ) as number;
    const home = healthUser({ seed: seed + 1, persona: { id: 'office-worker', trips: [] } }).itinerary;
    expect(home.travels).toBe(false);
  });

  it('a drawn trip changes timezone_offset mid-series, and every day has as many samples as minutes', () => {
    const seed = [...Array(40).keys()]
      .map((s) => s + 1)
      .find((s) => firstSwitch(s, 'office-worker') !== undefined);
    const n = firstSwitch(req(seed), 'office-worker') as number;
    const user = healthUser({ seed: req(seed), persona: 'office-worker' });
    const heart = generate('spike-health-v2', {
      seed: req(seed),
      persona: 'office-worker',
      kind: 'heart',
      refDate: `${isoDate(n + 3)}T23:00:00Z`,
      count: 8,
      source: 'whoop', // WHOOP never charges off the wrist: a sample every minute
    }) as HealthV2Events['heart'][];
    const items = heart.map((e) => only(e.data)).filter((item) => item.date !== isoDate(n + 3));
    expect(new Set(items.map((item) => item.timezone_offset)).size).toBeGreaterThan(1);
    for (const item of items) {
      const day = user.day(req(item.date));
      expect(item.timezone_offset).toBe(day.startOffsetSec);
      expect(req(item.heart_rate_samples).length).toBe(day.lengthMin);
    }
    expect(user.day(n - 1).lengthS).not.toBe(86_400);
  });
});

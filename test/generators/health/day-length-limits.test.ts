// Local days a switch of zone makes very short or takes away: a trip 24 hours ahead (across the date line) is
// rejected, a habit never draws one, a day the home zone skips is INVALID_DATE, and after a day cut short to a few
// hours the nights still do not overlap.
import { describe, expect, it } from 'vitest';
import { isoDate } from '../../../generators/core/iso-time.ts';
import { Itinerary } from '../../../generators/health/itinerary.ts';
import { dayNoOf } from '../../../generators/health/time.ts';
import { ianaZone } from '../../../generators/health/time-zone.ts';
import { healthUser } from '../../../generators/health/user.ts';
import { isSpikeKitError } from '../../../src/core/index.ts';
import { generate } from '../../../src/index.ts';
import type { HealthV2Events } from '../../../src/schemas/health-v2/index.ts';
import { only, req } from './support.ts';

const day = (date: string, offset: number) => isoDate((dayNoOf(date) as number) + offset);
const SEEDS = Array.from({ length: 16 }, (_, i) => i * 131 + 7);

describe('switches of zone that would leave a day without time', () => {
  const honolulu =
    (trips: unknown, extra: object = {}) =>
    () =>
      generate('spike-health-v2', {
        seed: 1,
        persona: { id: 'office-worker', timeZone: 'Pacific/Honolulu', trips, ...extra } as never,
        kind: 'steps',
        refDate: '2026-05-30T12:00:00Z',
        count: 25,
      });
  const rejects = (run: () => unknown, day: string) => {
    try {
      run();
      expect.unreachable();
    } catch (error) {
      expect(isSpikeKitError(error, 'INVALID_OPTION')).toBe(true);
      const e = error as { message: string; details: Record<string, unknown> };
      expect(e.message).toMatch(/persona\.trips/);
      expect(e.message).toContain(`local day ${day}`);
      expect(e.message).toMatch(/at least 1 h/);
      expect(e.message).toMatch(/Split the trip/);
      expect(e.details.day).toBe(day);
      expect(e.details.lengthMs as number).toBeLessThanOrEqual(0);
    }
  };

  it('rejects a trip 24 hours ahead (Honolulu to Kiritimati): the day before it would last 0 h', () => {
    rejects(
      honolulu([{ from: '2026-05-10', to: '2026-05-20', timeZone: 'Pacific/Kiritimati' }]),
      '2026-05-09',
    );
  });

  it('rejects coming home 24 hours ahead, and a fixed home offset the same way', () => {
    const fromKiritimati = () =>
      generate('spike-health-v2', {
        seed: 1,
        persona: {
          id: 'office-worker',
          timeZone: 'Pacific/Kiritimati',
          trips: [{ from: '2026-05-10', to: '2026-05-20', timeZone: 'Pacific/Honolulu' }],
        },
        kind: 'heart',
      });
    rejects(fromKiritimati, '2026-05-19');
    rejects(
      () =>
        generate('spike-health-v2', {
          seed: 1,
          persona: {
            id: 'office-worker',
            timezoneOffsetMinutes: -600,
            trips: [{ from: '2026-05-10', to: '2026-05-20', timeZone: 'Pacific/Kiritimati' }],
          },
          kind: 'heart',
        }),
      '2026-05-09',
    );
  });

  it('accepts the same journey split through a zone in between: every day lasts an hour or more', () => {
    const trips = [
      { from: '2026-05-10', to: '2026-05-14', timeZone: 'Asia/Tokyo' },
      { from: '2026-05-14', to: '2026-05-20', timeZone: 'Pacific/Kiritimati' },
    ];
    const events = honolulu(trips)() as HealthV2Events['steps'][];
    const user = healthUser({
      seed: 1,
      persona: { id: 'office-worker', timeZone: 'Pacific/Honolulu', trips },
    });
    expect(user.day('2026-05-09').lengthS).toBe(5 * 3600);
    expect(user.day('2026-05-13').lengthS).toBe(19 * 3600);
    expect(user.day('2026-05-19').lengthS).toBe(48 * 3600);
    for (const item of events.map((e) => only(e.data))) {
      if (item.date === '2026-05-30') continue;
      const day = user.day(req(item.date));
      expect(day.lengthS).toBeGreaterThanOrEqual(3600);
      expect(req(item.intraday_data).length).toBe(day.blocks);
    }
  });

  it('never draws such a trip from a travel habit', () => {
    const home = ianaZone('Pacific/Honolulu');
    const habit = { timeZones: ['Pacific/Kiritimati', 'Asia/Tokyo'], tripsPerYear: 5, days: [3, 8] } as const;
    const itinerary = new Itinerary(home, undefined, habit, 5);
    const first = dayNoOf('2026-01-01') as number;
    const seen = new Set<string>();
    for (let d = first; d < first + 5 * 365; d++) {
      seen.add(itinerary.zoneOf(d).id);
      expect(itinerary.dayStartMs(d + 1) - itinerary.dayStartMs(d)).toBeGreaterThanOrEqual(3_600_000);
    }
    expect([...seen].sort()).toEqual(['Asia/Tokyo', 'Pacific/Honolulu']);
  });

  it('a day the home zone itself skips is INVALID_DATE, naming the day and the zone', () => {
    const apia = () =>
      generate('spike-health-v2', {
        seed: 1,
        persona: { id: 'office-worker', timeZone: 'Pacific/Apia' },
        kind: 'steps',
        refDate: '2011-12-31T12:00:00Z',
        count: 3,
      });
    try {
      apia();
      expect.unreachable();
    } catch (error) {
      expect(isSpikeKitError(error, 'INVALID_DATE')).toBe(true);
      expect(String(error)).toMatch(/2011-12-30 lasts 0 h in Pacific\/Apia/);
      expect(String(error)).toMatch(/choose a refDate/);
    }
    // Days away from it are fine.
    const user = healthUser({ seed: 1, persona: { id: 'office-worker', timeZone: 'Pacific/Apia' } });
    expect(user.day('2011-12-31').lengthS).toBe(86_400);
  });
});

describe('a day cut short by a long flight east', () => {
  for (const [to, hours] of [
    ['Asia/Tokyo', 5],
    ['Pacific/Tongatapu', 1],
  ] as const) {
    it(`Honolulu to ${to} (${hours} h day): nights never overlap, a waking gap between them, series fit the days`, () => {
      const persona = {
        id: 'office-worker',
        timeZone: 'Pacific/Honolulu',
        trips: [{ from: '2026-05-10', to: '2026-05-24', timeZone: to }],
      } as const;
      for (const seed of SEEDS.slice(0, 8)) {
        const user = healthUser({ seed, persona });
        expect(user.day('2026-05-09').lengthS).toBe(hours * 3600);
        let lastEnd = Number.NEGATIVE_INFINITY;
        for (let offset = -3; offset < 18; offset++) {
          const d = user.day(day('2026-05-10', offset));
          const [awake, light, deep, rem] = d.sleep.totals;
          expect(awake + light + deep + rem).toBe(d.sleep.endSec - d.sleep.startSec);
          const start = d.toMs(d.sleep.startSec);
          expect(start - lastEnd).toBeGreaterThanOrEqual(2 * 3_600_000);
          lastEnd = d.toMs(d.sleep.endSec);
          expect(d.heartRate.length).toBe(d.lengthMin);
          expect(d.stress.length).toBe(d.lengthMin);
          expect(d.activity.steps.length).toBe(d.blocks);
        }
      }
      const heart = generate('spike-health-v2', {
        seed: 3,
        persona,
        kind: 'heart',
        refDate: '2026-05-14T12:00:00Z',
        count: 8,
        source: 'whoop', // WHOOP never charges off the wrist: a sample every minute
      }) as HealthV2Events['heart'][];
      const user = healthUser({ seed: 3, persona });
      for (const item of heart.map((e) => only(e.data))) {
        if (item.date === '2026-05-14') continue;
        expect(req(item.heart_rate_samples).length).toBe(user.day(req(item.date)).lengthMin);
        expect(req(item.min_hr)).toBeLessThanOrEqual(req(item.avg_hr));
        expect(req(item.avg_hr)).toBeLessThanOrEqual(req(item.max_hr));
      }
    });
  }
});

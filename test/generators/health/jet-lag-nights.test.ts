// Jet-lagged nights are fragmented as well as displaced and shortened: more and longer awakenings, lower sleep
// efficiency, measured against the same people's nights at home; the stages still tile the night.
import { describe, expect, it } from 'vitest';
import { dayNoOf } from '../../../generators/health/time.ts';
import { healthUser } from '../../../generators/health/user.ts';
import { generate } from '../../../src/index.ts';
import type { HealthV2Events } from '../../../src/schemas/health-v2/index.ts';
import { only, req } from './support.ts';
import { nightFigures } from './travel-metrics.ts';

const TOKYO = {
  id: 'office-worker',
  timeZone: 'America/New_York',
  trips: [{ from: '2026-05-10', to: '2026-05-24', timeZone: 'Asia/Tokyo' }],
} as const;
const SEEDS = Array.from({ length: 16 }, (_, i) => i * 131 + 7);

describe('jet-lagged nights are fragmented', () => {
  const home = { id: 'office-worker', timeZone: 'America/New_York', trips: [] } as const;
  const nights = ['2026-05-11', '2026-05-12', '2026-05-13'];
  const mean = (persona: object, pick: (f: ReturnType<typeof nightFigures>) => number) => {
    let total = 0;
    for (const seed of SEEDS)
      for (const date of nights) total += pick(nightFigures(healthUser({ seed, persona } as never), date));
    return total / (SEEDS.length * nights.length);
  };

  it('more and longer awakenings, lower efficiency than the same people at home', () => {
    expect(mean(TOKYO, (f) => f.wasoSec)).toBeGreaterThan(1.5 * mean(home, (f) => f.wasoSec));
    expect(mean(TOKYO, (f) => f.awakenings)).toBeGreaterThan(1.3 * mean(home, (f) => f.awakenings));
    expect(mean(TOKYO, (f) => f.efficiency)).toBeLessThan(mean(home, (f) => f.efficiency) - 0.03);
    const perAwakening = (persona: object) =>
      mean(persona, (f) => f.wasoSec) / mean(persona, (f) => f.awakenings);
    expect(perAwakening(TOKYO)).toBeGreaterThan(perAwakening(home));
    // Once re-entrained the nights are as at home again.
    const later = (persona: object) =>
      SEEDS.reduce(
        (sum, seed) => sum + nightFigures(healthUser({ seed, persona } as never), '2026-05-22').wasoSec,
        0,
      );
    expect(healthUser({ seed: 1, persona: TOKYO }).jetLagHours(dayNoOf('2026-05-21') as number)).toBe(0);
    expect(later(TOKYO)).toBeLessThan(1.5 * later(home));
  });

  it('the v2 sleep of lagged nights: stages sum, levels tile the night, the heart samples agree', () => {
    for (const seed of SEEDS.slice(0, 6)) {
      const options = { seed, persona: TOKYO, refDate: '2026-05-14T23:00:00Z', count: 5 } as const;
      const sleeps = generate('spike-health-v2', { ...options, kind: 'sleep' }) as HealthV2Events['sleep'][];
      const user = healthUser({ seed, persona: TOKYO });
      for (const item of sleeps.map((e) => only(e.data))) {
        const day = user.day(req(item.date));
        const night = day.sleep;
        expect(req(item.awake) + req(item.total_sleep)).toBe(item.bedtime_duration);
        expect(req(item.total_sleep)).toBe(req(item.light) + req(item.deep) + req(item.rem));
        expect(item.bedtime_duration).toBe(night.endSec - night.startSec);
        const perLevel: Record<string, number> = { awake: 0, light: 0, deep: 0, rem: 0 };
        for (const level of req(item.levels))
          perLevel[req(level.level)] = (perLevel[req(level.level)] as number) + req(level.seconds);
        expect(perLevel).toEqual({ awake: item.awake, light: item.light, deep: item.deep, rem: item.rem });
        expect(req(item.levels).filter((l) => l.level === 'awake').length).toBe(
          night.stage.filter((code) => code === 0).length,
        );
        const stats = req(night.heartRateStats);
        expect(req(item.hr_lowest)).toBeGreaterThanOrEqual(stats.min);
        expect(req(item.hr_lowest)).toBeLessThanOrEqual(req(item.hr_average));
      }
    }
  });
});

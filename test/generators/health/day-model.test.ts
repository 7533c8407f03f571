import { describe, expect, it } from 'vitest';
import { isoDate } from '../../../generators/core/iso-time.ts';
import { FREE, IN_BED, WORKOUT } from '../../../generators/health/day-grid.ts';
import { type PersonaId, personaIds, personas } from '../../../generators/health/personas.ts';
import { AWAKE, DEEP, LIGHT, REM } from '../../../generators/health/sleep-stages.ts';
import { dayNoOf, localDayOf } from '../../../generators/health/time.ts';
import { healthUser } from '../../../generators/health/user.ts';
import { isSpikeKitError } from '../../../src/core/index.ts';
import { REF_MS, SEEDS, sum } from './support.ts';

const DAYS = 7;

function week(seed: number, persona: PersonaId) {
  const user = healthUser({ seed, persona });
  const last = user.localDayOf(REF_MS);
  return { user, days: Array.from({ length: DAYS }, (_, i) => user.day(last - DAYS + 1 + i)) };
}

describe('a day computed in part', () => {
  it("gives exactly the whole day's first blocks of activity, whatever the prefix, and the state's stepsFactor", () => {
    for (const seed of SEEDS.slice(0, 6)) {
      for (const persona of personaIds) {
        const whole = week(seed, persona).days;
        const part = week(seed, persona).days;
        for (const [i, day] of part.entries()) {
          const blocks = [1, 20, 47, day.blocks - 1][i % 4] as number;
          const prefix = day.activityUntil(blocks);
          const full = whole[i]?.activity;
          expect(prefix.steps.length).toBeGreaterThanOrEqual(blocks);
          for (const key of ['steps', 'distanceDm', 'centiKcal', 'mets', 'level', 'walkShare'] as const)
            expect(prefix[key].slice(0, blocks)).toEqual(full?.[key].slice(0, blocks));
          expect(day.stepsFactor).toBe(whole[i]?.state.stepsFactor);
        }
        // A longer prefix after a shorter one, each read for one series only: still the whole day's blocks.
        const day = week(seed, persona).days[3];
        const full = whole[3]?.activity;
        expect(day?.activityUntil(5).distanceDm.slice(0, 5)).toEqual(full?.distanceDm.slice(0, 5));
        expect(day?.activityUntil(60).centiKcal.slice(0, 60)).toEqual(full?.centiKcal.slice(0, 60));
        expect(day?.activityUntil(60).steps.slice(0, 60)).toEqual(full?.steps.slice(0, 60));
      }
    }
  });

  it("summarises a night's heart rate alone exactly as its minutes, asked first or after, whatever came between", () => {
    for (const seed of SEEDS.slice(0, 6)) {
      for (const persona of personaIds) {
        const statsFirst = week(seed, persona).days;
        const valuesFirst = week(seed, persona).days;
        for (const [i, day] of statsFirst.entries()) {
          const night = day.sleep;
          const stats = night.heartRateStats;
          // Another night summarised in between reuses the buffer: this night's summary must not change.
          statsFirst[(i + 1) % DAYS]?.sleep.heartRateStats;
          const other = valuesFirst[i]?.sleep;
          const values = Array.from(other?.heartRate ?? []);
          expect(values.length).toBe(night.endMinute - night.firstMinute);
          expect(night.heartRateStats).toBe(stats);
          expect(other?.heartRateStats).toEqual(
            values.length === 0
              ? undefined
              : { min: Math.min(...values), max: Math.max(...values), mean: sum(values) / values.length },
          );
          expect(stats).toEqual(other?.heartRateStats);
          expect(Array.from(night.heartRate)).toEqual(values);
        }
      }
    }
  });
});

describe('health user', () => {
  it('is the same person for the same seed and persona, and another for another seed', () => {
    const a = healthUser({ seed: 7, persona: 'office-worker' });
    const b = healthUser({ seed: 7, persona: 'office-worker' });
    const c = healthUser({ seed: 8, persona: 'office-worker' });
    expect(b.userId).toBe(a.userId);
    expect(b.clientUserId).toBe(a.clientUserId);
    expect(b.baseline).toEqual(a.baseline);
    expect(c.userId).not.toBe(a.userId);
    expect(a.userId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('gives the drawn persona the identity it has when named explicitly', () => {
    for (const seed of SEEDS) {
      const drawn = healthUser({ seed });
      const named = healthUser({ seed, persona: drawn.persona.id as PersonaId });
      expect(named.userId).toBe(drawn.userId);
    }
  });

  it('draws different personas across seeds', () => {
    const drawn = new Set(SEEDS.map((seed) => healthUser({ seed }).persona.id));
    expect(drawn.size).toBeGreaterThan(2);
  });

  it('applies the pinned parts of a persona object', () => {
    const user = healthUser({
      seed: 1,
      persona: {
        id: 'shift-worker',
        userId: 'u-1',
        clientUserId: 'c-1',
        timezoneOffsetMinutes: -60,
        providers: ['garmin'],
      },
    });
    expect([
      user.userId,
      user.clientUserId,
      user.offsetAt(Date.parse('2026-07-01T00:00:00Z')),
      user.providers,
    ]).toEqual(['u-1', 'c-1', -3600, ['garmin']]);
  });

  it('rejects an unknown persona with UNKNOWN_PERSONA listing the valid ids', () => {
    try {
      healthUser({ seed: 1, persona: 'astronaut' as PersonaId });
      expect.unreachable();
    } catch (error) {
      expect(isSpikeKitError(error, 'UNKNOWN_PERSONA')).toBe(true);
      expect((error as { details: { valid: unknown } }).details.valid).toEqual(personaIds);
      expect(String(error)).toContain('office-worker');
    }
  });

  it('rejects malformed persona objects with INVALID_OPTION', () => {
    const bad = [
      { id: 'office-worker', providers: ['Garmin'] },
      { id: 'office-worker', providers: [] },
      { id: 'office-worker', timezoneOffsetMinutes: 2000 },
      { id: 'office-worker', clientUserId: '' },
      { id: 'office-worker', nickname: 'x' },
    ];
    for (const persona of bad) {
      expect(() => healthUser({ seed: 1, persona: persona as never })).toThrow(
        expect.objectContaining({ code: 'INVALID_OPTION' }),
      );
    }
  });

  it('names local days consistently', () => {
    expect(isoDate(dayNoOf('2024-02-29') as number)).toBe('2024-02-29');
    expect(dayNoOf('2024-02-30')).toBeUndefined();
    expect(localDayOf(Date.parse('2026-01-15T23:30:00Z'), 3600)).toBe(dayNoOf('2026-01-16'));
    expect(localDayOf(Date.parse('2026-01-15T02:00:00Z'), -5 * 3600)).toBe(dayNoOf('2026-01-14'));
  });
});

describe('day model', () => {
  it('is deterministic: a fresh user gives the same days', () => {
    const a = week(11, 'endurance-athlete').days;
    const b = week(11, 'endurance-athlete').days;
    for (let i = 0; i < DAYS; i++) {
      expect(Array.from(b[i]?.heartRate ?? [])).toEqual(Array.from(a[i]?.heartRate ?? []));
      expect(b[i]?.workouts).toEqual(a[i]?.workouts);
      expect(b[i]?.sleep.totals).toEqual(a[i]?.sleep.totals);
    }
  });

  for (const persona of personaIds) {
    it(`${persona}: sleep stages tile the night and add up to the totals`, () => {
      for (const seed of SEEDS) {
        for (const day of week(seed, persona).days) {
          const s = day.sleep;
          let at = s.startSec;
          const totals = [0, 0, 0, 0];
          for (let i = 0; i < s.stage.length; i++) {
            expect(s.stageStart[i]).toBe(at);
            expect((s.stageLength[i] as number) % 30).toBe(0);
            expect(s.stageLength[i]).toBeGreaterThan(0);
            if (i > 0) expect(s.stage[i]).not.toBe(s.stage[i - 1]);
            totals[s.stage[i] as number] =
              (totals[s.stage[i] as number] as number) + (s.stageLength[i] as number);
            at += s.stageLength[i] as number;
          }
          expect(at).toBe(s.endSec);
          expect(totals).toEqual([...s.totals]);
          expect(s.stage[0]).toBe(AWAKE);
          expect(s.latencySec).toBe(s.stageLength[0]);
          expect(s.totals[LIGHT] + s.totals[DEEP] + s.totals[REM]).toBe(s.asleepSec);
          expect(s.endSec - s.startSec).toBeGreaterThanOrEqual(4 * 3600);
          expect(s.endSec).toBeGreaterThan(0);
        }
      }
    });

    it(`${persona}: workouts fall between getting up and going to bed and never overlap`, () => {
      for (const seed of SEEDS) {
        for (const day of week(seed, persona).days) {
          let previousEnd = Number.NEGATIVE_INFINITY;
          for (const w of day.workouts) {
            expect(w.startSec % 60).toBe(0);
            expect(w.startSec).toBeGreaterThanOrEqual(day.sleep.endSec);
            expect(w.endSec).toBeLessThanOrEqual(Math.min(day.lengthS, day.nextSleep.startSec + day.lengthS));
            expect(w.startSec).toBeGreaterThanOrEqual(previousEnd);
            previousEnd = w.endSec;
          }
          const minutes = day.minutes;
          for (const w of day.workouts) expect(minutes[w.startSec / 60]).toBe(WORKOUT);
          expect(minutes[Math.ceil(Math.max(0, day.sleep.startSec) / 60)]).toBe(IN_BED);
          expect(minutes.includes(FREE)).toBe(true);
        }
      }
    });
  }

  it('the night-shift worker sleeps by day, the others by night', () => {
    for (const seed of SEEDS) {
      for (const persona of personaIds) {
        for (const day of week(seed, persona).days) {
          const startHour = day.sleep.startSec / 3600;
          if (persona === 'shift-worker') expect(startHour).toBeGreaterThan(5);
          else expect(startHour).toBeLessThan(3);
        }
      }
    }
  });

  it('a week looks like one person: stable baselines with day-to-day variation', () => {
    for (const seed of SEEDS) {
      for (const persona of personaIds) {
        const { user, days } = week(seed, persona);
        const resting = days.map((d) => d.sleep.restingHr);
        const weights = days.map((d) => d.weighIn.weightKg);
        // Within a few bpm of the baseline on an ordinary day; illness and late nights raise it further.
        days.forEach((d, k) => {
          const ordinary = d.state.illness < 0.1 && !d.state.lateNight && d.state.strain < 1;
          const off = Math.abs((resting[k] as number) - user.baseline.restingHr);
          expect(off).toBeLessThanOrEqual(ordinary ? 8 : 16);
        });
        for (const w of weights) expect(Math.abs(w - user.baseline.weightKg)).toBeLessThanOrEqual(1.5);
        expect(new Set(days.map((d) => d.sleep.endSec - d.sleep.startSec)).size).toBeGreaterThan(1);
        expect(new Set(days.map((d) => d.activity.steps.join(','))).size).toBe(DAYS);
      }
    }
  });

  it('personas differ the way their descriptions say', () => {
    const mean = (persona: PersonaId, f: (d: ReturnType<typeof week>['days'][number]) => number) =>
      sum(SEEDS.flatMap((seed) => week(seed, persona).days.map(f))) / (SEEDS.length * DAYS);
    const resting = (p: PersonaId) => mean(p, (d) => d.sleep.restingHr);
    const deepShare = (p: PersonaId) => mean(p, (d) => d.sleep.totals[DEEP] / d.sleep.asleepSec);
    const awake = (p: PersonaId) => mean(p, (d) => d.sleep.totals[AWAKE]);
    const steps = (p: PersonaId) => mean(p, (d) => sum(Array.from(d.activity.steps)));
    expect(resting('endurance-athlete')).toBeLessThan(resting('office-worker') - 10);
    expect(deepShare('endurance-athlete')).toBeGreaterThan(deepShare('older-adult'));
    expect(awake('new-parent')).toBeGreaterThan(2 * awake('endurance-athlete'));
    expect(steps('endurance-athlete')).toBeGreaterThan(steps('office-worker'));
    expect(personas['type1-diabetes'].providers).toContain('dexcom');
  });

  it("glucose of the person with type 1 diabetes swings more than an office worker's and stays in the CGM range", () => {
    const spread = (persona: PersonaId) => {
      const values = SEEDS.flatMap((seed) =>
        week(seed, persona).days.flatMap((d) =>
          Array.from({ length: d.lengthMin / 5 }, (_, k) => d.glucoseReading(k * 5)),
        ),
      );
      for (const v of values) expect(v).toBeGreaterThanOrEqual(40);
      for (const v of values) expect(v).toBeLessThanOrEqual(400);
      const m = sum(values) / values.length;
      return Math.sqrt(sum(values.map((v) => (v - m) ** 2)) / values.length);
    };
    expect(spread('type1-diabetes')).toBeGreaterThan(2 * spread('office-worker'));
  });
});

// Every payload is derived from one day model per person and day, so the v2 data types must agree with each other
// and with physiology. These tests check the invariants over many seeds and every persona.
import { describe, expect, it } from 'vitest';
import { type PersonaId, personaIds, personas } from '../../../generators/health/personas.ts';
import { fidelityOf } from '../../../generators/health/provider-fidelity.ts';
import { type ProviderSlug, records } from '../../../generators/health/providers.ts';
import { healthUser } from '../../../generators/health/user.ts';
import { workoutKinds } from '../../../generators/health/workouts.ts';
import type {
  HealthV2DataType,
  HealthV2Events,
  HealthV2Sample,
} from '../../../src/schemas/health-v2/index.ts';
import { instantSec, localSec, only, REF_MS, req, SEEDS, sum, v2Series } from '../health/support.ts';

const DAYS = 3;

/** The items of a series of one kind for one person, by local date. */
function byDate<K extends HealthV2DataType>(
  kind: K,
  seed: number,
  persona: PersonaId,
  date: (item: HealthV2Events[K]['data'][number]) => string,
  count = DAYS,
): Map<string, { event: HealthV2Events[K]; item: HealthV2Events[K]['data'][number] }> {
  const out = new Map();
  for (const event of v2Series(kind, count, { seed, persona })) {
    for (const item of event.data) out.set(date(item as HealthV2Events[K]['data'][number]), { event, item });
  }
  return out;
}

const dateOf = (item: { date?: string | undefined }) => req(item.date, 'date');
const round1 = (v: number) => Math.round(v * 10) / 10;

/** Heart samples of several days keyed by local second. */
function heartSamples(seed: number, persona: PersonaId): Map<number, number> {
  const out = new Map<number, number>();
  // Activities anchor on the last day with a finished workout, up to a week back (rest days): cover that too.
  for (const event of v2Series('heart', DAYS + 9, { seed, persona })) {
    for (const s of only(event.data).heart_rate_samples ?? []) out.set(localSec(s.time), req(s.value));
  }
  return out;
}

function capable(persona: PersonaId, kind: HealthV2DataType): boolean {
  return healthUser({ seed: 1, persona }).sourceFor(kind) !== undefined;
}

/** Every local date-time string inside a value. */
function localTimes(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/.test(value)) out.push(value);
  else if (Array.isArray(value)) for (const v of value) localTimes(v, out);
  else if (typeof value === 'object' && value !== null)
    for (const v of Object.values(value)) localTimes(v, out);
  return out;
}

describe('sleep', () => {
  for (const persona of personaIds) {
    it(`${persona}: stages add up, levels tile the night, efficiency and latency follow`, () => {
      for (const seed of SEEDS) {
        const user = healthUser({ seed, persona });
        for (const { item } of byDate('sleep', seed, persona, dateOf).values()) {
          // Elapsed seconds from bedtime (a night may cross a clock change or a switch of zone on a trip).
          const day = user.day(req(item.date));
          const startMs = day.localToMs(req(item.bedtime_start));
          const elapsed = (local: string | undefined, notBeforeMs = startMs) =>
            (day.localToMs(req(local), notBeforeMs) - startMs) / 1000;
          const start = 0;
          const end = elapsed(item.bedtime_end);
          const total = req(item.total_sleep);
          expect(total).toBe(req(item.rem) + req(item.light) + req(item.deep));
          expect(item.bedtime_duration).toBe(end - start);
          expect(item.bedtime_duration).toBe(total + req(item.awake));
          expect(Math.abs(req(item.efficiency) - total / req(item.bedtime_duration))).toBeLessThanOrEqual(
            0.005 + 1e-12, // rounded to two decimals (a float edge can land just past 0.005)
          );
          expect(item.date).toBe(req(item.bedtime_end).slice(0, 10));
          const night = user.day(req(item.date)).sleep;
          expect(item.timezone_offset).toBe(user.offsetAt(user.day(req(item.date)).toMs(night.startSec)));
          const levels = req(item.levels);
          let at = start;
          const perLevel: Record<string, number> = { awake: 0, light: 0, deep: 0, rem: 0 };
          for (const level of levels) {
            expect(elapsed(level.date_time, startMs + at * 1000)).toBe(at);
            at += req(level.seconds);
            perLevel[req(level.level)] = (perLevel[req(level.level)] as number) + req(level.seconds);
          }
          expect(at).toBe(end);
          expect(perLevel).toEqual({ awake: item.awake, light: item.light, deep: item.deep, rem: item.rem });
          expect(levels[0]).toMatchObject({ level: 'awake', seconds: item.latency });
          expect(req(item.hr_lowest)).toBeLessThanOrEqual(req(item.hr_average));
          expect(req(item.standardized_sleep_score)).toBeGreaterThanOrEqual(0);
          expect(req(item.standardized_sleep_score)).toBeLessThanOrEqual(100);
        }
      }
    });

    it(`${persona}: the night agrees with the heart, HRV, breathing and SpO2 payloads`, () => {
      for (const seed of SEEDS.slice(0, 6)) {
        const hr = heartSamples(seed, persona);
        const hearts = byDate('heart', seed, persona, dateOf, DAYS + 1);
        const breathing = byDate('breathing', seed, persona, dateOf);
        const oxygen = byDate('oxygen_saturation', seed, persona, dateOf);
        for (const [date, { item }] of byDate('sleep', seed, persona, dateOf)) {
          const start = localSec(item.bedtime_start);
          const end = localSec(item.bedtime_end);
          const profile = fidelityOf(req(item.source) as ProviderSlug);
          // The heart samples the provider wrote during the night (at its cadence in bed).
          const night: number[] = [];
          for (let t = Math.ceil(start / 60) * 60; t < end; t += 60) {
            const bpm = hr.get(t);
            if (bpm !== undefined) night.push(bpm);
          }
          expect(night.length).toBeGreaterThan(((end - start) / 60 / profile.cadence.sleepMin) * 0.5);
          expect(Math.min(...night)).toBe(item.hr_lowest);
          expect(Math.round(sum(night) / night.length)).toBe(item.hr_average);

          const heart = req(hearts.get(date), `heart of ${date}`).item;
          const hrv = profile.hrv;
          if (hrv === undefined) {
            expect(item.average_hrv).toBeUndefined();
            expect(heart.heart_rate_variability).toBeUndefined();
            expect(heart.intraday_hrv).toBeUndefined();
          } else {
            expect(heart.heart_rate_variability?.sleep_hrv).toBe(item.average_hrv);
            if (hrv.windows === 'none') expect(heart.intraday_hrv).toBeUndefined();
            else {
              const windows = req(heart.intraday_hrv).map((w) => req(w.value?.rmssd));
              const f = 10 ** hrv.decimals;
              expect(Math.round((sum(windows) / windows.length) * f) / f).toBe(item.average_hrv);
              for (const w of req(heart.intraday_hrv)) {
                expect(localSec(w.time)).toBeGreaterThanOrEqual(start);
                expect(localSec(w.time) + 300).toBeLessThanOrEqual(end);
              }
            }
          }

          const b = req(breathing.get(date)).item;
          expect(item.respiratory_rate).toBe(profile.sleep.respiratory ? b.avg_value : undefined);
          const o = req(oxygen.get(date)).item;
          const spo2 = req(o.intraday_data).map((s) => req(s.value));
          expect(o.min).toBe(Math.min(...spo2));
          expect(o.max).toBe(Math.max(...spo2));
          expect(o.avg).toBe(round1(sum(spo2) / spo2.length));
          for (const s of [...req(o.intraday_data), ...req(b.intraday_data)]) {
            expect(localSec(s.time)).toBeGreaterThanOrEqual(start);
            expect(localSec(s.time)).toBeLessThan(end);
          }
          // Above 85 %, less the deepest desaturation the persona's table allows (1.4 times its mean depth).
          const { depthPct } = personas[persona].desaturation;
          expect(Math.min(...spo2)).toBeGreaterThan(Math.min(85, 92 - 1.4 * depthPct));
          expect(Math.max(...spo2)).toBeLessThanOrEqual(100);
        }
      }
    });
  }
});

describe('heart', () => {
  it('daily figures are exactly those of the samples, on whole minutes from midnight at the provider cadence', () => {
    for (const seed of SEEDS) {
      for (const persona of personaIds) {
        for (const { event, item } of byDate('heart', seed, persona, dateOf).values()) {
          const samples = req(item.heart_rate_samples);
          const values = samples.map((s) => req(s.value));
          expect(item.min_hr).toBe(Math.min(...values));
          expect(item.max_hr).toBe(Math.max(...values));
          expect(item.avg_hr).toBe(Math.round(sum(values) / values.length));
          expect(req(item.min_hr)).toBeLessThanOrEqual(req(item.resting_hr));
          expect(req(item.resting_hr)).toBeLessThanOrEqual(req(item.avg_hr));
          const midnight = localSec(`${item.date}T00:00:00`);
          const slowest = Math.max(...Object.values(fidelityOf(event.source as ProviderSlug).cadence));
          let previous = midnight - 60;
          for (const s of samples) {
            const at = localSec(s.time);
            expect((at - midnight) % 60).toBe(0);
            expect(at).toBeGreaterThan(previous);
            previous = at;
          }
          expect(samples.length).toBeGreaterThan(
            (samples.length === 0 ? 0 : (previous - midnight) / 60 / slowest) * 0.5,
          );
          const lastEnd = instantSec(samples.at(-1)?.time, req(item.timezone_offset)) + 60;
          expect(Date.parse(event.timestamp) / 1000).toBeGreaterThanOrEqual(lastEnd);
          expect(Math.min(...values)).toBeGreaterThan(30);
          expect(Math.max(...values)).toBeLessThanOrEqual(healthUser({ seed, persona }).baseline.maxHr);
        }
      }
    }
  });
});

describe('steps, distance and calories', () => {
  it('intraday sums are the daily values and the three series describe the same movement', () => {
    for (const seed of SEEDS) {
      for (const persona of personaIds.filter((p) => capable(p, 'steps'))) {
        const user = healthUser({ seed, persona });
        const distance = byDate('distance', seed, persona, dateOf);
        const calories = byDate('calories', seed, persona, dateOf);
        for (const [date, { item: steps }] of byDate('steps', seed, persona, dateOf)) {
          const s = req(steps.intraday_data);
          const d = req(req(distance.get(date)).item.intraday_data);
          const c = req(calories.get(date)).item;
          const ci = req(c.intraday_data);
          expect(sum(s.map((x) => req(x.value)))).toBe(steps.value);
          expect(Math.round(sum(d.map((x) => req(x.value))) * 10)).toBe(
            Math.round(req(req(distance.get(date)).item.value) * 10),
          );
          expect(Math.round(sum(ci.map((x) => req(x.value))) * 100)).toBe(Math.round(req(c.value) * 100));
          expect(d.length).toBe(s.length);
          expect(ci.length).toBe(s.length);
          const day = user.day(date);
          const midnight = localSec(`${date}T00:00:00`);
          s.forEach((x, i) => {
            expect(localSec(x.time)).toBe(midnight + 900 * i);
            const from = i * 900;
            const inWorkout = day.workouts.some((w) => w.startSec < from + 900 && w.endSec > from);
            const walked = req(x.value);
            const metres = req(d[i]?.value);
            // Off workouts, distance is steps times the stride from the person's height.
            if (!inWorkout)
              expect(metres).toBeCloseTo(Math.round(walked * user.baseline.heightCm * 0.0415) / 10, 6);
            if (walked === 0) expect(metres).toBe(0);
            // Calories are METs times weight: 1 MET is 1 kcal per kg per hour.
            const cal = ci[i];
            expect(
              Math.abs(req(cal?.value) - (req(cal?.mets) * user.baseline.weightKg) / 4),
            ).toBeLessThanOrEqual((0.05 * user.baseline.weightKg) / 4 + 0.01);
            const level = req(cal?.level);
            const mets = req(cal?.mets);
            expect(mets).toBeGreaterThanOrEqual([0, 1.45, 2.95, 5.95][level] as number);
            expect(mets).toBeLessThanOrEqual([1.5, 3.05, 6.05, 20][level] as number);
            const asleep = [
              [day.sleep.startSec, day.sleep.endSec],
              [day.nextSleep.startSec + day.lengthS, day.nextSleep.endSec + day.lengthS],
            ].some(([a, b]) => from >= (a as number) && from + 900 <= (b as number));
            if (asleep) expect(walked).toBe(0);
          });
        }
      }
    }
  });
});

describe('workouts', () => {
  for (const persona of personaIds.filter((p) => capable(p, 'activities_stream'))) {
    it(`${persona}: a workout shows up in the day's heart rate, steps, distance and calories`, () => {
      for (const seed of SEEDS.slice(0, 8)) {
        const hr = heartSamples(seed, persona);
        const steps = byDate('steps', seed, persona, dateOf, DAYS + 8);
        const distance = byDate('distance', seed, persona, dateOf, DAYS + 8);
        const calories = byDate('calories', seed, persona, dateOf, DAYS + 8);
        for (const event of v2Series('activities_stream', DAYS, { seed, persona })) {
          for (const w of event.data) {
            const start = localSec(w.time_start);
            const end = localSec(w.time_end);
            const minutes = (end - start) / 60;
            const date = req(w.time_start).slice(0, 10);
            const beats = Array.from({ length: minutes }, (_, k) => req(hr.get(start + 60 * k)));
            expect(w.avg_hr).toBe(Math.round(sum(beats) / minutes));
            expect(w.min_hr).toBe(Math.min(...beats));
            expect(w.max_hr).toBe(Math.max(...beats));
            const samples = req(w.samples);
            expect(samples.map((s) => s.heart_rate)).toEqual(beats);
            expect(Math.round(sum(samples.map((s) => req(s.distance))) * 10)).toBe(
              Math.round(req(w.distance) * 10),
            );
            expect(sum(req(w.hr_zones).map((z) => req(z.minutes)))).toBe(minutes);
            expect(req(w.moving_time)).toBeLessThanOrEqual(minutes * 60);
            expect(w.max_speed).toBe(Math.max(...samples.map((s) => req(s.speed))));
            if (req(w.moving_time) > 0) {
              expect(req(w.avg_speed)).toBeCloseTo(req(w.distance) / req(w.moving_time), 2);
            }
            const overlapping = <T extends { time?: string | undefined }>(items: readonly T[]) =>
              items.filter((x) => localSec(x.time) < end && localSec(x.time) + 900 > start);
            const cal = overlapping(req(req(calories.get(date)).item.intraday_data));
            expect(sum(cal.map((x) => req(x.value)))).toBeGreaterThanOrEqual(req(w.calories) - 1);
            const onFoot = w.steps !== undefined;
            if (onFoot) {
              expect(sum(samples.map((s) => req(s.steps)))).toBe(w.steps);
              const st = overlapping(req(req(steps.get(date)).item.intraday_data) as HealthV2Sample[]);
              expect(sum(st.map((x) => req(x.value)))).toBeGreaterThanOrEqual(req(w.steps));
              const dist = overlapping(req(req(distance.get(date)).item.intraday_data) as HealthV2Sample[]);
              expect(sum(dist.map((x) => req(x.value)))).toBeGreaterThanOrEqual(req(w.distance) - 0.5);
            }
            if (w.activity_name === 'Running') {
              expect(req(w.avg_hr)).toBeGreaterThan(healthUser({ seed, persona }).baseline.restingHr + 40);
              const stride = req(w.distance) / req(w.steps);
              const height = healthUser({ seed, persona }).baseline.heightCm / 100;
              expect(stride / height).toBeGreaterThan(0.5);
              expect(stride / height).toBeLessThan(0.8);
            }
          }
        }
      }
    });
  }
});

/** Dexcom's trend arrows by rate of change, mg/dL per minute. */
function expectedTrend(rate: number): string {
  const size = Math.abs(rate);
  if (size < 1) return 'flat';
  const arrow = size < 2 ? 'fortyFive' : size < 3 ? 'single' : 'double';
  return `${arrow}${rate > 0 ? 'Up' : 'Down'}`;
}

describe('glucose', () => {
  for (const persona of ['type1-diabetes', 'older-adult'] as const) {
    it(`${persona}: CGM readings, their daily figures and trends agree`, () => {
      for (const seed of SEEDS) {
        for (const { event, item } of byDate('glucose', seed, persona, dateOf).values()) {
          expect(['dexcom', 'freestyle_libre']).toContain(event.source);
          const interval = event.source === 'dexcom' ? 5 : 15;
          const readings = req(item.intraday_data);
          const values = readings.map((r) => req(r.value));
          expect(item.unit).toBe('mg/dL');
          expect(item.min_value).toBe(Math.min(...values));
          expect(item.max_value).toBe(Math.max(...values));
          expect(item.avg_value).toBe(round1(sum(values) / values.length));
          readings.forEach((r, i) => {
            expect(r.trend).toBe(expectedTrend(req(r.trend_rate)));
            const v = req(r.value);
            expect(r.status).toBe(v < 55 ? 'urgentLow' : v < 70 ? 'low' : v > 180 ? 'high' : 'ok');
            if (i === 0) return;
            // One interval apart, or a whole number of them across a sensor gap (warm-up, lost signal).
            const apartSec = localSec(r.time) - localSec(readings[i - 1]?.time);
            expect(apartSec % (interval * 60)).toBe(0);
            expect(apartSec).toBeGreaterThan(0);
            expect(r.trend_rate).toBe(round1((v - (values[i - 1] as number)) / (apartSec / 60)));
          });
        }
      }
    });
  }

  it('swings with meals for the person with type 1 diabetes', () => {
    const values = SEEDS.flatMap((seed) =>
      v2Series('glucose', DAYS, { seed, persona: 'type1-diabetes' }).flatMap((e) =>
        req(only(e.data).intraday_data).map((r) => req(r.value)),
      ),
    );
    expect(Math.max(...values)).toBeGreaterThan(200);
    const trends = new Set(
      SEEDS.flatMap((seed) =>
        v2Series('glucose', DAYS, { seed, persona: 'type1-diabetes' }).flatMap((e) =>
          req(only(e.data).intraday_data).map((r) => r.trend),
        ),
      ),
    );
    expect(trends.size).toBeGreaterThanOrEqual(5);
    expect(Math.min(...values)).toBeLessThan(100);
  });
});

describe('stress', () => {
  it('comes from Garmin, reads -2 during workouts and its figures skip the no-reading codes', () => {
    let codes = 0;
    for (const seed of SEEDS) {
      const user = healthUser({ seed, persona: 'endurance-athlete' });
      for (const { event, item } of byDate('stress', seed, 'endurance-athlete', dateOf).values()) {
        expect(event.source).toBe('garmin');
        const samples = req(item.stress_samples);
        const valid = samples.map((s) => req(s.value)).filter((v) => v >= 0);
        expect(item.min_stress).toBe(Math.min(...valid));
        expect(item.max_stress).toBe(Math.max(...valid));
        expect(item.avg_stress).toBe(Math.round(sum(valid) / valid.length));
        const day = user.day(dateOf(item));
        const midnight = localSec(`${item.date}T00:00:00`);
        samples.forEach((s, i) => {
          const value = req(s.value);
          expect(localSec(s.time)).toBe(midnight + 180 * i);
          expect(Number.isInteger(value) && value >= -2 && value <= 100).toBe(true);
          const sec = i * 180;
          if (day.workouts.some((w) => sec >= w.startSec && sec < w.endSec)) expect(value).toBe(-2);
          if (value < 0) codes++;
        });
      }
    }
    expect(codes).toBeGreaterThan(0);
  });
});

describe('ecg', () => {
  it('30 seconds at the provider frequency, with the heart rate of that minute and as many beats', () => {
    for (const seed of SEEDS) {
      for (const persona of personaIds.filter((p) => capable(p, 'ecg'))) {
        const hr = heartSamples(seed, persona);
        for (const event of v2Series('ecg', 2, { seed, persona })) {
          const item = only(event.data);
          expect(['apple', 'withings']).toContain(event.source);
          const start = localSec(item.time_start);
          expect(localSec(item.time_end) - start).toBe(30);
          const samples = req(item.samples);
          expect(samples.length).toBe(req(item.frequency) * 30);
          expect(item.avg_hr).toBe(hr.get(Math.floor(start / 60) * 60));
          const top = Math.max(...samples);
          let peaks = 0;
          let last = Number.NEGATIVE_INFINITY;
          samples.forEach((v, i) => {
            if (v > top * 0.6 && i - last > req(item.frequency) * 0.25) {
              peaks++;
              last = i;
            }
          });
          expect(Math.abs(peaks - req(item.avg_hr) / 2)).toBeLessThanOrEqual(3);
        }
      }
    }
  });
});

describe('body and goals', () => {
  it('body measures agree with each other and follow getting up', () => {
    for (const seed of SEEDS) {
      for (const persona of personaIds.filter((p) => capable(p, 'body'))) {
        const sleeps = byDate('sleep', seed, persona, dateOf);
        for (const event of v2Series('body', DAYS, { seed, persona })) {
          const body = req(only(event.data).body_data);
          const weight = req(body.weight_kg?.value);
          const height = req(body.height_cm?.value) / 100;
          for (const m of Object.values(body)) expect(m?.value).toBe(m?.timeseries?.at(-1)?.value);
          expect(Math.abs(req(body.BMI?.value) - weight / height ** 2)).toBeLessThanOrEqual(0.05);
          const fatKg = (weight * req(body.bodyfat_percentage?.value)) / 100;
          expect(
            fatKg + (req(body.bone_mass_g?.value) + req(body.muscle_mass_g?.value)) / 1000,
          ).toBeLessThanOrEqual(weight);
          const at = req(body.weight_kg?.timeseries?.[0]?.timestamp);
          const night = sleeps.get(at.slice(0, 10));
          if (night !== undefined) expect(localSec(at)).toBeGreaterThan(localSec(night.item.bedtime_end));
        }
      }
    }
  });

  it('weekly and monthly goals scale the daily ones', () => {
    for (const seed of SEEDS) {
      const goals = only(v2Series('goals', 1, { seed })[0]?.data ?? []);
      const daily = req(goals.daily);
      expect(goals.weekly?.steps).toBe(req(daily.steps) * 7);
      expect(goals.monthly?.calories).toBe(req(daily.calories) * 30);
      expect(goals.weekly?.sleep).toBeUndefined();
    }
  });
});

describe('every data type', () => {
  it('is received after the data it carries and at or before the reference date', () => {
    for (const kind of [
      'sleep',
      'heart',
      'steps',
      'body',
      'ecg',
      'activities_stream',
      'glucose',
      'stress',
    ] as const) {
      for (const seed of SEEDS) {
        for (const event of v2Series(kind, 2, { seed })) {
          const received = Date.parse(event.timestamp);
          expect(event.timestamp).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
          expect(received).toBeLessThanOrEqual(REF_MS);
          for (const item of event.data as { timezone_offset?: number }[]) {
            const offset = (item.timezone_offset ?? healthUser({ seed }).offsetAt(received)) as number;
            for (const time of localTimes(item))
              expect(instantSec(time, offset) * 1000).toBeLessThanOrEqual(received);
          }
        }
      }
    }
  });

  it('comes from a provider that records it, among the person’s providers', () => {
    for (const seed of SEEDS) {
      for (const persona of personaIds) {
        const user = healthUser({ seed, persona });
        for (const kind of [
          'sleep',
          'heart',
          'steps',
          'calories',
          'ecg',
          'glucose',
          'stress',
          'body',
        ] as const) {
          if (user.sourceFor(kind) === undefined) continue;
          const event = req(v2Series(kind, 1, { seed, persona })[0]);
          const source = event.source as Parameters<typeof records>[0];
          expect(records(source, kind)).toBe(true);
          expect(user.providers).toContain(source);
          for (const item of event.data as { source?: string }[]) expect(item.source).toBe(source);
        }
      }
    }
  });

  it('ECG never comes from Oura, glucose only from CGMs, stress only from Garmin', () => {
    for (const seed of SEEDS) {
      expect(['apple', 'withings']).toContain(v2Series('ecg', 1, { seed })[0]?.source);
      expect(['dexcom', 'freestyle_libre']).toContain(v2Series('glucose', 1, { seed })[0]?.source);
      expect(v2Series('stress', 1, { seed })[0]?.source).toBe('garmin');
    }
  });

  it('keeps the sleep of the night-shift worker in the daytime', () => {
    for (const seed of SEEDS) {
      for (const { item } of byDate('sleep', seed, 'shift-worker', dateOf).values()) {
        const hour = Number(req(item.bedtime_start).slice(11, 13));
        expect(hour).toBeGreaterThanOrEqual(5);
        expect(hour).toBeLessThan(13);
      }
    }
  });

  it('workout kinds with steps are on foot', () => {
    for (const [type, kind] of Object.entries(workoutKinds)) {
      const onFoot = ['running', 'walking', 'hiking'].includes(type);
      expect(kind.cadence(0.5) > 0).toBe(onFoot);
    }
  });
});

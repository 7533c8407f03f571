// The clinical personas: nocturnal desaturations of the sleep-apnoea persona (and none to speak of in others), and
// paroxysmal atrial fibrillation of the afib-risk persona, in the day's heart rate and in its ECG spot checks.
import { describe, expect, it } from 'vitest';
import { afibEpisodes } from '../../../generators/health/afib.ts';
import { FREE } from '../../../generators/health/day-grid.ts';
import { ecgSamples } from '../../../generators/health/ecg.ts';
import { personaIds, personas } from '../../../generators/health/personas.ts';
import { population } from '../../../generators/health/population.ts';
import { AWAKE, DEEP } from '../../../generators/health/sleep-stages.ts';
import { dayNoOf } from '../../../generators/health/time.ts';
import { healthUser } from '../../../generators/health/user.ts';
import { afibShare, scoreNight } from './clinical-metrics.ts';

const LAST = dayNoOf('2026-06-30') as number;
const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const cv = (xs: readonly number[]) => {
  const m = mean(xs);
  return Math.sqrt(mean(xs.map((x) => (x - m) ** 2))) / m;
};

/** RR intervals, s, of an ECG: R peaks are local maxima above 60 % of the highest sample, 250 ms apart at least. */
function rrIntervals(samples: readonly number[], hz: number): number[] {
  const threshold = 0.6 * Math.max(...samples);
  const peaks: number[] = [];
  for (let i = 1; i < samples.length - 1; i++) {
    const v = samples[i] as number;
    if (v < threshold || v < (samples[i - 1] as number) || v < (samples[i + 1] as number)) continue;
    if (peaks.length > 0 && i - (peaks.at(-1) as number) < 0.25 * hz) continue;
    peaks.push(i);
  }
  return peaks.slice(1).map((p, k) => (p - (peaks[k] as number)) / hz);
}

describe('nocturnal desaturations', () => {
  const odiOf = (persona: (typeof personaIds)[number], seed: number) => {
    const user = healthUser({ seed, persona });
    const nights = [];
    for (let n = LAST - 13; n <= LAST; n++) {
      const sleep = user.day(n).sleep;
      nights.push(scoreNight(sleep.spo2.values, sleep.asleepSec));
    }
    return { odi: mean(nights.map((x) => x.odi)), nadir: mean(nights.map((x) => x.nadir)) };
  };

  it('the sleep-apnoea persona has moderate OSA: 15-30 desaturations an hour, nadir in the low to mid 80s', () => {
    for (const seed of [1, 2, 3, 4]) {
      const { odi, nadir } = odiOf('sleep-apnoea', seed);
      expect(odi).toBeGreaterThanOrEqual(12);
      expect(odi).toBeLessThanOrEqual(32);
      expect(nadir).toBeGreaterThanOrEqual(78);
      expect(nadir).toBeLessThanOrEqual(89);
    }
  });

  it('an individual’s rate rises with BMI above the persona’s, up to the population cap', () => {
    const centre = personas['sleep-apnoea'];
    const centreBmi = centre.weightKg / (centre.heightCm / 100) ** 2;
    for (let seed = 1; seed <= 20; seed++) {
      const b = healthUser({ seed, persona: 'sleep-apnoea' }).baseline;
      expect(b.odiPerHour).toBeLessThanOrEqual(population.odiMax);
      if (b.weightKg / (b.heightCm / 100) ** 2 > centreBmi + 1 && b.odiPerHour < population.odiMax)
        expect(b.odiPerHour).toBeGreaterThan(centre.desaturation.odiPerHour);
    }
  });

  it('every other persona stays under 5 an hour', () => {
    for (const persona of personaIds.filter((id) => id !== 'sleep-apnoea'))
      for (const seed of [1, 2]) expect(odiOf(persona, seed).odi, persona).toBeLessThan(5);
  });

  it('arousals fragment the apnoea persona’s sleep: more awake time and less deep sleep than the office worker', () => {
    const share = (persona: 'sleep-apnoea' | 'office-worker') => {
      const user = healthUser({ seed: 5, persona });
      let deep = 0;
      let awake = 0;
      let asleep = 0;
      for (let n = LAST - 29; n <= LAST; n++) {
        const s = user.day(n).sleep;
        deep += s.totals[DEEP];
        awake += s.totals[AWAKE];
        asleep += s.asleepSec;
      }
      return { deep: deep / asleep, awake: awake / asleep };
    };
    const apnoea = share('sleep-apnoea');
    const office = share('office-worker');
    expect(apnoea.deep).toBeLessThan(office.deep);
    expect(apnoea.awake).toBeGreaterThan(office.awake);
  });

  it('breathing varies more through the apnoea persona’s nights than the office worker’s', () => {
    const spread = (persona: 'sleep-apnoea' | 'office-worker') => {
      const user = healthUser({ seed: 6, persona });
      const sds: number[] = [];
      for (let n = LAST - 13; n <= LAST; n++) {
        const xs = Array.from(user.day(n).sleep.breathing().values);
        const m = mean(xs);
        sds.push(Math.sqrt(mean(xs.map((x) => (x - m) ** 2))));
      }
      return mean(sds);
    };
    expect(spread('sleep-apnoea')).toBeGreaterThan(1.3 * spread('office-worker'));
  });
});

describe('paroxysmal atrial fibrillation', () => {
  it('afib-risk ECGs sometimes read atrial_fibrillation, other personas never', () => {
    expect(afibShare(['afib-risk'], 4, 90)).toBeGreaterThan(0.03);
    expect(
      afibShare(
        personaIds.filter((id) => id !== 'afib-risk'),
        2,
        90,
      ),
    ).toBe(0);
  });

  it('an AF ECG has irregular RR intervals at a higher rate than a sinus one', () => {
    const user = healthUser({ seed: 3, persona: 'afib-risk' });
    const af: number[] = [];
    const sinus: number[] = [];
    for (let n = LAST - 179; n <= LAST; n++) {
      const day = user.day(n);
      const e = day.ecg;
      const hr = day.heartRate[e.minute] as number;
      const rr = rrIntervals(ecgSamples(hr, 300, 30, n, e.classification === 'atrial_fibrillation'), 300);
      if (e.classification === 'atrial_fibrillation') af.push(cv(rr));
      else if (e.classification === 'normal' && sinus.length < 20) sinus.push(cv(rr));
      if (e.classification === 'atrial_fibrillation') {
        const sinusRr = rrIntervals(ecgSamples(hr, 300, 30, n), 300);
        expect(mean(rr)).toBeCloseTo(mean(sinusRr), 1);
      }
    }
    expect(af.length).toBeGreaterThan(3);
    expect(mean(af)).toBeGreaterThan(0.12);
    expect(Math.max(...sinus)).toBeLessThan(0.05);
    expect(Math.min(...af)).toBeGreaterThan(1.5 * Math.max(...sinus));
  });

  it('an episode shows in the day’s heart rate: higher and more variable while awake', () => {
    const user = healthUser({ seed: 2, persona: 'afib-risk' });
    let checked = 0;
    for (let n = LAST - 179; n <= LAST && checked < 4; n++) {
      const day = user.day(n);
      const episodes = afibEpisodes(user, n);
      if (episodes.length === 0) continue;
      const inside: number[] = [];
      const outside: number[] = [];
      for (let m = 0; m < day.lengthMin; m++) {
        if (day.minuteCode(m) !== FREE) continue;
        const during = episodes.some((e) => m >= e.startMin && m < e.endMin);
        (during ? inside : outside).push(day.heartRate[m] as number);
      }
      if (inside.length < 60 || outside.length < 60) continue;
      checked++;
      expect(mean(inside)).toBeGreaterThan(mean(outside) + 15);
      const step = (xs: number[]) => mean(xs.slice(1).map((x, k) => Math.abs(x - (xs[k] as number))));
      expect(step(inside)).toBeGreaterThan(step(outside) * 2);
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('an episode across local midnight is one stretch of time: both days show their part, HR and ECG agree', () => {
    let spans = 0;
    let afEcgs = 0;
    for (const seed of [2, 3, 5, 8]) {
      const user = healthUser({ seed, persona: 'afib-risk' });
      for (let n = LAST - 179; n < LAST; n++) {
        const day = user.day(n);
        const next = user.day(n + 1);
        const last = afibEpisodes(user, n).at(-1);
        const first = afibEpisodes(user, n + 1)[0];
        const crosses = last !== undefined && last.endMin === day.lengthMin;
        // A part reaching the end of a day continues at the start of the next, and only then.
        expect(first !== undefined && first.startMin === 0).toBe(crosses);
        if (!crosses) continue;
        spans++;
        // Midnight is one instant on both days' clocks.
        expect(day.toMs(day.lengthS)).toBe(next.startMs);
        const length = last.endMin - last.startMin + (first as { endMin: number }).endMin;
        expect(length).toBeGreaterThanOrEqual(Math.floor(0.4 * 10 * 60));
        expect(length).toBeLessThanOrEqual(Math.ceil(1.6 * 10 * 60) + day.lengthMin);
        // Awake minutes of both parts beat faster than the same day's awake minutes outside episodes.
        for (const [d, part] of [
          [day, last],
          [next, first],
        ] as const) {
          const parts = afibEpisodes(user, d.dayNo);
          const inside: number[] = [];
          const outside: number[] = [];
          for (let m = 0; m < d.lengthMin; m++) {
            if (d.minuteCode(m) !== FREE) continue;
            const during = parts.some((e) => m >= e.startMin && m < e.endMin);
            (during ? inside : outside).push(d.heartRate[m] as number);
          }
          if (inside.length >= 30 && outside.length >= 30)
            expect(mean(inside)).toBeGreaterThan(mean(outside) + 10);
          // The morning after: the spot check falls in the episode's part and reads atrial fibrillation.
          const ecg = d.ecg;
          if (
            ecg.minute >= (part as { startMin: number }).startMin &&
            ecg.minute < (part as { endMin: number }).endMin
          ) {
            expect(ecg.classification).toBe('atrial_fibrillation');
            if (d === next) afEcgs++;
          }
        }
      }
    }
    expect(spans).toBeGreaterThan(5);
    expect(afEcgs).toBeGreaterThan(0);
  });
});

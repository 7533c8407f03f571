// The realism scorecard of the health generators: each quantity a sleep scientist, an endocrinologist or a
// wearables engineer would look at, computed from the day model over many people, beside the published range it
// must fall in and where that range comes from. Read by test/generators/health/realism.test.ts and
// bench/realism.bench.ts; docs/realism.md keeps the same table.

import { FREE } from '../../../generators/health/day-grid.ts';
import { chargingWindow, heartSampleMask } from '../../../generators/health/heart-sampling.ts';
import type { PersonaId } from '../../../generators/health/personas.ts';
import { fidelityOf } from '../../../generators/health/provider-fidelity.ts';
import { dayNoOf } from '../../../generators/health/time.ts';
import { healthUser } from '../../../generators/health/user.ts';
import { measureClinical } from './clinical-metrics.ts';
import { measurePopulation } from './population-metrics.ts';
import { measureTravel } from './travel-metrics.ts';

/** One row: what is measured, the kit's value, the range it must fall in and its source. */
export interface RealismRow {
  readonly id: string;
  readonly quantity: string;
  readonly value: number;
  readonly min: number;
  readonly max: number;
  readonly reference: string;
}

/** What one person-series gives, per day. */
interface DaySample {
  readonly restingHr: number;
  readonly hrv: number;
  readonly asleepMin: number;
  readonly score: number;
  readonly steps: number;
  readonly trained: boolean;
  readonly weekend: boolean;
  readonly bedMin: number;
  readonly ill: boolean;
  readonly lateNight: boolean;
}

const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const sd = (xs: readonly number[]) => {
  const m = mean(xs);
  return Math.sqrt(xs.reduce((a, x) => a + (x - m) ** 2, 0) / (xs.length - 1));
};
const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
};
function pearson(xs: readonly number[], ys: readonly number[]): number {
  const mx = mean(xs);
  const my = mean(ys);
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < xs.length; i++) {
    const dx = (xs[i] as number) - mx;
    const dy = (ys[i] as number) - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxy / Math.sqrt(sxx * syy);
}
const lag1 = (xs: readonly number[]) => pearson(xs.slice(0, -1), xs.slice(1));

/** A person's series of `days` days ending on 2026-06-30, from the day model. */
function series(seed: number, persona: PersonaId, days: number): DaySample[] {
  const user = healthUser({ seed, persona });
  const last = dayNoOf('2026-06-30') as number;
  const out: DaySample[] = [];
  for (let n = last - days + 1; n <= last; n++) {
    const day = user.day(n);
    const sleep = day.sleep;
    let steps = 0;
    for (const s of day.activity.steps) steps += s;
    out.push({
      restingHr: sleep.restingHr,
      hrv: sleep.hrvMs,
      asleepMin: sleep.asleepSec / 60,
      score: sleep.score,
      steps,
      trained: day.workouts.length > 0,
      weekend: day.weekday >= 5,
      bedMin: sleep.startSec / 60,
      ill: day.state.illness >= 0.5,
      lateNight: day.state.lateNight,
    });
  }
  return out;
}

/** Within-person figures averaged over people, and pooled ones. */
export function measureRealism(options: { seeds: number; days: number }): RealismRow[] {
  const personas: PersonaId[] = [
    'office-worker',
    'endurance-athlete',
    'new-parent',
    'older-adult',
    'type1-diabetes',
  ];
  const within: Record<string, number[]> = {};
  const add = (key: string, value: number) => {
    if (!Number.isFinite(value)) return;
    within[key] ??= [];
    within[key].push(value);
  };
  const dailySteps: number[] = [];
  const scores: number[] = [];
  for (let seed = 1; seed <= options.seeds; seed++) {
    const persona = personas[seed % personas.length] as PersonaId;
    const s = series(seed, persona, options.days);
    const rhr = s.map((d) => d.restingHr);
    const hrv = s.map((d) => d.hrv);
    add('r-rhr-hrv', pearson(rhr, hrv));
    add('lag1-rhr', lag1(rhr));
    add('lag1-hrv', lag1(hrv));
    add('sd-rhr', sd(rhr));
    add('sd-sleep', sd(s.map((d) => d.asleepMin)));
    add(
      'r-score-duration',
      pearson(
        s.map((d) => d.score),
        s.map((d) => d.asleepMin),
      ),
    );
    add('rest-days', s.filter((d) => !d.trained).length / s.length);
    const weekday = s.filter((d) => !d.weekend);
    const weekend = s.filter((d) => d.weekend);
    if (persona === 'office-worker') {
      add('weekend-bed-shift', mean(weekend.map((d) => d.bedMin)) - mean(weekday.map((d) => d.bedMin)));
      add('weekend-steps', mean(weekend.map((d) => d.steps)) / mean(weekday.map((d) => d.steps)));
    }
    const ordinary = s.filter((d) => !d.ill && !d.lateNight);
    const ill = s.filter((d) => d.ill);
    if (ill.length > 0)
      add('ill-rhr', mean(ill.map((d) => d.restingHr)) - mean(ordinary.map((d) => d.restingHr)));
    const late = s.filter((d) => d.lateNight);
    if (late.length > 0) add('late-hrv', mean(late.map((d) => d.hrv)) / mean(ordinary.map((d) => d.hrv)));
    add('ill-days', ill.length / s.length);
    dailySteps.push(...s.map((d) => d.steps));
    scores.push(...s.map((d) => d.score));
  }
  const w = (key: string) => mean(within[key] ?? [Number.NaN]);
  const wear = measureWear(Math.min(options.seeds, 20), options.days);
  return [
    {
      id: 'r-rhr-hrv',
      quantity: 'within-person r(resting HR, night HRV)',
      value: w('r-rhr-hrv'),
      min: -0.7,
      max: -0.2,
      reference: 'real: -0.3 to -0.6 (Plews et al., Sports Med. 2013; Buchheit, Front. Physiol. 2014)',
    },
    {
      id: 'lag1-rhr',
      quantity: 'lag-1 autocorrelation of resting HR',
      value: w('lag1-rhr'),
      min: 0.3,
      max: 0.85,
      reference: 'real: 0.4-0.7 day to day (Quer et al., JAMA Netw. Open 2020: 92,457 Fitbit users)',
    },
    {
      id: 'lag1-hrv',
      quantity: 'lag-1 autocorrelation of night HRV',
      value: w('lag1-hrv'),
      min: 0.3,
      max: 0.85,
      reference: 'real: 0.4-0.7 (Plews et al., Sports Med. 2013: rolling HRV averages)',
    },
    {
      id: 'sd-rhr',
      quantity: 'within-person SD of resting HR, bpm',
      value: w('sd-rhr'),
      min: 1.8,
      max: 3.5,
      reference: 'real: 2-3 bpm (Quer et al., JAMA Netw. Open 2020)',
    },
    {
      id: 'sd-sleep',
      quantity: 'within-person SD of sleep duration, min',
      value: w('sd-sleep'),
      min: 45,
      max: 90,
      reference:
        'real: about 60 min night to night (Jonasdottir et al., Sleep 2021: 6.8 M nights of wearable sleep)',
    },
    {
      id: 'score-mean',
      quantity: 'mean sleep score',
      value: mean(scores),
      min: 70,
      max: 85,
      reference: 'Fitbit: most people 72-83; Oura and Garmin means near 75-80 (provider reports)',
    },
    {
      id: 'r-score-duration',
      quantity: 'within-person r(sleep score, duration)',
      value: w('r-score-duration'),
      min: 0.3,
      max: 0.9,
      reference: 'scores weigh duration with efficiency, latency, continuity and stages: well below 1',
    },
    {
      id: 'steps-median',
      quantity: 'median daily steps (all days, all people)',
      value: median(dailySteps),
      min: 4000,
      max: 9000,
      reference: 'global means near 5,000 (Althoff et al., Nature 2017: 717,527 smartphone users)',
    },
    {
      id: 'rest-days',
      quantity: 'share of days without a workout',
      value: w('rest-days'),
      min: 0.2,
      max: 0.7,
      reference: 'most people train 2-5 days a week (WHO 2020 guidelines; Strava year in sport)',
    },
    {
      id: 'weekend-bed-shift',
      quantity: 'office worker: weekend bedtime later than weekdays, min',
      value: w('weekend-bed-shift'),
      min: 15,
      max: 90,
      reference: 'social jet lag about 30-60 min (Roenneberg et al., Curr. Biol. 2012)',
    },
    {
      id: 'weekend-steps',
      quantity: 'office worker: weekend steps / weekday steps',
      value: w('weekend-steps'),
      min: 0.6,
      max: 0.95,
      reference: 'desk workers walk less at weekends (Tudor-Locke et al., Med. Sci. Sports Exerc. 2004)',
    },
    {
      id: 'ill-days',
      quantity: 'share of days ill (severity >= 0.5)',
      value: w('ill-days'),
      min: 0.01,
      max: 0.06,
      reference: 'adults catch 2-4 colds a year, each a few days (Heikkinen & Järvinen, Lancet 2003)',
    },
    {
      id: 'ill-rhr',
      quantity: 'resting HR on ill days above ordinary days, bpm',
      value: w('ill-rhr'),
      min: 3,
      max: 12,
      reference: 'elevated several bpm in influenza-like illness (Radin et al., Lancet Digit. Health 2020)',
    },
    {
      id: 'late-hrv',
      quantity: 'night HRV after a late night or drinks / ordinary nights',
      value: w('late-hrv'),
      min: 0.6,
      max: 0.92,
      reference: 'alcohol lowers night HRV dose-dependently (Pietilä et al., JMIR Ment. Health 2018)',
    },
    {
      id: 'dst-days',
      quantity: 'DST days present: 23- and 25-hour local days per year, people in DST zones at home',
      value: dstDaysPerYear(options.seeds),
      min: 2,
      max: 2,
      reference:
        'two clock changes a year: US Energy Policy Act 2005 (Mar, Nov), EU Directive 2000/84/EC (Mar, Oct), NSW (Apr, Oct)',
    },
    ...wear,
    ...measureTravel(options.seeds),
    ...measurePopulation(options),
    ...measureClinical(options),
  ];
}

/**
 * Provider fidelity: the spacing of Apple Watch heart rate samples at rest, Garmin's daily highest stress level and
 * how often a Garmin watch charges, over the first `seeds` people (the sampling masks are the costly part).
 */
function measureWear(seeds: number, days: number): RealismRow[] {
  const apple = fidelityOf('apple');
  const garmin = fidelityOf('garmin');
  const last = dayNoOf('2026-06-30') as number;
  let gapSum = 0;
  let gapCount = 0;
  let charges = 0;
  let personDays = 0;
  const stressMaxes: number[] = [];
  for (let seed = 1; seed <= seeds; seed++) {
    const user = healthUser({ seed, persona: 'office-worker' });
    for (let n = last - days + 1; n <= last; n++) {
      const day = user.day(n);
      personDays++;
      if (chargingWindow(day, garmin) !== undefined) charges++;
      if (n > last - 30) {
        let top = -1;
        for (const v of day.stress) if (v > top) top = v;
        stressMaxes.push(top);
        const mask = heartSampleMask(day, apple);
        const charge = chargingWindow(day, apple) ?? [0, 0];
        let previous = -1;
        for (let m = 0; m < day.lengthMin; m++) {
          if (mask[m] === 0) continue;
          const free = day.minutes[m] === FREE && (previous < 0 || day.minutes[previous] === FREE);
          if (previous >= 0 && free && !(m >= charge[0] && previous < charge[1])) {
            gapSum += m - previous;
            gapCount++;
          }
          previous = m;
        }
      }
    }
  }
  return [
    {
      id: 'apple-hr-gap',
      quantity: 'Apple Watch: minutes between heart rate samples at rest',
      value: gapSum / gapCount,
      min: 4,
      max: 7,
      reference:
        'Apple Watch measures heart rate in the background "periodically" (Apple support, Heart rate on Apple Watch); HealthKit exports show readings every 4-7 min at rest',
    },
    {
      id: 'stress-day-max',
      quantity: 'office worker: median of the daily highest Garmin stress level',
      value: median(stressMaxes),
      min: 55,
      max: 95,
      reference:
        "Garmin's scale: 0-25 rest, 26-50 low, 51-75 medium, 76-100 high (Garmin support); it reads high while the heart recovers after exercise",
    },
    {
      id: 'garmin-charge-days',
      quantity: 'Garmin: days between charges',
      value: personDays / Math.max(1, charges),
      min: 7,
      max: 18,
      reference:
        'Forerunner 965: up to 23 days in smartwatch mode, less with GPS workouts (Garmin specifications)',
    },
  ];
}

/** The 23- and 25-hour local days of 2026, per person staying at home all year (no trips), averaged over people whose zone keeps daylight saving. */
function dstDaysPerYear(seeds: number): number {
  const personas: PersonaId[] = ['office-worker', 'endurance-athlete', 'older-adult', 'type1-diabetes'];
  const first = dayNoOf('2026-01-01') as number;
  const counts: number[] = [];
  for (let seed = 1; seed <= Math.min(seeds, 8); seed++) {
    // Trips switch zones at local midnights (days short or long by the shift) and may skip a home clock change.
    const user = healthUser({
      seed,
      persona: { id: personas[seed % personas.length] as PersonaId, trips: [] },
    });
    let odd = 0;
    for (let n = first; n < first + 365; n++) if (user.day(n).lengthS !== 86_400) odd++;
    counts.push(odd);
  }
  return mean(counts);
}

// The population rows of the realism scorecard: what `seed` alone gives (no persona: the persona and the individual
// are drawn), beside published population figures. Part of measureRealism (realism-metrics.ts).

import { dayNoOf } from '../../../generators/health/time.ts';
import { healthUser } from '../../../generators/health/user.ts';
import type { RealismRow } from './realism-metrics.ts';

const share = (xs: readonly number[], test: (x: number) => boolean) => xs.filter(test).length / xs.length;
const quantile = (xs: readonly number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] as number;
};
const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const sd = (xs: readonly number[]) => {
  const m = mean(xs);
  return Math.sqrt(xs.reduce((a, x) => a + (x - m) ** 2, 0) / (xs.length - 1));
};

/**
 * Population rows: body and resting heart rate over `seeds * 20` drawn people (their baselines only), steps and
 * sleep over `seeds` drawn people of `days` days each (seeds from 10,001 on, apart from the persona rows' seeds).
 */
export function measurePopulation(options: { seeds: number; days: number }): RealismRow[] {
  const bmi: number[] = [];
  const rhr: number[] = [];
  for (let seed = 1; seed <= options.seeds * 20; seed++) {
    const b = healthUser({ seed: 10_000 + seed }).baseline;
    bmi.push(b.bmi);
    rhr.push(b.restingHr);
  }
  const steps: number[] = [];
  const asleepH: number[] = [];
  const last = dayNoOf('2026-06-30') as number;
  for (let seed = 1; seed <= options.seeds; seed++) {
    const user = healthUser({ seed: 10_000 + seed });
    for (let n = last - options.days + 1; n <= last; n++) {
      const day = user.day(n);
      let sum = 0;
      for (const s of day.activity.steps) sum += s;
      steps.push(sum);
      asleepH.push(day.sleep.asleepSec / 3600);
    }
  }
  return [
    {
      id: 'pop-bmi-median',
      quantity: 'population: median BMI, kg/m²',
      value: quantile(bmi, 0.5),
      min: 23,
      max: 29,
      reference: 'adult means near 25 worldwide, near 29 in the US (NCD-RisC, Lancet 2024; NHANES 2017-2020)',
    },
    {
      id: 'pop-bmi-obese',
      quantity: 'population: share with BMI >= 30',
      value: share(bmi, (x) => x >= 30),
      min: 0.12,
      max: 0.42,
      reference: 'obesity in 16 % of adults worldwide, about 40 % in the US (NCD-RisC, Lancet 2024; NHANES)',
    },
    {
      id: 'pop-bmi-40',
      quantity: 'population: share with BMI >= 40',
      value: share(bmi, (x) => x >= 40),
      min: 0.005,
      max: 0.1,
      reference:
        'severe obesity in 9 % of US adults, a few percent worldwide (NHANES 2017-2020; NCD-RisC 2024)',
    },
    {
      id: 'pop-rhr-mean',
      quantity: 'population: mean resting HR, bpm',
      value: mean(rhr),
      min: 60,
      max: 72,
      reference:
        'mean 65.5 bpm over 92,457 Fitbit users (Quer et al., JAMA Netw. Open 2020); 60-80 (Nanchen 2018)',
    },
    {
      id: 'pop-rhr-sd',
      quantity: 'population: SD of resting HR between people, bpm',
      value: sd(rhr),
      min: 6,
      max: 12,
      reference: 'individual means spread widely, 40 to 109 bpm (Quer et al., JAMA Netw. Open 2020)',
    },
    {
      id: 'pop-rhr-p99',
      quantity: 'population: 99th percentile of resting HR, bpm',
      value: quantile(rhr, 0.99),
      min: 85,
      max: 105,
      reference: 'a tail to about 100 bpm (Quer et al. 2020; Nanchen, Heart 2018: RHR > 80 in about 10 %)',
    },
    {
      id: 'pop-steps-median',
      quantity: 'population: median daily steps',
      value: quantile(steps, 0.5),
      min: 4000,
      max: 9000,
      reference: 'median near 5,000, wide inequality (Althoff et al., Nature 2017: 717,527 smartphone users)',
    },
    {
      id: 'pop-steps-under-2000',
      quantity: 'population: share of days under 2,000 steps',
      value: share(steps, (x) => x < 2000),
      min: 0.01,
      max: 0.15,
      reference:
        'basal activity near 2,500 steps/day; under 5,000 is sedentary (Tudor-Locke et al., IJBNPA 2011)',
    },
    {
      id: 'pop-nights-under-5h',
      quantity: 'population: share of nights under 5 h asleep',
      value: share(asleepH, (x) => x < 5),
      min: 0.01,
      max: 0.12,
      reference:
        '35 % of US adults sleep under 7 h (Liu et al., MMWR 2016); nights under 5 h are rare (Jonasdottir 2021)',
    },
  ];
}

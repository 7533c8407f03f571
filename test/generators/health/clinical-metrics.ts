// The clinical rows of the realism scorecard: nocturnal desaturations of the sleep-apnoea persona against the
// others, as a sleep lab would score them from the night's SpO2. Part of measureRealism (realism-metrics.ts).

import { type PersonaId, personaIds } from '../../../generators/health/personas.ts';
import { dayNoOf } from '../../../generators/health/time.ts';
import { healthUser } from '../../../generators/health/user.ts';
import type { RealismRow } from './realism-metrics.ts';

const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

/**
 * One night scored: desaturations are runs of minutes at least 3 % below the night's median (AASM 2012: a drop of
 * >= 3 %), per hour asleep, and the lowest reading.
 */
export function scoreNight(spo2: readonly number[], asleepSec: number): { odi: number; nadir: number } {
  const sorted = [...spo2].sort((a, b) => a - b);
  const baseline = sorted[Math.floor(sorted.length / 2)] as number;
  let events = 0;
  let inEvent = false;
  for (const value of spo2) {
    const low = value <= baseline - 3;
    if (low && !inEvent) events++;
    inEvent = low;
  }
  return { odi: events / (asleepSec / 3600), nadir: sorted[0] as number };
}

/** Mean nightly ODI and nadir over `people` people of a persona, `nights` nights each. */
function nights(persona: PersonaId, people: number, count: number): { odi: number; nadir: number } {
  const last = dayNoOf('2026-06-30') as number;
  const odi: number[] = [];
  const nadir: number[] = [];
  for (let seed = 1; seed <= people; seed++) {
    const user = healthUser({ seed, persona });
    for (let n = last - count + 1; n <= last; n++) {
      const sleep = user.day(n).sleep;
      const night = scoreNight(sleep.spo2.values, sleep.asleepSec);
      odi.push(night.odi);
      nadir.push(night.nadir);
    }
  }
  return { odi: mean(odi), nadir: mean(nadir) };
}

/** Share of the day's ECG spot checks classed `atrial_fibrillation`, over `people` people of the personas. */
export function afibShare(personas: readonly PersonaId[], people: number, count: number): number {
  const last = dayNoOf('2026-06-30') as number;
  let af = 0;
  let all = 0;
  for (const persona of personas)
    for (let seed = 1; seed <= people; seed++) {
      const user = healthUser({ seed, persona });
      for (let n = last - count + 1; n <= last; n++) {
        all++;
        if (user.day(n).ecg.classification === 'atrial_fibrillation') af++;
      }
    }
  return af / all;
}

/** Clinical rows: the sleep-apnoea persona's ODI and nadir, the ODI of people without apnoea, and AF ECGs. */
export function measureClinical(options: { seeds: number; days: number }): RealismRow[] {
  const people = Math.max(3, Math.round(options.seeds / 6));
  const count = Math.min(options.days, 30);
  const apnoea = nights('sleep-apnoea', people, count);
  const others = nights('office-worker', people, count);
  const withoutAfib = personaIds.filter((id) => id !== 'afib-risk');
  return [
    {
      id: 'afib-ecg-share',
      quantity: 'afib-risk persona: share of ECG spot checks classed atrial fibrillation',
      value: afibShare(['afib-risk'], people, Math.min(options.days, 120)),
      min: 0.04,
      max: 0.25,
      reference:
        'paroxysmal AF: AF burden a few % to about 20 % of the time (Chen et al., Circulation 2018), checks prompted by palpitations',
    },
    {
      id: 'others-afib-ecg-share',
      quantity: 'other personas: share of ECG spot checks classed atrial fibrillation',
      value: afibShare(withoutAfib, Math.max(2, Math.round(people / 3)), count),
      min: 0,
      max: 0.004,
      reference: 'Apple ECG app: 99.6 % specificity in sinus rhythm (FDA De Novo DEN180044, 2018)',
    },
    {
      id: 'apnoea-odi',
      quantity: 'sleep-apnoea persona: desaturations (>= 3 %) per hour asleep',
      value: apnoea.odi,
      min: 15,
      max: 30,
      reference: 'moderate sleep apnoea: 15-30 events an hour (AASM scoring manual 2012; Punjabi, PATS 2008)',
    },
    {
      id: 'apnoea-nadir',
      quantity: 'sleep-apnoea persona: mean nightly SpO2 nadir, %',
      value: apnoea.nadir,
      min: 80,
      max: 88,
      reference: 'nadir in the low to mid 80s in moderate OSA (Punjabi, PATS 2008; Sleep Heart Health Study)',
    },
    {
      id: 'others-odi',
      quantity: 'office worker: desaturations (>= 3 %) per hour asleep',
      value: others.odi,
      min: 0,
      max: 5,
      reference: 'under 5 an hour is normal (AASM scoring manual 2012)',
    },
  ];
}

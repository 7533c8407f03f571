// The travel rows of the realism scorecard: how fast the body clock re-entrains after flying east and west, in days
// per hour of shift, over trips of 3, 6 and 9 hours, and how many people of the travelling personas change zone in a
// year from the seed alone. Part of measureRealism (realism-metrics.ts).

import type { PersonaId } from '../../../generators/health/personas.ts';
import { dayNoOf } from '../../../generators/health/time.ts';
import { healthUser } from '../../../generators/health/user.ts';
import type { RealismRow } from './realism-metrics.ts';

/** Home and destination pairs (January: no daylight saving change during the trips), and their shifts. */
const EAST = [
  ['America/New_York', 'Atlantic/Reykjavik'],
  ['America/New_York', 'Europe/Berlin'],
  ['America/Los_Angeles', 'Europe/Berlin'],
] as const;

/** Days from the switch until the body clock agrees with the local one, per hour of shift, averaged. */
function daysPerHour(pairs: readonly (readonly [string, string])[], seeds: number): number {
  const from = '2026-01-10';
  const start = dayNoOf(from) as number;
  let sum = 0;
  let n = 0;
  for (let seed = 1; seed <= Math.min(seeds, 4); seed++) {
    for (const [home, away] of pairs) {
      const trips = [{ from, to: '2026-02-20', timeZone: away }];
      const user = healthUser({ seed, persona: { id: 'office-worker', timeZone: home, trips } });
      const shift = Math.abs(user.jetLagHours(start));
      let d = start;
      while (user.jetLagHours(d) !== 0) d++;
      sum += (d - start) / shift;
      n++;
    }
  }
  return sum / n;
}

/** What a night gives the jet-lag rows: wake after sleep onset, efficiency and awakenings. */
export interface NightFigures {
  /** Awake between falling asleep and the final awakening, seconds. */
  readonly wasoSec: number;
  /** Asleep / in bed. */
  readonly efficiency: number;
  /** Awake stages between falling asleep and the final awakening. */
  readonly awakenings: number;
}

/** The figures of the sleep ending on `date` of a person. */
export function nightFigures(user: ReturnType<typeof healthUser>, date: string | number): NightFigures {
  const sleep = user.day(date).sleep;
  const { stage, stageLength } = sleep;
  let wasoSec = 0;
  let awakenings = 0;
  for (let k = 1; k < stage.length - 1; k++) {
    if (stage[k] !== 0) continue;
    wasoSec += stageLength[k] as number;
    awakenings++;
  }
  return { wasoSec, efficiency: sleep.asleepSec / (sleep.endSec - sleep.startSec), awakenings };
}

/**
 * Wake after sleep onset on the first three nights after flying 6 hours east or west (New York and Berlin, January),
 * over the same people's nights on those dates at home.
 */
function lagWasoRatio(seeds: number): number {
  let lagged = 0;
  let home = 0;
  const start = dayNoOf('2026-01-10') as number;
  for (let seed = 1; seed <= seeds; seed++) {
    for (const [from, to] of [
      ['America/New_York', 'Europe/Berlin'],
      ['Europe/Berlin', 'America/New_York'],
    ] as const) {
      const trips = [{ from: '2026-01-10', to: '2026-02-20', timeZone: to }];
      const away = healthUser({ seed, persona: { id: 'office-worker', timeZone: from, trips } });
      const stay = healthUser({ seed, persona: { id: 'office-worker', timeZone: from, trips: [] } });
      for (let n = start + 1; n <= start + 3; n++) {
        lagged += nightFigures(away, n).wasoSec;
        home += nightFigures(stay, n).wasoSec;
      }
    }
  }
  return lagged / home;
}

/** The personas with a drawn travel habit (desk worker, athlete). */
const TRAVELLERS: readonly PersonaId[] = ['office-worker', 'endurance-athlete'];

/** Share of person-years of 2026 with at least one change of zone (a drawn trip), over `people` people. */
function zoneChangeYears(people: number): number {
  const first = dayNoOf('2026-01-01') as number;
  let changed = 0;
  for (let seed = 1; seed <= people; seed++) {
    const it = healthUser({ seed, persona: TRAVELLERS[seed % TRAVELLERS.length] as PersonaId }).itinerary;
    let zone = it.zoneOf(first - 1);
    for (let n = first; n < first + 365; n++) {
      const next = it.zoneOf(n);
      if (next !== zone) {
        changed++;
        break;
      }
      zone = next;
    }
  }
  return changed / people;
}

/** Rows `jetlag-east`, `jetlag-west`, `jetlag-waso` and `zone-change-years`. */
export function measureTravel(seeds: number): RealismRow[] {
  const west = EAST.map(([home, away]) => [away, home] as const);
  return [
    {
      id: 'jetlag-east',
      quantity: 'days to re-entrain per hour of shift, flying east',
      value: daysPerHour(EAST, seeds),
      min: 0.8,
      max: 1.5,
      reference: 'about 1 h a day after eastward flights (Waterhouse et al., Lancet 2007)',
    },
    {
      id: 'jetlag-west',
      quantity: 'days to re-entrain per hour of shift, flying west',
      value: daysPerHour(west, seeds),
      min: 0.5,
      max: 0.9,
      reference: 'about 1.5 h a day after westward flights (Waterhouse et al., Lancet 2007)',
    },
    {
      id: 'jetlag-waso',
      quantity: 'wake after sleep onset, first 3 nights after a 6-h flight / at home',
      value: lagWasoRatio(Math.min(seeds, 40)),
      min: 1.5,
      max: 4,
      reference:
        'wake within sleep rises several-fold at an adverse circadian phase (Dijk & Czeisler, J. Neurosci. 1995); sleep efficiency down for nights after eastward flights (Doherty et al., Neurobiol. Sleep Circadian Rhythms 2023)',
    },
    {
      id: 'zone-change-years',
      quantity: 'office worker, athlete: share of person-years with a change of time zone',
      value: zoneChangeYears(Math.max(200, seeds)),
      min: 0.25,
      max: 0.55,
      reference:
        '41-54 % of employed US adults fly at least once a year, 3-4 trips each (Gallup air travel polls 2003-2021); not every flight crosses a zone',
    },
  ];
}

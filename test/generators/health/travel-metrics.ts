// The travel rows of the realism scorecard: how fast the body clock re-entrains after flying east and west, in days
// per hour of shift, over trips of 3, 6 and 9 hours. Part of measureRealism (realism-metrics.ts).

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

/** Rows `jetlag-east` and `jetlag-west`. */
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
  ];
}

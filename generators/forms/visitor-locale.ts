import type { Rng } from '../../src/core/index.ts';
import { type LocaleId, locales } from '../core/faker.ts';
import { localeTable } from './form-identity.ts';
import { countries } from './locales/countries.ts';
import { type Rhythm, rateAt, utcOffsetMs } from './rhythm.ts';

/** How often visitors come from each locale (the weights of {@link localeTable}). */
const shares = localeTable.values.map((locale, i) => {
  const below = i === 0 ? 0 : (localeTable.cumulative[i - 1] as number);
  return [locale, (localeTable.cumulative[i] as number) - below] as const;
});
type Share = (typeof shares)[number];

/** The time zone of each locale's country, in the order of {@link shares}. */
const zones = shares.map(([locale]) => countries[locales[locale].country].timeZone);

/** The running totals of one draw (reused: a draw calls nothing that draws). */
const scratch = new Float64Array(shares.length);

/**
 * The locale of a visitor from abroad at `ms`: as common as {@link localeTable} says, times how busy the kind's
 * rhythm is in that locale's time zone then (few people fill in forms at 3 a.m.). One draw.
 *
 * @example
 * ```ts
 * visitorLocale(rng, 'office', Date.parse('2026-01-15T02:00:00Z')); // rarely 'de' (03:00 in Berlin), often 'ja'
 * ```
 */
export function visitorLocale(rng: Rng, rhythm: Rhythm, ms: number): LocaleId {
  const cumulative = scratch;
  let total = 0;
  for (let i = 0; i < shares.length; i++) {
    total += (shares[i] as Share)[1] * rateAt(rhythm, ms, utcOffsetMs(zones[i] as string, ms));
    cumulative[i] = total;
  }
  const roll = rng.next() * total;
  let i = 0;
  while (i < shares.length - 1 && roll >= (cumulative[i] as number)) i++;
  return (shares[i] as Share)[0];
}

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
  let total = 0;
  const cumulative = shares.map(([locale, share]) => {
    const zone = countries[locales[locale].country].timeZone;
    total += share * rateAt(rhythm, ms, utcOffsetMs(zone, ms));
    return total;
  });
  const roll = rng.next() * total;
  let i = 0;
  while (i < cumulative.length - 1 && roll >= (cumulative[i] as number)) i++;
  return (shares[i] as (typeof shares)[number])[0];
}

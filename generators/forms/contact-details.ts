import type { Rng } from '../../src/core/index.ts';
import type { Company } from './company.ts';
import { drawWeighted, fillDigits, weightedTable } from './draw.ts';
import type { LocaleData } from './locale-data.ts';
import type { Person } from './person.ts';

/**
 * An email address derived from the person's name: at the company's domain for a business sender, at a free-mail
 * domain of their country otherwise.
 *
 * @example
 * ```ts
 * email(rng, person, data, company); // 'anna.schmidt@kraus-logistik.de'
 * email(rng, person, data);          // 'anna.schmidt87@gmx.de'
 * ```
 */
export function email(rng: Rng, who: Person, data: LocaleData, employer?: Company): string {
  const f = who.first[1];
  const l = who.last[1];
  if (employer !== undefined) {
    const style = drawWeighted(rng, BUSINESS_LOCALS);
    const at = `@${employer.domain}`;
    if (style === 0) return `${f}.${l}${at}`;
    if (style === 1) return `${f[0]}${l}${at}`;
    if (style === 2) return `${f}${at}`;
    if (style === 3) return `${f}-${l}${at}`;
    return `${f[0]}.${l}${at}`;
  }
  const style = drawWeighted(rng, PERSONAL_LOCALS);
  const domain = rng.pick(data.facts.freeMail);
  const year = style >= 2 && style <= 4 ? rng.int(1962, 2006) : 0;
  if (style === 0) return `${f}.${l}@${domain}`;
  if (style === 1) return `${f}${l}@${domain}`;
  if (style === 2) return `${f}.${l}${(year % 97) + 1}@${domain}`;
  if (style === 3) return `${f}${l}${year}@${domain}`;
  if (style === 4) return `${f[0]}${l}${String(year).slice(2)}@${domain}`;
  if (style === 5) return `${l}.${f}@${domain}`;
  return `${f}_${l}@${domain}`;
}
/** Weights of the local-part styles people use at work (`first.last`, `flast`, `first`, `first-last`, `f.last`). */
const BUSINESS_LOCALS = weightedTable([5, 2, 1.5, 1, 0.5].map((weight, style) => [style, weight] as const));
/** Weights of personal styles: `first.last`, `firstlast`, `first.last42`, `firstlast1987`, `flast87`, `last.first`, `first_last`. */
const PERSONAL_LOCALS = weightedTable(
  [3, 2, 1.5, 1.5, 1, 1, 0.5].map((weight, style) => [style, weight] as const),
);

/**
 * A phone number of the locale's country, as people type it: E.164, spaced international or national format.
 *
 * @example
 * ```ts
 * phone(rng, localeData('de', fakerThunk)); // '+4915123456789', '+49 1512 3456789' or '0151 23456789'
 * ```
 */
export function phone(rng: Rng, data: LocaleData): string {
  const style = drawWeighted(rng, PHONE_STYLES);
  if (style === 'national' && data.nationalPhones.length > 0)
    return fillDigits(rng, rng.pick(data.nationalPhones));
  const pattern =
    data.internationalPhones.length > 0
      ? rng.pick(data.internationalPhones)
      : `+${data.facts.calling}#########`;
  const number = fillDigits(rng, pattern);
  if (style !== 'spaced') return number;
  const rest = number.slice(data.facts.calling.length + 1);
  return `+${data.facts.calling} ${rest.slice(0, 3)} ${rest.slice(3, 6)} ${rest.slice(6)}`.trimEnd();
}
const PHONE_STYLES = weightedTable([
  ['e164', 4.5],
  ['spaced', 3],
  ['national', 2.5],
] as const);

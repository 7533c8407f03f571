import type { Rng } from '../../src/core/index.ts';
import { fill } from './fill-template.ts';
import type { LocaleData } from './locale-data.ts';

/** A company: its name, the name without the legal suffix (`brand`), and its domain. */
export interface Company {
  readonly name: string;
  readonly brand: string;
  readonly domain: string;
}

/**
 * A company of the locale's country, named the way companies there are (`'Linnenbaum GmbH'`, `'株式会社佐藤商事'`),
 * with a domain derived from the name.
 *
 * @example
 * ```ts
 * company(rng, localeData('de', fakerThunk)); // { name: 'Kraus Logistik GmbH', brand: 'Kraus Logistik', domain: 'kraus-logistik.de' }
 * ```
 */
export function company(rng: Rng, data: LocaleData): Company {
  const [pattern, domainPattern] = rng.pick(data.book.companyPatterns);
  const uses = patternParts(pattern);
  // Only the parts the pattern names are drawn.
  const l = rng.pick(data.last);
  const l2 = uses.L2 ? rng.pick(data.last) : l;
  const s = uses.S ? rng.pick(data.book.sectors) : l;
  const b = uses.B && data.book.brands !== undefined ? rng.pick(data.book.brands) : l;
  const legal = uses.legal ? rng.pick(data.facts.legal) : '';
  const roll = rng.next();
  const tld = roll < 0.8 ? rng.pick(data.facts.tlds) : roll < 0.95 ? 'com' : 'io';
  const name = fill(pattern, { L: l[0], L2: l2[0], S: s[0], B: b[0], legal }).trim();
  const brand =
    legal === '' ? name : name.endsWith(legal) ? name.slice(0, -legal.length) : name.slice(legal.length);
  return {
    name,
    brand: brand.trim(),
    domain: `${fill(domainPattern, { l: l[1], l2: l2[1], s: s[1], b: b[1] })}.${tld}`,
  };
}

const partsByPattern = new Map<string, { L2: boolean; S: boolean; B: boolean; legal: boolean }>();
/** Which parts a company name pattern names (prepared once per pattern). */
function patternParts(pattern: string): { L2: boolean; S: boolean; B: boolean; legal: boolean } {
  let parts = partsByPattern.get(pattern);
  if (parts === undefined) {
    parts = {
      L2: pattern.includes('{L2}'),
      S: pattern.includes('{S}'),
      B: pattern.includes('{B}'),
      legal: pattern.includes('{legal}'),
    };
    partsByPattern.set(pattern, parts);
  }
  return parts;
}

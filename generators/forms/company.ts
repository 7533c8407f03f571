import type { Rng } from '../../src/core/index.ts';
import { type CompiledTemplate, compileTemplate, writeTemplate } from './fill-template.ts';
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
  const pattern = patternOf(rng.pick(data.book.companyPatterns));
  // Only the parts the pattern names are drawn.
  const l = data.last.draw(rng);
  const l2 = pattern.L2 ? data.last.draw(rng) : l;
  const s = pattern.S ? rng.pick(data.book.sectors) : l;
  const b = pattern.B && data.book.brands !== undefined ? rng.pick(data.book.brands) : l;
  const legal = pattern.legal ? rng.pick(data.facts.legal) : '';
  const roll = rng.next();
  const tld = roll < 0.8 ? rng.pick(data.facts.tlds) : roll < 0.95 ? 'com' : 'io';
  const name = writeTemplate(pattern.name, [l[0], l2[0], s[0], b[0], legal]).trim();
  const brand =
    legal === '' ? name : name.endsWith(legal) ? name.slice(0, -legal.length) : name.slice(legal.length);
  return {
    name,
    brand: brand.trim(),
    domain: `${writeTemplate(pattern.domain, [l[1], l2[1], s[1], b[1]])}.${tld}`,
  };
}

/** A company pattern prepared once: which parts its name names, and its two templates. */
interface CompanyPattern {
  readonly L2: boolean;
  readonly S: boolean;
  readonly B: boolean;
  readonly legal: boolean;
  readonly name: CompiledTemplate;
  readonly domain: CompiledTemplate;
}

const patterns = new Map<readonly [string, string], CompanyPattern>();
function patternOf(entry: readonly [string, string]): CompanyPattern {
  let prepared = patterns.get(entry);
  if (prepared === undefined) {
    const [name, domain] = entry;
    prepared = {
      L2: name.includes('{L2}'),
      S: name.includes('{S}'),
      B: name.includes('{B}'),
      legal: name.includes('{legal}'),
      name: compileTemplate(name, ['L', 'L2', 'S', 'B', 'legal']),
      domain: compileTemplate(domain, ['l', 'l2', 's', 'b']),
    };
    patterns.set(entry, prepared);
  }
  return prepared;
}

import type { Faker } from '@faker-js/faker';
import type { Rng } from '../../src/core/index.ts';
import { type LocaleId, locales } from '../core/faker.ts';
import { drawWeighted, fillDigits, weightedTable } from './draw.ts';
import type { Pair, Phrasebook } from './phrases/book.ts';
import { phrasebooks } from './phrases/index.ts';
import { fill } from './template.ts';

/** An ISO 3166-1 alpha-2 country of a supported locale. */
export type Country = (typeof locales)[LocaleId]['country'];

/** Facts about a country the generators keep consistent with a submitter from there. */
export interface CountryFacts {
  /** International calling code, without `+`. */
  readonly calling: string;
  /** Domain suffixes of local businesses. */
  readonly tlds: readonly string[];
  /** Free-mail domains people there use (most common first, listed twice to weigh more). */
  readonly freeMail: readonly string[];
  /** Legal entity suffixes of companies there. */
  readonly legal: readonly string[];
  /** ISO 4217 currency and a typical mid-level annual salary in it. */
  readonly currency: string;
  readonly salary: number;
  /** The regional internet registry handing out its IPv6 space. */
  readonly registry: 'arin' | 'ripe' | 'apnic' | 'lacnic';
}

/** Country facts, keyed by the countries of {@link locales}. */
export const countries: Readonly<Record<Country, CountryFacts>> = {
  US: {
    calling: '1',
    tlds: ['com'],
    freeMail: ['gmail.com', 'gmail.com', 'yahoo.com', 'outlook.com', 'icloud.com', 'hotmail.com', 'aol.com'],
    legal: ['Inc.', 'LLC', 'Corp.'],
    currency: 'USD',
    salary: 110_000,
    registry: 'arin',
  },
  GB: {
    calling: '44',
    tlds: ['co.uk', 'com'],
    freeMail: [
      'gmail.com',
      'gmail.com',
      'hotmail.co.uk',
      'outlook.com',
      'yahoo.co.uk',
      'btinternet.com',
      'icloud.com',
    ],
    legal: ['Ltd', 'Ltd.', 'LLP', 'plc'],
    currency: 'GBP',
    salary: 55_000,
    registry: 'ripe',
  },
  CA: {
    calling: '1',
    tlds: ['ca', 'com'],
    freeMail: ['gmail.com', 'gmail.com', 'hotmail.com', 'outlook.com', 'yahoo.ca', 'icloud.com', 'shaw.ca'],
    legal: ['Inc.', 'Ltd.', 'Corp.'],
    currency: 'CAD',
    salary: 90_000,
    registry: 'arin',
  },
  AU: {
    calling: '61',
    tlds: ['com.au'],
    freeMail: [
      'gmail.com',
      'gmail.com',
      'outlook.com',
      'hotmail.com',
      'bigpond.com',
      'icloud.com',
      'yahoo.com.au',
    ],
    legal: ['Pty Ltd'],
    currency: 'AUD',
    salary: 110_000,
    registry: 'apnic',
  },
  IN: {
    calling: '91',
    tlds: ['in', 'co.in', 'com'],
    freeMail: ['gmail.com', 'gmail.com', 'yahoo.co.in', 'rediffmail.com', 'outlook.com', 'hotmail.com'],
    legal: ['Pvt Ltd', 'Private Limited', 'LLP'],
    currency: 'INR',
    salary: 1_800_000,
    registry: 'apnic',
  },
  DE: {
    calling: '49',
    tlds: ['de'],
    freeMail: ['gmail.com', 'gmx.de', 'gmx.de', 'web.de', 't-online.de', 'outlook.de', 'icloud.com'],
    legal: ['GmbH', 'GmbH', 'AG', 'GmbH & Co. KG', 'UG (haftungsbeschränkt)', 'KG'],
    currency: 'EUR',
    salary: 65_000,
    registry: 'ripe',
  },
  FR: {
    calling: '33',
    tlds: ['fr'],
    freeMail: ['gmail.com', 'gmail.com', 'orange.fr', 'free.fr', 'hotmail.fr', 'laposte.net', 'sfr.fr'],
    legal: ['SAS', 'SARL', 'SA', 'EURL'],
    currency: 'EUR',
    salary: 50_000,
    registry: 'ripe',
  },
  ES: {
    calling: '34',
    tlds: ['es'],
    freeMail: ['gmail.com', 'gmail.com', 'hotmail.es', 'outlook.es', 'yahoo.es', 'icloud.com'],
    legal: ['S.L.', 'S.L.', 'S.A.'],
    currency: 'EUR',
    salary: 38_000,
    registry: 'ripe',
  },
  MX: {
    calling: '52',
    tlds: ['com.mx', 'mx'],
    freeMail: ['gmail.com', 'gmail.com', 'hotmail.com', 'outlook.com', 'yahoo.com.mx', 'live.com.mx'],
    legal: ['S.A. de C.V.', 'S. de R.L. de C.V.'],
    currency: 'MXN',
    salary: 480_000,
    registry: 'lacnic',
  },
  IT: {
    calling: '39',
    tlds: ['it'],
    freeMail: ['gmail.com', 'gmail.com', 'libero.it', 'hotmail.it', 'virgilio.it', 'yahoo.it', 'outlook.it'],
    legal: ['S.r.l.', 'S.r.l.', 'S.p.A.', 'S.n.c.'],
    currency: 'EUR',
    salary: 38_000,
    registry: 'ripe',
  },
  NL: {
    calling: '31',
    tlds: ['nl'],
    freeMail: ['gmail.com', 'gmail.com', 'hotmail.com', 'outlook.com', 'ziggo.nl', 'kpnmail.nl', 'live.nl'],
    legal: ['B.V.', 'B.V.', 'N.V.', 'V.O.F.'],
    currency: 'EUR',
    salary: 55_000,
    registry: 'ripe',
  },
  BR: {
    calling: '55',
    tlds: ['com.br'],
    freeMail: [
      'gmail.com',
      'gmail.com',
      'hotmail.com',
      'outlook.com',
      'yahoo.com.br',
      'uol.com.br',
      'bol.com.br',
    ],
    legal: ['Ltda.', 'Ltda.', 'S.A.', 'ME'],
    currency: 'BRL',
    salary: 120_000,
    registry: 'lacnic',
  },
  SE: {
    calling: '46',
    tlds: ['se'],
    freeMail: ['gmail.com', 'gmail.com', 'hotmail.com', 'outlook.com', 'telia.com', 'live.se', 'icloud.com'],
    legal: ['AB', 'AB', 'HB'],
    currency: 'SEK',
    salary: 550_000,
    registry: 'ripe',
  },
  PL: {
    calling: '48',
    tlds: ['pl', 'com.pl'],
    freeMail: ['gmail.com', 'gmail.com', 'wp.pl', 'o2.pl', 'onet.pl', 'interia.pl', 'outlook.com'],
    legal: ['Sp. z o.o.', 'Sp. z o.o.', 'S.A.', 'Sp. j.'],
    currency: 'PLN',
    salary: 180_000,
    registry: 'ripe',
  },
  JP: {
    calling: '81',
    tlds: ['co.jp', 'jp'],
    freeMail: [
      'gmail.com',
      'gmail.com',
      'yahoo.co.jp',
      'icloud.com',
      'docomo.ne.jp',
      'outlook.jp',
      'ezweb.ne.jp',
    ],
    legal: ['株式会社', '株式会社', '合同会社', '有限会社'],
    currency: 'JPY',
    salary: 6_000_000,
    registry: 'apnic',
  },
  KR: {
    calling: '82',
    tlds: ['co.kr', 'kr'],
    freeMail: ['naver.com', 'naver.com', 'gmail.com', 'daum.net', 'hanmail.net', 'nate.com'],
    legal: ['(주)', '주식회사 '],
    currency: 'KRW',
    salary: 55_000_000,
    registry: 'apnic',
  },
};

/**
 * Japanese and Korean names with their romanisations (Faker's ja/ko names have none, and an email address needs
 * one). Family names first, as those languages write them.
 */
const cjkNames: Readonly<Partial<Record<LocaleId, { last: Pair[]; female: Pair[]; male: Pair[] }>>> = {
  ja: {
    last: [
      ['佐藤', 'sato'],
      ['鈴木', 'suzuki'],
      ['高橋', 'takahashi'],
      ['田中', 'tanaka'],
      ['伊藤', 'ito'],
      ['渡辺', 'watanabe'],
      ['山本', 'yamamoto'],
      ['中村', 'nakamura'],
      ['小林', 'kobayashi'],
      ['加藤', 'kato'],
      ['吉田', 'yoshida'],
      ['山田', 'yamada'],
      ['佐々木', 'sasaki'],
      ['山口', 'yamaguchi'],
      ['松本', 'matsumoto'],
      ['井上', 'inoue'],
      ['木村', 'kimura'],
      ['林', 'hayashi'],
      ['斎藤', 'saito'],
      ['清水', 'shimizu'],
    ],
    female: [
      ['陽菜', 'hina'],
      ['美咲', 'misaki'],
      ['さくら', 'sakura'],
      ['結衣', 'yui'],
      ['葵', 'aoi'],
      ['真由美', 'mayumi'],
      ['愛', 'ai'],
      ['彩花', 'ayaka'],
      ['由美', 'yumi'],
      ['奈々', 'nana'],
    ],
    male: [
      ['翔太', 'shota'],
      ['大輔', 'daisuke'],
      ['健太', 'kenta'],
      ['拓也', 'takuya'],
      ['蓮', 'ren'],
      ['悠真', 'yuma'],
      ['直樹', 'naoki'],
      ['陽斗', 'haruto'],
      ['和也', 'kazuya'],
      ['誠', 'makoto'],
    ],
  },
  ko: {
    last: [
      ['김', 'kim'],
      ['이', 'lee'],
      ['박', 'park'],
      ['최', 'choi'],
      ['정', 'jung'],
      ['강', 'kang'],
      ['조', 'cho'],
      ['윤', 'yoon'],
      ['장', 'jang'],
      ['임', 'lim'],
      ['한', 'han'],
      ['오', 'oh'],
      ['서', 'seo'],
      ['신', 'shin'],
      ['권', 'kwon'],
    ],
    female: [
      ['서연', 'seoyeon'],
      ['지우', 'jiwoo'],
      ['하은', 'haeun'],
      ['민서', 'minseo'],
      ['수아', 'sua'],
      ['지민', 'jimin'],
      ['유진', 'yujin'],
      ['예은', 'yeeun'],
      ['소연', 'soyeon'],
      ['다은', 'daeun'],
    ],
    male: [
      ['민준', 'minjun'],
      ['서준', 'seojun'],
      ['도윤', 'doyun'],
      ['예준', 'yejun'],
      ['시우', 'siwoo'],
      ['지호', 'jiho'],
      ['현우', 'hyunwoo'],
      ['준서', 'junseo'],
      ['성민', 'sungmin'],
      ['재현', 'jaehyun'],
    ],
  },
};

/**
 * The romanisation of a Japanese or Korean name part (`'佐藤'` gives `'sato'`), or undefined.
 *
 * @example
 * ```ts
 * romanize('김'); // 'kim'
 * ```
 */
export function romanize(text: string): string | undefined {
  return romanizations.get(text);
}
const romanizations = new Map(
  Object.values(cjkNames).flatMap((names) => [...names.last, ...names.female, ...names.male]),
);

const SPECIAL: Readonly<Record<string, string>> = {
  ß: 'ss',
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ł: 'l',
  đ: 'd',
  þ: 'th',
  ı: 'i',
};
const GERMAN: Readonly<Record<string, string>> = { ä: 'ae', ö: 'oe', ü: 'ue' };

/**
 * Lower-case ASCII letters and digits only, the way people turn their name into an email address: accents dropped,
 * `ß` as `ss`, and (in German) `ä ö ü` as `ae oe ue`.
 *
 * @example
 * ```ts
 * asciiSlug('Jürgen Müller-Lüdenscheidt', true); // 'juergenmuellerluedenscheidt'
 * asciiSlug("O'Brien"); // 'obrien'
 * ```
 */
function asciiSlug(text: string, german = false): string {
  let out = '';
  for (const char of text.toLowerCase()) {
    const mapped = (german ? GERMAN[char] : undefined) ?? SPECIAL[char];
    out += mapped ?? char;
  }
  return out.normalize('NFD').replace(/[^a-z0-9]/g, '');
}

/**
 * A URL slug: lower-case ASCII words joined by hyphens.
 *
 * @example
 * ```ts
 * urlSlug('Senior Frontend Engineer (m/w/d)'); // 'senior-frontend-engineer-m-w-d'
 * ```
 */
export function urlSlug(text: string): string {
  let slug = slugs.get(text);
  if (slug === undefined) {
    slug = text
      .split(/[^\p{L}\p{N}]+/u)
      .map((word) => asciiSlug(word))
      .filter((word) => word !== '')
      .join('-');
    if (slugs.size >= 4096) slugs.clear();
    slugs.set(text, slug);
  }
  return slug;
}
const slugs = new Map<string, string>();

/** Everything a locale needs, prepared once from Faker's locale definitions and the tables above. */
export interface LocaleData {
  readonly locale: LocaleId;
  readonly country: Country;
  readonly facts: CountryFacts;
  /** BCP 47 language tag of the locale (`'de-DE'`). */
  readonly language: string;
  readonly book: Phrasebook;
  readonly female: readonly Pair[];
  readonly male: readonly Pair[];
  readonly last: readonly Pair[];
  /** Family name first, no space between the parts (`'김민준'`) or a space (`'佐藤 翔太'`). */
  readonly familyFirst: boolean;
  readonly nameSeparator: string;
  /** Spanish-speaking people carry two surnames. */
  readonly twoSurnames: boolean;
  /** Faker's phone patterns for the country (`#` any digit, `!` 2-9), international ones checked for the code. */
  readonly internationalPhones: readonly string[];
  readonly nationalPhones: readonly string[];
  readonly cities: readonly string[];
}

const prepared = new Map<LocaleId, LocaleData>();

/**
 * The prepared data of `locale`; `faker` (a Faker for that locale) is only read the first time.
 *
 * @example
 * ```ts
 * const de = localeData('de', () => context.faker('de'));
 * de.country; // 'DE'
 * ```
 */
export function localeData(locale: LocaleId, faker: () => Faker): LocaleData {
  const cached = prepared.get(locale);
  if (cached !== undefined) return cached;
  const definitions = faker().rawDefinitions;
  const { country, language } = locales[locale];
  const facts = countries[country];
  const german = locale === 'de';
  const pairs = (names: readonly string[] | undefined): Pair[] =>
    (names ?? [])
      .map((name) => [name, asciiSlug(name, german)] as const)
      .filter(([, slug]) => slug.length > 1);
  const firstNames = definitions.person?.first_name;
  const generic = firstNames?.generic ?? [];
  const cjk = cjkNames[locale];
  const phones = definitions.phone_number?.format;
  const data: LocaleData = {
    locale,
    country,
    facts,
    language,
    book: phrasebooks[locale],
    female: cjk?.female ?? pairs(firstNames?.female ?? generic),
    male: cjk?.male ?? pairs(firstNames?.male ?? generic),
    last: cjk?.last ?? pairs(definitions.person?.last_name?.generic),
    familyFirst: cjk !== undefined,
    nameSeparator: locale === 'ko' ? '' : ' ',
    twoSurnames: locale === 'es' || locale === 'es_MX',
    internationalPhones: (phones?.international ?? []).filter((format) =>
      format.startsWith(`+${facts.calling}`),
    ),
    nationalPhones: phones?.national ?? [],
    cities: definitions.location?.city_name ?? [],
  };
  prepared.set(locale, data);
  return data;
}

/** A person's name parts (each with its ASCII slug) and how they write their full name. */
export interface Person {
  readonly first: Pair;
  /** The (first) surname. */
  readonly last: Pair;
  /** Every surname as written (`'García López'`). */
  readonly lastName: string;
  readonly fullName: string;
}

/**
 * A person of the locale: given name, surname(s) and full name in the locale's order and script.
 *
 * @example
 * ```ts
 * person(rng, localeData('ko', fakerThunk)).fullName; // '김민준'
 * ```
 */
export function person(rng: Rng, data: LocaleData): Person {
  const first = rng.pick(rng.bool() ? data.female : data.male);
  const last = rng.pick(data.last);
  const lastName = data.twoSurnames && rng.bool(0.7) ? `${last[0]} ${rng.pick(data.last)[0]}` : last[0];
  const fullName = data.familyFirst
    ? `${lastName}${data.nameSeparator}${first[0]}`
    : `${first[0]}${data.nameSeparator}${lastName}`;
  return { first, last, lastName, fullName };
}

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

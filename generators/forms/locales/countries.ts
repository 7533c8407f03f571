import type { LocaleId, locales } from '../../core/faker.ts';

// Country facts the forms generators keep consistent with a submitter (data only; the logic is in ../).

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
  /** ISO 3166-1 numeric code (`276` for Germany): names the country's documentation IP block (`ip-address.ts`). */
  readonly isoNumeric: number;
  /** The IANA time zone most of its people live in (one per country: submission times follow its clock). */
  readonly timeZone: string;
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
    isoNumeric: 840,
    timeZone: 'America/New_York',
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
    isoNumeric: 826,
    timeZone: 'Europe/London',
  },
  CA: {
    calling: '1',
    tlds: ['ca', 'com'],
    freeMail: ['gmail.com', 'gmail.com', 'hotmail.com', 'outlook.com', 'yahoo.ca', 'icloud.com', 'shaw.ca'],
    legal: ['Inc.', 'Ltd.', 'Corp.'],
    currency: 'CAD',
    salary: 90_000,
    registry: 'arin',
    isoNumeric: 124,
    timeZone: 'America/Toronto',
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
    isoNumeric: 36,
    timeZone: 'Australia/Sydney',
  },
  IN: {
    calling: '91',
    tlds: ['in', 'co.in', 'com'],
    freeMail: ['gmail.com', 'gmail.com', 'yahoo.co.in', 'rediffmail.com', 'outlook.com', 'hotmail.com'],
    legal: ['Pvt Ltd', 'Private Limited', 'LLP'],
    currency: 'INR',
    salary: 1_800_000,
    registry: 'apnic',
    isoNumeric: 356,
    timeZone: 'Asia/Kolkata',
  },
  DE: {
    calling: '49',
    tlds: ['de'],
    freeMail: ['gmail.com', 'gmx.de', 'gmx.de', 'web.de', 't-online.de', 'outlook.de', 'icloud.com'],
    legal: ['GmbH', 'GmbH', 'AG', 'GmbH & Co. KG', 'UG (haftungsbeschränkt)', 'KG'],
    currency: 'EUR',
    salary: 65_000,
    registry: 'ripe',
    isoNumeric: 276,
    timeZone: 'Europe/Berlin',
  },
  FR: {
    calling: '33',
    tlds: ['fr'],
    freeMail: ['gmail.com', 'gmail.com', 'orange.fr', 'free.fr', 'hotmail.fr', 'laposte.net', 'sfr.fr'],
    legal: ['SAS', 'SARL', 'SA', 'EURL'],
    currency: 'EUR',
    salary: 50_000,
    registry: 'ripe',
    isoNumeric: 250,
    timeZone: 'Europe/Paris',
  },
  ES: {
    calling: '34',
    tlds: ['es'],
    freeMail: ['gmail.com', 'gmail.com', 'hotmail.es', 'outlook.es', 'yahoo.es', 'icloud.com'],
    legal: ['S.L.', 'S.L.', 'S.A.'],
    currency: 'EUR',
    salary: 38_000,
    registry: 'ripe',
    isoNumeric: 724,
    timeZone: 'Europe/Madrid',
  },
  MX: {
    calling: '52',
    tlds: ['com.mx', 'mx'],
    freeMail: ['gmail.com', 'gmail.com', 'hotmail.com', 'outlook.com', 'yahoo.com.mx', 'live.com.mx'],
    legal: ['S.A. de C.V.', 'S. de R.L. de C.V.'],
    currency: 'MXN',
    salary: 480_000,
    registry: 'lacnic',
    isoNumeric: 484,
    timeZone: 'America/Mexico_City',
  },
  IT: {
    calling: '39',
    tlds: ['it'],
    freeMail: ['gmail.com', 'gmail.com', 'libero.it', 'hotmail.it', 'virgilio.it', 'yahoo.it', 'outlook.it'],
    legal: ['S.r.l.', 'S.r.l.', 'S.p.A.', 'S.n.c.'],
    currency: 'EUR',
    salary: 38_000,
    registry: 'ripe',
    isoNumeric: 380,
    timeZone: 'Europe/Rome',
  },
  NL: {
    calling: '31',
    tlds: ['nl'],
    freeMail: ['gmail.com', 'gmail.com', 'hotmail.com', 'outlook.com', 'ziggo.nl', 'kpnmail.nl', 'live.nl'],
    legal: ['B.V.', 'B.V.', 'N.V.', 'V.O.F.'],
    currency: 'EUR',
    salary: 55_000,
    registry: 'ripe',
    isoNumeric: 528,
    timeZone: 'Europe/Amsterdam',
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
    isoNumeric: 76,
    timeZone: 'America/Sao_Paulo',
  },
  SE: {
    calling: '46',
    tlds: ['se'],
    freeMail: ['gmail.com', 'gmail.com', 'hotmail.com', 'outlook.com', 'telia.com', 'live.se', 'icloud.com'],
    legal: ['AB', 'AB', 'HB'],
    currency: 'SEK',
    salary: 550_000,
    registry: 'ripe',
    isoNumeric: 752,
    timeZone: 'Europe/Stockholm',
  },
  PL: {
    calling: '48',
    tlds: ['pl', 'com.pl'],
    freeMail: ['gmail.com', 'gmail.com', 'wp.pl', 'o2.pl', 'onet.pl', 'interia.pl', 'outlook.com'],
    legal: ['Sp. z o.o.', 'Sp. z o.o.', 'S.A.', 'Sp. j.'],
    currency: 'PLN',
    salary: 180_000,
    registry: 'ripe',
    isoNumeric: 616,
    timeZone: 'Europe/Warsaw',
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
    isoNumeric: 392,
    timeZone: 'Asia/Tokyo',
  },
  KR: {
    calling: '82',
    tlds: ['co.kr', 'kr'],
    freeMail: ['naver.com', 'naver.com', 'gmail.com', 'daum.net', 'hanmail.net', 'nate.com'],
    legal: ['(주)', '주식회사 '],
    currency: 'KRW',
    salary: 55_000_000,
    registry: 'apnic',
    isoNumeric: 410,
    timeZone: 'Asia/Seoul',
  },
};

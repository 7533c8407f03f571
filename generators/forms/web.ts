import type { Rng } from '../../src/core/index.ts';
import { drawWeighted, randomChars, weightedTable } from './draw.ts';

const DAY = 86_400_000;

/**
 * Browser versions current at a date, so user agents never name a browser from the future: Chrome and Firefox ship
 * about every 31 days (Chrome 144 and Firefox 147 on 2026-01-13), Safari and iOS every September (iOS 18 was
 * followed by iOS 26).
 */
export interface BrowserEra {
  readonly chrome: number;
  readonly firefox: number;
  /** Current and previous Safari/iOS `[major, minor]`. */
  readonly apple: readonly (readonly [number, number])[];
  readonly instagram: number;
  readonly facebook: number;
}

const RELEASES_ANCHOR = Date.UTC(2026, 0, 13);
const RELEASE_CYCLE = 31 * DAY;

/**
 * The browser versions current at `refMs`.
 *
 * @example
 * ```ts
 * browserEra(Date.parse('2026-01-15T00:00:00Z')); // { chrome: 144, firefox: 147, apple: [[26, 2], [18, 6]], ... }
 * ```
 */
export function browserEra(refMs: number): BrowserEra {
  if (refMs !== lastEra.refMs) lastEra = { refMs, era: eraAt(refMs) };
  return lastEra.era;
}
/** The era of the last `refMs` asked for: the calls of a suite share a reference date. */
let lastEra: { readonly refMs: number; readonly era: BrowserEra } = { refMs: Number.NaN, era: eraAt(0) };

function eraAt(refMs: number): BrowserEra {
  const cycles = Math.floor((refMs - RELEASES_ANCHOR) / RELEASE_CYCLE);
  const date = new Date(refMs);
  const month = date.getUTCMonth();
  const releaseYear = date.getUTCFullYear() - (month < 8 ? 1 : 0);
  const major = (year: number): number => (year <= 2024 ? year - 2006 : year - 1999);
  const minor = Math.min(6, Math.floor((((month + 4) % 12) * 2) / 3));
  const weeks = Math.floor((refMs - RELEASES_ANCHOR) / (7 * DAY));
  return {
    chrome: Math.max(80, 144 + cycles),
    firefox: Math.max(80, 147 + cycles),
    apple: [
      [Math.max(13, major(releaseYear)), minor],
      [Math.max(13, major(releaseYear - 1)), 6],
    ],
    instagram: Math.max(100, 410 + weeks),
    facebook: Math.max(100, 540 + weeks),
  };
}

const IPHONES = [
  ['iPhone14,5', '1170x2532'],
  ['iPhone14,7', '1170x2532'],
  ['iPhone15,2', '1179x2556'],
  ['iPhone15,3', '1290x2796'],
  ['iPhone16,1', '1179x2556'],
  ['iPhone16,2', '1290x2796'],
  ['iPhone17,1', '1206x2622'],
  ['iPhone17,3', '1179x2556'],
] as const;
const ANDROIDS = [
  [13, 'TP1A.220624.014'],
  [14, 'UP1A.231005.007'],
  [15, 'AP3A.240905.015'],
] as const;
const PHONES = [
  ['SM-A536B', 'a53x', 's5e8825'],
  ['SM-S918B', 'dm3q', 'qcom'],
  ['SM-S921B', 'e1s', 's5e9945'],
  ['Pixel 8', 'shiba', 'shiba'],
  ['Pixel 9 Pro', 'caiman', 'caiman'],
] as const;

/**
 * The values a user-agent template is filled with, each drawn on first use (a template only pays for what it
 * names), then kept so the header and its label agree.
 */
class UaVars {
  readonly #rng: Rng;
  readonly #era: BrowserEra;
  /** `'de_DE'`, as in-app browsers write the user's locale. */
  readonly locale: string;
  /** `'de'`. */
  readonly lang: string;
  #chrome: number | undefined;
  #firefox: number | undefined;
  #apple: readonly [token: string, version: string] | undefined;
  #chromeBuild: string | undefined;
  #iphone: (typeof IPHONES)[number] | undefined;
  #android: (typeof ANDROIDS)[number] | undefined;
  #phone: (typeof PHONES)[number] | undefined;
  #appBuild: number | undefined;

  constructor(rng: Rng, era: BrowserEra, language: string) {
    this.#rng = rng;
    this.#era = era;
    this.locale = language.replace('-', '_');
    this.lang = language.slice(0, 2);
  }
  get chrome(): number {
    this.#chrome ??= this.#era.chrome - this.#rng.int(0, 2);
    return this.#chrome;
  }
  get firefox(): number {
    this.#firefox ??= this.#era.firefox - this.#rng.int(0, 1);
    return this.#firefox;
  }
  /** `'7339.122'` as in `Chrome/143.0.7339.122`. */
  get chromeBuild(): string {
    this.#chromeBuild ??= `${this.#rng.int(7000, 7499)}.${this.#rng.int(40, 180)}`;
    return this.#chromeBuild;
  }
  get #appleVersion(): readonly [string, string] {
    if (this.#apple === undefined) {
      const [major, minor] = this.#era.apple[this.#rng.bool(0.75) ? 0 : 1] as readonly [number, number];
      const shown = this.#rng.int(0, minor);
      this.#apple = [major >= 26 ? '18_6' : `${major}_${shown}`, `${major}.${shown}`];
    }
    return this.#apple;
  }
  /** `'18_6'` as in `iPhone OS 18_6` (frozen at 18_6 from iOS 26 on). */
  get iosToken(): string {
    return this.#appleVersion[0];
  }
  /** The real Safari/iOS version, `'26.2'`. */
  get iosVersion(): string {
    return this.#appleVersion[1];
  }
  get iphone(): (typeof IPHONES)[number] {
    this.#iphone ??= this.#rng.pick(IPHONES);
    return this.#iphone;
  }
  get android(): (typeof ANDROIDS)[number] {
    this.#android ??= this.#rng.pick(ANDROIDS);
    return this.#android;
  }
  get phone(): (typeof PHONES)[number] {
    this.#phone ??= this.#rng.pick(PHONES);
    return this.#phone;
  }
  get instagram(): string {
    return `${this.#era.instagram - this.#rng.int(0, 6)}.0.0.${this.#rng.int(10, 40)}.${this.#rng.int(70, 120)}`;
  }
  get facebook(): string {
    return `${this.#era.facebook - this.#rng.int(0, 6)}.0.0.${this.#rng.int(30, 60)}.${this.#rng.int(100, 118)}`;
  }
  get appBuild(): number {
    this.#appBuild ??= this.#rng.int(500_000_000, 899_999_999);
    return this.#appBuild;
  }
}

/** In-app browsers of Instagram and Facebook, which tag their links with the ad's campaign. */
export type InApp = 'instagram' | 'facebook';

interface UaTemplate {
  readonly weight: number;
  readonly inApp?: InApp;
  readonly ua: (v: UaVars) => string;
  /** How a user names their browser in a support ticket. */
  readonly label: (v: UaVars) => string;
}

const WEBKIT = 'AppleWebKit/537.36 (KHTML, like Gecko)';
const IPHONE = (v: UaVars): string =>
  `Mozilla/5.0 (iPhone; CPU iPhone OS ${v.iosToken} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko)`;

/** Browsers forms are submitted from, weighted by how common they are. */
const userAgents: readonly UaTemplate[] = [
  {
    weight: 26,
    ua: (v) => `Mozilla/5.0 (Windows NT 10.0; Win64; x64) ${WEBKIT} Chrome/${v.chrome}.0.0.0 Safari/537.36`,
    label: (v) => `Chrome ${v.chrome} on Windows`,
  },
  {
    weight: 6,
    ua: (v) =>
      `Mozilla/5.0 (Windows NT 10.0; Win64; x64) ${WEBKIT} Chrome/${v.chrome}.0.0.0 Safari/537.36 Edg/${v.chrome}.0.0.0`,
    label: (v) => `Edge ${v.chrome} on Windows`,
  },
  {
    weight: 4,
    ua: (v) =>
      `Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:${v.firefox}.0) Gecko/20100101 Firefox/${v.firefox}.0`,
    label: (v) => `Firefox ${v.firefox} on Windows`,
  },
  {
    weight: 9,
    ua: (v) =>
      `Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) ${WEBKIT} Chrome/${v.chrome}.0.0.0 Safari/537.36`,
    label: (v) => `Chrome ${v.chrome} on macOS`,
  },
  {
    weight: 6,
    ua: (v) =>
      `Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/${v.iosVersion} Safari/605.1.15`,
    label: (v) => `Safari ${v.iosVersion} on macOS`,
  },
  {
    weight: 1.5,
    ua: (v) =>
      `Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:${v.firefox}.0) Gecko/20100101 Firefox/${v.firefox}.0`,
    label: (v) => `Firefox ${v.firefox} on macOS`,
  },
  {
    weight: 1,
    ua: (v) => `Mozilla/5.0 (X11; Linux x86_64; rv:${v.firefox}.0) Gecko/20100101 Firefox/${v.firefox}.0`,
    label: (v) => `Firefox ${v.firefox} on Linux`,
  },
  {
    weight: 1.5,
    ua: (v) => `Mozilla/5.0 (X11; Linux x86_64) ${WEBKIT} Chrome/${v.chrome}.0.0.0 Safari/537.36`,
    label: (v) => `Chrome ${v.chrome} on Linux`,
  },
  {
    weight: 20,
    ua: (v) => `${IPHONE(v)} Version/${v.iosVersion} Mobile/15E148 Safari/604.1`,
    label: (v) => `Safari on iPhone (iOS ${v.iosVersion})`,
  },
  {
    weight: 3,
    ua: (v) => `${IPHONE(v)} CriOS/${v.chrome}.0.${v.chromeBuild} Mobile/15E148 Safari/604.1`,
    label: (v) => `Chrome ${v.chrome} on iPhone`,
  },
  {
    weight: 15,
    ua: (v) => `Mozilla/5.0 (Linux; Android 10; K) ${WEBKIT} Chrome/${v.chrome}.0.0.0 Mobile Safari/537.36`,
    label: (v) => `Chrome ${v.chrome} on Android`,
  },
  {
    weight: 4,
    inApp: 'instagram',
    ua: (v) =>
      `${IPHONE(v)} Mobile/15E148 Instagram ${v.instagram} (${v.iphone[0]}; iOS ${v.iosToken}; ${v.locale}; ${v.lang}; scale=3.00; ${v.iphone[1]}; ${v.appBuild})`,
    label: (v) => `Instagram app on iPhone (iOS ${v.iosVersion})`,
  },
  {
    weight: 3,
    inApp: 'facebook',
    ua: (v) =>
      `${IPHONE(v)} Mobile/15E148 [FBAN/FBIOS;FBAV/${v.facebook};FBBV/${v.appBuild};FBDV/${v.iphone[0]};FBMD/iPhone;FBSN/iOS;FBSV/${v.iosVersion};FBSS/3;FBID/phone;FBLC/${v.locale};FBOP/5;FBRV/0]`,
    label: (v) => `Facebook app on iPhone (iOS ${v.iosVersion})`,
  },
  {
    weight: 2,
    inApp: 'instagram',
    ua: (v) =>
      `Mozilla/5.0 (Linux; Android ${v.android[0]}; ${v.phone[0]} Build/${v.android[1]}; wv) ${WEBKIT} Version/4.0 Chrome/${v.chrome}.0.${v.chromeBuild} Mobile Safari/537.36 Instagram ${v.instagram} Android (${v.android[0] + 20}/${v.android[0]}; 420dpi; 1080x2340; ${v.phone[0].startsWith('Pixel') ? 'Google' : 'samsung'}; ${v.phone[0]}; ${v.phone[1]}; ${v.phone[2]}; ${v.locale}; ${v.appBuild})`,
    label: (v) => `Instagram app on Android ${v.android[0]}`,
  },
];
const uaTable = weightedTable(userAgents.map((template) => [template, template.weight] as const));

/** A browser: its User-Agent header, how its user would name it, and whether it is an app's in-app browser. */
export interface UserAgent {
  readonly header: string;
  readonly label: string;
  readonly inApp: InApp | undefined;
}

/**
 * A User-Agent of a browser that exists at the era's date. In-app browsers of Instagram and Facebook carry the
 * user's locale (`de_DE`), which agrees with `language`.
 *
 * @example
 * ```ts
 * userAgent(rng, browserEra(refMs), 'de-DE').header; // 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_6 like Mac OS X) ...'
 * ```
 */
export function userAgent(rng: Rng, era: BrowserEra, language: string): UserAgent {
  const template = drawWeighted(rng, uaTable);
  const vars = new UaVars(rng, era, language);
  return { header: template.ua(vars), label: template.label(vars), inApp: template.inApp };
}

const CAMPAIGNS = [
  'brand',
  'retargeting',
  'product_launch',
  'webinar_followup',
  'spring_promo',
  'q1_pipeline',
];
const CHANNELS = [
  ['google', 'cpc', 'gclid'],
  ['bing', 'cpc', 'msclkid'],
  ['linkedin', 'paid_social', undefined],
  ['newsletter', 'email', undefined],
] as const;

/**
 * The page a form was posted from: `https://<host><path>`, sometimes with the campaign parameters of the ad or
 * email that brought the visitor (mostly, for in-app browsers of Instagram and Facebook ads), sometimes empty.
 *
 * @example
 * ```ts
 * referrer(rng, 'www.example.de', '/kontakt', undefined); // 'https://www.example.de/kontakt?utm_source=google&...'
 * ```
 */
export function referrer(rng: Rng, host: string, path: string, inApp: InApp | undefined): string {
  if (rng.bool(0.08)) return '';
  const base = `https://${host}${path}`;
  if (inApp !== undefined && rng.bool(0.8)) {
    const source = inApp === 'instagram' ? 'ig' : 'fb';
    const medium = rng.pick(['paid_social', 'social']);
    const campaign = rng.pick(CAMPAIGNS);
    return `${base}?utm_source=${source}&utm_medium=${medium}&utm_campaign=${campaign}&fbclid=${randomChars(rng, 58, 'base64url')}_aem_${randomChars(rng, 22, 'base64url')}`;
  }
  if (!rng.bool(0.25)) return base;
  const [source, medium, clickId] = rng.pick(CHANNELS);
  const query = `utm_source=${source}&utm_medium=${medium}&utm_campaign=${rng.pick(CAMPAIGNS)}`;
  return `${base}?${query}${clickId === undefined ? '' : `&${clickId}=${randomChars(rng, 40, 'base64url')}`}`;
}

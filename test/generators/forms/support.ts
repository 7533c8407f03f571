// Helpers for the Spike Forms generator tests, written independently of the generator's own code where they judge it.
import { type LocaleId, locales } from '../../../generators/core/faker.ts';
import { formKinds } from '../../../generators/forms/index.ts';
import { generate } from '../../../generators/generate.ts';

export { formKinds };
export const REF = '2026-01-15T10:30:00.000Z';
export const REF_MS = Date.parse(REF);

/** Seeds for property-style tests. */
export const seeds = (n: number): number[] => Array.from({ length: n }, (_, i) => i + 1);

/** The locale a submitter comes from, known from the country (each supported country has one locale). */
export function localeOfCountry(country: string): LocaleId {
  const found = (Object.keys(locales) as LocaleId[]).find((id) => locales[id].country === country);
  if (found === undefined) throw new Error(`no locale for country ${country}`);
  return found;
}

/** International calling codes (ITU-T E.164 assignments). */
export const callingCodes: Readonly<Record<string, string>> = {
  US: '1',
  CA: '1',
  GB: '44',
  AU: '61',
  IN: '91',
  DE: '49',
  FR: '33',
  ES: '34',
  MX: '52',
  IT: '39',
  NL: '31',
  BR: '55',
  SE: '46',
  PL: '48',
  JP: '81',
  KR: '82',
};

/** The ASCII spellings people use for a name in an address: accents dropped, German umlauts as `ae` or `a`. */
export function asciiSpellings(text: string): string[] {
  const lower = text
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/ł/g, 'l')
    .replace(/ø/g, 'o')
    .replace(/æ/g, 'ae');
  const strip = (s: string) => s.normalize('NFD').replace(/[^a-z0-9]/g, '');
  return [strip(lower), strip(lower.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue'))];
}

export const ISO_MS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
export const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
export const EMOJI = /\p{Extended_Pictographic}/u;

/** Every kind for many seeds: `[kind, seed, submission]`. */
export function* submissions(count: number, extra: Record<string, unknown> = {}) {
  for (const kind of formKinds) {
    for (const seed of seeds(count)) {
      yield [kind, seed, generate('spike-forms', { kind, seed, refDate: REF, ...extra })] as const;
    }
  }
}

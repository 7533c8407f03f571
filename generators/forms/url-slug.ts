import { codeUnitAt } from '../../src/core/code-unit.ts';

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

const NOT_SLUG = /[^a-z0-9]/g;
const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;

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
export function asciiSlug(text: string, german = false): string {
  // ASCII text has nothing to map or decompose (the tables hold other letters only).
  if (isAscii(text)) return text.toLowerCase().replace(NOT_SLUG, '');
  let out = '';
  for (const char of text.toLowerCase()) {
    const mapped = (german ? GERMAN[char] : undefined) ?? SPECIAL[char];
    out += mapped ?? char;
  }
  return out.normalize('NFD').replace(NOT_SLUG, '');
}

/**
 * A URL slug: lower-case ASCII words joined by hyphens (the words are the runs of letters and digits, each made
 * ASCII as {@link asciiSlug} does).
 *
 * @example
 * ```ts
 * urlSlug('Senior Frontend Engineer (m/w/d)'); // 'senior-frontend-engineer-m-w-d'
 * ```
 */
export function urlSlug(text: string): string {
  // One pass over the UTF-16 units: a word is a run of letters and digits; an ASCII word is its own slug once
  // lower-cased (done once, at the end), any other is made ASCII by asciiSlug (kept per word: words repeat).
  let slug = '';
  let start = -1;
  let ascii = true;
  const length = text.length;
  for (let i = 0; i <= length; ) {
    const code = i < length ? codeUnitAt(text, i) : 32;
    let width = 1;
    let inWord: boolean;
    if (code < 128) {
      const lower = code | 32;
      inWord = (lower >= 97 && lower <= 122) || (code >= 48 && code <= 57);
    } else {
      const next = i + 1 < length ? codeUnitAt(text, i + 1) : 0;
      if (code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) width = 2;
      inWord = isLetterOrNumber(width === 2 ? (code - 0xd800) * 0x400 + (next - 0xdc00) + 0x10000 : code);
      if (inWord) ascii = false;
    }
    if (inWord) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      const word = ascii ? text.slice(start, i) : wordSlug(text.slice(start, i));
      if (word !== '') slug = slug === '' ? word : `${slug}-${word}`;
      start = -1;
      ascii = true;
    }
    i += width;
  }
  return slug.toLowerCase();
}

/**
 * {@link urlSlug} of a text from a fixed set (a phrasebook's form names, job titles), kept per text: such texts
 * come back on every draw, and a slug is a pass over every character.
 *
 * @example
 * ```ts
 * phraseSlug('Kontaktformular'); // 'kontaktformular', worked out once
 * ```
 */
export function phraseSlug(phrase: string): string {
  let slug = phraseSlugs.get(phrase);
  if (slug === undefined) {
    slug = urlSlug(phrase);
    if (phraseSlugs.size >= 4096) phraseSlugs.clear();
    phraseSlugs.set(phrase, slug);
  }
  return slug;
}
const phraseSlugs = new Map<string, string>();

/** Whether every character of the text is ASCII. */
function isAscii(text: string): boolean {
  const length = text.length;
  for (let i = 0; i < length; i++) if (codeUnitAt(text, i) > 127) return false;
  return true;
}

/** A word's {@link asciiSlug} (empty for a word of Japanese, say), kept: words repeat. */
function wordSlug(word: string): string {
  let slug = wordSlugs.get(word);
  if (slug === undefined) {
    slug = asciiSlug(word);
    if (wordSlugs.size >= 4096) wordSlugs.clear();
    wordSlugs.set(word, slug);
  }
  return slug;
}
const wordSlugs = new Map<string, string>();

/**
 * Whether a code point of 128 or more is a letter or a number, as `\p{L}` and `\p{N}` say (asked once each: the
 * answers of the Basic Multilingual Plane in a table, 0 unknown, 1 yes, 2 no).
 */
function isLetterOrNumber(code: number): boolean {
  if (code < 0x10000) {
    let known = bmpLetterOrNumber[code] as number;
    if (known === 0) {
      known = LETTER_OR_NUMBER.test(String.fromCharCode(code)) ? 1 : 2;
      bmpLetterOrNumber[code] = known;
    }
    return known === 1;
  }
  let known = astralLetterOrNumber.get(code);
  if (known === undefined) {
    known = LETTER_OR_NUMBER.test(String.fromCodePoint(code));
    astralLetterOrNumber.set(code, known);
  }
  return known;
}
const bmpLetterOrNumber = new Uint8Array(0x10000);
const astralLetterOrNumber = new Map<number, boolean>();

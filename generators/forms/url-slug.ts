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
  const ascii = asciiUrlSlug(text);
  if (ascii !== undefined) return ascii;
  const out: string[] = [];
  let word = '';
  for (const char of text) {
    if (isLetterOrNumber(char)) {
      word += char;
      continue;
    }
    if (word !== '') pushSlug(out, word);
    word = '';
  }
  if (word !== '') pushSlug(out, word);
  return out.join('-');
}

/**
 * The slug of ASCII text, in one pass: its letters and digits are [A-Za-z0-9], lower case makes them slug
 * characters, and every run of anything else separates two words. `undefined` when the text is not ASCII.
 */
function asciiUrlSlug(text: string): string | undefined {
  let slug = '';
  let start = -1;
  const length = text.length;
  for (let i = 0; i <= length; i++) {
    const code = i < length ? text.charCodeAt(i) : 32;
    if (code > 127) return undefined;
    const lower = code | 32;
    if ((lower >= 97 && lower <= 122) || (code >= 48 && code <= 57)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      slug += slug === '' ? text.slice(start, i) : `-${text.slice(start, i)}`;
      start = -1;
    }
  }
  return slug.toLowerCase();
}

/** Whether every character of the text is ASCII. */
function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 127) return false;
  return true;
}

/** Appends a word's {@link asciiSlug} unless it is empty (a word of Japanese, say); words repeat, so it is kept. */
function pushSlug(out: string[], word: string): void {
  let slug = wordSlugs.get(word);
  if (slug === undefined) {
    slug = asciiSlug(word);
    if (wordSlugs.size >= 4096) wordSlugs.clear();
    wordSlugs.set(word, slug);
  }
  if (slug !== '') out.push(slug);
}
const wordSlugs = new Map<string, string>();

/** Whether a character (a code point) is a letter or a number, as `\p{L}` and `\p{N}` say (asked once each). */
function isLetterOrNumber(char: string): boolean {
  const code = char.codePointAt(0) as number;
  if (code < 128) return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122);
  let known = letterOrNumber.get(code);
  if (known === undefined) {
    known = LETTER_OR_NUMBER.test(char);
    letterOrNumber.set(code, known);
  }
  return known;
}
const letterOrNumber = new Map<number, boolean>();

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
export function asciiSlug(text: string, german = false): string {
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

import { describe, expect, it } from 'vitest';
import { asciiSlug, urlSlug } from '../../../generators/forms/url-slug.ts';
import { generate } from '../../../generators/generate.ts';
import { formKinds } from '../../../src/schemas/forms/index.ts';

// urlSlug walks the text's code points; it must say exactly what the plain definition says: split on runs of
// anything but letters and digits (\p{L}, \p{N}), make each word ASCII, drop the empty ones, join with hyphens.
const reference = (text: string) =>
  text
    .split(/[^\p{L}\p{N}]+/u)
    .map((word) => asciiSlug(word))
    .filter((word) => word !== '')
    .join('-');

const tricky = [
  '',
  '---',
  'Senior Frontend Engineer (m/w/d)',
  "O'Brien & Söhne",
  'İstanbul Şirketi 2026',
  'e\u0301cole Z\u00fcrich',
  'Straße der Ærø Łódź',
  '株式会社 佐藤商事 2026',
  '신청서 – 2026',
  '😀 emoji party 🎉 2026',
  'Inscription – Journée clients Bernard 2026',
  'Ⅻ roman numerals and ½ halves',
  '  Leading AND trailing  ',
  'a',
  '9',
  'Q3',
  '@[`{ brackets_and^carets~',
  'x--y__z..2026',
  '𝒜𝒷𝒸 math letters 𝟙𝟚',
  'x😀y and 😀😀',
  '\ud800abc lone high',
  'abc\udc00def lone low',
  'end with high \ud83d',
  'Ärger Ölfass über 2026',
];

describe('urlSlug', () => {
  it('is the plain definition on awkward text', () => {
    for (const text of tricky) expect(urlSlug(text), text).toBe(reference(text));
  });

  it('is the plain definition on the form names and job titles the generator writes', () => {
    let checked = 0;
    for (let seed = 1; seed <= 150; seed++) {
      for (const kind of formKinds) {
        const event = generate('spike-forms', { kind, seed }) as { formName: string };
        expect(urlSlug(event.formName), event.formName).toBe(reference(event.formName));
        checked++;
      }
    }
    expect(checked).toBe(150 * formKinds.length);
  });
});

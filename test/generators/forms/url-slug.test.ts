import { describe, expect, it } from 'vitest';
import { fill, filledSlug } from '../../../generators/forms/fill-template.ts';
import { phrasebooks } from '../../../generators/forms/phrases/phrasebooks.ts';
import { asciiSlug, phraseSlug, urlSlug } from '../../../generators/forms/url-slug.ts';
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

describe('slugs kept or put together', () => {
  it('phraseSlug is urlSlug, asked twice or not', () => {
    for (const text of tricky) {
      expect(phraseSlug(text), text).toBe(urlSlug(text));
      expect(phraseSlug(text), text).toBe(urlSlug(text));
    }
  });

  // The values a name template is filled with: words, hyphens and spaces at the edges, other scripts, nothing.
  const values = tricky.concat(['Kraus', ' Kraus ', '-x-', '2026', 'Logística Tamez', '佐藤']);

  it('filledSlug is urlSlug of the filled text for every name template of the phrasebooks', () => {
    const templates = Object.values(phrasebooks).flatMap((book) => [
      ...book.eventNames,
      ...Object.values(book.formNames).flat(),
    ]);
    let composed = 0;
    for (const template of templates) {
      for (const [i, value] of values.entries()) {
        const other = values[(i * 7 + 3) % values.length] as string;
        const vars = { brand: value, year: other, event: value };
        const slugs = { brand: urlSlug(value), year: urlSlug(other), event: urlSlug(value) };
        const slug = filledSlug(template, slugs);
        expect(slug, template).toBeDefined();
        expect(slug, `${template} with ${value}`).toBe(urlSlug(fill(template, vars)));
        composed++;
      }
    }
    expect(composed).toBe(templates.length * values.length);
  });

  it('filledSlug gives up where a placeholder touches a word of the template, and slugs unknown placeholders as fill writes them', () => {
    for (const template of ['{brand}s Day', 'Day{year}', '{a}{b}', 'Café{x}', 'x {a}é']) {
      expect(
        filledSlug(template, { brand: 'kraus', year: '2026', a: 'a', b: 'b', x: 'x' }),
        template,
      ).toBeUndefined();
    }
    for (const template of ['{brand} Summit {year}', '{unset_name} – {brand}', '({brand})', '{brand}']) {
      for (const value of values) {
        expect(filledSlug(template, { brand: urlSlug(value), year: '2026' }), template).toBe(
          urlSlug(fill(template, { brand: value, year: '2026' })),
        );
      }
    }
  });
});

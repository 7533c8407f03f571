import { faker as fakerPl } from '@faker-js/faker/locale/pl';
import { describe, expect, it } from 'vitest';
import { feminineSurname } from '../../../generators/forms/locales/locale-quirks.ts';
import { phrasebooks } from '../../../generators/forms/phrases/phrasebooks.ts';
import { generate } from '../../../generators/generate.ts';
import { REF, seeds } from './support.ts';

const polishFemale = new Set(fakerPl.rawDefinitions.person?.first_name?.female ?? []);
const polishMale = new Set(fakerPl.rawDefinitions.person?.first_name?.male ?? []);
/** Masculine and feminine endings of Polish adjectival surnames. */
const MASCULINE = /(ski|cki|dzki|ny|chy)$/;
const FEMININE = /(ska|cka|dzka|na|cha)$/;

/** Polish submitters' first and last names, from the kinds that post them apart, over many seeds. */
function polishNames(n: number): { first: string; last: string; email: string }[] {
  const out: { first: string; last: string; email: string }[] = [];
  for (const kind of ['job-application', 'event-registration'] as const) {
    for (const seed of seeds(n)) {
      const d = generate('spike-forms', { kind, seed, refDate: REF, locale: 'pl' }).data as {
        firstName: string;
        lastName: string;
        email: string;
      };
      out.push({ first: d.firstName, last: d.lastName, email: d.email });
    }
  }
  return out;
}

describe('names inflected as the language does', () => {
  it('Polish women carry the feminine surname (-ska, -cka, -dzka), men the masculine one', () => {
    let women = 0;
    let feminine = 0;
    let men = 0;
    for (const { first, last } of polishNames(150)) {
      if (polishFemale.has(first) && !polishMale.has(first)) {
        women++;
        expect(last, `${first} ${last}`).not.toMatch(MASCULINE);
        if (FEMININE.test(last)) feminine++;
      } else if (polishMale.has(first) && !polishFemale.has(first)) {
        men++;
        expect(last, `${first} ${last}`).not.toMatch(/(ska|cka|dzka)$/);
      }
    }
    expect(women).toBeGreaterThan(100);
    expect(men).toBeGreaterThan(100);
    // Faker's list has about 40 % -ski/-cki surnames.
    expect(feminine / women).toBeGreaterThan(0.25);
  });

  it('the email address follows the feminine surname', () => {
    let checked = 0;
    for (const { first, last, email } of polishNames(80)) {
      if (!polishFemale.has(first) || !/ska$/.test(last)) continue;
      const slug = last
        .toLowerCase()
        .replace(/ł/g, 'l')
        .normalize('NFD')
        .replace(/[^a-z]/g, '');
      if (email.includes(slug.slice(0, -1))) {
        expect(email).not.toContain(`${slug.slice(0, -1)}i`);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(10);
  });

  it('feminineSurname changes only adjectival endings', () => {
    expect(feminineSurname('Kowalski')).toBe('Kowalska');
    expect(feminineSurname('Nowicki')).toBe('Nowicka');
    expect(feminineSurname('Zawadzki')).toBe('Zawadzka');
    expect(feminineSurname('Konieczny')).toBe('Konieczna');
    expect(feminineSurname('Cichy')).toBe('Cicha');
    expect(feminineSurname('Nowak')).toBe('Nowak');
    expect(feminineSurname('Wójcik')).toBe('Wójcik');
  });
});

/** Contact messages of a locale that open with a greeting: `[greeting, first paragraph of the body]`. */
function greeted(
  locale: 'de' | 'pl' | 'fr' | 'es' | 'it' | 'nl' | 'sv' | 'pt_BR',
  n: number,
): [string, string][] {
  const out: [string, string][] = [];
  const greetings = phrasebooks[locale].greetings;
  for (const seed of seeds(n)) {
    const message = (
      generate('spike-forms', { kind: 'contact', seed, refDate: REF, locale }).data as {
        message: string;
      }
    ).message;
    const [head, body] = message.split('\n\n');
    if (head !== undefined && body !== undefined && greetings.includes(head)) out.push([head, body]);
  }
  return out;
}

describe('the message after the greeting', () => {
  it('German goes on in lower case after "Hallo," (the bodies start with pronouns and verbs, not nouns)', () => {
    // Every German contact body starts with a word that is lower-cased after a salutation comma.
    const starts = new Set([
      'Wir',
      'Ich',
      'Kann',
      'Können',
      'Gibt',
      'Leider',
      'Seit',
      'Bei',
      'Mein',
      'Unser',
    ]);
    const book = phrasebooks.de;
    for (const topic of [...book.contact.business, ...book.contact.personal]) {
      expect(starts.has(topic.body.split(' ')[0] as string), topic.body).toBe(true);
    }
    const pairs = greeted('de', 300);
    expect(pairs.length).toBeGreaterThan(100);
    for (const [greeting, body] of pairs) {
      expect(greeting.endsWith(',')).toBe(true);
      expect(body, `${greeting} ${body}`).toMatch(/^\p{Ll}/u);
    }
    // Without a greeting the message starts with a capital.
    for (const seed of seeds(100)) {
      const message = (
        generate('spike-forms', { kind: 'contact', seed, refDate: REF, locale: 'de' }).data as {
          message: string;
        }
      ).message;
      expect(message).toMatch(/^\p{Lu}/u);
    }
  });

  it.each(['pl', 'fr', 'es', 'it', 'nl', 'sv', 'pt_BR'] as const)(
    '%s: starts the paragraph after the greeting with a capital (its usage after a new line)',
    (locale) => {
      const pairs = greeted(locale, 120);
      expect(pairs.length).toBeGreaterThan(30);
      for (const [greeting, body] of pairs) expect(body, `${greeting} ${body}`).toMatch(/^[¿¡]?\p{Lu}/u);
    },
  );
});

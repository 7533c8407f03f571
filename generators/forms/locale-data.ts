import type { Faker } from '@faker-js/faker';
import { type LocaleId, locales } from '../core/faker.ts';
import { cjkNames } from './locales/cjk-names.ts';
import { type Country, type CountryFacts, countries } from './locales/countries.ts';
import { feminineSurname, localeQuirks } from './locales/locale-quirks.ts';
import { NameTable } from './name-table.ts';
import type { Pair, Phrasebook } from './phrases/book.ts';
import { phrasebooks } from './phrases/phrasebooks.ts';
import { asciiSlug } from './url-slug.ts';

/** Everything a locale needs, prepared once from Faker's locale definitions and the tables above. */
export interface LocaleData {
  readonly locale: LocaleId;
  readonly country: Country;
  readonly facts: CountryFacts;
  /** BCP 47 language tag of the locale (`'de-DE'`). */
  readonly language: string;
  readonly book: Phrasebook;
  readonly female: NameTable;
  readonly male: NameTable;
  readonly last: NameTable;
  /** The same surnames, in the same order, as women carry them (`'Kowalska'`): {@link last} where they do not inflect. */
  readonly femaleLast: NameTable;
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
  // Faker's locale data only (see generators/core/faker.ts): the draws are the kit's own.
  const definitions = faker().rawDefinitions;
  const { country, language } = locales[locale];
  const facts = countries[country];
  const quirks = localeQuirks[locale] ?? {};
  const german = quirks.umlautsAsE === true;
  const pairs = (names: readonly string[] | undefined): Pair[] =>
    (names ?? [])
      .map((name) => [name, asciiSlug(name, german)] as const)
      .filter(([, slug]) => slug.length > 1);
  const firstNames = definitions.person?.first_name;
  const generic = firstNames?.generic ?? [];
  const cjk = cjkNames[locale];
  const phones = definitions.phone_number?.format;
  const last = cjk?.last ?? pairs(definitions.person?.last_name?.generic);
  const surnames = new NameTable(last);
  const data: LocaleData = {
    locale,
    country,
    facts,
    language,
    book: phrasebooks[locale],
    female: new NameTable(cjk?.female ?? pairs(firstNames?.female ?? generic)),
    male: new NameTable(cjk?.male ?? pairs(firstNames?.male ?? generic)),
    last: surnames,
    femaleLast:
      quirks.feminineSurnames === true
        ? new NameTable(
            last.map(([name]) => {
              const feminine = feminineSurname(name);
              return [feminine, asciiSlug(feminine, german)] as const;
            }),
          )
        : surnames,
    familyFirst: quirks.familyFirst === true,
    nameSeparator: quirks.nameSeparator ?? ' ',
    twoSurnames: quirks.twoSurnames === true,
    internationalPhones: (phones?.international ?? []).filter((format) =>
      format.startsWith(`+${facts.calling}`),
    ),
    nationalPhones: phones?.national ?? [],
    cities: definitions.location?.city_name ?? [],
  };
  prepared.set(locale, data);
  return data;
}

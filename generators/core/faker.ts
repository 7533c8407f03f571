import type { Faker, LocaleDefinition, Randomizer } from '@faker-js/faker';
import type { Rng } from '../../src/core/index.ts';
import { invalid, listChoices } from '../../src/core/index.ts';
import { loadLocale } from './faker-locale.ts';

// A deliberate choice: the generators depend on Faker's locale *data* (its `rawDefinitions`: given names, surnames,
// phone number formats, city names per locale), not on Faker's generator functions (`faker.person.fullName()` ...).
// They draw from that data with the kit's own `Rng` and rules (a name that agrees with the email address, phone
// formats checked against the country's calling code, family-name-first locales ...: see
// `generators/forms/locale-data.ts`), so a payload is fixed by the kit's code and Faker's data alone. A Faker
// release that changes how its generators draw cannot change a payload; one that changes its locale data can, and
// `npm run fingerprint:check` shows it. `fakerFor` remains for callers who want Faker's generators on a seeded
// stream of the kit.

/**
 * The locales generators write names, companies, addresses and messages in, with the country (ISO 3166 alpha-2)
 * each belongs to. Only the locales used are loaded.
 */
export const locales = {
  en_US: { country: 'US', language: 'en-US' },
  en_GB: { country: 'GB', language: 'en-GB' },
  en_CA: { country: 'CA', language: 'en-CA' },
  en_AU: { country: 'AU', language: 'en-AU' },
  en_IN: { country: 'IN', language: 'en-IN' },
  de: { country: 'DE', language: 'de-DE' },
  fr: { country: 'FR', language: 'fr-FR' },
  es: { country: 'ES', language: 'es-ES' },
  es_MX: { country: 'MX', language: 'es-MX' },
  it: { country: 'IT', language: 'it-IT' },
  nl: { country: 'NL', language: 'nl-NL' },
  pt_BR: { country: 'BR', language: 'pt-BR' },
  sv: { country: 'SE', language: 'sv-SE' },
  pl: { country: 'PL', language: 'pl-PL' },
  ja: { country: 'JP', language: 'ja-JP' },
  ko: { country: 'KR', language: 'ko-KR' },
} as const satisfies Record<string, { country: string; language: string }>;

/** A locale id of {@link locales}, e.g. `'de'` or `'en_GB'`. */
export type LocaleId = keyof typeof locales;

/** Every {@link LocaleId}. */
export const localeIds = Object.keys(locales) as LocaleId[];

interface Slot {
  readonly faker: Faker;
  readonly randomizer: Randomizer & { current: Rng | undefined };
}
const slots = new Map<LocaleId, Slot>();

/**
 * A Faker instance for `locale` whose randomness comes from `rng`: never the global `faker`, so the kit neither
 * reads nor disturbs a seed the caller set on theirs. Instances are cached per locale and re-pointed at `rng`.
 *
 * @throws {SpikeKitError} `UNKNOWN_LOCALE`, listing the valid locales.
 * @example
 * ```ts
 * const faker = fakerFor('de', new Rng(7));
 * faker.person.fullName(); // a German name, the same for seed 7 every time
 * ```
 */
export function fakerFor(locale: LocaleId, rng: Rng): Faker {
  const slot = slots.get(locale) ?? createSlot(locale);
  slot.randomizer.current = rng;
  return slot.faker;
}

function createSlot(locale: LocaleId): Slot {
  if (!Object.hasOwn(locales, locale)) {
    throw invalid('UNKNOWN_LOCALE', 'The locale', `one of ${listChoices(localeIds)}`, locale, {
      details: { locale, valid: localeIds },
    });
  }
  const module = loadLocale(locale);
  const FakerClass = module.faker.constructor as new (options: {
    locale: LocaleDefinition;
    randomizer: Randomizer;
  }) => Faker;
  // Faker calls these unbound, so they close over `randomizer` instead of using `this`.
  const randomizer: Slot['randomizer'] = {
    current: undefined,
    next: () => {
      const rng = randomizer.current;
      if (rng === undefined) throw new Error('fakerFor: no random stream attached');
      return rng.next();
    },
    seed: () => {
      throw new Error('Faker instances of spike-webhook-kit are seeded through their Rng, not faker.seed().');
    },
  };
  const slot: Slot = {
    faker: new FakerClass({ locale: module.faker.rawDefinitions, randomizer }),
    randomizer,
  };
  slots.set(locale, slot);
  return slot;
}

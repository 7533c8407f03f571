import { createRequire } from 'node:module';
import type { Faker, LocaleDefinition, Randomizer } from '@faker-js/faker';
import type { Rng } from '../../src/core/index.ts';
import { listChoices, SpikeKitError } from '../../src/core/index.ts';

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

// Faker's locale subpaths load one locale each (the package root loads all of them). require(esm) is synchronous
// on Node >= 22.12, which keeps generate() synchronous while loading a locale only on first use.
const load = createRequire(import.meta.url);

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
    throw new SpikeKitError(
      'UNKNOWN_LOCALE',
      `Unknown locale ${JSON.stringify(locale)}: use ${listChoices(localeIds)}.`,
      {
        locale,
        valid: localeIds,
      },
    );
  }
  const module = load(`@faker-js/faker/locale/${locale}`) as { faker: Faker };
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

import type { Faker } from '@faker-js/faker';
import { faker as de } from '@faker-js/faker/locale/de';
import { faker as en_AU } from '@faker-js/faker/locale/en_AU';
import { faker as en_CA } from '@faker-js/faker/locale/en_CA';
import { faker as en_GB } from '@faker-js/faker/locale/en_GB';
import { faker as en_IN } from '@faker-js/faker/locale/en_IN';
import { faker as en_US } from '@faker-js/faker/locale/en_US';
import { faker as es } from '@faker-js/faker/locale/es';
import { faker as es_MX } from '@faker-js/faker/locale/es_MX';
import { faker as fr } from '@faker-js/faker/locale/fr';
import { faker as it } from '@faker-js/faker/locale/it';
import { faker as ja } from '@faker-js/faker/locale/ja';
import { faker as ko } from '@faker-js/faker/locale/ko';
import { faker as nl } from '@faker-js/faker/locale/nl';
import { faker as pl } from '@faker-js/faker/locale/pl';
import { faker as pt_BR } from '@faker-js/faker/locale/pt_BR';
import { faker as sv } from '@faker-js/faker/locale/sv';

// The CommonJS build's locale loader (tsdown.cjs.config.ts puts it in place of faker-locale.ts): Faker is ESM only,
// so that build bundles the locales the kit writes in, which default Jest and other require() users can then load.
// Keep the list equal to `locales` in faker.ts (test/generators/faker-locale.test.ts checks it).
const modules: Readonly<Record<string, Faker>> = {
  en_US,
  en_GB,
  en_CA,
  en_AU,
  en_IN,
  de,
  fr,
  es,
  es_MX,
  it,
  nl,
  pt_BR,
  sv,
  pl,
  ja,
  ko,
};

/** Faker's module for one locale, from the bundled copies. */
export function loadLocale(locale: string): { faker: Faker } {
  const faker = modules[locale];
  if (faker === undefined)
    throw new Error(`spike-webhook-kit's CommonJS build does not bundle the locale ${locale}.`);
  return { faker };
}

import { createRequire } from 'node:module';
import type { Faker } from '@faker-js/faker';

// Faker's locale subpaths load one locale each (the package root loads all of them). require(esm) is synchronous
// on Node >= 22.12, which keeps generate() synchronous while loading a locale only on first use. The CommonJS build
// replaces this file with faker-locale.bundled.ts (tsdown.cjs.config.ts), since Faker is ESM only.
const load = createRequire(import.meta.url);

/** Faker's module for one locale (`@faker-js/faker/locale/<id>`), loaded on first use. */
export function loadLocale(locale: string): { faker: Faker } {
  return load(`@faker-js/faker/locale/${locale}`) as { faker: Faker };
}

import { describe, expect, it } from 'vitest';
import { localeIds } from '../../generators/core/faker.ts';
import { loadLocale as bundled } from '../../generators/core/faker-locale.bundled.ts';
import { loadLocale } from '../../generators/core/faker-locale.ts';

describe('the CommonJS build bundles exactly the locales the kit writes in', () => {
  it('gives the same locale data as the ESM loader, for every locale id', () => {
    for (const id of localeIds) {
      expect(bundled(id).faker.rawDefinitions, id).toBe(loadLocale(id).faker.rawDefinitions);
    }
  });
  it('names a locale it does not bundle', () => {
    expect(() => bundled('tlh')).toThrow(/does not bundle the locale tlh/);
  });
});

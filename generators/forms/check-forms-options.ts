import { invalid, listChoices, SpikeKitError } from '../../src/core/index.ts';
import { localeIds } from '../core/faker.ts';
import type { FormEncoding, FormsOptions, MultiValueStyle } from './forms-options.ts';
import type { IpScheme } from './ip-address.ts';

/**
 * The values each Spike Forms option accepts (`locale` takes any `LocaleId`).
 *
 * @example
 * ```ts
 * formsOptionChoices.multiValue; // ['array', 'comma-joined']
 * ```
 */
export const formsOptionChoices = {
  multiValue: ['array', 'comma-joined'] as const satisfies readonly MultiValueStyle[],
  ipVersion: [4, 6] as const,
  ipScheme: ['documentation', 'public'] as const satisfies readonly IpScheme[],
  encoding: ['json', 'form'] as const satisfies readonly FormEncoding[],
  form: ['id', 'name', 'slug'] as const,
};

/**
 * Validates the Spike Forms options of a `generate` call.
 *
 * @throws {SpikeKitError} `UNKNOWN_LOCALE` or `INVALID_OPTION`, listing the valid values (`spamShare`: 0 to 1).
 * @example
 * ```ts
 * checkFormsOptions({ multiValue: 'csv' }); // throws INVALID_OPTION: 'multiValue' must be 'array' or 'comma-joined' ...
 * ```
 */
export function checkFormsOptions(options: FormsOptions): void {
  const { locale, multiValue, ipVersion, ipScheme, encoding, form, spamShare } = options;
  if (locale !== undefined && !localeIds.includes(locale)) {
    throw invalid(
      'UNKNOWN_LOCALE',
      "'locale' of a Spike Forms submission",
      `one of ${listChoices(localeIds)}`,
      locale,
      {
        details: { option: 'locale', locale, valid: localeIds },
      },
    );
  }
  oneOf('multiValue', multiValue, formsOptionChoices.multiValue);
  oneOf('ipVersion', ipVersion, formsOptionChoices.ipVersion);
  oneOf('ipScheme', ipScheme, formsOptionChoices.ipScheme);
  oneOf('encoding', encoding, formsOptionChoices.encoding);
  if (spamShare !== undefined && !(typeof spamShare === 'number' && spamShare >= 0 && spamShare <= 1)) {
    throw invalid('INVALID_OPTION', "'spamShare'", 'a number from 0 to 1', spamShare, {
      details: { option: 'spamShare', min: 0, max: 1 },
    });
  }
  if (form === undefined) return;
  const valid = formsOptionChoices.form;
  const details = { option: 'form', valid };
  if (typeof form !== 'object' || form === null || Array.isArray(form)) {
    throw invalid(
      'INVALID_OPTION',
      "'form'",
      "an object such as { id: 'clx123abc', slug: 'contact' }",
      form,
      {
        details,
      },
    );
  }
  for (const [key, value] of Object.entries(form)) {
    if (!(valid as readonly string[]).includes(key)) {
      throw new SpikeKitError(
        'INVALID_OPTION',
        `'form' has unknown key '${key}' (use ${listChoices(valid)}).`,
        details,
      );
    }
    if (value !== undefined && (typeof value !== 'string' || value === '')) {
      throw invalid('INVALID_OPTION', `'${key}' of 'form'`, 'a non-empty string', value, { details });
    }
  }
}

function oneOf(name: string, value: unknown, valid: readonly (string | number)[]): void {
  if (value === undefined || valid.includes(value as string | number)) return;
  const shown = valid.map(String);
  const expected = typeof valid[0] === 'number' ? shown.join(' or ') : listChoices(shown);
  throw invalid('INVALID_OPTION', `'${name}'`, expected, value, { details: { option: name, valid } });
}

import { listChoices, SpikeKitError } from '../../src/core/index.ts';
import { localeIds } from '../core/faker.ts';
import type { FormEncoding, FormsOptions, MultiValueStyle } from './types.ts';

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
  encoding: ['json', 'form'] as const satisfies readonly FormEncoding[],
  form: ['id', 'name', 'slug'] as const,
};

/**
 * Validates the Spike Forms options of a `generate` call.
 *
 * @throws {SpikeKitError} `UNKNOWN_LOCALE` or `INVALID_OPTION`, listing the valid values.
 * @example
 * ```ts
 * checkFormsOptions({ multiValue: 'csv' }); // throws INVALID_OPTION: 'multiValue' must be 'array' or 'comma-joined' ...
 * ```
 */
export function checkFormsOptions(options: FormsOptions): void {
  const { locale, multiValue, ipVersion, encoding, form } = options;
  if (locale !== undefined && !localeIds.includes(locale)) {
    throw new SpikeKitError(
      'UNKNOWN_LOCALE',
      `Unknown locale ${JSON.stringify(locale)} for a Spike Forms submission: use ${listChoices(localeIds)}.`,
      { option: 'locale', locale, valid: localeIds },
    );
  }
  oneOf('multiValue', multiValue, formsOptionChoices.multiValue);
  oneOf('ipVersion', ipVersion, formsOptionChoices.ipVersion);
  oneOf('encoding', encoding, formsOptionChoices.encoding);
  if (form === undefined) return;
  const valid = formsOptionChoices.form;
  const problem =
    typeof form !== 'object' || form === null || Array.isArray(form)
      ? `must be an object such as { id: 'clx123abc', slug: 'contact' }, got ${JSON.stringify(form)}`
      : Object.entries(form)
          .map(([key, value]) =>
            !(valid as readonly string[]).includes(key)
              ? `has unknown key '${key}' (use ${listChoices(valid)})`
              : value !== undefined && (typeof value !== 'string' || value === '')
                ? `'${key}' must be a non-empty string, got ${JSON.stringify(value)}`
                : undefined,
          )
          .find((message) => message !== undefined);
  if (problem !== undefined) {
    throw new SpikeKitError('INVALID_OPTION', `'form' ${problem}.`, { option: 'form', valid });
  }
}

function oneOf(name: string, value: unknown, valid: readonly (string | number)[]): void {
  if (value === undefined || valid.includes(value as string | number)) return;
  const shown = valid.map(String);
  throw new SpikeKitError(
    'INVALID_OPTION',
    `'${name}' must be ${typeof valid[0] === 'number' ? shown.join(' or ') : listChoices(shown)}, got ${JSON.stringify(value)}.`,
    { option: name, valid },
  );
}

import { describe, expect, it } from 'vitest';
import { generate } from '../../generators/generate.ts';
import { isSpikeKitError } from '../../src/core/index.ts';

describe('generate: option errors list what is valid', () => {
  const code = (fn: () => unknown) => {
    try {
      fn();
    } catch (error) {
      return isSpikeKitError(error) ? [error.code, error.message] : ['not-coded', String(error)];
    }
    return ['no-error', ''];
  };

  it.each([
    ['unknown profile', () => generate('spike-sms' as never), 'UNKNOWN_PROFILE', /'spike-forms'/],
    ['unknown kind', () => generate('spike-forms', { kind: 'survey' as never }), 'UNKNOWN_KIND', /'contact'/],
    ['unknown option', () => generate('spike-forms', { colour: 'red' } as never), 'INVALID_OPTION', /'seed'/],
    ['bad count', () => generate('spike-forms', { count: 0 }), 'INVALID_OPTION', /count/],
    ['fractional count', () => generate('spike-forms', { count: 1.5 }), 'INVALID_OPTION', /count/],
    ['bad seed', () => generate('spike-forms', { seed: Number.NaN }), 'INVALID_OPTION', /seed/],
    ['bad refDate', () => generate('spike-forms', { refDate: 'soon' }), 'INVALID_DATE', /refDate/],
    [
      'bad awkward',
      () => generate('spike-forms', { awkward: 'weird' as never }),
      'INVALID_OPTION',
      /'unknown-fields'/,
    ],
  ])('%s', (_name, fn, expectedCode, pattern) => {
    const [c, message] = code(fn);
    expect(c).toBe(expectedCode);
    expect(message).toMatch(pattern);
  });
});

import { describe, expect, it } from 'vitest';
import { invalid, isSpikeKitError, listChoices, showValue } from '../../src/core/index.ts';

describe('showValue', () => {
  it('names what JSON cannot show', () => {
    expect(showValue(Number.NaN)).toBe('NaN');
    expect(showValue(Number.POSITIVE_INFINITY)).toBe('Infinity');
    expect(showValue(undefined)).toBe('undefined');
    expect(showValue(() => 1)).toBe('a function');
    expect(showValue(10n)).toBe('10n');
    expect(showValue(Symbol('s'))).toBe('Symbol(s)');
  });

  it('shows JSON, cut to 80 characters, and survives circular objects', () => {
    expect(showValue('30 s')).toBe('"30 s"');
    expect(showValue({ a: 1 })).toBe('{"a":1}');
    expect(showValue('x'.repeat(500))).toHaveLength(80);
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    expect(showValue(circular)).toBe('an object that cannot be shown as JSON');
  });
});

describe('invalid', () => {
  it('says what must be, what it got, and what to do, with a stable code', () => {
    const error = invalid('INVALID_OPTION', "'count'", 'a whole number from 1 to 10', Number.NaN, {
      details: { option: 'count' },
      hint: 'Pass count: 3 for three events.',
    });
    expect(isSpikeKitError(error, 'INVALID_OPTION')).toBe(true);
    expect(error.message).toBe(
      "'count' must be a whole number from 1 to 10, got NaN. Pass count: 3 for three events.",
    );
    expect(error.details).toEqual({ option: 'count', expected: 'a whole number from 1 to 10' });
  });

  it('keeps the cause', () => {
    const cause = new Error('inner');
    expect(invalid('INVALID_DATE', "'refDate'", 'a date', 'x', { cause }).cause).toBe(cause);
  });
});

describe('listChoices', () => {
  it('joins with commas and a final "or"', () => {
    expect(listChoices(['a'])).toBe("'a'");
    expect(listChoices(['a', 'b', 'c'])).toBe("'a', 'b' or 'c'");
  });
});

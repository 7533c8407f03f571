import { describe, expect, it } from 'vitest';
import { isMatcher, pactJsonMatchers, reifyTemplate } from '../../src/pact/index.ts';
import { MATCHER_KEY } from '../../src/pact/pact-json-matchers.ts';

describe('pactJsonMatchers: Pact integration JSON as plain data', () => {
  it('builds the matcher objects every Pact implementation reads', () => {
    expect(pactJsonMatchers.integer(3)).toEqual({ [MATCHER_KEY]: 'integer', value: 3 });
    expect(pactJsonMatchers.regex('^a+$', 'aa')).toEqual({
      [MATCHER_KEY]: 'regex',
      regex: '^a+$',
      value: 'aa',
    });
    expect(pactJsonMatchers.arrayOf(pactJsonMatchers.type('x'), 1)).toEqual({
      [MATCHER_KEY]: 'type',
      min: 1,
      value: [{ [MATCHER_KEY]: 'type', value: 'x' }],
    });
    expect(pactJsonMatchers.anything({ a: 1 })).toMatchObject({
      [MATCHER_KEY]: 'eachValue',
      value: { a: 1 },
    });
    expect(pactJsonMatchers.anything([2])).toMatchObject({ [MATCHER_KEY]: 'type', min: 0 });
    expect(isMatcher(pactJsonMatchers.number(1.5))).toBe(true);
    expect(isMatcher({ value: 1.5 })).toBe(false);
  });

  it('reifies a template to the example it describes', () => {
    const template = {
      id: pactJsonMatchers.type('e-1'),
      items: pactJsonMatchers.arrayOf({ n: pactJsonMatchers.integer(7) }),
      fixed: 'x',
    };
    expect(reifyTemplate(template)).toEqual({ id: 'e-1', items: [{ n: 7 }], fixed: 'x' });
  });
});

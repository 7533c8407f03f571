import { describe, expect, it } from 'vitest';
import { applyOverrides } from '../../../generators/core/overrides.ts';
import { isSpikeKitError } from '../../../src/core/index.ts';

describe('applyOverrides', () => {
  const base = {
    a: 1,
    s: 'x',
    nested: {
      b: true,
      list: [
        { v: 1, w: 2 },
        { v: 3, w: 4 },
      ],
    },
    tags: ['p', 'q'],
    maybe: null,
  };

  it('deep-merges objects, merges array elements by index and takes the override length', () => {
    expect(applyOverrides(base, { nested: { list: [{ v: 10 }] }, tags: ['only'] })).toEqual({
      ...base,
      nested: { b: true, list: [{ v: 10, w: 2 }] },
      tags: ['only'],
    });
    expect(base.nested.list).toHaveLength(2);
  });

  it('removes keys set to undefined, lets null replace anything and anything replace null', () => {
    const out = applyOverrides(base, { s: undefined, a: null, maybe: { any: 1 } } as never) as Record<
      string,
      unknown
    >;
    expect('s' in out).toBe(false);
    expect(out.a).toBeNull();
    expect(out.maybe).toEqual({ any: 1 });
  });

  it('rejects a value of the wrong type, naming the path', () => {
    try {
      applyOverrides(base, { nested: { list: [{ v: 'ten' }] } } as never);
      expect.unreachable();
    } catch (error) {
      expect(isSpikeKitError(error, 'INVALID_OVERRIDE')).toBe(true);
      expect((error as Error).message).toContain("'nested.list[0].v' is a string");
      expect((error as Error).message).toContain('a number');
    }
  });

  it('applies a function override to the generated value', () => {
    expect(applyOverrides(base, (g) => ({ ...g, a: g.a + 1 })).a).toBe(2);
  });
});

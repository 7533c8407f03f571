import { describe, expect, it } from 'vitest';
import { fakerFor } from '../../generators/core/faker.ts';
import { applyOverrides } from '../../generators/core/overrides.ts';
import { generate } from '../../generators/generate.ts';
import { isSpikeKitError, Rng } from '../../src/core/index.ts';

describe('Rng', () => {
  it('is deterministic per seed and differs across seeds', () => {
    const draw = (seed: number | string) => {
      const rng = new Rng(seed);
      return [rng.next(), rng.int(0, 1000), rng.uuid(), rng.hex(8)];
    };
    expect(draw(42)).toEqual(draw(42));
    expect(draw(42)).not.toEqual(draw(43));
    expect(draw('42')).toEqual(draw(42));
  });

  it('forks stable sub-streams that do not depend on what the parent drew', () => {
    const a = new Rng(7);
    const b = new Rng(7);
    for (let i = 0; i < 100; i++) b.next();
    expect(a.fork('user').uuid()).toBe(b.fork('user').uuid());
    expect(a.fork('user').uuid()).not.toBe(a.fork('other').uuid());
  });

  it('draws within bounds and roughly uniformly', () => {
    const rng = new Rng(1);
    const counts = new Array(6).fill(0);
    for (let i = 0; i < 60_000; i++) {
      const v = rng.int(1, 6);
      expect(v >= 1 && v <= 6).toBe(true);
      counts[v - 1]++;
    }
    for (const c of counts) expect(Math.abs(c - 10_000)).toBeLessThan(500);
    const normals = Array.from({ length: 20_000 }, () => rng.normal(10, 2));
    const mean = normals.reduce((s, x) => s + x, 0) / normals.length;
    expect(Math.abs(mean - 10)).toBeLessThan(0.1);
  });

  it('makes RFC 9562 v4 uuids and picks weighted values', () => {
    const rng = new Rng(3);
    for (let i = 0; i < 200; i++)
      expect(rng.uuid()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const picks = Array.from({ length: 1000 }, () =>
      rng.weighted([
        ['a', 9],
        ['b', 1],
      ] as const),
    );
    expect(picks.filter((p) => p === 'a').length).toBeGreaterThan(800);
    expect(rng.sample([1, 2, 3, 4], 3)).toHaveLength(3);
  });
});

describe('fakerFor', () => {
  it('gives locale-specific output driven by the Rng, not the global faker', () => {
    const name = (seed: number) => fakerFor('de', new Rng(seed)).person.fullName();
    expect(name(5)).toBe(name(5));
    expect(name(5)).not.toBe(name(6));
    expect(() => fakerFor('xx' as never, new Rng(1))).toThrow(/'en_US'/);
    expect(() => fakerFor('en_US', new Rng(1)).seed(1)).toThrow(/Rng/);
  });
});

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

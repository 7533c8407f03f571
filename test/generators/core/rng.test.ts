import { describe, expect, it } from 'vitest';
import { Rng } from '../../../src/core/index.ts';

// Rng lives in src/core; the generators re-export it and every payload depends on these properties.
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

import { describe, expect, it } from 'vitest';
import { roundHalfUp } from '../../../generators/core/round-half-up.ts';
import { Rng } from '../../../src/core/index.ts';

// roundHalfUp replaces Math.round in the generators' hot loops: it must give the same number everywhere (0 for -0).
const same = (x: number) => {
  const expected = Math.round(x);
  return Object.is(expected, -0) ? 0 : expected;
};

describe('roundHalfUp', () => {
  it('is Math.round on the edges of its arithmetic', () => {
    const edges = [
      0,
      -0,
      0.5,
      -0.5,
      1.5,
      -1.5,
      2.5,
      -2.5,
      0.49999999999999994,
      -0.49999999999999994,
      0.5000000000000001,
      // Just below x.5 where x + 0.5 crosses into the next binade (adding 0.5 rounds up there).
      31.5 - 2 ** -48,
      63.5 - 2 ** -47,
      127.5 - 2 ** -46,
      255.5 - 2 ** -45,
      2 ** 52 - 0.5,
      2 ** 52,
      2 ** 52 + 1,
      2 ** 53,
      -(2 ** 52) - 0.5,
      Number.MAX_VALUE,
      -Number.MAX_VALUE,
      Number.MIN_VALUE,
      -Number.MIN_VALUE,
      Number.POSITIVE_INFINITY,
      Number.NEGATIVE_INFINITY,
    ];
    for (const x of edges) expect(roundHalfUp(x), String(x)).toBe(same(x));
    expect(roundHalfUp(Number.NaN)).toBeNaN();
    expect(Object.is(roundHalfUp(-0.2), 0)).toBe(true);
  });

  it('is Math.round on a million values the generators round (bpm, tenths, halves, negatives)', () => {
    const rng = new Rng('round-half-up');
    for (let i = 0; i < 1_000_000; i++) {
      const kind = i % 4;
      const x =
        kind === 0
          ? rng.float(20, 230)
          : kind === 1
            ? rng.float(-500, 500) * 10
            : kind === 2
              ? rng.int(-1000, 1000) + 0.5
              : rng.float(-1, 1) * 2 ** rng.int(-30, 60);
      if (roundHalfUp(x) !== same(x)) expect(roundHalfUp(x), String(x)).toBe(same(x));
    }
  });
});

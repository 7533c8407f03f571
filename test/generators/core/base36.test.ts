import { describe, expect, it } from 'vitest';
import { base36Padded } from '../../../generators/core/base36.ts';
import { Rng } from '../../../src/core/index.ts';

describe('base36Padded', () => {
  it("writes toString(36).padStart(width, '0'): by table below 36^8, as given beyond", () => {
    const rng = new Rng('base36-padded');
    const values = [0, 1, 35, 36, 1295, 1296, 46_655, 46_656, 1_679_615, 1_679_616, 60_466_175, 60_466_176];
    values.push(78_364_164_095, 78_364_164_096, 2_821_109_907_455, 2_821_109_907_456, 4_294_967_295);
    values.push(Date.UTC(2026, 0, 15), Number.MAX_SAFE_INTEGER, -1, -86_400_000, 0.5, 1e21, -0);
    for (let i = 0; i < 5000; i++) values.push(Math.floor(rng.float(0, 2_900_000_000_000)));
    for (let i = 0; i < 5000; i++) values.push(Math.floor(rng.float(0, 4_294_967_296)));
    for (let i = 0; i < 2000; i++) values.push(Math.floor(rng.float(0, 50_000)));
    for (const width of [0, 1, 2, 5, 7, 8, 9, 12]) {
      for (const n of values) expect(base36Padded(n, width)).toBe(n.toString(36).padStart(width, '0'));
    }
  });
});

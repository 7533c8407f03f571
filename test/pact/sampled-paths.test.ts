import { describe, expect, it } from 'vitest';
import { sampledPaths } from '../../src/pact/sampled-paths.ts';

describe('sampledPaths', () => {
  it('lists every path with a value, items of all array entries, and nothing under null', () => {
    const sample = {
      id: 'e-1',
      note: null,
      data: [
        { date: '2026-01-15', levels: [{ seconds: 60 }] },
        { date: '2026-01-16', extra: 1 },
      ],
      empty: [],
    };
    expect(sampledPaths(sample)).toEqual([
      'id',
      'data',
      'data[*]',
      'data[*].date',
      'data[*].levels',
      'data[*].levels[*]',
      'data[*].levels[*].seconds',
      'data[*].extra',
      'empty',
    ]);
  });

  it('starts an array body at [*]', () => {
    expect(sampledPaths([{ metrics: ['steps'] }])).toEqual(['[*]', '[*].metrics', '[*].metrics[*]']);
  });
});

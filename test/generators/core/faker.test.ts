import { describe, expect, it } from 'vitest';
import { fakerFor } from '../../../generators/core/faker.ts';
import { Rng } from '../../../src/core/index.ts';

describe('fakerFor', () => {
  it('gives locale-specific output driven by the Rng, not the global faker', () => {
    const name = (seed: number) => fakerFor('de', new Rng(seed)).person.fullName();
    expect(name(5)).toBe(name(5));
    expect(name(5)).not.toBe(name(6));
    expect(() => fakerFor('xx' as never, new Rng(1))).toThrow(/'en_US'/);
    expect(() => fakerFor('en_US', new Rng(1)).seed(1)).toThrow(/Rng/);
  });
});

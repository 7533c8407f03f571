// Two calls of `generate` without a seed give different events (as Faker users expect), following a documented,
// resettable sequence; an explicit seed keeps byte-identical output.
import { beforeEach, describe, expect, it } from 'vitest';
import { generate, resetDefaultSeeds } from '../../generators/generate.ts';
import { kitDefaults } from '../../src/core/index.ts';

const bytes = (value: unknown) => JSON.stringify(value);

describe('default seeds', () => {
  beforeEach(() => {
    resetDefaultSeeds();
  });

  it('gives two calls without a seed different events', () => {
    const a = generate('spike-forms', { kind: 'contact' });
    const b = generate('spike-forms', { kind: 'contact' });
    expect(bytes(a)).not.toBe(bytes(b));
    const c = generate('spike-health-v2', { kind: 'sleep' });
    const d = generate('spike-health-v2', { kind: 'sleep' });
    expect(c.event_id).not.toBe(d.event_id);
  });

  it('follows the documented sequence kitDefaults.seed, +1, +2 ... across profiles, and restarts on reset', () => {
    const first = [
      generate('spike-forms', { kind: 'contact' }),
      generate('spike-health-v3', { kind: 'record_change' }),
      generate('spike-forms', { kind: 'contact' }),
    ].map(bytes);
    expect(first).toEqual(
      [
        generate('spike-forms', { kind: 'contact', seed: kitDefaults.seed }),
        generate('spike-health-v3', { kind: 'record_change', seed: kitDefaults.seed + 1 }),
        generate('spike-forms', { kind: 'contact', seed: kitDefaults.seed + 2 }),
      ].map(bytes),
    );
    resetDefaultSeeds();
    expect(bytes(generate('spike-forms', { kind: 'contact' }))).toBe(first[0]);
  });

  it('does not advance the sequence for calls with a seed, nor for refused calls', () => {
    generate('spike-forms', { kind: 'contact', seed: 99 });
    expect(() => generate('spike-forms', { kind: 'survey' as never })).toThrow();
    expect(bytes(generate('spike-forms', { kind: 'contact' }))).toBe(
      bytes(generate('spike-forms', { kind: 'contact', seed: kitDefaults.seed })),
    );
  });

  it('keeps byte-identical output for an explicit seed', () => {
    const options = { kind: 'feedback', seed: 'fixed' } as const;
    expect(bytes(generate('spike-forms', options))).toBe(bytes(generate('spike-forms', options)));
  });
});

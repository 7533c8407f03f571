// `count` is capped by the payload size: a call whose events would be too much JSON is refused with a coded
// INVALID_OPTION before any event is generated.
import { describe, expect, it } from 'vitest';
import { generate } from '../../generators/generate.ts';
import { isSpikeKitError } from '../../src/core/index.ts';

type Loose = (profile: string, options: Record<string, unknown>) => unknown;
const gen = generate as unknown as Loose;

/** Runs a call whose function override stops at the first generated event, so nothing big is ever built. */
function attempt(
  profile: string,
  options: Record<string, unknown>,
): { code: string; message: string; events: number } {
  let events = 0;
  const stop = new Error('generation started');
  try {
    gen(profile, {
      seed: 1,
      ...options,
      overrides: () => {
        events++;
        throw stop;
      },
    });
  } catch (error) {
    if (error === stop) return { code: 'generated', message: '', events };
    if (isSpikeKitError(error)) return { code: error.code, message: error.message, events };
    throw error;
  }
  return { code: 'no-error', message: '', events };
}

describe('generate: count cap by payload size', () => {
  it.each([
    ['20k v2 heart events', 'spike-health-v2', { kind: 'heart', count: 20_000 }, 'heart'],
    ['5k v2 ECGs', 'spike-health-v2', { kind: 'ecg', count: 5_000 }, 'ecg'],
    [
      '10k large v2 sleep events',
      'spike-health-v2',
      { kind: 'sleep', count: 10_000, awkward: 'large' },
      'sleep',
    ],
    [
      'v3 batches of 10k users',
      'spike-health-v3',
      { kind: 'record_change', users: 10_000, count: 100 },
      'record_change',
    ],
    [
      '100k large forms submissions',
      'spike-forms',
      { kind: 'contact', count: 100_000, awkward: 'large' },
      'contact',
    ],
  ])('refuses %s before generating anything', (_name, profile, options, kind) => {
    const result = attempt(profile, options);
    expect(result.code).toBe('INVALID_OPTION');
    expect(result.events).toBe(0);
    expect(result.message).toContain("'count' must be at most");
    expect(result.message).toContain(`'${kind}'`);
    expect(result.message).toContain('MiB');
  });

  it('names a bound that the same call accepts', () => {
    const { message } = attempt('spike-health-v2', { kind: 'heart', count: 20_000 });
    const most = Number(/at most (\d+)/.exec(message)?.[1]);
    expect(most).toBeGreaterThan(100);
    expect(most).toBeLessThan(20_000);
    expect(attempt('spike-health-v2', { kind: 'heart', count: most }).code).toBe('generated');
    expect(attempt('spike-health-v2', { kind: 'heart', count: most + 1 }).code).toBe('INVALID_OPTION');
  });

  it('keeps accepting long series of small events', () => {
    expect(attempt('spike-forms', { kind: 'contact', count: 100_000 }).code).toBe('generated');
    expect(attempt('spike-health-v2', { kind: 'goals', count: 100_000 }).code).toBe('generated');
    expect(attempt('spike-health-v3', { kind: 'record_change', users: 100, count: 1_000 }).code).toBe(
      'generated',
    );
  });
});

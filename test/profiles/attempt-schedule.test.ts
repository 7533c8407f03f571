import { describe, expect, it } from 'vitest';
import { attemptOffsets, nextAttemptAt, profiles } from '../../src/profiles/index.ts';

const MIN = 60_000;

describe('schedule arithmetic', () => {
  it('counts previous-failure delays from when the attempt failed (a timeout shifts the schedule)', () => {
    expect(attemptOffsets('spike-forms', { failureAfterMs: 30_000 })).toEqual([
      0,
      30_000 + MIN,
      2 * 30_000 + 6 * MIN,
      3 * 30_000 + 36 * MIN,
    ]);
    expect(nextAttemptAt('spike-forms', 4, 0, 0)).toBeUndefined();
  });

  it('never schedules a first-attempt offset before the failure it follows', () => {
    const schedule = profiles['spike-forms'].retryAlternatives['delays-from-first-attempt']!;
    expect(nextAttemptAt(schedule, 1, 0, 90_000)).toBe(90_000);
    expect(nextAttemptAt(schedule, 2, 0, 100_000)).toBe(5 * MIN);
  });
});

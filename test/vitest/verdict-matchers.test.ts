// Issue 8: matchers read as they are named, and say when they were handed a Promise.
import { describe, expect, it } from 'vitest';
import '../../src/vitest/index.ts';
import { simulate, simulatorMatchers, toHaveBeenDeliveredAt } from '../../src/simulator/index.ts';
import { formsEvent, okHandler } from '../simulator/fixtures.ts';

const profile = 'spike-forms';

describe('toHaveBeenDeliveredAfter and toHaveBeenDeliveredAt', () => {
  it('"after 6m" means at or after 6 min; "at" is exact', async () => {
    const result = await simulate({
      profile,
      target: { fetch: okHandler().handler },
      event: formsEvent(),
      faults: [500, 500, 500],
    });
    expect(result.events[0]?.deliveredAtMs).toBe(2_160_000); // delivered at 36 min
    expect(result).toHaveBeenDeliveredAfter('6m');
    expect(result).toHaveBeenDeliveredAfter('36m');
    expect(result).not.toHaveBeenDeliveredAfter('37m');
    expect(result).toHaveBeenDeliveredAt('36m');
    expect(result).not.toHaveBeenDeliveredAt('6m');
    expect(result.events[0]).toHaveBeenDeliveredAt(2_160_000);
    expect(toHaveBeenDeliveredAt.call({ isNot: false }, result, '35m', { tolerance: '1m' }).pass).toBe(true);
    expect(() => expect(result).toHaveBeenDeliveredAt('6m')).toThrow(/delivered 36m after its first attempt/);
  });
});

describe('a Promise instead of a result', () => {
  it('every matcher says: did you forget await?', () => {
    const pending = simulate({ profile, target: { fetch: okHandler().handler }, event: formsEvent() });
    const args: Record<string, unknown[]> = {
      toHaveAttempts: [1],
      toHaveBeenDeliveredAfter: ['0s'],
      toHaveBeenDeliveredAt: ['0s'],
      toHaveBeenProcessedOnce: [() => 1],
    };
    for (const [name, matcher] of Object.entries(simulatorMatchers)) {
      const outcome = (
        matcher as (this: unknown, ...a: unknown[]) => { pass: boolean; message(): string }
      ).call({ isNot: false }, pending, ...(args[name] ?? []));
      expect(outcome.pass, name).toBe(false);
      expect(outcome.message(), name).toMatch(/got a Promise: did you forget await\?/);
    }
    expect(() => expect(pending).toBeDelivered()).toThrow(/got a Promise: did you forget await\?/);
    return pending;
  });
});

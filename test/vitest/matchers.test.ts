import { describe, expect, it } from 'vitest';
import '../../src/vitest/index.ts';
import { type ProcessedProbe, simulate, simulatorMatchers } from '../../src/simulator/index.ts';
import { formsEvent, okHandler } from '../simulator/fixtures.ts';

const profile = 'spike-forms';

/** A receiver storing each submission; `idempotent` skips ones it already stored. */
function receiver(idempotent: boolean) {
  const stored = new Map<string, number>();
  const handler = async (request: Request) => {
    const { submissionId } = JSON.parse(await request.text()) as { submissionId: string };
    if (!(idempotent && stored.has(submissionId)))
      stored.set(submissionId, (stored.get(submissionId) ?? 0) + 1);
    return new Response(null, { status: 200 });
  };
  return { handler, stored };
}

describe('matchers registered by importing spike-webhook-kit/vitest', () => {
  it('toBeDelivered, toHaveAttempts and toHaveBeenDeliveredAfter read the timeline', async () => {
    const result = await simulate({
      profile,
      target: { fetch: okHandler().handler },
      event: formsEvent(),
      faults: [500, 500],
    });
    expect(result).toBeDelivered();
    expect(result).toHaveAttempts(3);
    expect(result).toHaveBeenDeliveredAfter('6m');
    expect(result.events[0]).toHaveBeenDeliveredAfter(360_000);
    expect(result).toHaveBeenDeliveredAt('6m');
    expect(result.events[0]).toHaveBeenDeliveredAt(360_000);
    expect(result).not.toHaveBeenDeliveredAfter('7m');
    expect(result).not.toHaveBeenDeliveredAt('5m');
    expect(result).not.toBeExhausted();
    expect(result).not.toBeDiscarded();
  });

  it('toBeExhausted and toBeDiscarded follow the profile', async () => {
    const forms = await simulate({ profile, target: { fetch: okHandler(500).handler }, event: formsEvent() });
    expect(forms).toBeExhausted();
    expect(forms).toHaveAttempts(4);
    expect(forms).not.toBeDelivered();
  });

  it('failure messages show the timeline table', async () => {
    const result = await simulate({
      profile,
      target: { fetch: okHandler(503).handler },
      event: formsEvent(),
    });
    let message = '';
    try {
      expect(result).toBeDelivered();
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('expected the event to be delivered');
    expect(message).toContain('event 0: exhausted after 4 attempts');
    expect(message).toMatch(/#\s+at\s+delay\s+status\s+result/);
    expect(message).toMatch(/4\s+36m\s+30m\s+503\s+http-error/);
    expect(() => expect(result).toHaveAttempts(2)).toThrow(/to have 2 attempts\n {2}event 0: 4 attempts/);
  });

  it('toHaveBeenProcessedOnce catches a non-idempotent handler with lost-ack, and passes an idempotent one', async () => {
    const naive = receiver(false);
    const result = await simulate({
      profile,
      target: { fetch: naive.handler },
      event: formsEvent(),
      faults: ['lost-ack'],
    });
    expect(result).toBeDelivered();
    expect(result).not.toHaveBeenProcessedOnce(naive.stored);
    expect(() => expect(result).toHaveBeenProcessedOnce(naive.stored)).toThrow(
      /sub_0001: processed 2 times \(acknowledged, so exactly once expected\)/,
    );

    const safe = receiver(true);
    const again = await simulate({
      profile,
      target: { fetch: safe.handler },
      event: formsEvent(),
      faults: ['lost-ack'],
    });
    expect(again).toHaveBeenProcessedOnce(safe.stored);
    expect(again).toHaveBeenProcessedOnce((key: string) => safe.stored.get(key) ?? 0);
    expect(again).toHaveBeenProcessedOnce({ count: (key: string) => safe.stored.get(key) ?? 0 });
    expect(again).toHaveBeenProcessedOnce(Object.fromEntries(safe.stored));
  });

  it('toHaveBeenProcessedOnce expects nothing processed twice for events never acknowledged', async () => {
    const stored = new Map<string, number>();
    const handler = async (request: Request) => {
      const { submissionId } = JSON.parse(await request.text()) as { submissionId: string };
      stored.set(submissionId, (stored.get(submissionId) ?? 0) + 1); // writes, then fails
      return new Response(null, { status: 500 });
    };
    const result = await simulate({ profile, target: { fetch: handler }, event: formsEvent() });
    expect(result).toBeExhausted();
    expect(result).not.toHaveBeenProcessedOnce(stored);
    const none: ProcessedProbe = () => 0;
    expect(result).toHaveBeenProcessedOnce(none);
  });

  it('rejects what is not a simulation result', () => {
    expect(() => expect({ nope: true }).toBeDelivered()).toThrow(/expected a simulation result/);
  });

  it('are typed for expect', async () => {
    const result = await simulate({ profile, target: { fetch: okHandler().handler }, event: formsEvent() });
    // @ts-expect-error toHaveAttempts takes a number
    expect(() => expect(result).toHaveAttempts('one')).toThrow();
    // @ts-expect-error not a matcher of the kit
    expect(() => expect(result).toBeDeliveredTwice()).toThrow();
  });
});

describe('plain matcher functions (for Jest expect.extend)', () => {
  it('return { pass, message } and honour isNot', async () => {
    const result = await simulate({ profile, target: { fetch: okHandler().handler }, event: formsEvent() });
    const delivered = simulatorMatchers.toBeDelivered.call({ isNot: false }, result);
    expect(delivered.pass).toBe(true);
    const negated = simulatorMatchers.toBeDelivered.call({ isNot: true }, result);
    expect(negated.pass).toBe(true);
    expect(negated.message()).toMatch(
      /^expected the event not to be delivered\n {2}event 0: delivered after 1 attempt/,
    );
    expect(simulatorMatchers.toHaveAttempts.call(undefined, result, 2).pass).toBe(false);
  });
});

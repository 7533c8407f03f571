import { describe, expect, it } from 'vitest';
import { isSpikeKitError } from '../../src/core/index.ts';
import { normalizeFault } from '../../src/simulator/faults.ts';
import { randomFaults, simulate } from '../../src/simulator/index.ts';
import { formsEvent, okHandler } from './fixtures.ts';

const profile = 'spike-forms';

describe('fault semantics', () => {
  it('a scripted status answers instead of the handler: the handler is not called', async () => {
    const { handler, calls } = okHandler();
    const result = await simulate({
      profile,
      target: { fetch: handler },
      event: formsEvent(),
      faults: [500, 302, { status: 200, reachesHandler: false }],
    });
    const attempts = result.events[0]?.attempts ?? [];
    expect(attempts.map((a) => [a.status, a.classification, a.sent])).toEqual([
      [500, 'http-error', false],
      [302, 'redirect', false],
      [200, 'success', false],
    ]);
    expect(calls).toHaveLength(0);
    expect(result.events[0]?.outcome).toBe('delivered');
  });

  it('refused, reset and timeout stop before the handler; refused and reset fail at once', async () => {
    const { handler, calls } = okHandler();
    const result = await simulate({
      profile,
      target: { fetch: handler },
      event: formsEvent(),
      faults: ['refused', 'reset', 'timeout'],
    });
    const attempts = result.events[0]?.attempts ?? [];
    expect(attempts.map((a) => [a.atMs, a.status, a.classification, a.error ?? null, a.latencyMs])).toEqual([
      [0, null, 'network-error', 'refused', 0],
      [60_000, null, 'network-error', 'reset', 0],
      [360_000, null, 'timeout', null, 30_000],
      [2_190_000, 200, 'success', null, 0],
    ]);
    expect(calls).toHaveLength(1); // only the last attempt reached the handler
  });

  it('lost-ack calls the handler, records its answer, and Spike retries', async () => {
    const { handler, calls } = okHandler();
    const result = await simulate({
      profile,
      target: { fetch: handler },
      event: formsEvent(),
      faults: ['lost-ack', 'lost-ack'],
    });
    const attempts = result.events[0]?.attempts ?? [];
    expect(attempts.map((a) => [a.classification, a.status, a.answer?.status, a.answer?.accepted])).toEqual([
      ['lost-ack', null, 200, true],
      ['lost-ack', null, 200, true],
      ['success', 200, 200, true],
    ]);
    expect(calls).toHaveLength(3);
  });

  it('slow delays the answer: under the timeout it is seen late, over it the attempt times out', async () => {
    const { handler, calls } = okHandler();
    const result = await simulate({
      profile,
      target: { fetch: handler },
      event: formsEvent(),
      faults: [{ slow: '45s' }, { slow: '10s' }],
    });
    const [first, second] = result.events[0]?.attempts ?? [];
    expect(first).toMatchObject({ classification: 'timeout', latencyMs: 30_000, fault: { slow: 45_000 } });
    expect(first?.answer).toEqual({ status: 200, atMs: 45_000, accepted: true, late: true });
    expect(second).toMatchObject({ atMs: 90_000, classification: 'success', latencyMs: 10_000, status: 200 });
    expect(calls).toHaveLength(2);
    expect(normalizeFault('slow', 30_000)).toEqual({ slow: 45_000 });
  });

  it('pass and null leave an attempt alone; scripts past their end inject nothing', async () => {
    const { handler, calls } = okHandler(503);
    const result = await simulate({
      profile,
      target: { fetch: handler },
      event: formsEvent(),
      faults: ['pass', null],
    });
    expect(result.events[0]?.attempts.map((a) => a.fault)).toEqual([null, null, null, null]);
    expect(calls).toHaveLength(4);
  });

  it('takes one script per event', async () => {
    const result = await simulate({
      profile,
      target: { fetch: okHandler().handler },
      events: [formsEvent(1), formsEvent(2)],
      faults: [[500], ['reset', 'reset']],
    });
    expect(result.events.map((e) => e.attempts.length)).toEqual([2, 3]);
  });

  it('takes a function of the attempt', async () => {
    const seen: string[] = [];
    const result = await simulate({
      profile,
      target: { fetch: okHandler().handler },
      events: [formsEvent(1), formsEvent(2)],
      faults: ({ event, attempt, timeoutMs }) => {
        seen.push(`${event}/${attempt}/${timeoutMs}`);
        return event === 1 && attempt < 3 ? 503 : null;
      },
    });
    expect(result.events.map((e) => e.attempts.length)).toEqual([1, 3]);
    expect(seen).toEqual(['0/1/30000', '1/1/30000', '1/2/30000', '1/3/30000']);
  });
});

describe('invalid faults', () => {
  it('lists what is valid', async () => {
    const error = await simulate({
      profile,
      target: { fetch: okHandler().handler },
      event: formsEvent(),
      faults: ['explode' as never],
    }).catch((e: unknown) => e);
    expect(isSpikeKitError(error, 'INVALID_FAULT')).toBe(true);
    expect((error as Error).message).toContain(
      `A fault must be a status code (100-599, not 2xx), 'timeout', 'refused', 'reset', 'slow', 'lost-ack' or 'pass', { status }, { status, reachesHandler: false }, { slow: '45s' } or null`,
    );
  });

  it('rejects statuses out of range, bad durations, mixed scripts, and bad function results', async () => {
    expect(() => normalizeFault(700, 30_000)).toThrow(/from 100 to 599/);
    expect(() => normalizeFault({ slow: 'soon' }, 30_000)).toThrow(
      /^A fault must be .*, got \{"slow":"soon"\}\. .*duration/,
    );
    const target = { fetch: okHandler().handler };
    await expect(
      simulate({ profile, target, event: formsEvent(), faults: [500, [500]] as never }),
    ).rejects.toThrow(/mix of faults and lists/);
    await expect(
      simulate({ profile, target, event: formsEvent(), faults: () => 'boom' as never }),
    ).rejects.toThrow(/A fault must be .*, got "boom"\./);
    expect(() => randomFaults({ rate: 2 })).toThrow(/'rate' must be a probability from 0 to 1, got 2\./);
  });
});

describe('randomFaults', () => {
  it('draws from the seed, the event and the attempt only', async () => {
    const run = (seed: number) =>
      simulate({
        profile,
        target: { fetch: okHandler().handler },
        events: Array.from({ length: 30 }, (_, i) => formsEvent(i)),
        seed,
        faults: randomFaults({ rate: 0.6 }),
      });
    const faults = (r: Awaited<ReturnType<typeof run>>) =>
      JSON.stringify(r.events.map((e) => e.attempts.map((a) => a.fault)));
    const [a, b, c] = await Promise.all([run(7), run(7), run(8)]);
    expect(faults(a)).toBe(faults(b));
    expect(faults(a)).not.toBe(faults(c));
    const all = a.events.flatMap((e) => e.attempts.map((x) => x.fault));
    expect(all.some((f) => f !== null)).toBe(true);
    expect(all.some((f) => f === null)).toBe(true);
  });

  it('respects weights', async () => {
    const result = await simulate({
      profile,
      target: { fetch: okHandler(500).handler },
      events: Array.from({ length: 200 }, (_, i) => formsEvent(i)),
      faults: randomFaults({
        rate: 1,
        among: [
          [503, 9],
          ['reset', 1],
        ],
      }),
    });
    const all = result.events.flatMap((e) => e.attempts.map((a) => a.fault));
    const share = all.filter((f) => f === 503).length / all.length;
    expect(all.every((f) => f === 503 || f === 'reset')).toBe(true);
    expect(share).toBeGreaterThan(0.8);
    expect(share).toBeLessThan(0.97);
  });
});

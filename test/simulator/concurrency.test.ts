import { describe, expect, it } from 'vitest';
import { dedupKeys } from '../../src/profiles/index.ts';
import { simulate } from '../../src/simulator/index.ts';
import { formsEvent, okHandler, SECRET, v3Batch } from './fixtures.ts';

const profile = 'spike-forms';
const events = Array.from({ length: 6 }, (_, i) => formsEvent(i));

async function submissionIds(request: Request): Promise<string> {
  return (JSON.parse(await request.text()) as { submissionId: string }).submissionId;
}

describe('several events at once', () => {
  it('delivers in the given order by default, all at the same instant', async () => {
    const seen: string[] = [];
    const result = await simulate({
      profile,
      target: {
        fetch: async (r) => {
          seen.push(await submissionIds(r));
          return new Response(null, { status: 200 });
        },
      },
      events,
    });
    expect(result.deliveryOrder).toEqual([0, 1, 2, 3, 4, 5]);
    expect(result.events.map((e) => e.arrivalMs)).toEqual([0, 0, 0, 0, 0, 0]);
    expect(seen).toEqual(events.map((e) => e.submissionId));
  });

  it('arrives out of order: reversed, shuffled by the seed, or at explicit offsets', async () => {
    const { handler } = okHandler();
    const reversed = await simulate({
      profile,
      target: { fetch: handler },
      events,
      arrival: { order: 'reversed', spacing: '1s' },
    });
    expect(reversed.deliveryOrder).toEqual([5, 4, 3, 2, 1, 0]);
    expect(reversed.events.map((e) => e.arrivalMs)).toEqual([5000, 4000, 3000, 2000, 1000, 0]);

    const shuffled = await simulate({
      profile,
      target: { fetch: handler },
      events,
      arrival: { order: 'shuffled' },
      seed: 3,
    });
    const again = await simulate({
      profile,
      target: { fetch: handler },
      events,
      arrival: { order: 'shuffled' },
      seed: 3,
    });
    expect(shuffled.deliveryOrder).toEqual(again.deliveryOrder);
    expect([...shuffled.deliveryOrder].sort()).toEqual([0, 1, 2, 3, 4, 5]);
    expect(shuffled.deliveryOrder).not.toEqual([0, 1, 2, 3, 4, 5]);

    const offsets = await simulate({
      profile,
      target: { fetch: handler },
      events: events.slice(0, 3),
      arrival: { offsets: ['2m', 0, '30s'] },
    });
    expect(offsets.deliveryOrder).toEqual([1, 2, 0]);
  });

  it('retries reorder deliveries: a failed first event reaches the receiver after later ones', async () => {
    const result = await simulate({
      profile,
      target: { fetch: okHandler().handler },
      events: events.slice(0, 3),
      faults: [[500], [], []],
    });
    expect(result.deliveryOrder).toEqual([1, 2, 0]);
  });
});

describe('concurrent duplicate deliveries', () => {
  it('delivers the same event twice at the same instant, each with its own attempts and outcome', async () => {
    const { handler, calls } = okHandler();
    const result = await simulate({
      profile,
      target: { fetch: handler },
      events: events.slice(0, 2),
      duplicates: { events: [1] },
    });
    expect(result.events.map((e) => [e.index, e.duplicateOf, e.arrivalMs, e.outcome])).toEqual([
      [0, null, 0, 'delivered'],
      [1, null, 0, 'delivered'],
      [2, 1, 0, 'delivered'],
    ]);
    expect(result.events[2]?.dedupKeys).toEqual(result.events[1]?.dedupKeys);
    expect(calls).toHaveLength(3);
  });

  it('catches a check-then-insert race that only concurrency exposes', async () => {
    const make = (idempotent: boolean) => {
      const seen = new Set<string>();
      const inserts = new Map<string, number>();
      const handler = async (request: Request) => {
        const id = await submissionIds(request);
        if (seen.has(id)) return new Response(null, { status: 200 });
        if (idempotent) seen.add(id); // reserve before the first await
        await Promise.resolve(); // e.g. an async database call
        seen.add(id);
        inserts.set(id, (inserts.get(id) ?? 0) + 1);
        return new Response(null, { status: 200 });
      };
      return { handler, inserts };
    };
    const racy = make(false);
    await simulate({
      profile,
      target: { fetch: racy.handler },
      events: events.slice(0, 3),
      duplicates: { events: 'all' },
    });
    expect([...racy.inserts.values()]).toEqual([2, 2, 2]);

    const safe = make(true);
    await simulate({
      profile,
      target: { fetch: safe.handler },
      events: events.slice(0, 3),
      duplicates: { events: 'all' },
    });
    expect([...safe.inserts.values()]).toEqual([1, 1, 1]);
  });

  it('draws duplicates from the seed and can delay them', async () => {
    const run = (seed: number) =>
      simulate({
        profile,
        target: { fetch: okHandler().handler },
        events: Array.from({ length: 40 }, (_, i) => formsEvent(i)),
        duplicates: { rate: 0.5, gap: '250ms' },
        seed,
      });
    const a = await run(1);
    const b = await run(1);
    const dups = a.events.filter((e) => e.duplicateOf !== null);
    expect(dups.length).toBeGreaterThan(5);
    expect(dups.length).toBeLessThan(35);
    expect(dups.every((e) => e.arrivalMs === 250)).toBe(true);
    expect(b.events.map((e) => e.duplicateOf)).toEqual(a.events.map((e) => e.duplicateOf));
  });

  it('v3 duplicates share the body-hash dedup key', async () => {
    const result = await simulate({
      profile: 'spike-health-v3',
      target: { fetch: okHandler().handler },
      event: v3Batch(),
      secret: SECRET,
      duplicates: { events: [0] },
    });
    expect(result.events[1]?.dedupKeys).toEqual(result.events[0]?.dedupKeys);
    expect(result.events[0]?.dedupKeys).toHaveLength(1);
    expect(result.events[0]?.dedupKeys[0]).toMatch(/^[0-9a-f]{64}$/);
    expect(dedupKeys('spike-health-v3', JSON.stringify(v3Batch()))).toEqual(result.events[0]?.dedupKeys);
  });
});

import { describe, expect, it } from 'vitest';
import { Rng } from '../../src/core/index.ts';
import { defineProfile, maxAttempts, type ProfileRef } from '../../src/profiles/index.ts';
import { checkInvariants, randomFaults, type SimulationResult, simulate } from '../../src/simulator/index.ts';
import { formsEvent, SECRET, v2Event, v3Batch } from './fixtures.ts';

const EVENTS = 1000;
const cases: { profile: ProfileRef; event: (i: number) => unknown }[] = [
  { profile: 'spike-health-v2', event: v2Event },
  { profile: 'spike-health-v3', event: v3Batch },
  { profile: 'spike-forms', event: formsEvent },
  {
    profile: defineProfile({ id: 'forms-first', extends: 'spike-forms', retry: 'delays-from-first-attempt' }),
    event: formsEvent,
  },
];

/** A receiver answering a seeded mix of statuses, sometimes slowly (on virtual timers). */
function randomReceiver(seed: number) {
  const rng = new Rng(`receiver/${seed}`);
  const statuses = [200, 200, 200, 201, 204, 301, 400, 429, 500, 503];
  return async () => {
    const status = rng.pick(statuses);
    const wait = rng.bool(0.2) ? rng.int(1, 45) * 1000 : 0;
    if (wait) await new Promise((resolve) => setTimeout(resolve, wait));
    return new Response(null, { status });
  };
}

function run(profile: ProfileRef, event: (i: number) => unknown, seed: number): Promise<SimulationResult> {
  return simulate({
    profile,
    target: { fetch: randomReceiver(seed) },
    events: Array.from({ length: EVENTS }, (_, i) => event(i)),
    secret: SECRET,
    seed,
    faults: randomFaults({ rate: 0.5 }),
    arrival: { order: 'shuffled', spacing: '1s' },
    duplicates: { rate: 0.1 },
  });
}

describe('seeded random faults over thousands of deliveries', () => {
  for (const { profile, event } of cases) {
    const id = typeof profile === 'string' ? profile : profile.id;
    it(`${id}: every event ends in one outcome, within its attempts, stopping at the first success`, async () => {
      const result = await run(profile, event, 11);
      const max = maxAttempts(profile);
      expect(result.events.length).toBeGreaterThanOrEqual(EVENTS);
      for (const e of result.events) {
        expect(['delivered', 'exhausted', 'discarded']).toContain(e.outcome);
        expect(e.attempts.length).toBeGreaterThanOrEqual(1);
        expect(e.attempts.length).toBeLessThanOrEqual(max);
        const successes = e.attempts.filter((a) => a.classification === 'success').length;
        expect(successes).toBe(e.outcome === 'delivered' ? 1 : 0);
        if (e.outcome === 'delivered') expect(e.attempts.at(-1)?.classification).toBe('success');
        else expect(e.attempts).toHaveLength(max);
      }
      expect(checkInvariants(result, profile)).toEqual([]);
      // The mix really exercised every path.
      const kinds = new Set(result.events.flatMap((e) => e.attempts.map((a) => a.classification)));
      expect(kinds).toEqual(
        new Set([
          'success',
          'http-error',
          'redirect',
          'timeout',
          'network-error',
          'lost-ack',
          ...(id === 'spike-health-v3' ? ['unaccepted-2xx'] : []),
        ]),
      );
      expect(new Set(result.events.map((e) => e.outcome)).size).toBeGreaterThanOrEqual(2);
      expect(result.summary.lateAnswers).toBeGreaterThan(0);
    });
  }

  it('the same seed gives byte-identical JSON and text; another seed does not', async () => {
    const [a, b, c] = await Promise.all([
      run('spike-forms', formsEvent, 5),
      run('spike-forms', formsEvent, 5),
      run('spike-forms', formsEvent, 6),
    ]);
    expect(JSON.stringify(a.toJSON())).toBe(JSON.stringify(b.toJSON()));
    expect(a.toString()).toBe(b.toString());
    expect(JSON.stringify(a)).toBe(JSON.stringify(a.toJSON()));
    expect(JSON.stringify(a.toJSON())).not.toBe(JSON.stringify(c.toJSON()));
  });
});

describe('checkInvariants', () => {
  it('catches a broken timeline', async () => {
    const result = await simulate({
      profile: 'spike-forms',
      target: { fetch: () => new Response(null, { status: 500 }) },
      event: formsEvent(),
    });
    const data = result.toJSON();
    expect(checkInvariants(data, 'spike-forms')).toEqual([]);
    const event = data.events[0];
    if (!event) throw new Error('no event');
    const extra = {
      ...data,
      events: [{ ...event, attempts: [...event.attempts, { ...event.attempts[3], n: 5 }] }],
    } as never;
    expect(checkInvariants(extra, 'spike-forms').join('\n')).toMatch(/5 attempts; the profile allows 4/);
    const wrong = { ...data, events: [{ ...event, outcome: 'discarded' }] } as never;
    expect(checkInvariants(wrong, 'spike-forms').join('\n')).toMatch(/the profile says 'exhausted'/);
    const late = {
      ...data,
      events: [
        {
          ...event,
          attempts: event.attempts.map((a, i) =>
            i === 2 ? { ...a, atMs: a.atMs + 1, endedAtMs: (a.endedAtMs ?? 0) + 1 } : a,
          ),
        },
      ],
    } as never;
    expect(checkInvariants(late, 'spike-forms').join('\n')).toMatch(
      /attempt 3 started at 360001 ms; the schedule says 360000 ms/,
    );
  });
});

import { readFile } from 'node:fs/promises';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  createSimulation,
  installedFakeClock,
  simulate,
  simulateDefaults,
} from '../../src/simulator/index.ts';
import { formsEvent, okHandler } from './fixtures.ts';

const profile = 'spike-forms';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** A handler answering `status` after sleeping `ms` on its own timers. */
const answerAfter =
  (ms: number, status = 200) =>
  async () => {
    await sleep(ms);
    return new Response(null, { status });
  };

afterEach(() => {
  vi.useRealTimers();
});

describe("the handler's own timers run on the virtual clock", () => {
  it('a handler sleeping 40 s times out at 30 s, and its late 200 is recorded: it ran', async () => {
    const seenAt: string[] = [];
    const handler = async () => {
      seenAt.push(new Date().toISOString());
      await sleep(40_000);
      return new Response(null, { status: 200 });
    };
    const before = globalThis.setTimeout;
    const result = await simulate({ profile, target: { fetch: handler }, event: formsEvent() });
    const attempts = result.events[0]?.attempts ?? [];
    expect(
      attempts.map((a) => [a.atMs, a.classification, a.latencyMs, a.answer?.atMs, a.answer?.late]),
    ).toEqual([
      [0, 'timeout', 30_000, 40_000, true],
      [90_000, 'timeout', 30_000, 130_000, true],
      [420_000, 'timeout', 30_000, 460_000, true],
      [2_250_000, 'timeout', 30_000, 2_290_000, true],
    ]);
    expect(result.summary.lateAnswers).toBe(4);
    // The handler saw virtual time: the default start plus each attempt's offset.
    const start = Date.parse(simulateDefaults.startAt);
    expect(seenAt).toEqual(attempts.map((a) => new Date(start + a.atMs).toISOString()));
    expect(globalThis.setTimeout).toBe(before);
  });

  it('a handler sleeping 10 s is delivered with a 10 s latency', async () => {
    const result = await simulate({
      profile,
      target: { fetch: answerAfter(10_000) },
      event: formsEvent(),
    });
    expect(result.events[0]?.attempts.map((a) => [a.classification, a.latencyMs])).toEqual([
      ['success', 10_000],
    ]);
  });

  it('setInterval, clearTimeout and nested timers are virtual too', async () => {
    const handler = async () => {
      let ticks = 0;
      await new Promise<void>((resolve) => {
        const id = setInterval(() => {
          if (++ticks === 3) {
            clearInterval(id);
            setTimeout(resolve, 1_000);
          }
        }, 2_000);
      });
      const never = setTimeout(() => {
        throw new Error('cleared timers must not fire');
      }, 1);
      clearTimeout(never);
      return new Response(null, { status: 200 });
    };
    const result = await simulate({ profile, target: { fetch: handler }, event: formsEvent() });
    expect(result.events[0]?.attempts[0]).toMatchObject({ classification: 'success', latencyMs: 7_000 });
  });

  it('real I/O inside an in-process handler takes no virtual time and is not mistaken for a timeout', async () => {
    const handler = async () => {
      await readFile(new URL(import.meta.url));
      await readFile(new URL(import.meta.url));
      return new Response(null, { status: 200 });
    };
    const result = await simulate({ profile, target: { fetch: handler }, event: formsEvent() });
    expect(result.events[0]?.attempts.map((a) => [a.classification, a.latencyMs])).toEqual([['success', 0]]);
  });

  it('with shadowGlobals: false the handler keeps real timers, which move no virtual time', async () => {
    const realTimeout = globalThis.setTimeout;
    let used: unknown;
    const handler = async () => {
      used = globalThis.setTimeout;
      await sleep(2);
      return new Response(null, { status: 200 });
    };
    const result = await simulate({
      profile,
      target: { fetch: handler },
      event: formsEvent(),
      shadowGlobals: false,
      ioWait: '5s',
    });
    expect(used).toBe(realTimeout);
    expect(result.events[0]?.attempts.map((a) => [a.classification, a.latencyMs])).toEqual([['success', 0]]);
  });

  it('a handler that throws is a 500, retried', async () => {
    let calls = 0;
    const handler = () => {
      if (++calls < 3) throw new Error('boom');
      return new Response(null, { status: 200 });
    };
    const result = await simulate({ profile, target: { fetch: handler }, event: formsEvent() });
    expect(result.events[0]?.attempts.map((a) => [a.status, a.classification, a.error ?? null])).toEqual([
      [500, 'http-error', 'handler threw: Error: boom'],
      [500, 'http-error', 'handler threw: Error: boom'],
      [200, 'success', null],
    ]);
  });
});

describe('a controllable simulation', () => {
  it('steps attempt by attempt: nothing stored after the 500, one row after the retry at 1 min', async () => {
    const rows: string[] = [];
    const handler = async (request: Request) => {
      const body = JSON.parse(await request.text()) as { submissionId: string };
      if (rows.length === 0 && calls++ === 0) return new Response(null, { status: 500 });
      rows.push(body.submissionId);
      return new Response(null, { status: 200 });
    };
    let calls = 0;
    const sim = createSimulation({ profile, target: { fetch: handler }, event: formsEvent(1) });

    const first = await sim.runNext();
    expect(first).toMatchObject({ event: 0, n: 1, atMs: 0, status: 500, classification: 'http-error' });
    expect(rows).toEqual([]);
    expect(sim.result.events[0]?.outcome).toBe('pending');

    // Between steps the test's own timers are real again.
    await new Promise((resolve) => setTimeout(resolve, 1));

    await sim.advanceBy('59s');
    expect(sim.now).toBe(59_000);
    expect(sim.result.events[0]?.attempts).toHaveLength(1);
    await sim.advanceBy('1s');
    expect(sim.result.events[0]?.attempts.map((a) => a.atMs)).toEqual([0, 60_000]);
    expect(rows).toEqual(['sub_0001']);
    expect(sim.done).toBe(true);
    expect(await sim.runNext()).toBeUndefined();

    const result = await sim.runAll();
    expect(result.events[0]?.outcome).toBe('delivered');
    expect(result.toString()).toContain('delivered at 1m, attempt 2');
  });

  it('runNext waits for the outcome of an attempt whose handler waits on timers', async () => {
    const sim = createSimulation({
      profile,
      target: { fetch: answerAfter(45_000) },
      event: formsEvent(),
    });
    const first = await sim.runNext();
    expect(first).toMatchObject({ atMs: 0, classification: 'timeout', endedAtMs: 30_000 });
    const second = await sim.runNext();
    expect(second).toMatchObject({ atMs: 90_000, delayMs: 60_000 });
  });

  it('refuses overlapping steps', async () => {
    const sim = createSimulation({ profile, target: { fetch: okHandler().handler }, event: formsEvent() });
    const running = sim.runAll();
    await expect(sim.advanceBy('1m')).rejects.toThrow(/already running/);
    await running;
  });
});

describe('coexistence with vi.useFakeTimers()', () => {
  it("by default the simulator's own clock stands in only while it runs; the user's fake timers are left intact", async () => {
    vi.useFakeTimers({ now: new Date('2030-01-01T00:00:00Z') });
    const userFake = globalThis.setTimeout;
    let fired = false;
    setTimeout(() => {
      fired = true;
    }, 1_000);
    const result = await simulate({
      profile,
      target: { fetch: answerAfter(40_000) },
      event: formsEvent(),
    });
    expect(result.events[0]?.outcome).toBe('exhausted'); // the handler's timers ran on the simulator's clock
    expect(result.startAt).toBe(simulateDefaults.startAt);
    expect(globalThis.setTimeout).toBe(userFake);
    expect(fired).toBe(false); // the user's clock did not move
    expect(new Date().toISOString()).toBe('2030-01-01T00:00:00.000Z');
    vi.advanceTimersByTime(1_000);
    expect(fired).toBe(true);
  });

  it("clock: installedFakeClock() shares the user's clock: their timers and Date move with Spike's schedule", async () => {
    vi.useFakeTimers({ now: new Date('2030-01-01T00:00:00Z') });
    const expired: number[] = [];
    setTimeout(() => expired.push(Date.now()), 10 * 60_000); // e.g. a dedup entry's 10 min TTL
    const clock = installedFakeClock();
    expect(clock).toBeDefined();
    const result = await simulate({
      profile,
      target: { fetch: okHandler(503).handler },
      event: formsEvent(),
      clock,
    });
    expect(result.startAt).toBe('2030-01-01T00:00:00.000Z');
    expect(result.events[0]?.attempts.map((a) => a.atMs)).toEqual([0, 60_000, 360_000, 2_160_000]);
    expect(expired).toEqual([Date.parse('2030-01-01T00:10:00Z')]);
    expect(new Date().toISOString()).toBe('2030-01-01T00:36:00.000Z');
  });

  it("waits for a handler's real I/O even when vi has faked performance.now and Date", async () => {
    vi.useFakeTimers();
    const handler = async () => {
      await readFile(new URL(import.meta.url));
      return new Response(null, { status: 200 });
    };
    const result = await simulate({ profile, target: { fetch: handler }, event: formsEvent() });
    expect(result.events[0]?.attempts.map((a) => [a.classification, a.latencyMs])).toEqual([['success', 0]]);
  });

  it('installedFakeClock() is undefined with real timers', () => {
    expect(installedFakeClock()).toBeUndefined();
  });
});

// Regression tests of issue 8 ("Every verdict true"): each is written the way the false verdict was found.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as realSleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import '../../src/vitest/index.ts';
import { isSpikeKitError } from '../../src/core/index.ts';
import { buildDelivery } from '../../src/delivery/index.ts';
import { defineProfile } from '../../src/profiles/index.ts';
import { verifyDelivery } from '../../src/signing/index.ts';
import {
  createSimulation,
  type FaultPlan,
  randomFaults,
  type SimulateOptions,
  simulate,
} from '../../src/simulator/index.ts';
import { formsEvent, okHandler, SECRET } from './fixtures.ts';

const profile = 'spike-forms';
const realSetTimeout = globalThis.setTimeout;
const RealDate = globalThis.Date;

async function rejection(run: () => unknown): Promise<{ code?: string; message: string }> {
  try {
    await run();
  } catch (error) {
    return error as { code?: string; message: string };
  }
  throw new Error('expected a rejection');
}

describe('no false "delivered" from a fault script', () => {
  it('a handler that always answers 401 is never delivered, whatever the script', async () => {
    const { handler } = okHandler(401);
    const bad = await rejection(() =>
      simulate({
        profile,
        target: { fetch: handler },
        event: formsEvent(),
        faults: [500, 'timeout', 'reset', 'lost-ack', 200],
      }),
    );
    expect(bad.code).toBe('INVALID_FAULT');
    expect(bad.message).toMatch(/null/);
    expect(bad.message).toMatch(/reachesHandler: false/);
    const plans: FaultPlan[] = [
      [500, 'timeout', 'reset', 'lost-ack'],
      ['lost-ack', 'lost-ack', 'lost-ack', 'lost-ack'],
      [{ slow: '1s' }, 'pass', null],
      () => 'lost-ack',
      randomFaults({ rate: 1, among: ['lost-ack', 'slow', 503] }),
    ];
    for (const faults of plans) {
      const result = await simulate({ profile, target: { fetch: handler }, event: formsEvent(), faults });
      expect(result).not.toBeDelivered();
    }
  });

  it('2xx statuses in a plain script are INVALID_FAULT, in every spelling', async () => {
    const { handler } = okHandler(401);
    const spellings: FaultPlan[] = [
      [200],
      [{ status: 204 }],
      [[500], [201]],
      () => 200,
      () => ({ status: 299 }),
    ];
    for (const faults of spellings) {
      const error = await rejection(() =>
        simulate({ profile, target: { fetch: handler }, event: formsEvent(), faults }),
      );
      expect(error.code, JSON.stringify(faults)).toBe('INVALID_FAULT');
    }
    expect(() => randomFaults({ among: [200] })).toThrow(/reachesHandler: false/);
  });

  it('an explicit { status: 200, reachesHandler: false } bypasses the handler on purpose', async () => {
    const { handler, calls } = okHandler(401);
    const result = await simulate({
      profile,
      target: { fetch: handler },
      event: formsEvent(),
      faults: [500, { status: 200, reachesHandler: false }],
    });
    expect(result).toBeDelivered();
    expect(calls).toHaveLength(0);
    expect(result.events[0]?.attempts[1]).toMatchObject({
      status: 200,
      classification: 'success',
      sent: false,
      fault: { status: 200, reachesHandler: false },
    });
  });

  it('lost-ack on an answer that was not a success is classified by that answer', async () => {
    const { handler } = okHandler(401);
    const result = await simulate({
      profile,
      target: { fetch: handler },
      event: formsEvent(),
      faults: ['lost-ack'],
    });
    expect(result.events[0]?.attempts[0]).toMatchObject({ classification: 'http-error', status: 401 });
    const v3 = await simulate({
      profile: 'spike-health-v3',
      target: { fetch: okHandler(204).handler },
      event: [{ application_user_id: 'u', timestamp: '2026-01-15T10:29:55Z', event_type: 'record_change' }],
      secret: SECRET,
      faults: ['lost-ack'],
    });
    expect(v3.events[0]?.attempts[0]).toMatchObject({ classification: 'unaccepted-2xx', status: 204 });
  });
});

/** An Express-free Node app answering 500 then 200, each after a real 20 ms. */
function slowishApp() {
  let calls = 0;
  return (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => {
    req.resume();
    req.on('end', () => {
      calls++;
      void realSleep(20).then(() => res.writeHead(calls === 1 ? 500 : 200).end());
    });
  };
}

describe('stepping means the same for every target', () => {
  it('after advanceBy, the { app } attempt due in the window has finished', async () => {
    const sim = createSimulation({ profile, target: { app: slowishApp() }, event: formsEvent() });
    try {
      const first = await sim.runNext();
      expect(first).toMatchObject({ status: 500 });
      await sim.advanceBy('1m');
      expect(sim.result.events[0]?.attempts.map((a) => a.classification)).toEqual(['http-error', 'success']);
      expect(sim.done).toBe(true);
    } finally {
      await sim.close();
    }
  });

  it('an msw server target (a real fetch intercepted) is stepped like { fetch }', async () => {
    const { http, HttpResponse } = await import('msw');
    const { setupServer } = await import('msw/node');
    const { mswTarget } = await import('../../src/msw/index.ts');
    const url = 'https://hooks.receiver.test/stepping';
    let calls = 0;
    const server = setupServer(
      http.post(url, async () => {
        calls++;
        await realSleep(30);
        return new HttpResponse(null, { status: calls === 1 ? 500 : 200 });
      }),
    );
    server.listen();
    try {
      const sim = createSimulation({ profile, target: mswTarget({ url, server }), event: formsEvent() });
      expect(await sim.runNext()).toMatchObject({ status: 500 });
      await sim.advanceBy('1m');
      expect(sim.result.events[0]?.outcome).toBe('delivered');
      expect(await sim.runNext()).toBeUndefined();
    } finally {
      server.close();
    }
  });
});

describe('timestamped dialect: each attempt is signed when it is sent', () => {
  it('a receiver checking freshness against Date.now() passes every retry', async () => {
    const seen: { header: string; body: string; now: number }[] = [];
    const handler = async (request: Request) => {
      const body = await request.text();
      const header = request.headers.get('X-Spike-Timestamp') ?? '';
      seen.push({ header, body, now: Date.now() });
      const fresh = Math.abs(Date.now() / 1000 - Number(header)) <= 300;
      const ok = verifyDelivery(
        'spike-forms-timestamped',
        { headers: request.headers, body },
        { secret: SECRET },
      ).ok;
      return new Response(null, { status: fresh && ok ? (seen.length < 3 ? 503 : 200) : 401 });
    };
    const event = {
      event: 'submission.created',
      timestamp: '2026-01-15T10:02:27.703Z',
      form: { id: 'f', name: 'Contact', slug: 'contact' },
      submission: { id: 'sub_1', data: { name: 'x' } },
    };
    const result = await simulate({
      profile: 'spike-forms-timestamped',
      target: { fetch: handler },
      event,
      secret: SECRET,
    });
    expect(result).toBeDelivered();
    expect(result).toHaveAttempts(3);
    const start = Date.parse('2026-01-15T10:30:00.000Z');
    expect(seen.map((s) => Number(s.header))).toEqual(
      [0, 60_000, 360_000].map((ms) => Math.floor((start + ms) / 1000)),
    );
    expect(seen.map((s) => (JSON.parse(s.body) as { timestamp: string }).timestamp)).toEqual(
      [0, 60_000, 360_000].map((ms) => new RealDate(start + ms).toISOString()),
    );
  });

  it('prebuilt deliveries are sent as given', async () => {
    const headers: string[] = [];
    const event = {
      event: 'submission.created',
      timestamp: '2026-01-15T10:02:27.703Z',
      submission: { id: 's' },
    };
    const delivery = buildDelivery('spike-forms-timestamped', event, { secret: SECRET });
    await simulate({
      profile: 'spike-forms-timestamped',
      target: {
        fetch: (request) => {
          headers.push(request.headers.get('X-Spike-Timestamp') ?? '');
          return new Response(null, { status: 500 });
        },
      },
      deliveries: [delivery],
    });
    expect(new Set(headers)).toEqual(new Set([delivery.headers['X-Spike-Timestamp']]));
  });
});

describe('two simulations at once', () => {
  function sleeper(ms: number, status = 200) {
    return async () => {
      await new Promise((resolve) => setTimeout(resolve, ms));
      return new Response(null, { status });
    };
  }

  it('leave the real globals back and classify each timeline on its own clock', async () => {
    const a = simulate({ profile, target: { fetch: sleeper(40_000) }, event: formsEvent(1) });
    const b = simulate({
      profile,
      target: { fetch: sleeper(1_000) },
      event: formsEvent(2),
      startAt: '2030-01-01T00:00:00Z',
    });
    const [ra, rb] = await Promise.all([a, b]);
    expect(globalThis.setTimeout).toBe(realSetTimeout);
    expect(globalThis.Date).toBe(RealDate);
    expect(ra.events[0]?.attempts[0]).toMatchObject({ classification: 'timeout' });
    expect(ra.events[0]?.attempts[0]?.answer).toMatchObject({ atMs: 40_000, late: true });
    expect(rb).toBeDelivered();
    expect(rb.events[0]?.attempts[0]).toMatchObject({ classification: 'success', latencyMs: 1_000 });
  });

  it('restore the globals whatever order they end or throw in', async () => {
    const throwing = simulate({
      profile,
      target: { fetch: sleeper(5_000) },
      event: formsEvent(1),
      faults: () => {
        throw new Error('boom');
      },
    }).catch(() => 'threw');
    const long = simulate({ profile, target: { fetch: sleeper(10_000, 500) }, event: formsEvent(2) });
    const short = simulate({ profile, target: { fetch: sleeper(1) }, event: formsEvent(3) });
    await Promise.all([throwing, long, short]);
    expect(globalThis.setTimeout).toBe(realSetTimeout);
    expect(globalThis.Date).toBe(RealDate);
  });
});

describe('an { app } target with a slow handler', () => {
  it('simulate({ timeout: "200ms" }) reports a timeout and the process lives on', async () => {
    const app = (_req: unknown, res: import('node:http').ServerResponse) => {
      void realSleep(2_000).then(() => {
        if (!res.destroyed) res.writeHead(200).end();
      });
    };
    const one = defineQuick();
    const result = await simulate({ profile: one, target: { app }, event: formsEvent(), timeout: '200ms' });
    expect(result.events[0]?.attempts.map((a) => a.classification)).toEqual(['timeout']);
    await realSleep(50);
  });
});

function defineQuick() {
  return defineProfile({ id: 'one-shot', extends: 'spike-forms', retry: { delays: [] } });
}

describe('handlers doing real I/O are never false timeouts', () => {
  it('a 60 ms real wait in an in-process handler gives the same timeline ten times out of ten', async () => {
    const outcomes = new Set<string>();
    for (let run = 0; run < 10; run++) {
      let calls = 0;
      const result = await simulate({
        profile,
        target: {
          fetch: async () => {
            calls++;
            await realSleep(60);
            return new Response(null, { status: calls === 1 ? 503 : 200 });
          },
        },
        event: formsEvent(),
      });
      outcomes.add(
        JSON.stringify(
          result.events.map((e) => e.attempts.map((a) => [a.atMs, a.classification, a.latencyMs])),
        ),
      );
    }
    expect([...outcomes]).toEqual([
      JSON.stringify([
        [
          [0, 'http-error', 0],
          [60_000, 'success', 0],
        ],
      ]),
    ]);
  });

  it('a real socket round trip inside the handler is awaited too', async () => {
    const server = createServer((_req, res) => void realSleep(40).then(() => res.end('ok')));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const result = await simulate({
        profile,
        target: {
          fetch: async () => {
            const answer = await fetch(`http://127.0.0.1:${port}/`);
            await answer.text();
            return new Response(null, { status: 200 });
          },
        },
        event: formsEvent(),
      });
      expect(result.events[0]?.attempts[0]).toMatchObject({ classification: 'success', latencyMs: 0 });
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });
});

describe('bounds', () => {
  const base = { profile, target: { fetch: okHandler().handler }, event: formsEvent() } as const;
  const huge = [1e300, `${'9'.repeat(400)}d`, Number.POSITIVE_INFINITY, Number.NaN, -5, '31d'];

  it('rejects huge, infinite, NaN and negative durations in every option, naming the bound', async () => {
    const spellings: ((value: unknown) => Partial<SimulateOptions>)[] = [
      (v) => ({ timeout: v as never }),
      (v) => ({ arrival: { offsets: [v as never] } }),
      (v) => ({ arrival: { spacing: v as never } }),
      (v) => ({ duplicates: { events: 'all', gap: v as never } }),
      (v) => ({ drain: v as never }),
      (v) => ({ ioWait: v as never }),
      (v) => ({ compress: v as never }),
    ];
    for (const spelling of spellings) {
      for (const value of huge) {
        const options = { ...base, ...spelling(value) } as SimulateOptions;
        const error = await rejection(() => simulate(options));
        expect(
          ['INVALID_OPTION', 'INVALID_DURATION'],
          `${JSON.stringify(spelling(0))} ${String(value)}`,
        ).toContain(error.code);
        if (!('compress' in spelling(0))) expect(error.message).toMatch(/30 days/);
      }
    }
  });

  it('rejects them in advanceBy too', async () => {
    const sim = createSimulation(base);
    for (const value of huge) {
      const error = await rejection(() => sim.advanceBy(value as never));
      expect(error.code).toBe('INVALID_OPTION');
      expect(error.message).toMatch(/30 days/);
    }
    await sim.close();
  });

  it('errors are SpikeKitErrors', async () => {
    const error = await rejection(() => simulate({ ...base, timeout: 1e300 }));
    expect(isSpikeKitError(error)).toBe(true);
  });
});

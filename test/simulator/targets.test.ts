import express from 'express';
import { describe, expect, it } from 'vitest';
import { defineProfile } from '../../src/profiles/index.ts';
import { verifyDelivery } from '../../src/signing/index.ts';
import { checkInvariants, createSimulation, simulate } from '../../src/simulator/index.ts';
import { formsEvent, okHandler, rawBody, SECRET, startServer, v2Event } from './fixtures.ts';

describe('a real server on 127.0.0.1, in real time with a compressed schedule', () => {
  it('sees a real reset, a real timeout, then a success, on the compressed schedule', async () => {
    const bodies: Buffer[] = [];
    let requests = 0;
    const { url, close } = await startServer(async (req, res) => {
      bodies.push(await rawBody(req));
      requests++;
      if (requests === 1)
        req.socket.destroy(); // connection reset
      else if (requests === 2)
        setTimeout(() => res.writeHead(200).end(), 1_500); // answers far too late
      else res.writeHead(200).end();
    });
    // A short schedule and timeout, run 10x faster than Spike time: 1 s delays take 100 ms, the 3 s timeout 300 ms.
    const quick = defineProfile({
      id: 'quick-forms',
      extends: 'spike-forms',
      timeout: '3s',
      retry: { delays: ['1s', '1s', '1s'] },
    });
    try {
      const result = await simulate({
        profile: quick,
        target: { url },
        event: formsEvent(),
        secret: SECRET,
        compress: 10,
      });
      expect(result.time).toBe('real');
      const attempts = result.events[0]?.attempts ?? [];
      expect(attempts.map((a) => [a.classification, a.status, a.error ?? null])).toEqual([
        ['network-error', null, 'reset'],
        ['timeout', null, null],
        ['success', 200, null],
      ]);
      expect(result.events[0]?.outcome).toBe('delivered');
      expect(attempts.every((a) => a.sent && typeof a.wallMs === 'number')).toBe(true);
      // Spike time is real time x 10: the timeout lasted about 3 s of it, and each delay about 1 s.
      expect(attempts[1]?.latencyMs).toBeGreaterThanOrEqual(2_900);
      expect((attempts[2]?.atMs ?? 0) - (attempts[1]?.endedAtMs ?? 0)).toBeGreaterThanOrEqual(900);
      expect(checkInvariants(result, quick, { timeoutMs: 3_000 })).toEqual([]);
      expect(new Set(bodies.map((b) => b.toString('utf8'))).size).toBe(1);
    } finally {
      await close();
    }
  });

  it('reports refused connections when nothing listens', async () => {
    const { url, close } = await startServer((_req, res) => res.end());
    await close();
    const quick = defineProfile({ id: 'quick', extends: 'spike-forms', retry: { delays: ['1s'] } });
    const result = await simulate({ profile: quick, target: { url }, event: formsEvent(), compress: 100 });
    expect(result.events[0]?.attempts.map((a) => a.error)).toEqual(['refused', 'refused']);
    expect(result.events[0]?.outcome).toBe('exhausted');
  });
});

describe('real time for any target', () => {
  it('steps a fetch handler in compressed real time: 1 min of Spike time in 100 ms', async () => {
    const { handler, calls } = okHandler();
    const sim = createSimulation({
      profile: 'spike-forms',
      target: { fetch: handler },
      event: formsEvent(),
      faults: [500],
      time: 'real',
      compress: 600,
    });
    const first = await sim.runNext();
    expect(first).toMatchObject({ n: 1, status: 500, classification: 'http-error' });
    expect(calls).toHaveLength(0);
    const second = await sim.runNext();
    expect(second).toMatchObject({ n: 2, status: 200, classification: 'success' });
    expect(second?.atMs).toBeGreaterThanOrEqual(60_000);
    expect(calls).toHaveLength(1);
    const result = await sim.runAll();
    expect(result.time).toBe('real');
    expect(checkInvariants(result, 'spike-forms')).toEqual([]);
  });
});

describe('an Express app as { app } (virtual schedule, real requests)', () => {
  function app() {
    const stored: string[] = [];
    const rejected: string[] = [];
    const server = express();
    server.post('/webhooks/spike', express.raw({ type: 'application/json' }), (req, res) => {
      const body = (req.body as Buffer).toString('utf8');
      const check = verifyDelivery('spike-health-v2', { headers: req.headers, body }, { secret: SECRET });
      if (!check.ok) {
        rejected.push(check.reason);
        return void res.sendStatus(401);
      }
      stored.push((JSON.parse(body) as { event_id: string }).event_id);
      res.sendStatus(200);
    });
    return { server, stored, rejected };
  }

  it('verifies the signature on every attempt and follows the v2 schedule in virtual time', async () => {
    const { server, stored, rejected } = app();
    const result = await simulate({
      profile: 'spike-health-v2',
      target: { app: server, path: '/webhooks/spike' },
      events: [v2Event(1), v2Event(2)],
      secret: SECRET,
      faults: [[503, 'reset'], []],
    });
    expect(result.time).toBe('virtual');
    expect(result.events[0]?.attempts.map((a) => [a.atMs, a.classification])).toEqual([
      [0, 'http-error'],
      [180_000, 'network-error'],
      [360_000, 'success'],
    ]);
    expect(result.events[1]?.attempts.map((a) => [a.atMs, a.status])).toEqual([[0, 200]]);
    expect(rejected).toEqual([]);
    expect(stored.sort()).toEqual([v2Event(1).event_id, v2Event(2).event_id].sort());
    // Attempts that answered in time take no virtual time; their real duration is reported apart.
    expect(result.events[1]?.attempts[0]?.latencyMs).toBe(0);
    expect(typeof result.events[1]?.attempts[0]?.wallMs).toBe('number');
  });

  it('a wrong secret is rejected by the app on every attempt', async () => {
    const { server, rejected } = app();
    const result = await simulate({
      profile: 'spike-health-v2',
      target: { app: server, path: '/webhooks/spike' },
      event: v2Event(),
      secret: 'wrong',
    });
    expect(result.events[0]?.attempts.map((a) => a.status)).toEqual([401, 401, 401, 401, 401, 401]);
    expect(rejected).toEqual(Array(6).fill('mismatch'));
  });
});

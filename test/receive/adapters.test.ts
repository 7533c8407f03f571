import { createServer, type RequestListener } from 'node:http';
import express from 'express';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { generate, kindsOf } from '../../generators/generate.ts';
import { buildDelivery, deliver } from '../../src/delivery/index.ts';
import { type ProfileId, profileIds } from '../../src/profiles/index.ts';
import { createReceiver, toFetchHandler, toNodeHandler } from '../../src/receive/index.ts';
import { simulate } from '../../src/simulator/index.ts';

const SECRET = 'whsec_adapters';

function delivery(profile: ProfileId, seed = 4, secret = SECRET) {
  const event = generate(profile, { seed } as never);
  return buildDelivery(profile, event as never, { secret, bodyStyle: 'awkward', timestamp: new Date() });
}

/** A receiver counting its handled events, deduplicated in a Set. */
function counting(profile: ProfileId, fail?: { times: number }) {
  const seen: string[] = [];
  const eventsOf = new Map<string, number>();
  let failures = fail?.times ?? 0;
  const receiver = createReceiver(profile, { secret: SECRET, dedup: new Set() });
  const handle = async (
    _event: unknown,
    { delivery: d }: { delivery: { dedupKey: string; events: readonly unknown[] } },
  ) => {
    await new Promise((r) => setTimeout(r, 1));
    if (failures > 0) {
      failures--;
      throw new Error('database down');
    }
    seen.push(d.dedupKey);
    eventsOf.set(d.dedupKey, d.events.length);
  };
  for (const kind of eventKinds(profile)) receiver.on(kind as never, handle as never);
  receiver.onUnknown(handle as never);
  /** True when every delivery's events each ran exactly once. */
  const once = () => [...eventsOf].every(([key, n]) => seen.filter((k) => k === key).length === n);
  return { receiver, seen, once };
}

/** The kinds a receiver dispatches (forms: the one event; health: the generator's kinds). */
function eventKinds(profile: ProfileId): readonly string[] {
  return profile.startsWith('spike-forms') ? ['submission.created'] : kindsOf(profile);
}

const servers: { close(): void }[] = [];
afterEach(() => {
  for (const s of servers.splice(0)) s.close();
});

interface Answer {
  readonly status: number;
  readonly headers: Headers;
  readonly json: Record<string, unknown>;
}

/** Serves a Node handler on 127.0.0.1; returns a function that POSTs (or sends `method`) a delivery to `path`. */
async function serve(handler: RequestListener) {
  const server = createServer(handler);
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  return async (d: { headers: Record<string, string>; body: string }, path = '/', method = 'POST') => {
    const r = await fetch(`http://127.0.0.1:${port}${path}`, {
      method,
      headers: d.headers,
      ...(method === 'POST' ? { body: d.body } : {}),
    });
    return { status: r.status, headers: r.headers, json: await r.json() } as Answer;
  };
}

/** Calls a fetch handler with a delivery. */
async function call(
  handler: (r: Request) => Promise<Response>,
  d: { headers: Record<string, string>; body: string },
) {
  const r = await handler(
    new Request('http://127.0.0.1/', { method: 'POST', headers: d.headers, body: d.body }),
  );
  return { status: r.status, headers: r.headers, json: await r.json() } as Answer;
}

describe('toNodeHandler: a receiver as a Node request handler', () => {
  for (const profile of profileIds) {
    it(`${profile}: 200 once processed, 200 { duplicate } again, 401 forged or altered`, async () => {
      const { receiver, seen } = counting(profile);
      const post = await serve(toNodeHandler(receiver));
      const d = delivery(profile);
      expect(await post(d)).toMatchObject({ status: 200, json: { ok: true } });
      expect(await post(d)).toMatchObject({ status: 200, json: { ok: true, duplicate: true } });
      expect(seen.length).toBeGreaterThan(0);
      expect(new Set(seen).size).toBe(1);
      const forged = await post(delivery(profile, 4, 'whsec_wrong'));
      expect(forged).toMatchObject({ status: 401, json: { code: 'SIGNATURE_INVALID' } });
      expect((await post({ ...d, body: `${d.body}x` })).status).toBe(401);
      expect(new Set(seen).size).toBe(1);
    });
  }

  it('survives a lost acknowledgement, concurrent duplicates and a failing handler: each event processed once', async () => {
    for (const profile of profileIds) {
      const { receiver, seen, once } = counting(profile, { times: 1 });
      const result = await simulate({
        profile,
        target: { app: toNodeHandler(receiver, { log: { error: () => {} } }) },
        events: [generate(profile, { seed: 5 } as never), generate(profile, { seed: 6 } as never)],
        secret: SECRET,
        faults: ['lost-ack'],
        duplicates: { events: 'all' },
      });
      expect(result.events.map((e) => e.outcome)).toEqual([
        'delivered',
        'delivered',
        'delivered',
        'delivered',
      ]);
      // The failure was answered 500 and its key forgotten, so a retry processed it; no event ran twice.
      expect(result.events.some((e) => e.attempts.some((a) => a.status === 500))).toBe(true);
      expect(new Set(seen).size).toBe(2);
      expect(once()).toBe(true);
    }
  });

  it('answers 400 for an authentic delivery that is not a valid payload (v2 signs the event_id only)', async () => {
    const { receiver, seen } = counting('spike-health-v2');
    const d = delivery('spike-health-v2', 8);
    const broken = { ...d, body: JSON.stringify({ ...JSON.parse(d.body), data: 'nope' }) };
    const node = await (await serve(toNodeHandler(receiver)))(broken);
    const web = await call(toFetchHandler(receiver), broken);
    for (const answer of [node, web])
      expect(answer).toMatchObject({
        status: 400,
        json: { code: 'INVALID_PAYLOAD', message: expect.stringMatching(/data/) },
      });
    expect(seen).toEqual([]);
  });

  it('mounts in Express without a body parser, and names express.json() in front of it', async () => {
    const profile = 'spike-forms';
    const { receiver, seen } = counting(profile);
    const right = express().post('/spike', toNodeHandler(receiver));
    const wrong = express().post('/spike', express.json({ type: '*/*' }), toNodeHandler(receiver));
    const d = delivery(profile, 9);
    expect(await deliver({ app: right, path: '/spike' }, d)).toMatchObject({ status: 200 });
    const refused = await (await serve(wrong))(delivery(profile, 10), '/spike');
    expect(refused).toMatchObject({
      status: 400,
      json: { code: 'BODY_NOT_RAW', message: expect.stringMatching(/raw request body/) },
    });
    expect(seen).toHaveLength(1);
  });

  it('takes an already captured raw body (NestJS rawBody: true, express.raw())', async () => {
    const { receiver, seen } = counting('spike-health-v2');
    const nestLike = express().post(
      '/spike',
      express.json({ type: '*/*', verify: (req, _res, buf) => Object.assign(req, { rawBody: buf }) }),
      toNodeHandler(receiver),
    );
    const raw = express().post('/spike', express.raw({ type: '*/*' }), toNodeHandler(receiver));
    expect(await deliver({ app: nestLike, path: '/spike' }, delivery('spike-health-v2', 11))).toMatchObject({
      status: 200,
    });
    expect(await deliver({ app: raw, path: '/spike' }, delivery('spike-health-v2', 12))).toMatchObject({
      status: 200,
    });
    expect(new Set(seen).size).toBe(2);
  });

  it('answers only its path and POST, and refuses a body past the limit with 413', async () => {
    const d = delivery('spike-forms', 13);
    const post = await serve(toNodeHandler(counting('spike-forms').receiver, { path: '/spike', limit: 64 }));
    expect((await post(d, '/other')).status).toBe(404);
    const get = await post(d, '/spike?x=1', 'GET');
    expect(get.status).toBe(405);
    expect(get.headers.get('allow')).toBe('POST');
    // The answer arrives although the rest of the body was never read.
    expect(await post(d, '/spike')).toMatchObject({ status: 413, json: { code: 'INVALID_PAYLOAD' } });
    const roomy = await serve(toNodeHandler(counting('spike-forms').receiver, { path: '/spike' }));
    expect((await roomy(d, '/spike?source=spike')).status).toBe(200);
  });

  it("a handler's own failure goes to next(error), or is logged and answered 500", async () => {
    const d = delivery('spike-forms', 14);
    const { receiver } = counting('spike-forms', { times: 2 });
    const error = vi.fn();
    const plain = await deliver({ app: toNodeHandler(receiver, { log: { error } }) }, d);
    expect(plain).toMatchObject({ status: 500 });
    expect(error).toHaveBeenCalledWith(expect.objectContaining({ message: 'database down' }));
    const seenByExpress: unknown[] = [];
    const app = express()
      .post('/spike', toNodeHandler(receiver))
      .use((err: unknown, _req: unknown, res: express.Response, _next: unknown) => {
        seenByExpress.push(err);
        res.status(503).end();
      });
    expect(await deliver({ app, path: '/spike' }, d)).toMatchObject({ status: 503 });
    expect(seenByExpress).toEqual([expect.objectContaining({ message: 'database down' })]);
  });

  it('refuses what is not a receiver, and bad options, with INVALID_OPTION', () => {
    expect(() => toNodeHandler({} as never)).toThrow(expect.objectContaining({ code: 'INVALID_OPTION' }));
    expect(() => toFetchHandler(null as never)).toThrow(expect.objectContaining({ code: 'INVALID_OPTION' }));
    const { receiver } = counting('spike-forms');
    expect(() => toNodeHandler(receiver, { limit: 0 })).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTION' }),
    );
    expect(() => createReceiver('spike-forms', { secret: SECRET, dedup: [] as never })).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTION' }),
    );
  });
});

describe('toFetchHandler: a receiver as a fetch handler', () => {
  for (const profile of profileIds) {
    it(`${profile}: 200, duplicate, 401 and 405`, async () => {
      const { receiver, seen } = counting(profile);
      const fetchHandler = toFetchHandler(receiver);
      const d = delivery(profile);
      expect(await call(fetchHandler, d)).toMatchObject({ status: 200, json: { ok: true } });
      expect(await call(fetchHandler, d)).toMatchObject({ status: 200, json: { ok: true, duplicate: true } });
      expect(await call(fetchHandler, delivery(profile, 4, 'whsec_wrong'))).toMatchObject({
        status: 401,
        json: { code: 'SIGNATURE_INVALID' },
      });
      expect((await call(fetchHandler, { ...d, body: `${d.body}x` })).status).toBe(401);
      const get = await fetchHandler(new Request('http://x/', { method: 'GET' }));
      expect(get.status).toBe(405);
      expect(new Set(seen).size).toBe(1);
    });
  }

  it("rethrows a handler's own failure, so the framework answers 500 and Spike retries", async () => {
    const { receiver, seen } = counting('spike-forms', { times: 1 });
    const fetchHandler = toFetchHandler(receiver);
    const d = delivery('spike-forms', 15);
    const request = () => new Request('http://x/', { method: 'POST', headers: d.headers, body: d.body });
    await expect(fetchHandler(request())).rejects.toThrow('database down');
    expect((await fetchHandler(request())).status).toBe(200); // the key was forgotten: the retry is processed
    expect(seen).toHaveLength(1);
  });
});

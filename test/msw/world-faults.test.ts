import { setupServer } from 'msw/node';
import { describe, expect, it } from 'vitest';
import { isSpikeKitError } from '../../src/core/index.ts';
import { createSpikeWorld } from '../../src/msw/index.ts';
import { simulate } from '../../src/simulator/index.ts';
import { signIn } from './world-support.ts';

const NOW = () => Date.parse('2026-01-15T10:30:00Z');
const window = {
  metric: 'steps',
  from_timestamp: '2026-01-14T00:00:00Z',
  to_timestamp: '2026-01-15T00:00:00Z',
};

describe('fault injection on the world’s API', () => {
  it('answers 429 with Retry-After, then the real answer', async () => {
    const world = await createSpikeWorld({ seed: 4, users: 1, clock: NOW });
    const { get } = await signIn(world, world.users[0]!.applicationUserId);
    world.fail('GET /queries/timeseries', { kind: 'rate-limit', retryAfterSeconds: 12 });
    const url = `${world.baseUrl}/queries/timeseries?${new URLSearchParams(window)}`;
    const token = (world.calls[0] &&
      (await signIn(world, world.users[0]!.applicationUserId)).token) as string;
    const limited = await world.fetch(url, { headers: { authorization: `Bearer ${token}` } });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('12');
    expect(limited.headers.get('content-type')).toBe('application/problem+json');
    expect((await get('/queries/timeseries', window)).status).toBe(200);
    expect(world.callsTo('GET /queries/timeseries').map((c) => [c.status, c.fault])).toEqual([
      [429, 'rate-limit'],
      [200, undefined],
    ]);
  });

  it('answers 5xx for `times` calls after letting `after` through, on that route only', async () => {
    const world = await createSpikeWorld({ seed: 4, users: 1, clock: NOW });
    const { get } = await signIn(world, world.users[0]!.applicationUserId);
    world.fail('GET /queries/timeseries', { kind: 'server-error', status: 503 }, { times: 2, after: 1 });
    const statuses = [];
    for (let k = 0; k < 4; k++) statuses.push((await get('/queries/timeseries', window)).status);
    expect(statuses).toEqual([200, 503, 503, 200]);
    expect((await get('/userinfo')).status).toBe(200);
  });

  it("'*' hits every route; reset() clears faults and calls", async () => {
    const world = await createSpikeWorld({
      seed: 4,
      users: 1,
      clock: NOW,
      faults: [{ route: '*', fault: 'server-error', times: Infinity }],
    });
    const hmac = await world.fetch(`${world.baseUrl}/auth/hmac`, { method: 'POST', body: '{}' });
    expect(hmac.status).toBe(500);
    world.reset();
    expect(world.calls).toEqual([]);
    const { get } = await signIn(world, world.users[0]!.applicationUserId);
    expect((await get('/userinfo')).status).toBe(200);
  });

  it('a dropped connection rejects fetch, in-process and through msw', async () => {
    const world = await createSpikeWorld({ seed: 4, users: 1, clock: NOW });
    world.fail('GET /userinfo', 'drop', { times: 2 });
    await expect(world.fetch(`${world.baseUrl}/userinfo`)).rejects.toThrow(TypeError);
    const server = setupServer(...world.handlers());
    server.listen({ onUnhandledFrame: 'error' });
    try {
      await expect(fetch(`${world.baseUrl}/userinfo`)).rejects.toThrow(TypeError);
      // Through msw the world also answers normally once the fault is used up.
      const response = await fetch(`${world.baseUrl}/userinfo`);
      expect(response.status).toBe(401);
    } finally {
      server.close();
    }
    expect(world.callsTo('GET /userinfo').map((c) => c.status)).toEqual([0, 0, 401]);
  });

  it('a timeout never answers; the client’s abort ends the call', async () => {
    const world = await createSpikeWorld({ seed: 4, users: 1, clock: NOW });
    world.fail('GET /userinfo', 'timeout');
    const controller = new AbortController();
    const pending = world.fetch(`${world.baseUrl}/userinfo`, { signal: controller.signal });
    let settled = false;
    pending.then(
      () => {
        settled = true;
      },
      () => {
        settled = true;
      },
    );
    await new Promise((resolve) => setImmediate(resolve));
    expect(settled).toBe(false);
    controller.abort(new Error('client timeout'));
    await expect(pending).rejects.toThrow('client timeout');
    expect(world.callsTo('GET /userinfo')[0]?.status).toBeUndefined();
  });

  it('a slow answer waits on the virtual clock inside simulate', async () => {
    const world = await createSpikeWorld({ seed: 4, users: 1 });
    world.fail('GET /userinfo', { kind: 'slow', delay: '20s' });
    const seen: number[] = [];
    const handler = async () => {
      const before = Date.now();
      await world.fetch(`${world.baseUrl}/userinfo`);
      seen.push(Date.now() - before);
      return new Response(null, { status: 200 });
    };
    const result = await simulate({
      profile: 'spike-forms',
      target: { fetch: handler },
      event: { event: 'submission.created' } as never,
    });
    expect(result.events[0]?.attempts.map((a) => [a.classification, a.latencyMs])).toEqual([
      ['success', 20_000],
    ]);
    expect(seen).toEqual([20_000]);
  });

  it('refuses bad fault rules with INVALID_FAULT', async () => {
    const world = await createSpikeWorld({ seed: 4, users: 1 });
    const bad: [string, unknown, Record<string, unknown>][] = [
      ['GET /queries/timeseriez', 'drop', {}],
      ['*', 'melt', {}],
      ['*', { kind: 'rate-limit', retryAfterSeconds: -1 }, {}],
      ['*', { kind: 'slow', delay: 'later' }, {}],
      ['*', 'drop', { times: 1.5 }],
      ['*', 'drop', { after: -1 }],
    ];
    for (const [route, fault, more] of bad) {
      let error: unknown;
      try {
        world.fail(route, fault as never, more);
      } catch (e) {
        error = e;
      }
      expect(
        isSpikeKitError(error) && ['INVALID_FAULT', 'INVALID_DURATION'].includes(error.code),
        `${route} ${JSON.stringify(fault)}`,
      ).toBe(true);
    }
  });
});

describe('determinism and msw', () => {
  it('the same options give the same users, webhooks and byte-identical answers', async () => {
    const answers = async () => {
      const world = await createSpikeWorld({ seed: 'same', users: 2, clock: NOW });
      const out: string[] = [
        JSON.stringify(world.users),
        JSON.stringify(world.webhook('spike-health-v3', { kind: 'record_change' })),
      ];
      const user = world.users[1]!.applicationUserId;
      const { token, get } = await signIn(world, user);
      out.push(token);
      for (const [path, query] of [
        ['/userinfo', {}],
        ['/queries/timeseries', window],
        [
          '/queries/statistics/daily',
          {
            from_date: '2026-01-01',
            to_date: '2026-01-15',
            types: 'steps,heartrate,sleep_duration_total',
            include_record_ids: 'true',
          },
        ],
        [
          '/queries/statistics/interval',
          {
            from_timestamp: '2026-01-14T00:00:00Z',
            to_timestamp: '2026-01-14T06:00:00Z',
            interval: '1h',
            types: 'steps,heartrate',
          },
        ],
        ['/queries/sleeps', { from_date: '2026-01-10', to_date: '2026-01-15' }],
        [
          '/queries/workouts',
          { from_timestamp: '2026-01-01T00:00:00Z', to_timestamp: '2026-01-15T00:00:00Z' },
        ],
        [
          '/queries/provider_records',
          { from_timestamp: '2026-01-12T00:00:00Z', to_timestamp: '2026-01-15T00:00:00Z' },
        ],
      ] as const)
        out.push(JSON.stringify((await get(path, query)).body));
      return out;
    };
    const a = await answers();
    expect(await answers()).toEqual(a);
    expect(a.join('').length).toBeGreaterThan(10_000);
    const other = await createSpikeWorld({ seed: 'other', users: 2, clock: NOW });
    expect(JSON.stringify(other.users)).not.toBe(a[0]);
  });

  it('setupServer(...world.handlers()) serves the API to real fetch calls; other URLs stay unhandled', async () => {
    const world = await createSpikeWorld({ seed: 9, users: 1, baseUrl: 'https://spike.mock.test/v3/' });
    expect(world.baseUrl).toBe('https://spike.mock.test/v3');
    const server = setupServer(...world.handlers());
    server.listen({ onUnhandledFrame: 'error' });
    try {
      const id = world.users[0]!.applicationUserId;
      const auth = await fetch(`${world.baseUrl}/auth/hmac`, {
        method: 'POST',
        body: JSON.stringify({
          application_id: world.applicationId,
          application_user_id: id,
          signature: world.signUser(id),
        }),
      });
      const { access_token } = (await auth.json()) as { access_token: string };
      const info = await fetch(`${world.baseUrl}/userinfo`, {
        headers: { authorization: `Bearer ${access_token}` },
      });
      expect(await info.json()).toMatchObject({
        application_user_id: id,
        application_id: world.applicationId,
      });
      await expect(fetch('https://app-api.spikeapi.com/v3/userinfo')).rejects.toThrow();
    } finally {
      server.close();
    }
    expect(world.calls.map((c) => [c.route, c.user])).toEqual([
      ['POST /auth/hmac', undefined],
      ['GET /userinfo', world.users[0]!.applicationUserId],
    ]);
  });
});

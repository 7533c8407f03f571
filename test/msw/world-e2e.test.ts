// The end-to-end test a team would write: a Spike API v3 webhook route that verifies the delivery, signs in,
// queries the announced window for every announced metric and stores it; run under `simulate` with Spike's
// retries, against the world's API served by msw.
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSpikeWorld } from '../../src/msw/index.ts';
import { verifyDelivery } from '../../src/signing/index.ts';
import { simulate } from '../../src/simulator/index.ts';
import { type Json, signIn } from './world-support.ts';

const WEBHOOK_KEY = 'whsec_v3_signature_key';
const world = await createSpikeWorld({ seed: 21, users: 2 });
const server = setupServer(...world.handlers());
beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
afterAll(() => server.close());

/** What the app stored: `user/provider/metric` -> start instant -> value. */
type Store = Map<string, Map<number, number>>;

/** The app's webhook route, written as an integrator would (global fetch, its own token cache). */
function makeRoute(store: Store) {
  const tokens = new Map<string, string>();
  const token = async (user: string) => {
    const cached = tokens.get(user);
    if (cached !== undefined) return cached;
    const response = await fetch(`${world.baseUrl}/auth/hmac`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        application_id: world.applicationId,
        application_user_id: user,
        signature: world.signUser(user),
      }),
    });
    if (!response.ok) throw new Error(`auth ${response.status}`);
    const { access_token } = (await response.json()) as { access_token: string };
    tokens.set(user, access_token);
    return access_token;
  };
  return async (request: Request): Promise<Response> => {
    const body = await request.text();
    if (!verifyDelivery('spike-health-v3', { headers: request.headers, body }, { secret: WEBHOOK_KEY }).ok)
      return new Response(null, { status: 401 });
    for (const event of JSON.parse(body) as Json[]) {
      if (event.event_type !== 'record_change') continue;
      const bearer = await token(event.application_user_id);
      for (const metric of event.metrics as string[]) {
        const url = new URL(`${world.baseUrl}/queries/timeseries`);
        url.searchParams.set('metric', metric);
        url.searchParams.set('from_timestamp', event.earliest_record_start_at);
        url.searchParams.set('to_timestamp', event.latest_record_end_at);
        url.searchParams.set('providers', event.provider_slug);
        const response = await fetch(url, { headers: { authorization: `Bearer ${bearer}` } });
        if (!response.ok) return new Response(null, { status: 503 }); // let Spike retry
        const series = (await response.json()) as Json;
        const key = `${event.application_user_id}/${event.provider_slug}/${metric}`;
        const rows = store.get(key) ?? new Map<number, number>();
        const start = Date.parse(series.start_at);
        series.offsets.forEach((offset: number, k: number) => {
          rows.set(start + offset, series.values[k]);
        });
        store.set(key, rows);
      }
    }
    return new Response(null, { status: 200 });
  };
}

/** The world's records for one announced metric, read straight from the model. */
function expected(event: Json, metric: string): Map<number, number> {
  const records = world.recordsOf(event.application_user_id);
  const from = Date.parse(event.earliest_record_start_at);
  const to = Date.parse(event.latest_record_end_at);
  const day = (ms: number) => records.user.localDayOf(ms);
  const points = records
    .points(metric as never, event.provider_slug, day(from) - 1, day(to) + 1)
    .filter(
      (p) =>
        (p.startMs < to || (p.durationMs === 0 && p.startMs === to)) &&
        (p.startMs + p.durationMs > from || p.startMs >= from),
    );
  return new Map(points.map((p) => [p.startMs, p.value]));
}

describe('a v3 handler that follows record_change into the API', () => {
  it('stores exactly the world’s records, through a failed first attempt and Spike’s retry', async () => {
    world.reset();
    // The first timeseries call fails: the handler answers 503 and Spike retries 5 s later.
    world.fail('GET /queries/timeseries', 'server-error', { times: 1 });
    const batch = world.webhook('spike-health-v3', { kind: 'record_change' }) as Json[];
    const store: Store = new Map();
    const result = await simulate({
      profile: 'spike-health-v3',
      target: { fetch: makeRoute(store) },
      event: batch,
      secret: WEBHOOK_KEY,
    });
    const attempts = result.events[0]?.attempts ?? [];
    expect(attempts.map((a) => [a.atMs, a.status])).toEqual([
      [0, 503],
      [5_000, 200],
    ]);
    let compared = 0;
    for (const event of batch) {
      for (const metric of event.metrics as string[]) {
        const key = `${event.application_user_id}/${event.provider_slug}/${metric}`;
        const want = expected(event, metric);
        expect(want.size, key).toBeGreaterThan(0);
        expect(store.get(key), key).toEqual(want);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(20);
    // One sign-in per user, and every announced window fetched exactly as announced: once per attempt that reached it.
    expect(world.callsTo('POST /auth/hmac')).toHaveLength(
      new Set(batch.map((e) => e.application_user_id)).size,
    );
    const series = world.callsTo('GET /queries/timeseries');
    expect(series[0]?.status).toBe(500);
    const successful = series.filter((c) => c.status === 200);
    expect(successful).toHaveLength(compared);
    for (const event of batch) {
      for (const metric of event.metrics as string[]) {
        const matching = successful.filter(
          (c) =>
            c.user === event.application_user_id &&
            c.query.metric === metric &&
            c.query.providers === event.provider_slug,
        );
        expect(matching.map((c) => [c.query.from_timestamp, c.query.to_timestamp])).toEqual([
          [event.earliest_record_start_at, event.latest_record_end_at],
        ]);
      }
    }
    // The calls happened on Spike's virtual clock: the retry's calls are 5 s after the first attempt's.
    expect((successful[0]?.atMs ?? 0) - (series[0]?.atMs ?? 0)).toBe(5_000);
  });

  it('a handler that drops the providers filter reads the preferred provider instead of the announced one', async () => {
    world.reset();
    const batch = world.webhook('spike-health-v3', { kind: 'record_change' }) as Json[];
    // An event from a provider that is not the user's preferred one for one of its metrics.
    const pick = batch
      .flatMap((e) => (e.metrics as string[]).map((metric) => ({ e, metric })))
      .find(({ e, metric }) => {
        const preferred = world.recordsOf(e.application_user_id).providerFor(metric as never);
        return preferred !== undefined && preferred !== e.provider_slug;
      });
    expect(pick).toBeDefined();
    const { e: event, metric } = pick as { e: Json; metric: string };
    const { get } = await signIn(world, event.application_user_id);
    const window = {
      from_timestamp: event.earliest_record_start_at,
      to_timestamp: event.latest_record_end_at,
    };
    const wrong = await get('/queries/timeseries', { metric, ...window });
    const right = await get('/queries/timeseries', { metric, ...window, providers: event.provider_slug });
    expect(right.body.providers).toEqual([event.provider_slug]);
    expect(wrong.body.providers).not.toEqual([event.provider_slug]);
  });

  it('a slow API answer runs on the virtual clock and makes the handler miss Spike’s 30 s timeout', async () => {
    world.reset();
    world.fail('GET /queries/timeseries', { kind: 'slow', delay: '45s' }, { times: 1 });
    const batch = world.webhook('spike-health-v3', { kind: 'record_change', users: [0] }) as Json[];
    const started = performance.now();
    const result = await simulate({
      profile: 'spike-health-v3',
      target: { fetch: makeRoute(new Map()) },
      event: batch,
      secret: WEBHOOK_KEY,
    });
    const attempts = result.events[0]?.attempts ?? [];
    expect(attempts.map((a) => a.classification)).toEqual(['timeout', 'success']);
    expect(performance.now() - started).toBeLessThan(20_000); // not 45 real seconds
  });
});

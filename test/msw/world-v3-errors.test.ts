import { describe, expect, it } from 'vitest';
import { isSpikeKitError } from '../../src/core/index.ts';
import { createSpikeWorld, type SpikeWorld } from '../../src/msw/index.ts';
import type { ProfileId } from '../../src/profiles/index.ts';
import { type Json, signIn } from './world-support.ts';

const NOW = Date.parse('2026-01-15T10:30:00Z');

async function problemOf(response: Response) {
  expect(response.headers.get('content-type')).toBe('application/problem+json');
  const body = (await response.json()) as Json;
  expect(body.status).toBe(response.status);
  expect(typeof body.title).toBe('string');
  expect(typeof body.detail).toBe('string');
  expect(Array.isArray(body.errors)).toBe(true);
  return body;
}

function hmac(world: SpikeWorld, body: unknown) {
  return world.fetch(`${world.baseUrl}/auth/hmac`, {
    method: 'POST',
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

describe('POST /auth/hmac', () => {
  it('refuses a wrong signature, a wrong application id, bad JSON and missing fields', async () => {
    const world = await createSpikeWorld({ seed: 1, users: 1, clock: () => NOW });
    const id = world.users[0]!.applicationUserId;
    const ok = {
      application_id: world.applicationId,
      application_user_id: id,
      signature: world.signUser(id),
    };
    expect((await hmac(world, ok)).status).toBe(200);
    // Uppercase hex is the same signature.
    expect((await hmac(world, { ...ok, signature: ok.signature.toUpperCase() })).status).toBe(200);
    const cases: [unknown, number, string][] = [
      [{ ...ok, signature: world.signUser(`${id}x`) }, 401, ''],
      [{ ...ok, signature: 'abc' }, 401, ''],
      [{ ...ok, application_id: world.applicationId + 1 }, 401, ''],
      ['{not json', 400, ''],
      [[ok], 400, 'body'],
      [{ ...ok, application_id: '1' }, 400, 'body.application_id'],
      [{ ...ok, application_user_id: 'has space' }, 400, 'body.application_user_id'],
      [{ application_id: ok.application_id, application_user_id: id }, 400, 'body.signature'],
    ];
    for (const [body, status, location] of cases) {
      const response = await hmac(world, body);
      expect(response.status, JSON.stringify(body)).toBe(status);
      const problem = await problemOf(response);
      if (location !== '') expect(problem.errors[0].location).toBe(location);
    }
  });

  it('signs in a user the world does not know: a token, and no data (Spike needs no pre-registration)', async () => {
    const world = await createSpikeWorld({ seed: 1, users: 1, clock: () => NOW });
    const { get } = await signIn(world, 'stranger-1');
    const info = await get('/userinfo');
    expect(info.body).toMatchObject({ application_user_id: 'stranger-1', integrated_providers: [] });
    const series = await get('/queries/timeseries', {
      metric: 'steps',
      from_timestamp: '2026-01-14T00:00:00Z',
      to_timestamp: '2026-01-15T00:00:00Z',
    });
    expect(series.body).toMatchObject({ offsets: [], values: [], providers: [] });
  });
});

describe('bearer tokens', () => {
  it('answers 401 problems for a missing, malformed, unknown or expired token', async () => {
    let now = NOW;
    const world = await createSpikeWorld({ seed: 1, users: 1, tokenTtl: '1h', clock: () => now });
    const { token, get } = await signIn(world, world.users[0]!.applicationUserId);
    expect((await get('/userinfo')).status).toBe(200);
    for (const authorization of [undefined, token, `Basic ${token}`, 'Bearer', `Bearer ${token}x`]) {
      const headers: Record<string, string> = authorization === undefined ? {} : { authorization };
      const response = await world.fetch(`${world.baseUrl}/userinfo`, { headers });
      expect(response.status, String(authorization)).toBe(401);
      await problemOf(response);
    }
    now += 3_600_000;
    const expired = await get('/userinfo');
    expect(expired.status).toBe(401);
    expect(expired.body.detail).toMatch(/expired/);
  });
});

describe('query parameters', () => {
  it('answers 400 problems naming the parameter for every bad input', async () => {
    const world = await createSpikeWorld({ seed: 2, users: 1, clock: () => NOW });
    const { get } = await signIn(world, world.users[0]!.applicationUserId);
    const ts = { from_timestamp: '2026-01-14T00:00:00Z', to_timestamp: '2026-01-15T00:00:00Z' };
    const days = { from_date: '2026-01-10', to_date: '2026-01-14' };
    const cases: [string, Record<string, string | string[]>, string][] = [
      ['/queries/timeseries', { ...ts }, 'query.metric'],
      ['/queries/timeseries', { ...ts, metric: 'stepz' }, 'query.metric'],
      ['/queries/timeseries', { ...ts, metric: 'steps', providers: 'fitbitt' }, 'query.providers'],
      ['/queries/timeseries', { metric: 'steps', to_timestamp: ts.to_timestamp }, 'query.from_timestamp'],
      [
        '/queries/timeseries',
        { ...ts, metric: 'steps', from_timestamp: '2026-01-14' },
        'query.from_timestamp',
      ],
      [
        '/queries/timeseries',
        { metric: 'steps', from_timestamp: ts.to_timestamp, to_timestamp: ts.from_timestamp },
        'query.to_timestamp',
      ],
      ['/queries/statistics/daily', { ...days }, 'query.types'],
      ['/queries/statistics/daily', { ...days, types: 'steps,stepz' }, 'query.types'],
      ['/queries/statistics/daily', { ...days, types: 'steps', from_date: '2026-1-10' }, 'query.from_date'],
      ['/queries/statistics/daily', { ...days, types: 'steps', from_date: '2026-02-30' }, 'query.from_date'],
      [
        '/queries/statistics/daily',
        { from_date: days.to_date, to_date: days.from_date, types: 'steps' },
        'query.to_date',
      ],
      [
        '/queries/statistics/daily',
        { ...days, types: 'steps', include_record_ids: 'yes' },
        'query.include_record_ids',
      ],
      ['/queries/statistics/interval', { ...ts, types: 'steps' }, 'query.interval'],
      ['/queries/statistics/interval', { ...ts, types: 'steps', interval: '2h' }, 'query.interval'],
      [
        '/queries/statistics/interval',
        { ...ts, types: 'steps', interval: '1h', to_timestamp: ts.from_timestamp },
        'query.to_timestamp',
      ],
      ['/queries/sleeps', { from_date: days.from_date }, 'query.to_date'],
      ['/queries/workouts', { from_timestamp: ts.from_timestamp }, 'query.to_timestamp'],
      ['/queries/provider_records', { ...ts, providers: ['garmin', 'nope'] }, 'query.providers'],
    ];
    for (const [path, query, location] of cases) {
      const { status, type, body } = await get(path, query);
      expect(status, `${path} ${JSON.stringify(query)}`).toBe(400);
      expect(type).toBe('application/problem+json');
      expect(body.errors[0].location, `${path} ${JSON.stringify(query)}`).toBe(location);
    }
  });

  it('answers 404 problems for unknown record ids and paths', async () => {
    const world = await createSpikeWorld({ seed: 2, users: 1, clock: () => NOW });
    const { get } = await signIn(world, world.users[0]!.applicationUserId);
    for (const path of [
      '/queries/sleeps/nope',
      '/queries/workouts/00000000-0000-4000-8000-000000000000',
      '/queries/nothing',
    ]) {
      const { status, type } = await get(path);
      expect(status, path).toBe(404);
      expect(type).toBe('application/problem+json');
    }
  });

  it('accepts lists repeated, with brackets or comma-separated, and the same answer for each', async () => {
    const world = await createSpikeWorld({ seed: 2, users: 1, clock: () => NOW });
    const { get } = await signIn(world, world.users[0]!.applicationUserId);
    const days = { from_date: '2026-01-13', to_date: '2026-01-14' };
    const a = await get('/queries/statistics/daily', { ...days, types: ['steps', 'heartrate'] });
    const b = await get('/queries/statistics/daily', { ...days, 'types[]': ['steps', 'heartrate'] });
    const c = await get('/queries/statistics/daily', { ...days, types: 'steps,heartrate' });
    expect(a.body.statistics).toHaveLength(2);
    expect(Object.keys(a.body.statistics[0].values).sort()).toEqual(['heartrate', 'steps']);
    expect(b.body).toEqual(a.body);
    expect(c.body).toEqual(a.body);
  });
});

describe('createSpikeWorld and world.webhook refuse bad input', () => {
  it('refuses bad options with coded errors', async () => {
    const bad: [unknown, string][] = [
      [{ seeed: 1 }, 'INVALID_OPTION'],
      [{ users: 0 }, 'INVALID_OPTION'],
      [{ users: [] }, 'INVALID_OPTION'],
      [{ users: ['astronaut'] }, 'UNKNOWN_PERSONA'],
      [{ days: 0 }, 'INVALID_OPTION'],
      [{ days: 400 }, 'INVALID_OPTION'],
      [{ baseUrl: 'app-api.spikeapi.com' }, 'INVALID_OPTION'],
      [{ applicationId: -1 }, 'INVALID_OPTION'],
      [{ hmacKey: '' }, 'INVALID_OPTION'],
      [{ tokenTtl: 'soon' }, 'INVALID_DURATION'],
      [{ refDate: 'yesterday' }, 'INVALID_DATE'],
      [{ clock: 5 }, 'INVALID_OPTION'],
      [{ faults: [{ route: 'GET /nope', fault: 'drop' }] }, 'INVALID_FAULT'],
      [{ faults: [{ route: '*', fault: 'explode' }] }, 'INVALID_FAULT'],
      [{ faults: [{ route: '*', fault: { kind: 'server-error', status: 404 } }] }, 'INVALID_FAULT'],
      [{ faults: [{ route: '*', fault: 'drop', times: 0 }] }, 'INVALID_FAULT'],
      [null, 'INVALID_OPTION'],
    ];
    for (const [options, code] of bad) {
      const error = await createSpikeWorld(options as never).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(isSpikeKitError(error) && error.code, JSON.stringify(options)).toBe(code);
    }
  });

  it('refuses webhook options the world owns, unknown users and dates outside its span', async () => {
    const world = await createSpikeWorld({ seed: 3, users: 2, days: 10 });
    const bad: [ProfileId, Record<string, unknown>][] = [
      ['spike-health-v2', { kind: 'steps', seed: 4 }],
      ['spike-health-v2', { kind: 'steps', persona: 'office-worker' }],
      ['spike-health-v2', { kind: 'steps', user: 2 }],
      ['spike-health-v2', { kind: 'steps', user: 'nobody' }],
      ['spike-health-v2', { kind: 'steps', refDate: '2026-01-16T00:00:00Z' }],
      ['spike-health-v2', { kind: 'steps', refDate: '2026-01-01T00:00:00Z' }],
      ['spike-health-v3', { kind: 'record_change', users: [] }],
      ['spike-health-v3', { kind: 'record_change', count: 2 }],
      ['spike-health-v3', { kind: 'record_change', users: [0, 5] }],
      ['spike-health-v2', { kind: 'stepz' }],
    ];
    for (const [profile, options] of bad) {
      let error: unknown;
      try {
        world.webhook(profile, options);
      } catch (e) {
        error = e;
      }
      expect(isSpikeKitError(error), `${profile} ${JSON.stringify(options)}`).toBe(true);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { createSpikeWorld } from '../../src/msw/index.ts';
import { type Json, signIn } from './world-support.ts';

const CLOCK = () => Date.parse('2026-01-15T10:30:00Z');

describe('documented parameters', () => {
  it('include_record_ids names the records behind each day: the sleep’s id is the sleeps endpoint’s', async () => {
    const world = await createSpikeWorld({ seed: 8, users: 1, clock: CLOCK });
    const { get } = await signIn(world, world.users[0]!.applicationUserId);
    const days = { from_date: '2026-01-12', to_date: '2026-01-14' };
    const without = await get('/queries/statistics/daily', { ...days, types: 'sleep_duration_total' });
    expect(without.body.statistics[0].record_ids).toBeUndefined();
    const daily = await get('/queries/statistics/daily', {
      ...days,
      types: 'sleep_duration_total',
      include_record_ids: 'true',
    });
    const sleeps = await get('/queries/sleeps', {
      ...days,
      providers: world.users[0]!.providers[0] as string,
    });
    const preferred = (sleeps.body.sleeps as Json[]).filter(
      (s) => s.provider_slug === world.users[0]!.providers[0],
    );
    expect(daily.body.statistics.map((s: Json) => s.record_ids)).toEqual(preferred.map((s) => [s.record_id]));
    expect(daily.body.statistics.map((s: Json) => s.values.sleep_duration_total)).toEqual(
      preferred.map((s) => s.metrics.sleep_duration),
    );
  });

  it('providers narrows statistics to one provider, and a provider the user lacks gives no values', async () => {
    const world = await createSpikeWorld({
      seed: 8,
      users: [{ id: 'type1-diabetes', providers: ['dexcom', 'garmin'] }],
      clock: CLOCK,
    });
    const { get } = await signIn(world, world.users[0]!.applicationUserId);
    const q = { from_date: '2026-01-13', to_date: '2026-01-14', types: 'steps,heartrate' };
    const garmin = await get('/queries/statistics/daily', { ...q, providers: 'garmin' });
    expect(Object.keys(garmin.body.statistics[0].values).sort()).toEqual(['heartrate', 'steps']);
    const dexcom = await get('/queries/statistics/daily', { ...q, providers: 'dexcom' });
    expect(dexcom.body.statistics).toEqual([]);
    const fitbit = await get('/queries/statistics/daily', { ...q, providers: 'fitbit' });
    expect(fitbit.body.statistics).toEqual([]);
    const glucose = await get('/queries/timeseries', {
      metric: 'glucose',
      from_timestamp: '2026-01-14T00:00:00Z',
      to_timestamp: '2026-01-14T06:00:00Z',
    });
    expect(glucose.body.providers).toEqual(['dexcom']);
    expect(glucose.body.values.length).toBeGreaterThan(60);
    expect(new Set(glucose.body.durations)).toEqual(new Set([0]));
  });

  it('interval statistics are the per-hour sums and means of the time series, hours in UTC, `to` exclusive', async () => {
    const world = await createSpikeWorld({ seed: 8, users: 1, clock: CLOCK });
    const { get } = await signIn(world, world.users[0]!.applicationUserId);
    const range = { from_timestamp: '2026-01-14T06:00:00Z', to_timestamp: '2026-01-14T12:00:00Z' };
    const interval = await get('/queries/statistics/interval', {
      ...range,
      interval: '1h',
      types: 'steps,heartrate_max',
    });
    expect(interval.body.statistics.map((s: Json) => s.from_timestamp)).toEqual(
      [6, 7, 8, 9, 10, 11].map((h) => `2026-01-14T${String(h).padStart(2, '0')}:00:00Z`),
    );
    for (const hour of interval.body.statistics as Json[]) {
      const window = { from_timestamp: hour.from_timestamp, to_timestamp: hour.to_timestamp };
      const steps = await get('/queries/timeseries', { metric: 'steps', ...window });
      const inside = (steps.body.values as number[]).filter(
        (_, k) => Date.parse(steps.body.start_at) + steps.body.offsets[k] >= Date.parse(hour.from_timestamp),
      );
      expect(hour.values.steps).toBe(inside.reduce((a, b) => a + b, 0));
      const hr = await get('/queries/timeseries', { metric: 'heartrate', ...window });
      expect(hour.values.heartrate_max).toBe(Math.max(...(hr.body.values as number[])));
    }
  });

  it('workouts by UTC range and by id carry the v2 activity’s numbers; provider records hold every session kind', async () => {
    const world = await createSpikeWorld({
      seed: 8,
      users: [{ id: 'endurance-athlete', providers: ['garmin'] }],
      clock: CLOCK,
    });
    const user = world.users[0]!;
    const { get } = await signIn(world, user.applicationUserId);
    const range = { from_timestamp: '2026-01-08T00:00:00Z', to_timestamp: '2026-01-15T10:30:00Z' };
    const list = await get('/queries/workouts', range);
    expect(list.body.workouts.length).toBeGreaterThanOrEqual(4);
    const activities = world.webhook('spike-health-v2', {
      kind: 'activities_stream',
      user: 0,
      count: 7,
    }) as Json[];
    const v2 = activities.flatMap((e) => e.data as Json[]);
    for (const workout of list.body.workouts as Json[]) {
      const byId = await get(`/queries/workouts/${workout.record_id}`);
      expect(byId.body).toEqual(workout);
      const match = v2.find(
        (a) => a.calories === workout.metrics.calories_burned && a.distance === workout.metrics.distance,
      );
      expect(match, workout.start_at_timestamp).toBeDefined();
      expect(workout.duration).toBe(
        Date.parse(workout.end_at_timestamp) - Date.parse(workout.start_at_timestamp),
      );
      expect(workout.workout_tags).toContain(workout.workout_type);
    }
    const records = await get('/queries/provider_records', range);
    const kinds = new Set(
      (records.body.records as Json[]).map(
        (r) => r.activity_type ?? (r.metrics.weight === undefined ? 'other' : 'weigh-in'),
      ),
    );
    expect(kinds.has('sleep')).toBe(true);
    expect(kinds.has('weigh-in')).toBe(true);
    expect([...kinds].some((k) => !['sleep', 'weigh-in', 'other'].includes(k))).toBe(true);
  });

  it('accepts the documented parameters the world does not model (exclude_manual, device_types, merge_method) without changing the answer', async () => {
    const world = await createSpikeWorld({ seed: 8, users: 1, clock: CLOCK });
    const { get } = await signIn(world, world.users[0]!.applicationUserId);
    const daily = { from_date: '2026-01-13', to_date: '2026-01-14', types: 'steps' };
    const plain = await get('/queries/statistics/daily', daily);
    const extra = await get('/queries/statistics/daily', {
      ...daily,
      exclude_manual: 'true',
      device_types: 'watch',
    });
    expect(extra.status).toBe(200);
    expect(extra.body).toEqual(plain.body);
    const series = {
      metric: 'heartrate',
      from_timestamp: '2026-01-14T00:00:00Z',
      to_timestamp: '2026-01-14T01:00:00Z',
    };
    const merged = await get('/queries/timeseries', {
      ...series,
      merge_method: 'select_best_weighted_source',
    });
    expect(merged.body).toEqual((await get('/queries/timeseries', series)).body);
  });

  it('userinfo lists the user’s providers', async () => {
    const world = await createSpikeWorld({
      seed: 8,
      users: [{ id: 'office-worker', providers: ['fitbit', 'withings'] }],
      clock: CLOCK,
    });
    const { get } = await signIn(world, world.users[0]!.applicationUserId);
    const info = await get('/userinfo');
    expect(info.body).toMatchObject({
      application_id: world.applicationId,
      application_user_id: world.users[0]!.applicationUserId,
      integrated_providers: [
        { provider_slug: 'fitbit', is_integration_broken: false },
        { provider_slug: 'withings', is_integration_broken: false },
      ],
    });
  });

  it('records exist for the world’s span only and stop at its now', async () => {
    const world = await createSpikeWorld({ seed: 8, users: 1, days: 5, clock: CLOCK });
    const { get } = await signIn(world, world.users[0]!.applicationUserId);
    const daily = await get('/queries/statistics/daily', {
      from_date: '2026-01-01',
      to_date: '2026-01-20',
      types: 'steps',
    });
    expect(daily.body.statistics.map((s: Json) => s.date)).toEqual([
      '2026-01-11',
      '2026-01-12',
      '2026-01-13',
      '2026-01-14',
      '2026-01-15',
    ]);
    const late = await get('/queries/timeseries', {
      metric: 'heartrate',
      from_timestamp: '2026-01-15T10:30:00Z',
      to_timestamp: '2026-01-16T00:00:00Z',
    });
    expect(late.body.values).toEqual([]);
  });
});

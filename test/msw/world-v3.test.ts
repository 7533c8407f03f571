import { describe, expect, it } from 'vitest';
import { dayNoOf } from '../../generators/health/time.ts';
import { ianaZone } from '../../generators/health/time-zone.ts';
import { createSpikeWorld } from '../../src/msw/index.ts';
import { type Json, signIn } from './world-support.ts';

const CLOCK = () => Date.parse('2026-01-15T10:30:00Z');

describe('a record_change announces only what the API serves', () => {
  for (const seed of [7, 'alpha', 42]) {
    it(`every announced metric has values in the announced window (seed ${seed})`, async () => {
      const world = await createSpikeWorld({ seed, users: 4, clock: CLOCK });
      const batch = world.webhook('spike-health-v3', { kind: 'record_change' }) as Json[];
      expect(batch.length).toBeGreaterThan(0);
      const empty: string[] = [];
      for (const event of batch) {
        const { get } = await signIn(world, event.application_user_id);
        for (const metric of event.metrics as string[]) {
          const { status, body } = await get('/queries/timeseries', {
            metric,
            from_timestamp: event.earliest_record_start_at,
            to_timestamp: event.latest_record_end_at,
            providers: event.provider_slug,
          });
          expect(status).toBe(200);
          expect(body.offsets.length).toBe(body.values.length);
          expect(body.durations.length).toBe(body.values.length);
          if (body.values.length === 0) empty.push(`${event.provider_slug}:${metric}`);
          else expect(body.providers).toEqual([event.provider_slug]);
        }
      }
      expect(empty).toEqual([]);
    });
  }

  it('a handler reading the wrong provider gets that provider, not the announced one', async () => {
    const world = await createSpikeWorld({ seed: 7, users: 1, clock: CLOCK });
    const user = world.users[0]!;
    expect(user.providers.length).toBeGreaterThan(1);
    const { get } = await signIn(world, user.applicationUserId);
    const query = {
      metric: 'sleep_duration',
      from_timestamp: '2026-01-10T00:00:00Z',
      to_timestamp: '2026-01-15T00:00:00Z',
    };
    const second = await get('/queries/timeseries', { ...query, providers: user.providers[1] as string });
    const merged = await get('/queries/timeseries', query);
    expect(second.body.providers).toEqual([user.providers[1]]);
    expect(merged.body.providers).toEqual([user.providers[0]]);
  });
});

describe('aggregates agree with the series and with v2 payloads of the same world', () => {
  it('daily statistics are the sums and means of the day’s time series', async () => {
    const world = await createSpikeWorld({ seed: 11, users: 2, clock: CLOCK });
    for (const user of world.users) {
      const { get } = await signIn(world, user.applicationUserId);
      const types = [
        'steps',
        'distance_total',
        'calories_burned_total',
        'heartrate',
        'heartrate_max',
        'heartrate_min',
      ];
      const daily = await get('/queries/statistics/daily', {
        from_date: '2026-01-12',
        to_date: '2026-01-14',
        types,
      });
      expect(daily.body.statistics.map((s: Json) => s.date)).toEqual([
        '2026-01-12',
        '2026-01-13',
        '2026-01-14',
      ]);
      for (const day of daily.body.statistics as Json[]) {
        // The user's local day, as UTC instants (from its local midnight to the next: 23 or 25 h across DST).
        const zone = ianaZone(user.timeZone);
        const dayNo = dayNoOf(day.date) as number;
        const window = {
          from_timestamp: new Date(zone.dayStartMs(dayNo)).toISOString(),
          to_timestamp: new Date(zone.dayStartMs(dayNo + 1)).toISOString(),
        };
        const series = async (metric: string) =>
          (await get('/queries/timeseries', { metric, ...window })).body.values as number[];
        const sum = (xs: number[]) => Math.round(xs.reduce((a, b) => a + b, 0) * 1e4) / 1e4;
        expect(day.values.steps).toBe(sum(await series('steps')));
        expect(day.values.distance_total).toBe(sum(await series('distance')));
        expect(day.values.calories_burned_total).toBe(sum(await series('calories_burned')));
        const hr = await series('heartrate');
        // One value per sample the provider wrote (every minute, or its cadence less a charge), all from this day.
        expect(hr.length).toBeGreaterThan(1440 / 10);
        expect(hr.length).toBeLessThanOrEqual(1440);
        expect(day.values.heartrate).toBe(Math.round(hr.reduce((a, b) => a + b, 0) / hr.length));
        expect(day.values.heartrate_max).toBe(Math.max(...hr));
        expect(day.values.heartrate_min).toBe(Math.min(...hr));
      }
    }
  });

  it('daily statistics equal the v2 payloads the world posts for those days', async () => {
    const world = await createSpikeWorld({ seed: 5, users: 3, clock: CLOCK });
    for (const user of world.users) {
      const { get } = await signIn(world, user.applicationUserId);
      const v2 = (kind: string) =>
        world.webhook('spike-health-v2', { kind, user: user.index, count: 5 }) as Json[];
      const types = [
        'steps',
        'distance_total',
        'calories_burned_total',
        'heartrate',
        'heartrate_max',
        'heartrate_min',
        'heartrate_resting',
        'sleep_duration_total',
        'sleep_score',
      ];
      const daily = await get('/queries/statistics/daily', {
        from_date: '2026-01-09',
        to_date: '2026-01-15',
        types,
      });
      const byDate = new Map((daily.body.statistics as Json[]).map((s) => [s.date, s.values]));
      const check = (kind: string, compare: (item: Json, values: Json) => void) => {
        // Only data types one of the user's providers records.
        let events: Json[];
        try {
          events = v2(kind);
        } catch {
          return 0;
        }
        for (const event of events) {
          if (event.source !== user.providers.find((p) => p === event.source))
            throw new Error('foreign source');
          const item = event.data[0] as Json;
          const values = byDate.get(item.date) as Json;
          expect(values, `${kind} ${item.date}`).toBeDefined();
          compare(item, values);
        }
        return events.length;
      };
      let compared = 0;
      compared += check('steps', (item, values) => expect(values.steps).toBe(item.value));
      compared += check('distance', (item, values) => expect(values.distance_total).toBe(item.value));
      compared += check('calories', (item, values) => expect(values.calories_burned_total).toBe(item.value));
      compared += check('heart', (item, values) => {
        expect(values.heartrate).toBe(item.avg_hr);
        expect(values.heartrate_max).toBe(item.max_hr);
        expect(values.heartrate_min).toBe(item.min_hr);
        expect(values.heartrate_resting).toBe(item.resting_hr);
      });
      compared += check('sleep', (item, values) => {
        expect(values.sleep_duration_total).toBe(item.total_sleep * 1000);
        expect(values.sleep_score).toBe(item.standardized_sleep_score);
      });
      expect(compared).toBeGreaterThanOrEqual(10);
    }
  });

  it('a sleep by id has stages that tile the night, and the list’s summed stages agree with v2', async () => {
    const world = await createSpikeWorld({ seed: 3, users: 1, clock: CLOCK });
    const user = world.users[0]!;
    const { get } = await signIn(world, user.applicationUserId);
    const list = await get('/queries/sleeps', { from_date: '2026-01-13', to_date: '2026-01-15' });
    expect(list.body.sleeps.length).toBeGreaterThanOrEqual(3);
    for (const sleep of list.body.sleeps as Json[]) {
      expect(sleep.stages).toBeUndefined();
      const one = await get(`/queries/sleeps/${sleep.record_id}`);
      expect(one.status).toBe(200);
      const stages = one.body.stages as Json[];
      expect(stages[0]?.start_at).toBe(sleep.start_at_timestamp);
      expect(stages.at(-1)?.end_at).toBe(sleep.end_at_timestamp);
      expect(stages.reduce((a, s) => a + s.duration, 0)).toBe(sleep.duration);
      const asleep = stages.filter((s) => s.stage !== 'awake').reduce((a, s) => a + s.duration, 0);
      expect(sleep.metrics.sleep_duration).toBe(asleep);
      expect(['awake', 'light', 'deep', 'rem']).toEqual(
        expect.arrayContaining([...new Set(stages.map((s) => s.stage))]),
      );
    }
    const night = world.webhook('spike-health-v2', {
      kind: 'sleep',
      user: 0,
      source: list.body.sleeps[0].provider_slug,
    }) as Json;
    const last = (list.body.sleeps as Json[]).filter((s) => s.provider_slug === night.source).at(-1) as Json;
    expect(last.metrics.sleep_duration_deep).toBe(night.data[0].deep * 1000);
    expect(last.metrics.sleep_duration_rem).toBe(night.data[0].rem * 1000);
  });
});

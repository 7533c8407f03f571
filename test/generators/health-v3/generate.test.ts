import { describe, expect, expectTypeOf, it } from 'vitest';
import { generate } from '../../../generators/generate.ts';
import { type PersonaId, personaIds } from '../../../generators/health/personas.ts';
import { type ProviderSlug, records } from '../../../generators/health/providers.ts';
import { healthUser } from '../../../generators/health/user.ts';
import { workoutKinds } from '../../../generators/health/workouts.ts';
import { distanceMetricOf, metricsOfDataType } from '../../../generators/health-v3/metrics.ts';
import { isSpikeKitError } from '../../../src/core/index.ts';
import type { HealthV2DataType } from '../../../src/schemas/health-v2/index.ts';
import {
  checkHealthV3Body,
  type HealthV3Event,
  type HealthV3IntegrationEvent,
  type HealthV3RecordChangeEvent,
  healthV3ActivityTypes,
  healthV3EventTypes,
  healthV3Metrics,
} from '../../../src/schemas/health-v3/index.ts';
import { REF, REF_MS, req, SEEDS, v2 } from '../health/support.ts';

const NANOS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{9}Z$/;
const SECONDS_Z = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

function v3(kind: string, options: Record<string, unknown> = {}): HealthV3Event[] {
  return (generate as (p: string, o: object) => unknown)('spike-health-v3', {
    kind,
    refDate: REF,
    ...options,
  }) as HealthV3Event[];
}

function recordChanges(options: Record<string, unknown>): HealthV3RecordChangeEvent[] {
  return v3('record_change', options) as HealthV3RecordChangeEvent[];
}

/** The v2 data types whose metrics could explain a v3 metric. */
function sourcesOf(metric: string): HealthV2DataType[] {
  if (metric === 'hrv_sdnn') return sourcesOf('hrv_rmssd'); // Apple's HRV (its fidelity profile): same sources
  const types = (Object.keys(metricsOfDataType) as HealthV2DataType[]).filter((t) =>
    (metricsOfDataType[t] as readonly string[]).includes(metric),
  );
  if (Object.values(distanceMetricOf).includes(metric as never)) types.push('activities_stream');
  return types;
}

function code(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    return isSpikeKitError(error) ? error.code : 'not a SpikeKitError';
  }
  return undefined;
}

describe('spike-health-v3 generation', () => {
  it('is byte-identical for the same seed and reference date, and differs for another seed', () => {
    for (const kind of healthV3EventTypes) {
      const a = JSON.stringify(v3(kind, { seed: 5, users: 3 }));
      expect(JSON.stringify(v3(kind, { seed: 5, users: 3 }))).toBe(a);
      expect(JSON.stringify(v3(kind, { seed: 6, users: 3 }))).not.toBe(a);
    }
  });

  it('every batch of every kind, persona and seed validates against the schema', () => {
    for (const seed of SEEDS) {
      for (const kind of healthV3EventTypes) {
        for (const persona of [...personaIds, undefined]) {
          const body = v3(kind, { seed, persona, users: 2 });
          expect(body.length).toBeGreaterThan(0);
          expect(checkHealthV3Body(body)).toEqual([]);
        }
      }
    }
  });

  it('writes RFC 3339 nanosecond timestamps at or before the reference date, and valid user ids', () => {
    for (const seed of SEEDS) {
      for (const event of v3('record_change', { seed, users: 4 })) {
        expect(event.timestamp).toMatch(NANOS);
        expect(Date.parse(event.timestamp)).toBeLessThanOrEqual(REF_MS);
        expect(event.application_user_id).toMatch(/^[A-Za-z0-9._-]{1,128}$/);
      }
    }
  });

  it('batches several users, who are the v2 users of the same seed', () => {
    for (const seed of SEEDS) {
      const body = recordChanges({ seed, users: 5 });
      const ids = new Set(body.map((e) => e.application_user_id));
      expect(ids.size).toBe(5);
      const first = healthUser({ seed });
      expect(ids).toContain(first.clientUserId);
      const persona = first.persona.id as PersonaId;
      expect(recordChanges({ seed, persona })[0]?.application_user_id).toBe(
        v2('heart', { seed, persona }).client_user_id,
      );
    }
    const chosen = recordChanges({
      seed: 1,
      users: ['office-worker', { id: 'older-adult', clientUserId: 'granny.42' }],
    });
    expect(new Set(chosen.map((e) => e.application_user_id))).toContain('granny.42');
    expect(new Set(chosen.map((e) => e.provider_slug))).toEqual(
      new Set(
        ['fitbit', 'withings', 'freestyle_libre', 'omron_eu'].filter((p) =>
          chosen.some((e) => e.provider_slug === p),
        ),
      ),
    );
  });

  it('windows, metrics and activity types come from the day model and the provider capabilities', () => {
    for (const seed of SEEDS) {
      for (const persona of personaIds) {
        const user = healthUser({ seed, persona });
        const batches = recordChanges({
          seed,
          persona,
          count: 3,
        }) as unknown as HealthV3RecordChangeEvent[][];
        for (const event of batches.flat()) {
          const provider = event.provider_slug as ProviderSlug;
          expect(user.providers).toContain(provider);
          expect(event.earliest_record_start_at).toMatch(SECONDS_Z);
          expect(event.latest_record_end_at).toMatch(SECONDS_Z);
          const earliest = Date.parse(event.earliest_record_start_at);
          const latest = Date.parse(event.latest_record_end_at);
          expect(earliest).toBeLessThanOrEqual(latest);
          expect(latest).toBeLessThanOrEqual(Date.parse(event.timestamp));
          expect(event.metrics.length).toBeGreaterThan(0);
          for (const metric of event.metrics) {
            expect(healthV3Metrics as readonly string[]).toContain(metric);
            expect(sourcesOf(metric).some((type) => records(provider, type))).toBe(true);
          }
          for (const type of event.activity_types)
            expect(healthV3ActivityTypes as readonly string[]).toContain(type);
          const days = [-1, 0, 1].map((d) => user.day(user.localDayOf(latest) + d));
          const within = (fromMs: number, toMs: number) => fromMs >= earliest && toMs <= latest + 1000;
          if (event.activity_types.includes('sleep')) {
            expect(days.some((d) => within(d.toMs(d.sleep.startSec), d.toMs(d.sleep.endSec)))).toBe(true);
            expect(event.metrics).toContain('sleep_duration');
          }
          for (const type of event.activity_types.filter(
            (t) => !['sleep', 'walking', 'sedentary'].includes(t),
          )) {
            const found = days.some((d) =>
              d.workouts.some(
                (w) => workoutKinds[w.type].v3 === type && within(d.toMs(w.startSec), d.toMs(w.endSec)),
              ),
            );
            expect(found, `${type} workout in the window`).toBe(true);
          }
          if (event.metrics.includes('ecg_voltage')) {
            expect(
              days.some((d) => within(d.toMs(d.ecg.startSec), d.toMs(d.ecg.startSec + d.ecg.durationSec))),
            ).toBe(true);
          }
          if (event.metrics.includes('weight')) {
            expect(days.some((d) => within(d.toMs(d.weighIn.sec), d.toMs(d.weighIn.sec)))).toBe(true);
          }
          if (provider === 'dexcom' || provider === 'freestyle_libre') {
            expect(event.metrics).toEqual(['glucose']);
            expect(event.activity_types).toEqual([]);
          }
          if (!records(provider, 'steps')) expect(event.metrics).not.toContain('steps');
        }
      }
    }
  });

  it('count returns one batch per day, a day apart', () => {
    const batches = generate('spike-health-v3', { kind: 'record_change', seed: 2, refDate: REF, count: 4 });
    expect(batches).toHaveLength(4);
    const stamps = batches.map((b) => Date.parse(req(b[0]).timestamp));
    for (let i = 1; i < 4; i++) {
      expect(Math.abs((stamps[i] as number) - (stamps[i - 1] as number) - 86_400_000)).toBeLessThanOrEqual(
        3000,
      );
    }
  });

  it('provider_integration_* events come omitted, empty or null, drawn from the seed or chosen', () => {
    const shapes = new Set<string>();
    for (const seed of SEEDS) {
      for (const kind of ['provider_integration_created', 'provider_integration_deleted'] as const) {
        for (const event of v3(kind, { seed, users: 3 }) as HealthV3IntegrationEvent<typeof kind>[]) {
          expect(event.event_type).toBe(kind);
          shapes.add(event.metrics === undefined ? 'omitted' : event.metrics === null ? 'null' : 'empty');
        }
      }
    }
    expect(shapes).toEqual(new Set(['omitted', 'empty', 'null']));
    const empty = v3('provider_integration_created', {
      seed: 1,
      integrationFields: 'empty',
      provider: 'oura',
    })[0];
    expect(empty).toMatchObject({
      metrics: [],
      activity_types: [],
      earliest_record_start_at: '',
      provider_slug: 'oura',
    });
    const omitted = v3('provider_integration_deleted', {
      seed: 1,
      integrationFields: 'omitted',
    })[0] as object;
    expect(Object.keys(omitted)).toEqual(['application_user_id', 'timestamp', 'event_type', 'provider_slug']);
  });

  it('is typed by kind: the array Spike posts', () => {
    expectTypeOf(generate('spike-health-v3', { kind: 'record_change' })).toEqualTypeOf<
      HealthV3RecordChangeEvent[]
    >();
    expectTypeOf(generate('spike-health-v3', { kind: 'provider_integration_deleted' })).toEqualTypeOf<
      HealthV3IntegrationEvent<'provider_integration_deleted'>[]
    >();
    expect(Array.isArray(generate('spike-health-v3'))).toBe(true);
  });
});

describe('spike-health-v3 options, errors and awkward variants', () => {
  it('rejects bad options with coded errors', () => {
    expect(code(() => v3('record_deleted'))).toBe('UNKNOWN_KIND');
    expect(code(() => v3('record_change', { users: 0 }))).toBe('INVALID_OPTION');
    expect(code(() => v3('record_change', { users: [] }))).toBe('INVALID_OPTION');
    expect(code(() => v3('record_change', { users: 2.5 }))).toBe('INVALID_OPTION');
    expect(code(() => v3('record_change', { persona: 'office-worker', users: ['office-worker'] }))).toBe(
      'INVALID_OPTION',
    );
    expect(code(() => v3('record_change', { users: ['astronaut'] }))).toBe('UNKNOWN_PERSONA');
    expect(
      code(() => v3('record_change', { persona: { id: 'office-worker', clientUserId: 'has space' } })),
    ).toBe('INVALID_OPTION');
    expect(code(() => v3('record_change', { provider: 'Garmin' }))).toBe('INVALID_OPTION');
    expect(code(() => v3('provider_integration_created', { integrationFields: 'missing' }))).toBe(
      'INVALID_OPTION',
    );
  });

  it('forces the provider of every event', () => {
    for (const event of recordChanges({ seed: 3, users: 3, provider: 'strava' })) {
      expect(event.provider_slug).toBe('strava');
      expect(event.activity_types.length).toBeGreaterThan(0);
    }
  });

  it('unknown-kind appends a record_deleted event the schema rejects', () => {
    const body = v3('record_change', { seed: 1, awkward: 'unknown-kind' }) as unknown as {
      event_type: string;
    }[];
    expect(body.at(-1)?.event_type).toBe('record_deleted');
    expect(body.slice(0, -1).every((e) => e.event_type === 'record_change')).toBe(true);
    expect(checkHealthV3Body(body)).not.toEqual([]);
  });

  it('unknown-fields adds fields the schema tolerates', () => {
    const body = v3('record_change', { seed: 1, awkward: 'unknown-fields' });
    expect(Object.keys(req(body[0]))).toEqual(expect.arrayContaining(['trace_id', 'data_origin']));
    expect(checkHealthV3Body(body)).toEqual([]);
  });

  it('minimal and null-optionals omit or null only what the schema lets Spike omit or null', () => {
    // A record_change carries every documented field: its minimal and null-optionals batches stay valid.
    for (const awkward of ['minimal', 'null-optionals'] as const) {
      const body = v3('record_change', { seed: 1, awkward });
      expect(req(body[0])).toHaveProperty('metrics');
      expect(checkHealthV3Body(body)).toEqual([]);
    }
    // What provider_integration_* events carry beyond user, time, type and provider is unconfirmed.
    expect(Object.keys(req(v3('provider_integration_created', { seed: 1, awkward: 'minimal' })[0]))).toEqual([
      'application_user_id',
      'timestamp',
      'event_type',
      'provider_slug',
    ]);
    const nulled = req(v3('provider_integration_created', { seed: 1, awkward: 'null-optionals' })[0]);
    for (const [key, value] of Object.entries(nulled)) {
      if (!['application_user_id', 'timestamp', 'event_type', 'provider_slug'].includes(key))
        expect(value, key).toBeNull();
    }
    expect(
      checkHealthV3Body(v3('provider_integration_created', { seed: 1, awkward: 'null-optionals' })),
    ).toEqual([]);
    // Empty only where the schema accepts it: a record_change's window stays RFC 3339.
    const emptied = v3('record_change', { seed: 1, awkward: 'empty-optionals' });
    expect(emptied[0]).toMatchObject({ metrics: [], activity_types: [] });
    expect(req(emptied[0]).earliest_record_start_at).toMatch(/^\d{4}-\d{2}-\d{2}T.*Z$/);
    expect(checkHealthV3Body(emptied)).toEqual([]);
    expect(v3('provider_integration_created', { seed: 1, awkward: 'empty-optionals' })[0]).toMatchObject({
      metrics: [],
      activity_types: [],
    });
  });

  it('large posts a batch of hundreds of events', () => {
    const body = v3('record_change', { seed: 1, awkward: 'large' });
    expect(body.length).toBeGreaterThanOrEqual(250);
    expect(new Set(body.map((e) => e.application_user_id)).size).toBe(250);
  });
});

import { describe, expect, expectTypeOf, it } from 'vitest';
import { generate } from '../../../generators/generate.ts';
import { personaIds } from '../../../generators/health/personas.ts';
import { healthUser } from '../../../generators/health/user.ts';
import { healthV2Defaults } from '../../../generators/health-v2/index.ts';
import { v2Kinds } from '../../../generators/health-v2/v2-kind-specs.ts';
import { isSpikeKitError } from '../../../src/core/index.ts';
import {
  checkHealthV2Event,
  type HealthV2EventOf,
  healthV2DataTypes,
  parseHealthV2Event,
} from '../../../src/schemas/health-v2/index.ts';
import { localSec, only, REF, REF_MS, req, SEEDS, v2, v2Series } from '../health/support.ts';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

function code(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    return isSpikeKitError(error) ? error.code : 'not a SpikeKitError';
  }
  return undefined;
}

describe('spike-health-v2 generation', () => {
  it('is byte-identical for the same seed and reference date, and differs for another seed', () => {
    for (const kind of healthV2DataTypes) {
      const a = JSON.stringify(v2(kind, { seed: 5 }));
      expect(JSON.stringify(v2(kind, { seed: 5 }))).toBe(a);
      expect(JSON.stringify(v2(kind, { seed: 6 }))).not.toBe(a);
      expect(JSON.stringify(v2(kind, { seed: 5, refDate: '2026-01-16T10:30:00Z' }))).not.toBe(a);
    }
  });

  it('does not depend on what else was generated before (no hidden state)', () => {
    const first = JSON.stringify(v2('heart', { seed: 9, persona: 'new-parent' }));
    v2('sleep', { seed: 9, persona: 'new-parent' });
    v2('steps', { seed: 10 });
    expect(JSON.stringify(v2('heart', { seed: 9, persona: 'new-parent' }))).toBe(first);
  });

  it('every payload of every kind, persona and seed validates against the schema', () => {
    for (const seed of SEEDS) {
      for (const persona of [...personaIds, undefined]) {
        for (const kind of healthV2DataTypes) {
          const user = healthUser({ seed, ...(persona === undefined ? {} : { persona }) });
          if (persona !== undefined && user.sourceFor(kind) === undefined) continue;
          const event = v2(kind, { seed, persona });
          expect(checkHealthV2Event(event)).toEqual([]);
        }
      }
    }
  });

  it('writes the documented root fields', () => {
    for (const seed of SEEDS) {
      const event = v2('steps', { seed });
      expect(Object.keys(event)).toEqual([
        'event_id',
        'event_type',
        'timestamp',
        'user_id',
        'client_user_id',
        'source',
        'data_type',
        'data',
      ]);
      expect(event.event_id).toMatch(UUID_V4);
      expect(event.user_id).toMatch(UUID_V4);
      expect(event.event_type).toBe(healthV2Defaults.eventType);
      expect(event.source).toMatch(/^[a-z0-9_]+$/);
      expect(event.data_type).toBe('steps');
      expect(Array.isArray(event.data)).toBe(true);
      expect(Date.parse(event.timestamp)).toBeLessThanOrEqual(REF_MS);
    }
  });

  it('describes the same person and night across data types', () => {
    const sleep = v2('sleep', { seed: 7, persona: 'office-worker' });
    const heart = v2('heart', { seed: 7, persona: 'office-worker' });
    const user = healthUser({ seed: 7, persona: 'office-worker' });
    expect([sleep.user_id, sleep.client_user_id]).toEqual([heart.user_id, heart.client_user_id]);
    expect([sleep.user_id, sleep.client_user_id]).toEqual([user.userId, user.clientUserId]);
    const night = only(sleep.data);
    const truth = user.day(req(night.date)).sleep;
    expect(night.total_sleep).toBe(truth.asleepSec);
    expect(localSec(night.bedtime_start) - localSec(`${night.date}T00:00:00`)).toBe(truth.startSec);
  });

  it('count returns consecutive days of one user, ending at the reference day', () => {
    for (const kind of ['heart', 'steps', 'glucose', 'stress', 'goals'] as const) {
      const series = v2Series(kind, 7, {
        seed: 3,
        persona: kind === 'glucose' ? 'type1-diabetes' : 'endurance-athlete',
      });
      expect(series).toHaveLength(7);
      expect(new Set(series.map((e) => e.client_user_id)).size).toBe(1);
      expect(new Set(series.map((e) => e.event_id)).size).toBe(7);
      const stamps = series.map((e) => Date.parse(e.timestamp));
      expect([...stamps].sort((a, b) => a - b)).toEqual(stamps);
      if (kind === 'goals') continue;
      const dates = series.map((e) => req((only(e.data) as { date?: string }).date));
      const user = healthUser({
        seed: 3,
        persona: kind === 'glucose' ? 'type1-diabetes' : 'endurance-athlete',
      });
      const at = REF_MS - user.syncLagMs - 3_600_000;
      const today = new Date(at + user.offsetAt(at) * 1000).toISOString().slice(0, 10);
      expect(dates.at(-1)).toBe(today);
      for (let i = 1; i < dates.length; i++) {
        expect(Date.parse(`${dates[i]}T00:00:00Z`) - Date.parse(`${dates[i - 1]}T00:00:00Z`)).toBe(
          86_400_000,
        );
      }
    }
  });

  it('a week of one user looks like one person: stable baselines, varying days', () => {
    for (const seed of SEEDS) {
      const hearts = v2Series('heart', 7, { seed, persona: 'endurance-athlete' }).map((e) => only(e.data));
      const resting = hearts.map((h) => req(h.resting_hr));
      expect(Math.max(...resting) - Math.min(...resting)).toBeLessThanOrEqual(10);
      const weights = v2Series('body', 7, { seed, persona: 'endurance-athlete' }).map((e) =>
        req(only(e.data).body_data?.weight_kg?.value),
      );
      expect(Math.max(...weights) - Math.min(...weights)).toBeLessThanOrEqual(3);
      expect(
        new Set(
          v2Series('sleep', 7, { seed, persona: 'endurance-athlete' }).map((e) => only(e.data).total_sleep),
        ).size,
      ).toBeGreaterThan(1);
      expect(new Set(hearts.map((h) => h.max_hr)).size).toBeGreaterThan(1);
    }
  });

  it('the sleep of the reference day is sent only once it has ended', () => {
    for (const seed of SEEDS) {
      const user = healthUser({ seed, persona: 'office-worker' });
      const night = only(v2('sleep', { seed, persona: 'office-worker' }).data);
      const ended = user.day(night.date as string).localToMs(night.bedtime_end as string);
      expect(ended).toBeLessThanOrEqual(REF_MS - user.syncLagMs);
      const next = user.day(user.localDayOf(ended) + 1).sleep;
      expect(next.endSec * 1000 + user.day(user.localDayOf(ended) + 1).startMs).toBeGreaterThan(
        REF_MS - user.syncLagMs,
      );
    }
  });

  it('is typed by kind', () => {
    const sleep = v2('sleep');
    expectTypeOf(generate('spike-health-v2', { kind: 'sleep' })).toEqualTypeOf<HealthV2EventOf<'sleep'>>();
    expectTypeOf(generate('spike-health-v2', { kind: 'ecg', count: 2 })).toEqualTypeOf<
      HealthV2EventOf<'ecg'>[]
    >();
    expectTypeOf(sleep.data[0]?.levels).toEqualTypeOf<HealthV2EventOf<'sleep'>['data'][number]['levels']>();
    expect(parseHealthV2Event(sleep).data_type).toBe('sleep');
  });
});

describe('spike-health-v2 options and errors', () => {
  it('uses the persona object: ids, time zone and providers', () => {
    const event = v2('heart', {
      seed: 2,
      persona: {
        id: 'office-worker',
        userId: '3f1c6a8e-2b7d-4c11-9a3e-6d5f0b2c8e41',
        clientUserId: 'me-42',
        timezoneOffsetMinutes: 540,
        providers: ['garmin'],
      },
    });
    expect([event.user_id, event.client_user_id, event.source]).toEqual([
      '3f1c6a8e-2b7d-4c11-9a3e-6d5f0b2c8e41',
      'me-42',
      'garmin',
    ]);
    expect(only(event.data).timezone_offset).toBe(540 * 60);
  });

  it('takes a source that records the data type, and refuses one that does not', () => {
    expect(v2('ecg', { seed: 1, persona: 'office-worker', source: 'apple' }).source).toBe('apple');
    for (const [kind, source] of [
      ['ecg', 'oura'],
      ['glucose', 'garmin'],
      ['stress', 'fitbit'],
      ['steps', 'whoop'],
      ['sleep', 'dexcom'],
    ] as const) {
      try {
        v2(kind, { seed: 1, source });
        expect.unreachable();
      } catch (error) {
        expect(isSpikeKitError(error, 'INVALID_OPTION')).toBe(true);
        expect((error as Error).message).toContain(`'${source}' does not record '${kind}'`);
      }
    }
  });

  it('explains when a persona has no provider for the data type', () => {
    try {
      v2('ecg', { seed: 1, persona: 'office-worker' });
      expect.unreachable();
    } catch (error) {
      expect(isSpikeKitError(error, 'INVALID_OPTION')).toBe(true);
      expect((error as Error).message).toMatch(/office-worker.*'ecg'.*'apple' or 'withings'/);
    }
  });

  it('draws, without a persona, one that can record the data type', () => {
    for (const seed of SEEDS) {
      expect(() => v2('glucose', { seed })).not.toThrow();
      expect(() => v2('stress', { seed })).not.toThrow();
    }
  });

  it('rejects unknown kinds, personas and options with coded errors', () => {
    expect(code(() => v2('blood_pressure' as never))).toBe('UNKNOWN_KIND');
    expect(code(() => v2('sleep', { persona: 'astronaut' }))).toBe('UNKNOWN_PERSONA');
    expect(code(() => v2('sleep', { persona: { id: 'astronaut' } }))).toBe('UNKNOWN_PERSONA');
    expect(code(() => v2('sleep', { source: 'Garmin' }))).toBe('INVALID_OPTION');
    expect(code(() => v2('sleep', { eventType: 42 }))).toBe('INVALID_OPTION');
    expect(code(() => v2('sleep', { users: 3 }))).toBe('INVALID_OPTION');
  });

  it('writes another event_type on request', () => {
    expect(v2('goals', { eventType: 'RealtimeUpdateV1' }).event_type).toBe('RealtimeUpdateV1');
  });

  it('validates overrides with the schema', () => {
    const ok = v2('sleep', { seed: 1, overrides: { client_user_id: 'me', data: [{ efficiency: 0.5 }] } });
    expect(ok.client_user_id).toBe('me');
    expect(only(ok.data).efficiency).toBe(0.5);
    expect(code(() => v2('sleep', { seed: 1, overrides: { data: [{ efficiency: 2 }] } }))).toBe(
      'INVALID_OVERRIDE',
    );
    expect(code(() => v2('sleep', { seed: 1, overrides: { user_id: 'not-a-uuid' } }))).toBe(
      'INVALID_OVERRIDE',
    );
  });
});

describe('spike-health-v2 awkward variants', () => {
  const keysOf = (value: object) => Object.keys(value);

  it('unknown-fields adds fields at the root and in items, which the schema tolerates', () => {
    const event = v2('heart', { seed: 1, awkward: 'unknown-fields' }) as Record<string, unknown> & {
      data: object[];
    };
    expect(keysOf(event)).toEqual(expect.arrayContaining(['spike_version', 'trace_id']));
    expect(keysOf(event.data[0] as object)).toEqual(expect.arrayContaining(['last_synced_at', 'device']));
    expect(checkHealthV2Event(event)).toEqual([]);
  });

  it('unknown-kind sends a data_type the vocabulary does not have, which the schema rejects', () => {
    const event = v2('sleep', { seed: 1, awkward: 'unknown-kind' }) as unknown as {
      data_type: string;
      data: object[];
    };
    expect(event.data_type).toBe('blood_pressure');
    expect(keysOf(event.data[0] as object)).toEqual(
      expect.arrayContaining(['systolic', 'diastolic', 'pulse']),
    );
    expect(checkHealthV2Event(event).join('\n')).toMatch(/data_type/);
  });

  it('minimal keeps only the core fields of each item', () => {
    for (const kind of healthV2DataTypes) {
      const event = v2(kind, { seed: 2, awkward: 'minimal' });
      for (const item of event.data) {
        for (const key of keysOf(item)) expect(v2Kinds[kind].core).toContain(key);
      }
    }
  });

  it('empty-optionals and null-optionals empty or null the fields only where the schema allows it', () => {
    const empty = only(v2('sleep', { seed: 3, awkward: 'empty-optionals' }).data) as Record<string, unknown>;
    expect(empty.levels).toEqual([]);
    expect(empty.source).toBe('');
    expect(empty.total_sleep).toEqual(expect.any(Number));
    // The glucose unit is always "mg/dL": it stays.
    const glucose = only(v2('glucose', { seed: 3, awkward: 'empty-optionals' }).data) as Record<
      string,
      unknown
    >;
    expect(glucose.unit).toBe('mg/dL');
    expect(glucose.intraday_data).toEqual([]);
    // The v2 schema lets Spike send null only where it says (here the ECG lead); other optional fields stay.
    const sleep = only(v2('sleep', { seed: 3, awkward: 'null-optionals' }).data) as Record<string, unknown>;
    expect(Object.values(sleep)).not.toContain(null);
    expect(sleep.hr_lowest).toEqual(expect.any(Number));
    const ecg = only(v2('ecg', { seed: 3, awkward: 'null-optionals' }).data) as Record<string, unknown>;
    expect(ecg.lead).toBeNull();
    expect(ecg.frequency).toEqual(expect.any(Number));
  });

  it('large writes a heart sample per second and finer series', () => {
    const normal = only(v2('heart', { seed: 4 }).data);
    const large = only(v2('heart', { seed: 4, awkward: 'large' }).data);
    expect(req(large.heart_rate_samples).length).toBe(60 * req(normal.heart_rate_samples).length);
    const steps = only(v2('steps', { seed: 4, awkward: 'large' }).data);
    expect(req(steps.intraday_data).length).toBe(
      15 * req(only(v2('steps', { seed: 4 }).data).intraday_data).length,
    );
    expect(steps.value).toBe(only(v2('steps', { seed: 4 }).data).value);
    const body = only(v2('body', { seed: 4, awkward: 'large' }).data);
    expect(req(body.body_data?.weight_kg?.timeseries).length).toBe(365);
  });

  it('awkward events are reproducible too', () => {
    const options = { seed: 8, awkward: ['unknown-fields', 'null-optionals'] };
    expect(JSON.stringify(v2('calories', options))).toBe(JSON.stringify(v2('calories', options)));
    expect(REF).toBe('2026-01-15T10:30:00Z');
  });
});

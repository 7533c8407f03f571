// The v2 schemas against Spike's documented examples (docs.spikeapi.com v2 Metrics pages, whose items are the
// webhook `data` items; obvious typos of the pages fixed: trailing commas, NULL).
import { describe, expect, it } from 'vitest';
import { SpikeKitError } from '../../src/core/index.ts';
import {
  checkHealthV2Event,
  type HealthV2DataType,
  healthV2EventSchema,
  healthV2ItemSchemas,
  parseHealthV2Event,
  safeParseHealthV2Event,
} from '../../src/schemas/health-v2/index.ts';

const root = {
  event_id: '7f3c2a1e-5b6d-4e8f-9a0b-1c2d3e4f5a6b',
  event_type: 'RealtimeUpdateV1',
  timestamp: '2020-05-01T10:00:00Z',
  user_id: 'fa1e3803-6068-4ea7-9788-eccce210d30c',
  client_user_id: '00001c',
};

const docs: { [K in HealthV2DataType]?: { source: string; item: Record<string, unknown> } } = {
  sleep: {
    source: 'oura',
    item: {
      date: '2024-10-24',
      bedtime_start: '2024-10-23T23:26:02',
      bedtime_end: '2024-10-24T08:13:37',
      timezone_offset: 7200,
      bedtime_duration: 33360,
      total_sleep: 30420,
      awake: 2940,
      light: 8190,
      rem: 6780,
      deep: 15450,
      hr_lowest: 56,
      hr_average: 61,
      efficiency: 0.91,
      latency: 900,
      temperature_delta: -0.04,
      average_hrv: 44,
      respiratory_rate: 14.875,
      standardized_sleep_score: 10,
      source_specific_sleep_score: 88,
      source: 'oura',
      levels: [
        { date_time: '2024-10-23T23:26:02', level: 'awake', seconds: 300 },
        { date_time: '2024-10-23T23:31:02', level: 'awake', seconds: 300 },
      ],
    },
  },
  heart: {
    source: 'fitbit',
    item: {
      date: '2020-05-01',
      timezone_offset: 7200,
      resting_hr: 56,
      min_hr: 48,
      avg_hr: 66,
      max_hr: 117,
      heart_rate_samples: [
        { time: '2022-05-01T00:00:15', value: 56 },
        { time: '2022-05-01T00:00:30', value: 56 },
      ],
      heart_rate_variability: { day_hrv: 77.1, sleep_hrv: 89 },
      intraday_hrv: [
        { value: { rmssd: 28.492, coverage: 0.945, hf: 97.61, lf: 121.196 }, time: '2022-05-01T00:00:15' },
      ],
      source: 'fitbit',
    },
  },
  calories: {
    source: 'fitbit',
    item: {
      date: '2020-05-01',
      value: 1234,
      intraday_data: [
        { level: 0, mets: 10, time: '2022-05-01T00:00:00', value: 1.21 },
        { level: 0, mets: 10, time: '2022-05-01T00:01:00', value: 1.27 },
      ],
      source: 'fitbit',
    },
  },
  body: {
    source: 'fitbit',
    item: {
      source: 'fitbit',
      timezone_offset: 3600,
      body_data: {
        weight_kg: { value: 100.3, timeseries: [{ timestamp: '2022-04-23T21:19:43', value: 111.1 }] },
        height_cm: { value: 100.3, timeseries: [{ timestamp: '2022-04-23T21:19:43', value: 111.1 }] },
        BMI: { value: 10.3, timeseries: [{ timestamp: '2022-04-23T21:19:43', value: 11.2 }] },
        bodyfat_percentage: { value: 10.3, timeseries: [{ timestamp: '2022-04-23T21:19:43', value: 11.2 }] },
        bone_mass_g: { value: 10.3, timeseries: [{ timestamp: '2022-04-23T21:19:43', value: 11.2 }] },
        muscle_mass_g: { value: 10.3, timeseries: [{ timestamp: '2022-04-23T21:19:43', value: 11.2 }] },
      },
    },
  },
  glucose: {
    source: 'dexcom',
    item: {
      date: '2020-05-01',
      avg_value: 108.0,
      min_value: 106.0,
      max_value: 121.0,
      unit: 'mg/dL',
      source: 'dexcom',
      timezone_offset: 0,
      intraday_data: [
        {
          time: '2020-05-01T17:52:00',
          value: 50.0,
          realtime_value: 121.0,
          smoothed_value: 122.0,
          status: 'high',
          trend: 'flat',
          trend_rate: -0.5,
          source: null,
        },
      ],
      extra: null,
    },
  },
  oxygen_saturation: {
    source: 'fitbit',
    item: {
      date: '2020-05-01',
      avg: 97.2,
      min: 95.1,
      max: 99.2,
      intraday_data: [{ value: 94.0, time: '2023-05-01T01:07:00' }],
      source: 'fitbit',
    },
  },
  breathing: {
    source: 'fitbit',
    item: {
      date: '2020-05-01',
      avg_value: 1234,
      intraday_data: [{ time: '2022-05-01T00:00:00', value: 1234 }],
      source: 'fitbit',
    },
  },
  stress: {
    source: 'garmin',
    item: {
      date: '2020-05-01',
      timezone_offset: 10800,
      min_stress: 35.0,
      avg_stress: 42.0,
      max_stress: 49.0,
      stress_samples: [
        { time: '2020-05-01T00:00:00', value: 49 },
        { time: '2020-05-01T00:03:00', value: 35 },
        { time: '2020-05-01T00:06:00', value: -2 },
      ],
      source: 'garmin',
    },
  },
  ecg: {
    source: 'withings',
    item: {
      time_start: '2020-05-01T16:33:10',
      time_end: '2020-05-01T16:33:40',
      timezone_offset: 10800,
      frequency: 300,
      avg_hr: 67,
      classification: 'normal',
      lead: null,
      original_source: ['ScanWatch 2'],
      source: 'withings',
      unit: 'uv',
      samples: [-31, -10, 4, 4, -7, -22, -31],
    },
  },
  activities_stream: {
    source: 'garmin',
    item: {
      time_start: '2020-05-01T21:19:43',
      time_end: '2020-05-01T21:23:27',
      timezone_offset: 10800,
      activity_name: 'TREADMILL_RUNNING',
      activity_type_id: 90013,
      provider_activity_name: 'TREADMILL_RUNNING',
      provider_activity_type_id: 'TREADMILL_RUNNING',
      provider_activity_id: 'TREADMILL_RUNNING',
      provider_user_id: 'TREADMILL_RUNNING',
      avg_hr: 87,
      max_hr: 98,
      min_hr: null,
      avg_hr_variability: 100,
      calories: 17,
      hr_zones: [
        { max: 92, min: 30, minutes: 1, name: 'Out of Range' },
        { max: 129, min: 92, minutes: 8, name: 'Fat Burn' },
      ],
    },
  },
  goals: {
    source: 'fitbit',
    item: {
      daily: { active_minutes: 30, calories: 1950, distance: 8.05, floors: 10, steps: 7500, sleep: 480 },
      weekly: { active_minutes: 130, calories: 11950, distance: 18.05, floors: 110, steps: 17500 },
      monthly: { active_minutes: 230, calories: 21950, distance: 28.05, floors: 210, steps: 27500 },
      source: 'fitbit',
    },
  },
};

describe('health v2 schema', () => {
  for (const [kind, example] of Object.entries(docs)) {
    it(`accepts Spike's documented ${kind} example`, () => {
      const event = { ...root, source: example.source, data_type: kind, data: [example.item] };
      expect(checkHealthV2Event(event)).toEqual([]);
      expect(healthV2ItemSchemas[kind as HealthV2DataType].safeParse(example.item).success).toBe(true);
    });
  }

  it('tolerates unknown fields, missing item fields and any event_type', () => {
    const event = {
      ...root,
      source: 'garmin',
      event_type: 'whatever',
      data_type: 'steps',
      data: [{}],
      extra: 1,
    };
    expect(checkHealthV2Event(event)).toEqual([]);
  });

  it('requires the documented root fields and reports readable paths', () => {
    const { user_id: _, ...missing } = { ...root, source: 'garmin', data_type: 'steps', data: [] };
    expect(checkHealthV2Event(missing)).toEqual([expect.stringMatching(/^user_id: /)]);
    const issues = checkHealthV2Event({
      ...root,
      source: 'garmin',
      data_type: 'sleep',
      data: [{ total_sleep: 'long' }],
    });
    expect(issues).toEqual([expect.stringMatching(/^data\[0\]\.total_sleep: /)]);
  });

  it('rejects upper-case sources, zoned local times, efficiencies above 1 and unknown data types', () => {
    const base = { ...root, data_type: 'sleep' };
    expect(checkHealthV2Event({ ...base, source: 'Garmin', data: [] })).not.toEqual([]);
    expect(
      checkHealthV2Event({ ...base, source: 'oura', data: [{ bedtime_start: '2024-10-23T23:26:02Z' }] }),
    ).not.toEqual([]);
    expect(checkHealthV2Event({ ...base, source: 'oura', data: [{ efficiency: 91 }] })).not.toEqual([]);
    expect(
      healthV2EventSchema.safeParse({ ...base, source: 'oura', data_type: 'blood_pressure', data: [] })
        .success,
    ).toBe(false);
  });

  it('parse throws INVALID_PAYLOAD listing the problems; safeParse never throws', () => {
    expect(() => parseHealthV2Event({})).toThrow(SpikeKitError);
    expect(() => parseHealthV2Event({})).toThrow(/Not a valid Spike health v2 event/);
    const result = safeParseHealthV2Event({ nope: true });
    expect(result.ok).toBe(false);
  });

  it('is introspectable: every field carries a description', () => {
    const shape = healthV2ItemSchemas.sleep.shape;
    for (const [key, field] of Object.entries(shape)) {
      expect((field as { description?: string }).description, key).toEqual(expect.any(String));
    }
  });
});

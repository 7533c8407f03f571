// The v3 schemas against Spike's documented example (docs.spikeapi.com/api-docs/webhooks, quoted in
// ../shared/spike-webhooks.md section 3).
import { describe, expect, it } from 'vitest';
import {
  checkHealthV3Body,
  healthV3BodySchema,
  healthV3EventSchemas,
  parseHealthV3Body,
  V3_RFC3339_UTC,
} from '../../src/schemas/health-v3/index.ts';

const documented = [
  {
    application_user_id: 'User1',
    timestamp: '2025-04-15T13:33:55.271331177Z',
    event_type: 'record_change',
    metrics: ['calories_burned_active', 'distance', 'steps'],
    activity_types: ['sedentary', 'walking'],
    provider_slug: 'garmin',
    earliest_record_start_at: '2025-04-15T09:30:00Z',
    latest_record_end_at: '2025-04-15T13:33:00Z',
  },
  {
    application_user_id: 'User2',
    timestamp: '2025-04-15T13:33:55.271331177Z',
    event_type: 'record_change',
    metrics: ['calories_burned_active'],
    activity_types: ['walking'],
    provider_slug: 'garmin',
    earliest_record_start_at: '2025-04-15T09:30:00Z',
    latest_record_end_at: '2025-04-15T13:33:00Z',
  },
];

describe('health v3 schema', () => {
  it("accepts Spike's documented example", () => {
    expect(checkHealthV3Body(documented)).toEqual([]);
    expect(parseHealthV3Body(documented)).toHaveLength(2);
  });

  it('accepts unknown metrics and activity slugs, and integration events without the unconfirmed fields', () => {
    const body = [
      { ...documented[0], metrics: ['heartrate_zone3_duration'], activity_types: ['paddleboarding'] },
      {
        application_user_id: 'u',
        timestamp: '2025-04-15T13:33:55Z',
        event_type: 'provider_integration_created',
        provider_slug: 'oura',
      },
      {
        application_user_id: 'u',
        timestamp: '2025-04-15T13:33:55.1Z',
        event_type: 'provider_integration_deleted',
        provider_slug: 'oura',
        metrics: null,
        earliest_record_start_at: '',
      },
    ];
    expect(checkHealthV3Body(body)).toEqual([]);
  });

  it('rejects what the docs rule out', () => {
    const bad = (patch: Record<string, unknown>) => checkHealthV3Body([{ ...documented[0], ...patch }]);
    expect(bad({ application_user_id: '' })).not.toEqual([]);
    expect(bad({ application_user_id: 'a'.repeat(129) })).not.toEqual([]);
    expect(bad({ application_user_id: 'user@example.com' })).not.toEqual([]);
    expect(bad({ timestamp: '2025-04-15T13:33:55.271331177+02:00' })).not.toEqual([]);
    expect(bad({ timestamp: '2025-04-15T13:33:55.2713311770Z' })).not.toEqual([]);
    expect(bad({ event_type: 'record_deleted' })).not.toEqual([]);
    expect(bad({ metrics: undefined })).not.toEqual([]);
    expect(checkHealthV3Body(documented[0])).not.toEqual([]);
    expect(healthV3BodySchema.safeParse([]).success).toBe(true);
  });

  it('matches nanosecond RFC 3339 timestamps that JS Date cannot hold', () => {
    expect(V3_RFC3339_UTC.test('2025-04-15T13:33:55.271331177Z')).toBe(true);
    expect(new Date('2025-04-15T13:33:55.271331177Z').toISOString()).toBe('2025-04-15T13:33:55.271Z');
  });

  it('is introspectable: every field carries a description', () => {
    for (const [key, field] of Object.entries(healthV3EventSchemas.record_change.shape)) {
      expect((field as { description?: string }).description, key).toEqual(expect.any(String));
    }
  });
});

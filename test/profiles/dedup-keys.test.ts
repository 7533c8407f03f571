import { describe, expect, it } from 'vitest';
import { dedupKeys, profiles } from '../../src/profiles/index.ts';

describe('dedupKeys', () => {
  it('derives each documented dedup key', () => {
    expect(dedupKeys('spike-health-v2', '{"event_id":"e-1","data":[]}')).toEqual(['e-1']);
    expect(dedupKeys('spike-forms', '{"submissionId":"sub_1"}')).toEqual(['sub_1']);
    expect(dedupKeys('spike-forms-timestamped', '{"submission":{"id":"sub_2"}}')).toEqual(['sub_2']);
    const [hash] = dedupKeys('spike-health-v3', '[{"a":1}]');
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(dedupKeys('spike-health-v3', '[{"a":1} ]')[0]).not.toBe(hash);
    const tuple = profiles['spike-health-v3'].dedupAlternatives['event-tuple'];
    const body = JSON.stringify([
      { application_user_id: 'u1', event_type: 'record_change', provider_slug: 'oura' },
      { application_user_id: 'u2', event_type: 'record_change', provider_slug: 'oura' },
    ]);
    expect(dedupKeys('spike-health-v3', body, tuple)).toHaveLength(2);
    expect(() => dedupKeys('spike-forms', '{}')).toThrow(/submissionId/);
  });
});

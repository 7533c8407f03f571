import { describe, expect, it } from 'vitest';
import { isSpikeKitError } from '../../src/core/index.ts';
import {
  attemptOffsets,
  dedupKeys,
  defineProfile,
  getProfile,
  isSuccessStatus,
  maxAttempts,
  nextAttemptAt,
  profileIds,
  profiles,
} from '../../src/profiles/index.ts';

const MIN = 60_000;
const H = 60 * MIN;

describe('the profile table states section 1 of the shared file', () => {
  it('has the four documented dialects', () => {
    expect(profileIds).toEqual([
      'spike-health-v2',
      'spike-health-v3',
      'spike-forms',
      'spike-forms-timestamped',
    ]);
    expect(profiles['spike-forms-timestamped'].status).toBe('experimental');
  });

  it('v2: X-Spike-Signature over the event_id, any 2xx, 30 s, attempts at 0, 3, 6, 9, 12, 15 min', () => {
    const p = profiles['spike-health-v2'];
    expect(p.body.shape).toBe('object');
    expect(p.signature).toMatchObject({ header: 'X-Spike-Signature', prefix: '', signs: '{field:event_id}' });
    expect(p.timeoutMs).toBe(30_000);
    expect(p.provenance.timeout).toBe('decision');
    expect(attemptOffsets(p)).toEqual([0, 3, 6, 9, 12, 15].map((m) => m * MIN));
    expect(p.retry.afterLastFailure).toBe('exhausted');
  });

  it('v3: array body, X-Body-Signature over the raw body, exactly 200, retries then discarded', () => {
    const p = profiles['spike-health-v3'];
    expect(p.body.shape).toBe('array');
    expect(p.signature).toMatchObject({ header: 'X-Body-Signature', prefix: '', signs: '{body}' });
    expect([200, 201, 204, 299].map((s) => isSuccessStatus(p, s))).toEqual([true, false, false, false]);
    expect(maxAttempts(p)).toBe(11);
    const deltas = attemptOffsets(p)
      .map((t, i, all) => t - (all[i - 1] ?? 0))
      .slice(1);
    expect(deltas).toEqual([5_000, 2 * MIN, 30 * MIN, 2 * H, ...Array(6).fill(12 * H)]);
    expect(p.retry.afterLastFailure).toBe('discarded');
    expect(p.provenance.retry).toBe('decision');
  });

  it('forms: sha256= prefix, signed only with a secret, 0/1/6/36 min by default and 0/1/5/30 as the alternative', () => {
    const p = profiles['spike-forms'];
    expect(p.signature).toMatchObject({
      header: 'X-Spike-Signature',
      prefix: 'sha256=',
      required: 'when-secret-set',
    });
    expect(attemptOffsets(p)).toEqual([0, 1, 6, 36].map((m) => m * MIN));
    expect(attemptOffsets(p.retryAlternatives['delays-from-first-attempt']!)).toEqual(
      [0, 1, 5, 30].map((m) => m * MIN),
    );
    expect([200, 204, 299, 301, 302, 404, 500].map((s) => isSuccessStatus(p, s))).toEqual([
      true,
      true,
      true,
      false,
      false,
      false,
      false,
    ]);
  });

  it('timestamped: signs "{timestamp}.{body}", never pins its unconfirmed facts as seed or docs', () => {
    const p = profiles['spike-forms-timestamped'];
    expect(p.signature).toMatchObject({ signs: '{timestamp}.{body}', timestampHeader: 'X-Spike-Timestamp' });
    expect(p.provenance).toMatchObject({
      success: 'unconfirmed',
      timeout: 'unconfirmed',
      retry: 'unconfirmed',
    });
    expect(p.signature.acceptedPrefixes).toEqual(['', 'sha256=']);
  });

  it('is frozen: a test cannot mutate the shared table by accident', () => {
    expect(Object.isFrozen(profiles['spike-forms'].retry.delaysMs)).toBe(true);
    expect(() => {
      (profiles['spike-forms'].retry.delaysMs as number[]).push(1);
    }).toThrow(TypeError);
  });
});

describe('schedule arithmetic', () => {
  it('counts previous-failure delays from when the attempt failed (a timeout shifts the schedule)', () => {
    expect(attemptOffsets('spike-forms', { failureAfterMs: 30_000 })).toEqual([
      0,
      30_000 + MIN,
      2 * 30_000 + 6 * MIN,
      3 * 30_000 + 36 * MIN,
    ]);
    expect(nextAttemptAt('spike-forms', 4, 0, 0)).toBeUndefined();
  });

  it('never schedules a first-attempt offset before the failure it follows', () => {
    const schedule = profiles['spike-forms'].retryAlternatives['delays-from-first-attempt']!;
    expect(nextAttemptAt(schedule, 1, 0, 90_000)).toBe(90_000);
    expect(nextAttemptAt(schedule, 2, 0, 100_000)).toBe(5 * MIN);
  });
});

describe('defineProfile', () => {
  it('extends a profile and selects a documented alternative by name', () => {
    const p = defineProfile({
      id: 'forms-offsets',
      extends: 'spike-forms',
      retry: 'delays-from-first-attempt',
    });
    expect(attemptOffsets(p)).toEqual([0, 1, 5, 30].map((m) => m * MIN));
    expect(p.signature).toEqual(profiles['spike-forms'].signature);
  });

  it('resizes a schedule with retries (shorter, or longer by repeating the last delay)', () => {
    expect(maxAttempts(defineProfile({ id: 'a', extends: 'spike-health-v3', retries: 3 }))).toBe(4);
    const longer = defineProfile({ id: 'b', extends: 'spike-health-v2', retries: 7 });
    expect(attemptOffsets(longer).at(-1)).toBe(21 * MIN);
  });

  it('takes human durations and a custom dialect end to end', () => {
    const p = defineProfile({
      id: 'acme',
      title: 'ACME webhooks',
      product: 'spike-api',
      payload: 'health-v2',
      body: { shape: 'object' },
      signature: {
        header: 'X-Acme-Signature',
        prefix: 'v1=',
        signs: '{timestamp}:{body}',
        timestampHeader: 'X-Acme-Time',
      },
      success: [200, { from: 202, to: 204 }],
      timeout: '10s',
      retry: { delays: ['1s', '1m'] },
    });
    expect(p.timeoutMs).toBe(10_000);
    expect(p.success).toEqual([
      { from: 200, to: 200 },
      { from: 202, to: 204 },
    ]);
    expect(isSuccessStatus(p, 201)).toBe(false);
    expect(attemptOffsets(p)).toEqual([0, 1_000, 61_000]);
    expect(getProfile(p)).toBe(p);
  });

  it('reports every problem at once with a coded error', () => {
    let error: unknown;
    try {
      defineProfile({
        id: 'broken',
        product: 'spike-api',
        payload: 'forms',
        body: { shape: 'object' },
        signature: { header: 'bad header', signs: '{nope}' },
        success: [700],
        timeout: '-5s',
        retry: { delays: ['1m'] },
      });
    } catch (e) {
      error = e;
    }
    expect(isSpikeKitError(error, 'INVALID_PROFILE')).toBe(true);
    const problems = (error as { details: { problems: string[] } }).details.problems;
    expect(problems.join('\n')).toMatch(/title/);
    expect(problems.join('\n')).toMatch(/signature.header/);
    expect(problems.join('\n')).toMatch(/\{nope\}/);
    expect(problems.join('\n')).toMatch(/success/);
    expect(problems.join('\n')).toMatch(/timeout/);
  });

  it('rejects an unknown alternative and an unknown base, listing the valid names', () => {
    expect(() => defineProfile({ id: 'x', extends: 'spike-forms', retry: 'weekly' })).toThrow(
      /delays-from-previous-failure.*delays-from-first-attempt/,
    );
    expect(() => defineProfile({ id: 'x', extends: 'spike-forms-v9' })).toThrow(/spike-health-v2/);
  });
});

describe('getProfile and dedupKeys', () => {
  it('lists valid ids for an unknown profile', () => {
    try {
      getProfile('spike-sms' as never);
      expect.unreachable();
    } catch (error) {
      expect(isSpikeKitError(error, 'UNKNOWN_PROFILE')).toBe(true);
      expect((error as Error).message).toContain("'spike-forms-timestamped'");
    }
  });

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

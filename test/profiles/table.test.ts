import { describe, expect, expectTypeOf, it } from 'vitest';
import { isSpikeKitError } from '../../src/core/index.ts';
import {
  attemptOffsets,
  getProfile,
  isSuccessStatus,
  maxAttempts,
  type ProfileId,
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
    // ProfileId is the table's keys, not a list kept beside it.
    expectTypeOf<ProfileId>().toEqualTypeOf<keyof typeof profiles>();
    expectTypeOf<ProfileId>().toEqualTypeOf<
      'spike-health-v2' | 'spike-health-v3' | 'spike-forms' | 'spike-forms-timestamped'
    >();
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

  it('timestamped extends spike-forms: what it does not state is the forms fact, unconfirmed', () => {
    const forms = profiles['spike-forms'];
    const p = profiles['spike-forms-timestamped'];
    expect(p.success).toEqual(forms.success);
    expect(p.timeoutMs).toBe(forms.timeoutMs);
    expect(p.retry).toEqual(forms.retry);
    expect(p.retryAlternatives).toEqual(forms.retryAlternatives);
    expect(p.body).toEqual(forms.body);
    expect(p.signature).toMatchObject({
      header: forms.signature.header,
      required: forms.signature.required,
      key: forms.signature.key,
      prefix: '',
    });
    expect(p.dedup).toEqual({ kind: 'field', path: ['submission', 'id'] });
    expect(p.provenance.dedup).toBe('decision');
  });

  it('keys each profile by its id and names its sources by public URL only', () => {
    for (const id of profileIds) {
      expect(profiles[id].id).toBe(id);
      expect(profiles[id].sources.length).toBeGreaterThan(0);
      for (const source of profiles[id].sources) expect(new URL(source).protocol).toBe('https:');
    }
  });

  it('is frozen: a test cannot mutate the shared table by accident', () => {
    expect(Object.isFrozen(profiles['spike-forms'].retry.delaysMs)).toBe(true);
    expect(() => {
      (profiles['spike-forms'].retry.delaysMs as number[]).push(1);
    }).toThrow(TypeError);
  });
});

describe('getProfile', () => {
  it('lists valid ids for an unknown profile', () => {
    try {
      getProfile('spike-sms' as never);
      expect.unreachable();
    } catch (error) {
      expect(isSpikeKitError(error, 'UNKNOWN_PROFILE')).toBe(true);
      expect((error as Error).message).toContain("'spike-forms-timestamped'");
    }
  });
});

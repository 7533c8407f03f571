import { describe, expect, it } from 'vitest';
import { isSpikeKitError } from '../../src/core/index.ts';
import {
  attemptOffsets,
  defineProfile,
  getProfile,
  isSuccessStatus,
  maxAttempts,
  profiles,
} from '../../src/profiles/index.ts';

const MIN = 60_000;

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

  it('words each bad value as "<what> must be <expected>, got <value>."', () => {
    let error: unknown;
    try {
      defineProfile({
        id: 'worded',
        extends: 'spike-forms',
        product: 'spike-sms' as never,
        timeout: 0,
        retries: -1,
        signature: { signs: '{timestamp}.{body}' },
      });
    } catch (e) {
      error = e;
    }
    expect(isSpikeKitError(error, 'INVALID_PROFILE')).toBe(true);
    const problems = (error as { details: { problems: string[] } }).details.problems;
    expect(problems).toContain("'product' must be 'spike-api' or 'spike-forms', got \"spike-sms\".");
    expect(problems).toContain("'retries' must be a whole number from 0 to 100, got -1.");
    expect(problems.find((p) => p.startsWith("'timeout'"))).toMatch(
      /must be a duration longer than 0.*got 0\.$/,
    );
    expect(problems.find((p) => p.startsWith("'signature.timestampHeader'"))).toMatch(/\{timestamp\}/);
    expect((error as Error).message).toContain('Invalid profile "worded":\n  - ');
  });

  it('extends a profile object as well as an id, and leaves the base untouched', () => {
    const base = profiles['spike-health-v3'];
    const p = defineProfile({ id: 'v3-quick', extends: base, timeout: '5s' });
    expect(p.timeoutMs).toBe(5_000);
    expect(p.retry).toEqual(base.retry);
    expect(base.timeoutMs).toBe(30_000);
    expect(defineProfile({ id: 'v3-again', extends: 'spike-health-v3' }).signature).toEqual(base.signature);
  });

  it('rejects an unknown alternative and an unknown base, listing the valid names', () => {
    expect(() => defineProfile({ id: 'x', extends: 'spike-forms', retry: 'weekly' })).toThrow(
      /delays-from-previous-failure.*delays-from-first-attempt/,
    );
    expect(() => defineProfile({ id: 'x', extends: 'spike-forms-v9' })).toThrow(/spike-health-v2/);
  });
});

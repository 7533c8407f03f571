import { describe, expect, it } from 'vitest';
import { isSpikeKitError } from '../../src/core/index.ts';
import { buildDelivery } from '../../src/delivery/index.ts';
import { verifyDefaults, verifyDelivery } from '../../src/signing/index.ts';

const secret = 's3cret';
const sentAt = Date.parse('2026-01-15T10:30:00.000Z');
const delivery = buildDelivery(
  'spike-forms-timestamped',
  { timestamp: '2026-01-15T10:30:00.000Z', submission: { id: 'x' } },
  { secret },
);

describe('timestamped deliveries: freshness checked by default', () => {
  it('a delivery captured long ago is refused without any option (replay protection)', () => {
    expect(verifyDefaults.toleranceSeconds).toBe(300);
    expect(verifyDelivery('spike-forms-timestamped', delivery, { secret })).toMatchObject({
      ok: false,
      reason: 'stale-timestamp',
    });
  });

  it('300 s either side of an injected now passes, 301 s does not', () => {
    for (const skew of [-300_000, 0, 300_000]) {
      expect(verifyDelivery('spike-forms-timestamped', delivery, { secret, now: sentAt + skew }).ok).toBe(
        true,
      );
    }
    for (const skew of [-301_000, 301_000]) {
      expect(
        verifyDelivery('spike-forms-timestamped', delivery, { secret, now: sentAt + skew }),
      ).toMatchObject({
        reason: 'stale-timestamp',
      });
    }
  });

  it('toleranceSeconds: false turns the check off deliberately', () => {
    expect(verifyDelivery('spike-forms-timestamped', delivery, { secret, toleranceSeconds: false }).ok).toBe(
      true,
    );
  });

  it('a bad tolerance is a coded error', () => {
    for (const toleranceSeconds of [-1, Number.NaN, Number.POSITIVE_INFINITY, '300', true]) {
      try {
        verifyDelivery('spike-forms-timestamped', delivery, {
          secret,
          toleranceSeconds: toleranceSeconds as number,
        });
        expect.unreachable();
      } catch (error) {
        expect(isSpikeKitError(error, 'INVALID_OPTION')).toBe(true);
      }
    }
  });

  it('profiles without a timestamp are unaffected', () => {
    const forms = buildDelivery('spike-forms', { submissionId: 'x' }, { secret });
    expect(verifyDelivery('spike-forms', forms, { secret }).ok).toBe(true);
  });
});

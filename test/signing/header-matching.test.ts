import { describe, expect, it } from 'vitest';
import { readHeader, verify, verifyDelivery } from '../../src/signing/index.ts';

describe('header names: ASCII-only case folding', () => {
  it('a KELVIN SIGN (U+212A) does not match the K of a header name', () => {
    // 'X-Spi\u212Ae-Signature'.toLowerCase() is 'x-spike-signature': that must not count as the header
    const spoofed = { 'X-Spi\u212Ae-Signature': `sha256=${'a'.repeat(64)}` };
    expect(readHeader(spoofed, 'X-Spike-Signature')).toEqual([]);
    expect(readHeader([['X-Spi\u212Ae-Signature', 'v']], 'X-Spike-Signature')).toEqual([]);
    expect(verifyDelivery('spike-forms', { headers: spoofed, body: '{}' }, { secret: 'k' })).toMatchObject({
      reason: 'missing-signature',
    });
    expect(readHeader({ 'X-SPIKE-SIGNATURE': 'v' }, 'x-spike-signature')).toEqual(['v']);
  });
});

describe('duplicate-header detection is linear', () => {
  it('80k distinct values are read and reported as duplicates quickly', () => {
    const values = Array.from({ length: 80_000 }, (_, i) => `sha256=${i.toString(16).padStart(64, '0')}`);
    const started = performance.now();
    const result = verifyDelivery(
      'spike-forms',
      { headers: { 'x-spike-signature': values }, body: '{}' },
      { secret: 'k' },
    );
    const elapsed = performance.now() - started;
    expect(result).toMatchObject({ ok: false, reason: 'duplicate-signature' });
    // a generous bound against the quadratic behaviour (80k values took 5 s), not a benchmark
    expect(elapsed).toBeLessThan(1_500);
    const single = verify('spike-forms', { body: '{}', signature: values.join(',') }, { secret: 'k' });
    expect(single).toMatchObject({ reason: 'duplicate-signature' });
  });
});

import { describe, expect, it } from 'vitest';
import { buildDelivery } from '../../src/delivery/index.ts';
import { readHeader, verifyDelivery, verifyRequest } from '../../src/signing/index.ts';
import { signingVectors } from '../support/vectors.ts';

const forms = signingVectors.find((v) => v.name === 'forms-seed')!;
const good = `sha256=${forms.hmacHex}`;

describe('headers in every shape', () => {
  const delivery = buildDelivery('spike-forms', JSON.parse(forms.body), {
    secret: forms.secret,
    body: forms.body,
  });

  it('reads oddly cased names from objects, Node arrays, Headers and pairs', () => {
    const shapes = [
      { 'x-spike-signature': good },
      { 'X-SPIKE-SIGNATURE': good },
      { 'x-Spike-signature': [good] },
      new Headers({ 'X-Spike-Signature': good }),
      [['x-spike-signature', good]] as [string, string][],
    ];
    for (const headers of shapes) {
      expect(readHeader(headers, 'X-Spike-Signature')).toEqual([good]);
      expect(verifyDelivery('spike-forms', { headers, body: forms.body }, { secret: forms.secret }).ok).toBe(
        true,
      );
    }
  });

  it('verifies exact bytes given as a Buffer (express.raw) and rejects re-serialised JSON', () => {
    const bytes = Buffer.from(delivery.body);
    expect(
      verifyDelivery('spike-forms', { headers: delivery.headers, body: bytes }, { secret: forms.secret }).ok,
    ).toBe(true);
    const pretty = JSON.stringify(JSON.parse(delivery.body), null, 2);
    expect(
      verifyDelivery('spike-forms', { headers: delivery.headers, body: pretty }, { secret: forms.secret }),
    ).toMatchObject({ ok: false, reason: 'mismatch' });
  });

  it('never throws on hostile header containers', () => {
    const hostile = [
      null,
      undefined,
      42,
      'x',
      {
        get x() {
          throw new Error('boom');
        },
      },
      new Proxy(
        {},
        {
          ownKeys() {
            throw new Error('boom');
          },
        },
      ),
    ];
    for (const headers of hostile) {
      expect(() => readHeader(headers as never, 'x')).not.toThrow();
      expect(
        verifyDelivery('spike-forms', { headers: headers as never, body: '{}' }, { secret: 's' }),
      ).toMatchObject({
        ok: false,
        reason: 'missing-signature',
      });
    }
  });

  it('verifyRequest reads a fetch Request once and hands back the verified body', async () => {
    const request = new Request('http://127.0.0.1/hook', {
      method: 'POST',
      headers: delivery.headers,
      body: delivery.body,
    });
    const result = await verifyRequest('spike-forms', request, { secret: forms.secret });
    expect(result).toMatchObject({ ok: true, body: delivery.body });
  });
});

import { describe, expect, it } from 'vitest';
import { buildDelivery } from '../../src/delivery/index.ts';
import { profiles } from '../../src/profiles/index.ts';
import { sign, verify, verifyDelivery } from '../../src/signing/index.ts';
import { signingVectors } from '../support/vectors.ts';

describe('shared signing vectors (computed with openssl)', () => {
  it('cover every profile', () => {
    expect(new Set(signingVectors.map((v) => v.profile))).toEqual(new Set(Object.keys(profiles)));
  });

  for (const v of signingVectors) {
    const profile = profiles[v.profile];
    const header = profile.signature.prefix + v.hmacHex;
    const timestamp = v.timestamp ?? undefined;
    // timestamped deliveries are checked for freshness by default: verify them at the moment they were signed
    const opts = { secret: v.secret, ...(timestamp === undefined ? {} : { now: Number(timestamp) * 1000 }) };

    it(`${v.name}: sign() reproduces the openssl HMAC`, () => {
      expect(sign(v.profile, v.secret, v.body, { timestamp })).toBe(header);
    });

    it(`${v.name}: verify() accepts it and rejects a one-bit change`, () => {
      expect(verify(v.profile, { body: v.body, signature: header, timestamp }, opts)).toEqual({
        ok: true,
        secretIndex: 0,
      });
      const flipped = header.slice(0, -1) + (header.endsWith('0') ? '1' : '0');
      const result = verify(v.profile, { body: v.body, signature: flipped, timestamp }, opts);
      expect(result).toMatchObject({ ok: false, reason: 'mismatch' });
    });

    it(`${v.name}: buildDelivery with the exact body signs the same bytes`, () => {
      const delivery = buildDelivery(v.profile, JSON.parse(v.body), {
        secret: v.secret,
        body: v.body,
        ...(timestamp === undefined ? {} : { timestamp: Number(timestamp) * 1000 }),
      });
      expect(delivery.headers[profile.signature.header]).toBe(header);
      expect(delivery.body).toBe(v.body);
      expect(verifyDelivery(v.profile, delivery, opts).ok).toBe(true);
    });
  }

  it('v2 signs only the event_id: changing the body keeps the signature valid', () => {
    const v = signingVectors.find((x) => x.name === 'v2-basic')!;
    const header = sign(v.profile, v.secret, v.body);
    const tampered = v.body.replace('8412', '99999');
    expect(verify(v.profile, { body: tampered, signature: header }, { secret: v.secret }).ok).toBe(true);
  });

  it('v2 signs the event_id JSON.parse reads: with an escaped duplicate key, the last one', () => {
    const v = signingVectors.find((x) => x.name === 'v2-escaped-key')!;
    expect(v.body).toContain('"event_id":"forged-first"');
    expect(v.signedMessage).toBe((JSON.parse(v.body) as { event_id: string }).event_id);
    expect(sign(v.profile, v.secret, v.body)).toBe(v.hmacHex);
    const forged = sign(v.profile, v.secret, '{"event_id":"forged-first"}');
    expect(verify(v.profile, { body: v.body, signature: forged }, { secret: v.secret })).toMatchObject({
      ok: false,
      reason: 'mismatch',
    });
  });

  it('v3 and forms sign the raw bytes: a re-serialised body fails', () => {
    for (const name of ['v3-pretty-unicode', 'forms-utf8']) {
      const v = signingVectors.find((x) => x.name === name)!;
      const header = profiles[v.profile].signature.prefix + v.hmacHex;
      const reserialised = JSON.stringify(JSON.parse(v.body));
      if (name === 'v3-pretty-unicode') expect(reserialised).not.toBe(v.body);
      const result = verify(v.profile, { body: reserialised, signature: header }, { secret: v.secret });
      expect(result.ok).toBe(name === 'forms-utf8'); // the compact UTF-8 body re-serialises identically
    }
  });
});

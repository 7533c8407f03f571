import { describe, expect, it } from 'vitest';
import { isSpikeKitError } from '../../src/core/index.ts';
import { buildDelivery } from '../../src/delivery/index.ts';
import { profiles } from '../../src/profiles/index.ts';
import {
  hexDigestEquals,
  hmacSha256Hex,
  readHeader,
  readJsonField,
  sign,
  verify,
  verifyDelivery,
  verifyRequest,
} from '../../src/signing/index.ts';
import { signingVectors } from '../support/vectors.ts';

const forms = signingVectors.find((v) => v.name === 'forms-seed')!;
const good = `sha256=${forms.hmacHex}`;
const check = (signature: unknown, secret: string | string[] = forms.secret) =>
  verify('spike-forms', { body: forms.body, signature: signature as string }, { secret });

describe('verify: failure reasons, never throwing on what arrives', () => {
  it.each([
    ['missing', undefined, 'missing-signature'],
    ['empty', '', 'missing-signature'],
    ['whitespace', '   ', 'missing-signature'],
    ['no prefix', forms.hmacHex, 'wrong-prefix'],
    ['other algorithm', `sha1=${forms.hmacHex}`, 'wrong-prefix'],
    ['short', 'sha256=abc', 'malformed-signature'],
    ['long', `${good}00`, 'malformed-signature'],
    ['not hex', `sha256=${'z'.repeat(64)}`, 'malformed-signature'],
    ['control characters', `sha256=${'\u0010'.repeat(64)}`, 'malformed-signature'],
    ['two different values', [good, `sha256=${'0'.repeat(64)}`], 'duplicate-signature'],
    ['comma-joined duplicates', `${good}, sha256=${'1'.repeat(64)}`, 'duplicate-signature'],
    ['wrong digest', `sha256=${'a'.repeat(64)}`, 'mismatch'],
  ])('%s header -> %s', (_name, signature, reason) => {
    const result = check(signature);
    expect(result).toMatchObject({ ok: false, reason });
    if (!result.ok) expect(result.message.length).toBeGreaterThan(10);
  });

  it.each([
    ['a number', 12345],
    ['an object', { value: good }],
    ['null', null],
    ['an array of junk', [null, 3, {}]],
  ])('does not throw on %s as the header', (_name, value) => {
    expect(() => check(value)).not.toThrow();
    expect(check(value).ok).toBe(false);
  });

  it('accepts identical duplicates, upper-case hex, surrounding spaces and an upper-case prefix', () => {
    expect(check([good, good]).ok).toBe(true);
    expect(check(`sha256=${forms.hmacHex.toUpperCase()}`).ok).toBe(true);
    expect(check(`  ${good}  `).ok).toBe(true);
    expect(check(`SHA256=${forms.hmacHex}`).ok).toBe(true);
  });

  it('verifies against a list of secrets during a rotation and says which matched', () => {
    expect(check(good, ['new-secret', forms.secret])).toEqual({ ok: true, secretIndex: 1 });
    expect(check(good, ['new-secret', 'older'])).toMatchObject({ ok: false, reason: 'mismatch' });
    expect(check(good, ['new-secret', 'older']).ok === false && check(good, ['a', 'b'])).toMatchObject({
      message: expect.stringContaining('tried 2 secrets'),
    });
  });

  it('treats a missing secret as a programming error with a code', () => {
    for (const secret of ['', [], undefined]) {
      try {
        verify('spike-forms', { body: '{}', signature: good }, { secret: secret as string });
        expect.unreachable();
      } catch (error) {
        expect(isSpikeKitError(error, 'SECRET_REQUIRED')).toBe(true);
      }
    }
  });

  it('v2: reads the event_id like JSON.parse does (last duplicate key wins) and fails on unreadable bodies', () => {
    const secret = 'k';
    const header = hmacSha256Hex(secret, 'real');
    const ok = (body: string) => verify('spike-health-v2', { body, signature: header }, { secret });
    expect(ok('{"event_id":"real","data":[]}').ok).toBe(true);
    expect(ok('{ "data": [], "event_id" : "real" }').ok).toBe(true);
    expect(ok('{"event_id":"r\\u0065al"}').ok).toBe(true);
    // A forged second key is what JSON.parse (and so the handler) sees: it must not pass.
    expect(ok('{"event_id":"real","event_id":"forged"}')).toMatchObject({ ok: false, reason: 'mismatch' });
    expect(ok('{"event_id":"forged","event_id":"real"}').ok).toBe(true);
    expect(ok('{"data":{"event_id":"real"}}')).toMatchObject({ ok: false, reason: 'unreadable-body' });
    expect(ok('not json')).toMatchObject({ ok: false, reason: 'unreadable-body' });
  });

  it('readJsonField agrees with JSON.parse on tricky bodies', () => {
    const bodies = [
      '{"event_id":"a"}',
      '{"event_id":"a","x":"\\"event_id\\""}',
      '{"x":{"event_id":"nested"},"event_id":"top"}',
      '{"event_id":"a\\"b"}',
      '{"event_id":"a" , "event_id":"b"}',
      '\n\t{ "event_id" :\t"spaced" }',
      '{"event_id":12}',
    ];
    for (const body of bodies) {
      expect(readJsonField(body, ['event_id'])).toEqual({ found: true, value: JSON.parse(body).event_id });
    }
  });

  it('timestamped: checks the timestamp header and, when asked, its freshness', () => {
    const v = signingVectors.find((x) => x.profile === 'spike-forms-timestamped')!;
    const signature = v.hmacHex;
    const run = (timestamp: unknown, options = {}) =>
      verify(
        'spike-forms-timestamped',
        { body: v.body, signature, timestamp: timestamp as string },
        { secret: v.secret, ...options },
      );
    expect(run(v.timestamp).ok).toBe(true);
    expect(run(undefined)).toMatchObject({ ok: false, reason: 'missing-timestamp' });
    expect(run('2026-01-01')).toMatchObject({ ok: false, reason: 'malformed-timestamp' });
    expect(run([v.timestamp, '1'])).toMatchObject({ ok: false, reason: 'duplicate-timestamp' });
    expect(run(String(Number(v.timestamp) + 1))).toMatchObject({ ok: false, reason: 'mismatch' });
    const at = Number(v.timestamp) * 1000;
    expect(run(v.timestamp, { now: at + 299_000 }).ok).toBe(true);
    expect(run(v.timestamp, { now: at + 301_000 })).toMatchObject({ ok: false, reason: 'stale-timestamp' });
    expect(run(v.timestamp, { now: at + 301_000, toleranceSeconds: 600 }).ok).toBe(true);
    // the sha256= prefix is accepted too: whether Spike sends it is unconfirmed
    expect(
      verify(
        'spike-forms-timestamped',
        { body: v.body, signature: `sha256=${signature}`, timestamp: v.timestamp! },
        { secret: v.secret },
      ).ok,
    ).toBe(true);
  });
});

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

describe('constant-time hex comparison', () => {
  it('compares lengths first and tolerates upper case only for A-F', () => {
    const digest = hmacSha256Hex('k', 'm');
    expect(hexDigestEquals(digest, digest)).toBe(true);
    expect(hexDigestEquals(digest, digest.toUpperCase())).toBe(true);
    expect(hexDigestEquals(digest, digest.slice(1))).toBe(false);
    expect(hexDigestEquals(digest, `${digest.slice(0, -1)}g`)).toBe(false);
  });

  it('sign() refuses to sign a v2 body without an event_id, with a coded error', () => {
    expect(() => sign('spike-health-v2', 'k', '{"data":[]}')).toThrow(/event_id/);
    expect(profiles['spike-health-v2'].signature.signs).toBe('{field:event_id}');
  });
});

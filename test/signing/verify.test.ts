import { describe, expect, it } from 'vitest';
import { isSpikeKitError } from '../../src/core/index.ts';
import { verify } from '../../src/signing/index.ts';
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

  it('treats a missing or empty secret as a programming error with a code', () => {
    // issue 8: an empty secret is a secret of the wrong value (INVALID_OPTION); only an absent one is SECRET_REQUIRED
    for (const [secret, code] of [
      ['', 'INVALID_OPTION'],
      [[], 'INVALID_OPTION'],
      [undefined, 'SECRET_REQUIRED'],
    ] as const) {
      try {
        verify('spike-forms', { body: '{}', signature: good }, { secret: secret as string });
        expect.unreachable();
      } catch (error) {
        expect(isSpikeKitError(error, code)).toBe(true);
      }
    }
  });

  it('reports a body or timestamp problem before a signature that is 64 characters but not hex', () => {
    const notHex = 'z'.repeat(64);
    expect(verify('spike-health-v2', { body: 'not json', signature: notHex }, { secret: 'k' })).toMatchObject(
      { ok: false, reason: 'unreadable-body' },
    );
    expect(
      verify('spike-forms-timestamped', { body: '{}', signature: notHex }, { secret: 'k' }),
    ).toMatchObject({ ok: false, reason: 'missing-timestamp' });
    expect(
      verify(
        'spike-forms-timestamped',
        { body: '{}', signature: notHex, timestamp: '1' },
        { secret: 'k', now: 1000 },
      ),
    ).toMatchObject({ ok: false, reason: 'malformed-signature' });
  });

  it('timestamped: checks the timestamp header and its freshness', () => {
    const v = signingVectors.find((x) => x.profile === 'spike-forms-timestamped')!;
    const signature = v.hmacHex;
    const signedAt = Number(v.timestamp) * 1000;
    const run = (timestamp: unknown, options = {}) =>
      verify(
        'spike-forms-timestamped',
        { body: v.body, signature, timestamp: timestamp as string },
        { secret: v.secret, now: signedAt, ...options },
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
        { secret: v.secret, now: signedAt },
      ).ok,
    ).toBe(true);
  });
});

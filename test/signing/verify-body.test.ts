import { describe, expect, it } from 'vitest';
import { buildDelivery } from '../../src/delivery/index.ts';
import { verify, verifyDelivery, verifyFailureReasons } from '../../src/signing/index.ts';
import { signingVectors } from '../support/vectors.ts';

const forms = signingVectors.find((v) => v.name === 'forms-seed')!;
const delivery = buildDelivery('spike-forms', JSON.parse(forms.body), {
  secret: forms.secret,
  body: forms.body,
});

describe('verifyDelivery: a body that is not the raw bytes', () => {
  it('an express.json() body (a parsed object) is body-not-raw, saying to pass the raw bytes', () => {
    // the express.json() mistake: req.body is the parsed event
    const result = verifyDelivery(
      'spike-forms',
      { headers: delivery.headers, body: JSON.parse(delivery.body) },
      { secret: forms.secret },
    );
    expect(result).toMatchObject({ ok: false, reason: 'body-not-raw' });
    if (result.ok) return;
    expect(result.message).toMatch(/raw bytes/);
    expect(result.message).toContain('express.raw()');
    expect(result.message).toContain('request.text()');
  });

  it.each([
    ['null', null],
    ['undefined', undefined],
    ['a number', 42],
    ['an array', [1, 2]],
    ['a boolean', true],
    ['an ArrayBuffer', new ArrayBuffer(2)],
  ])('%s as the body is a typed body-not-raw, never a TypeError', (_name, body) => {
    for (const profile of [
      'spike-forms',
      'spike-health-v2',
      'spike-health-v3',
      'spike-forms-timestamped',
    ] as const) {
      const run = () =>
        verifyDelivery(
          profile,
          { headers: delivery.headers, body: body as unknown as string },
          { secret: 'k' },
        );
      expect(run).not.toThrow();
      expect(run()).toMatchObject({ ok: false, reason: 'body-not-raw' });
    }
  });

  it('verify() gives the same reason for a parsed body', () => {
    const result = verify(
      'spike-health-v2',
      { body: { event_id: 'e' } as unknown as string, signature: 'a'.repeat(64) },
      { secret: 'k' },
    );
    expect(result).toMatchObject({ ok: false, reason: 'body-not-raw' });
  });
});

describe('every failure reason is a documented VerifyFailureReason', () => {
  const ts = signingVectors.find((v) => v.profile === 'spike-forms-timestamped')!;
  const cases: [string, () => ReturnType<typeof verify>][] = [
    ['missing-signature', () => verify('spike-forms', { body: '{}', signature: undefined }, { secret: 'k' })],
    [
      'duplicate-signature',
      () => verify('spike-forms', { body: '{}', signature: ['sha256=1', 'sha256=2'] }, { secret: 'k' }),
    ],
    ['wrong-prefix', () => verify('spike-forms', { body: '{}', signature: 'x' }, { secret: 'k' })],
    [
      'malformed-signature',
      () => verify('spike-forms', { body: '{}', signature: 'sha256=ab' }, { secret: 'k' }),
    ],
    [
      'missing-timestamp',
      () => verify('spike-forms-timestamped', { body: '{}', signature: 'a'.repeat(64) }, { secret: 'k' }),
    ],
    [
      'duplicate-timestamp',
      () =>
        verify(
          'spike-forms-timestamped',
          { body: '{}', signature: 'a'.repeat(64), timestamp: ['1', '2'] },
          { secret: 'k' },
        ),
    ],
    [
      'malformed-timestamp',
      () =>
        verify(
          'spike-forms-timestamped',
          { body: '{}', signature: 'a'.repeat(64), timestamp: 'x' },
          { secret: 'k' },
        ),
    ],
    [
      'stale-timestamp',
      () =>
        verify(
          'spike-forms-timestamped',
          { body: ts.body, signature: ts.hmacHex, timestamp: ts.timestamp! },
          { secret: ts.secret },
        ),
    ],
    [
      'unreadable-body',
      () => verify('spike-health-v2', { body: 'nope', signature: 'a'.repeat(64) }, { secret: 'k' }),
    ],
    [
      'body-not-raw',
      () => verify('spike-forms', { body: {} as string, signature: 'a'.repeat(64) }, { secret: 'k' }),
    ],
    [
      'mismatch',
      () => verify('spike-forms', { body: '{}', signature: `sha256=${'a'.repeat(64)}` }, { secret: 'k' }),
    ],
  ];

  it('the list names each reason once, and each is reachable from a call a receiver makes', () => {
    expect(new Set(verifyFailureReasons).size).toBe(verifyFailureReasons.length);
    expect([...verifyFailureReasons].sort()).toEqual(cases.map(([reason]) => reason).sort());
    for (const [reason, run] of cases) {
      const result = run();
      expect(result, reason).toMatchObject({ ok: false, reason });
      if (!result.ok) expect(verifyFailureReasons).toContain(result.reason);
    }
  });
});

describe('the mismatch message names the likely causes', () => {
  it('wrong secret, or a body that is not the raw bytes received', () => {
    const result = verifyDelivery('spike-forms', delivery, { secret: 'not-the-secret' });
    expect(result).toMatchObject({ ok: false, reason: 'mismatch' });
    if (result.ok) return;
    expect(result.message).toMatch(/wrong secret|not the .*secret/i);
    expect(result.message).toMatch(/raw bytes/);
  });
});

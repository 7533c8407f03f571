import { describe, expect, it } from 'vitest';
import { isSpikeKitError } from '../../src/core/index.ts';
import { buildDelivery } from '../../src/delivery/index.ts';
import { checkSecret, sign, verify, verifyDelivery } from '../../src/signing/index.ts';
import { signingVectors } from '../support/vectors.ts';

const forms = signingVectors.find((v) => v.name === 'forms-seed')!;
const delivery = buildDelivery('spike-forms', JSON.parse(forms.body), {
  secret: forms.secret,
  body: forms.body,
});

const codeOf = (run: () => unknown): string => {
  try {
    run();
  } catch (error) {
    if (isSpikeKitError(error)) return `${error.code}: ${error.message}`;
    return `not coded: ${String(error)}`;
  }
  return 'no error';
};

const wrong: [string, unknown][] = [
  ['a number', 1234],
  ['a list with a number', ['a', 2]],
  ['an empty string', ''],
  ['an empty list', []],
  ['empty bytes', new Uint8Array(0)],
  ['null', null],
  ['an object', { key: 's' }],
];

describe('a secret of the wrong type is INVALID_OPTION', () => {
  it.each(wrong)('verifyDelivery and verify: %s', (_name, secret) => {
    const opts = { secret: secret as string };
    expect(codeOf(() => verifyDelivery('spike-forms', delivery, opts))).toMatch(
      /^INVALID_OPTION: verifyDelivery's 'secret(\[\d\])?' must be/,
    );
    expect(
      codeOf(() =>
        verify(
          'spike-forms',
          { body: delivery.body, signature: delivery.headers['X-Spike-Signature'] },
          opts,
        ),
      ),
    ).toMatch(/^INVALID_OPTION: verify's 'secret(\[\d\])?' must be/);
  });

  it.each(wrong.filter(([, s]) => !Array.isArray(s) || s.length > 0))(
    'buildDelivery and sign: %s (never an unsigned delivery)',
    (_name, secret) => {
      for (const profile of ['spike-forms', 'spike-health-v3'] as const) {
        const event = profile === 'spike-forms' ? JSON.parse(forms.body) : [];
        expect(codeOf(() => buildDelivery(profile, event, { secret: secret as string }))).toMatch(
          /^INVALID_OPTION: .*'secret'/,
        );
      }
      expect(codeOf(() => sign('spike-forms', secret as string, '{}'))).toMatch(
        /^INVALID_OPTION: .*'secret'/,
      );
    },
  );

  it('buildDelivery rejects a list of secrets (one secret signs)', () => {
    expect(codeOf(() => buildDelivery('spike-forms', {}, { secret: [] as unknown as string }))).toMatch(
      /^INVALID_OPTION/,
    );
  });

  it('a missing secret stays SECRET_REQUIRED, and no secret still sends Spike Forms unsigned', () => {
    expect(codeOf(() => verifyDelivery('spike-forms', delivery, {} as { secret: string }))).toMatch(
      /^SECRET_REQUIRED/,
    );
    expect(codeOf(() => buildDelivery('spike-health-v3', [], {}))).toMatch(/^SECRET_REQUIRED/);
    expect(buildDelivery('spike-forms', {}, {}).headers).not.toHaveProperty('X-Spike-Signature');
  });

  it('checkSecret is the shared check: returns the secret, undefined when absent, throws for the caller', () => {
    expect(checkSecret('s', { caller: 'simulate' })).toBe('s');
    expect(checkSecret(undefined, { caller: 'simulate' })).toBeUndefined();
    expect(codeOf(() => checkSecret(1234, { caller: 'simulate' }))).toMatch(
      /^INVALID_OPTION: simulate's 'secret'/,
    );
    expect(codeOf(() => checkSecret(undefined, { caller: 'verifyEndpoint', required: true }))).toMatch(
      /^SECRET_REQUIRED/,
    );
  });
});

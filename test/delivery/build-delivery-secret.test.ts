import { describe, expect, it } from 'vitest';
import { isSpikeKitError } from '../../src/core/index.ts';
import { buildDelivery } from '../../src/delivery/index.ts';

const submission = { submissionId: 'sub_1', event: 'submission.created' };

const run = (secret: unknown) => {
  try {
    return buildDelivery('spike-forms', submission, { secret: secret as string });
  } catch (error) {
    return error;
  }
};

describe('buildDelivery: the secret option', () => {
  it.each([
    ['a number', 1234],
    ['a list', ['a', 2]],
    ['an empty string', ''],
    ['an empty list', []],
    ['null', null],
  ])('%s is INVALID_OPTION, never an unsigned delivery', (_name, secret) => {
    const outcome = run(secret);
    expect(isSpikeKitError(outcome, 'INVALID_OPTION')).toBe(true);
    expect((outcome as Error).message).toMatch(/buildDelivery's 'secret' must be/);
  });

  it('a string or bytes signs; absent sends Spike Forms unsigned as before', () => {
    const text = run('s3cret') as { headers: Record<string, string> };
    const bytes = run(new TextEncoder().encode('s3cret')) as { headers: Record<string, string> };
    expect(text.headers['X-Spike-Signature']).toMatch(/^sha256=[0-9a-f]{64}$/);
    expect(bytes.headers['X-Spike-Signature']).toBe(text.headers['X-Spike-Signature']);
    expect((run(undefined) as { headers: Record<string, string> }).headers).not.toHaveProperty(
      'X-Spike-Signature',
    );
  });
});

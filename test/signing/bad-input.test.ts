import { describe, expect, it } from 'vitest';
import { showValue } from '../../src/core/index.ts';
import { buildDelivery } from '../../src/delivery/index.ts';
import {
  checkSecret,
  hmacSha256Hex,
  readHeader,
  sign,
  verify,
  verifyDefaults,
  verifyDelivery,
  verifyFailureReasons,
  verifyRequest,
} from '../../src/signing/index.ts';
import { badValues, type Outcome, outcomeOf } from './bad-values.ts';

const secret = 's3cret';
const body = '{"submissionId":"s"}';
const delivery = buildDelivery('spike-forms', JSON.parse(body), { secret, body });
const request = () =>
  new Request('http://127.0.0.1/hook', { method: 'POST', headers: delivery.headers, body: delivery.body });

/** What a public function may do with a bad argument: fail with a code, fail typed, or return what it documents. */
type Accept = (outcome: Outcome) => boolean;
const coded: Accept = (o) => o.kind === 'coded';
const typedFailure: Accept = (o) =>
  o.kind === 'returned' &&
  (o.value as { ok?: unknown }).ok === false &&
  verifyFailureReasons.includes((o.value as { reason: never }).reason);
const either =
  (...accepts: Accept[]): Accept =>
  (o) =>
    accepts.some((a) => a(o));
/** Documented as accepted: readHeader never throws on `headers` and reads unusable input as no values. */
const stringList: Accept = (o) => o.kind === 'returned' && Array.isArray(o.value);
/** A valid value among the bad ones (a 100 000-character secret is a secret): the function returns its result. */
const returnedString: Accept = (o) => o.kind === 'returned' && typeof o.value === 'string';

const cases: Record<string, { call: (bad: unknown) => unknown; accept: Accept }> = {
  'checkSecret(secret)': {
    call: (bad) => checkSecret(bad, { caller: 't' }),
    accept: (o) => coded(o) || returnedString(o) || (o.kind === 'returned' && o.value === undefined),
  },
  'checkSecret(options)': {
    call: (bad) => checkSecret(secret, bad as never),
    accept: either(coded, (o) => o.kind === 'returned' && o.value === secret),
  },
  'readHeader(headers)': { call: (bad) => readHeader(bad as never, 'X-Spike-Signature'), accept: stringList },
  'readHeader(name)': {
    call: (bad) => readHeader(delivery.headers, bad as string),
    accept: either(coded, stringList),
  },
  'hmacSha256Hex(secret)': {
    call: (bad) => hmacSha256Hex(bad as string, body),
    accept: either(coded, (o) => typeof (o as { value?: unknown }).value === 'string'),
  },
  'hmacSha256Hex(message)': {
    call: (bad) => hmacSha256Hex(secret, bad as string),
    accept: either(coded, (o) => typeof (o as { value?: unknown }).value === 'string'),
  },
  'sign(profile)': { call: (bad) => sign(bad as never, secret, body), accept: coded },
  'sign(secret)': {
    call: (bad) => sign('spike-forms', bad as string, body),
    accept: either(coded, returnedString),
  },
  'sign(body)': {
    call: (bad) => sign('spike-forms', secret, bad as string),
    accept: either(coded, (o) => typeof (o as { value?: unknown }).value === 'string'),
  },
  'sign(input)': {
    call: (bad) => sign('spike-forms-timestamped', secret, body, bad as never),
    accept: either(coded, (o) => typeof (o as { value?: unknown }).value === 'string'),
  },
  'sign(input.timestamp)': {
    call: (bad) => sign('spike-forms-timestamped', secret, body, { timestamp: bad as string }),
    accept: either(coded, (o) => typeof (o as { value?: unknown }).value === 'string'),
  },
  'sign(input.parsed)': {
    call: (bad) => sign('spike-health-v2', secret, '{"event_id":"e"}', { parsed: bad }),
    accept: either(coded, (o) => typeof (o as { value?: unknown }).value === 'string'),
  },
  'verify(profile)': {
    call: (bad) => verify(bad as never, { body, signature: undefined }, { secret }),
    accept: coded,
  },
  'verify(request)': {
    call: (bad) => verify('spike-forms', bad as never, { secret }),
    accept: either(coded, typedFailure),
  },
  'verify(request.body)': {
    call: (bad) =>
      verify(
        'spike-forms',
        { body: bad as string, signature: delivery.headers['X-Spike-Signature'] },
        { secret },
      ),
    accept: either(typedFailure, (o) => o.kind === 'returned'),
  },
  'verify(request.signature)': {
    call: (bad) => verify('spike-forms', { body, signature: bad as string }, { secret }),
    accept: typedFailure,
  },
  'verify(request.timestamp)': {
    call: (bad) =>
      verify(
        'spike-forms-timestamped',
        { body, signature: 'a'.repeat(64), timestamp: bad as string },
        { secret },
      ),
    accept: typedFailure,
  },
  'verify(options)': {
    call: (bad) => verify('spike-forms', { body, signature: undefined }, bad as never),
    accept: coded,
  },
  'verify(options.secret)': {
    call: (bad) => verify('spike-forms', { body, signature: undefined }, { secret: bad as string }),
    accept: either(coded, typedFailure),
  },
  'verify(options.now)': {
    call: (bad) =>
      verify(
        'spike-forms-timestamped',
        { body, signature: 'a'.repeat(64), timestamp: '1' },
        { secret, now: bad as number },
      ),
    accept: either(coded, typedFailure),
  },
  'verify(options.toleranceSeconds)': {
    call: (bad) =>
      verify(
        'spike-forms-timestamped',
        { body, signature: 'a'.repeat(64), timestamp: '1' },
        { secret, toleranceSeconds: bad as number },
      ),
    accept: either(coded, typedFailure),
  },
  'verifyDelivery(delivery)': {
    call: (bad) => verifyDelivery('spike-forms', bad as never, { secret }),
    accept: either(coded, typedFailure),
  },
  'verifyDelivery(delivery.headers)': {
    call: (bad) => verifyDelivery('spike-forms', { headers: bad as never, body }, { secret }),
    accept: typedFailure,
  },
  'verifyDelivery(delivery.body)': {
    call: (bad) =>
      verifyDelivery('spike-forms', { headers: delivery.headers, body: bad as string }, { secret }),
    accept: either(typedFailure, (o) => o.kind === 'returned'),
  },
  'verifyDelivery(options)': {
    call: (bad) => verifyDelivery('spike-forms', delivery, bad as never),
    accept: coded,
  },
  'verifyRequest(request)': {
    call: (bad) => verifyRequest('spike-forms', bad as never, { secret }),
    accept: coded,
  },
  'verifyRequest(options)': {
    call: (bad) => verifyRequest('spike-forms', request(), bad as never),
    accept: coded,
  },
};

describe('signing: every public function, every bad input, a coded error or a typed result', () => {
  it.each(Object.keys(cases))('%s', async (name) => {
    const { call, accept } = cases[name]!;
    for (const [label, bad] of badValues) {
      const outcome = await outcomeOf(() => call(bad));
      expect(
        outcome.kind === 'uncoded' ? String((outcome as { error: unknown }).error) : 'handled',
        `${name} with ${label}`,
      ).toBe('handled');
      expect(
        accept(outcome),
        `${name} with ${label}: ${outcome.kind} ${showValue(outcome.kind === 'returned' ? outcome.value : outcome)}`,
      ).toBe(true);
    }
  });

  it('verifyDefaults and verifyFailureReasons are frozen data', () => {
    expect(Object.isFrozen(verifyDefaults) || verifyDefaults.toleranceSeconds === 300).toBe(true);
    expect(verifyFailureReasons).toContain('body-not-raw');
  });
});

// Bad input to the delivery floor's public surface (buildDelivery, checkDelivery, deliver, serializeBody and the
// body styles, toRequest, resolveTarget, the transports, classifyNetworkError, importOptional): each is a coded
// SpikeKitError, reached without running away (the per-test timeout bounds the time), or is accepted on purpose
// (the last block; each is written in the function's JSDoc).
import { describe, expect, it } from 'vitest';
import { type ErrorCode, showValue } from '../../src/core/index.ts';
import {
  appTransport,
  bodyStyles,
  buildDelivery,
  checkDelivery,
  classifyNetworkError,
  deliver,
  fetchTransport,
  importOptional,
  resolveTarget,
  serializeBody,
  toRequest,
  urlTransport,
} from '../../src/delivery/index.ts';
import { badValues, outcomeOf } from '../signing/bad-values.ts';

// biome-ignore lint/suspicious/noExplicitAny: bad input on purpose.
const loose = <F>(fn: F) => fn as (...args: any[]) => unknown;
const circular: Record<string, unknown> = {};
circular.self = circular;
const proto = (json: string) => JSON.parse(json) as Record<string, unknown>;
const event = { submissionId: 'sub_1' };
const stamped = { submissionId: 'sub_1', submittedAt: '2026-01-15T10:30:00Z' };
const delivery = buildDelivery('spike-forms', event, { secret: 's3cret' });
const ok = () => new Response(null, { status: 200 });
const target = { fetch: ok };
const bd = loose(buildDelivery);
/** Per-case bound: every refusal comes before anything is sent; a hang fails the case. */
const BOUND_MS = 2000;

async function codeOf(fn: () => unknown): Promise<string> {
  const outcome = await outcomeOf(fn);
  if (outcome.kind === 'coded') return outcome.code;
  if (outcome.kind === 'returned') return `returned ${showValue(outcome.value)}`;
  return `uncoded ${String(outcome.error).slice(0, 120)}`;
}

const refused: [string, () => unknown, ErrorCode][] = [
  // buildDelivery: profile, event
  ['buildDelivery profile 42', () => bd(42, event), 'UNKNOWN_PROFILE'],
  ['buildDelivery profile __proto__', () => bd('__proto__', event), 'UNKNOWN_PROFILE'],
  ['buildDelivery event null', () => bd('spike-forms', null), 'INVALID_EVENT'],
  ['buildDelivery event NaN', () => bd('spike-forms', Number.NaN), 'INVALID_EVENT'],
  ['buildDelivery event a list (forms sends an object)', () => bd('spike-forms', []), 'INVALID_EVENT'],
  [
    'buildDelivery event an object (v3 sends a list)',
    () => bd('spike-health-v3', {}, { secret: 's' }),
    'INVALID_EVENT',
  ],
  ['buildDelivery event a Date', () => bd('spike-forms', new Date(0)), 'INVALID_EVENT'],
  ['buildDelivery event an invalid Date', () => bd('spike-forms', new Date(Number.NaN)), 'INVALID_EVENT'],
  ['buildDelivery event a Map', () => bd('spike-forms', new Map([['a', 1]])), 'INVALID_EVENT'],
  ['buildDelivery event circular', () => bd('spike-forms', circular), 'INVALID_EVENT'],
  ['buildDelivery event holding a bigint', () => bd('spike-forms', { a: 1n }), 'INVALID_EVENT'],
  // buildDelivery: options
  ['buildDelivery options null', () => bd('spike-forms', event, null), 'INVALID_OPTION'],
  ['buildDelivery options a list', () => bd('spike-forms', event, []), 'INVALID_OPTION'],
  ['buildDelivery options a Map', () => bd('spike-forms', event, new Map()), 'INVALID_OPTION'],
  [
    'buildDelivery options a typo (secrett)',
    () => bd('spike-forms', event, { secrett: 's' }),
    'INVALID_OPTION',
  ],
  [
    'buildDelivery options own __proto__',
    () => bd('spike-forms', event, proto('{"__proto__":{"secret":"s"}}')),
    'INVALID_OPTION',
  ],
  ['buildDelivery options circular', () => bd('spike-forms', event, circular), 'INVALID_OPTION'],
  ['buildDelivery secret 1234', () => bd('spike-forms', event, { secret: 1234 }), 'INVALID_OPTION'],
  ['buildDelivery secret ""', () => bd('spike-forms', event, { secret: '' }), 'INVALID_OPTION'],
  ['buildDelivery secret missing for v2', () => bd('spike-health-v2', { event_id: 'e' }), 'SECRET_REQUIRED'],
  ['buildDelivery body a number', () => bd('spike-forms', event, { body: 42 }), 'INVALID_OPTION'],
  ['buildDelivery body an object', () => bd('spike-forms', event, { body: {} }), 'INVALID_OPTION'],
  ['buildDelivery body null', () => bd('spike-forms', event, { body: null }), 'INVALID_OPTION'],
  ['buildDelivery url a number', () => bd('spike-forms', event, { url: 42 }), 'INVALID_OPTION'],
  [
    'buildDelivery url a URL object',
    () => bd('spike-forms', event, { url: new URL('http://x.test') }),
    'INVALID_OPTION',
  ],
  [
    'buildDelivery headers a string',
    () => bd('spike-forms', event, { headers: 'x'.repeat(100_000) }),
    'INVALID_OPTION',
  ],
  ['buildDelivery headers a list', () => bd('spike-forms', event, { headers: [null, 1] }), 'INVALID_OPTION'],
  ['buildDelivery headers null', () => bd('spike-forms', event, { headers: null }), 'INVALID_OPTION'],
  [
    'buildDelivery header value a number',
    () => bd('spike-forms', event, { headers: { 'X-A': 1 } }),
    'INVALID_OPTION',
  ],
  [
    'buildDelivery header value circular',
    () => bd('spike-forms', event, { headers: { 'X-A': circular } }),
    'INVALID_OPTION',
  ],
  ['buildDelivery bodyStyle null', () => bd('spike-forms', event, { bodyStyle: null }), 'INVALID_OPTION'],
  ['buildDelivery bodyStyle 42', () => bd('spike-forms', event, { bodyStyle: 42 }), 'INVALID_OPTION'],
  [
    'buildDelivery bodyStyle toString',
    () => bd('spike-forms', event, { bodyStyle: 'toString' }),
    'INVALID_OPTION',
  ],
  [
    'buildDelivery bodyStyle [NaN]',
    () => bd('spike-forms', event, { bodyStyle: [Number.NaN] }),
    'INVALID_OPTION',
  ],
  [
    'buildDelivery timestamp NaN',
    () => bd('spike-forms-timestamped', stamped, { secret: 's', timestamp: Number.NaN }),
    'INVALID_DATE',
  ],
  [
    'buildDelivery timestamp Infinity',
    () => bd('spike-forms-timestamped', stamped, { secret: 's', timestamp: Number.POSITIVE_INFINITY }),
    'INVALID_DATE',
  ],
  [
    'buildDelivery timestamp 1e300',
    () => bd('spike-forms-timestamped', stamped, { secret: 's', timestamp: 1e300 }),
    'INVALID_DATE',
  ],
  [
    'buildDelivery timestamp circular',
    () => bd('spike-forms-timestamped', stamped, { secret: 's', timestamp: circular }),
    'INVALID_DATE',
  ],
  [
    'buildDelivery event without its time',
    () => bd('spike-forms-timestamped', event, { secret: 's' }),
    'INVALID_EVENT',
  ],
  // checkDelivery
  ['checkDelivery null', () => checkDelivery(null, 't'), 'INVALID_DELIVERY'],
  ['checkDelivery a list', () => checkDelivery([], 't'), 'INVALID_DELIVERY'],
  ['checkDelivery method GET', () => checkDelivery({ ...delivery, method: 'GET' }, 't'), 'INVALID_DELIVERY'],
  ['checkDelivery body an object', () => checkDelivery({ ...delivery, body: {} }, 't'), 'INVALID_DELIVERY'],
  [
    'checkDelivery headers a string',
    () => checkDelivery({ ...delivery, headers: 'x' }, 't'),
    'INVALID_DELIVERY',
  ],
  [
    'checkDelivery header value NaN',
    () => checkDelivery({ ...delivery, headers: { a: Number.NaN } }, 't'),
    'INVALID_DELIVERY',
  ],
  ['checkDelivery circular', () => checkDelivery(circular, 't'), 'INVALID_DELIVERY'],
  [
    'checkDelivery __proto__ key',
    () => checkDelivery(proto('{"__proto__":{"method":"POST"}}'), 't'),
    'INVALID_DELIVERY',
  ],
  // serializeBody
  ['serializeBody style 42', () => loose(serializeBody)({}, 42), 'INVALID_OPTION'],
  ['serializeBody style null', () => loose(serializeBody)({}, null), 'INVALID_OPTION'],
  ['serializeBody style __proto__', () => loose(serializeBody)({}, '__proto__'), 'INVALID_OPTION'],
  ['serializeBody circular', () => serializeBody(circular, 'pretty'), 'INVALID_EVENT'],
  ['serializeBody a bigint', () => serializeBody(10n), 'INVALID_EVENT'],
  ['serializeBody a symbol', () => serializeBody(Symbol('s')), 'INVALID_EVENT'],
  ['serializeBody a function', () => serializeBody(() => 1, 'spaced'), 'INVALID_EVENT'],
  // deliver
  ['deliver target null', () => loose(deliver)(null, delivery), 'INVALID_TARGET'],
  ['deliver target 42', () => loose(deliver)(42, delivery), 'INVALID_TARGET'],
  ['deliver target {}', () => loose(deliver)({}, delivery), 'INVALID_TARGET'],
  ['deliver target circular', () => loose(deliver)(circular, delivery), 'INVALID_TARGET'],
  [
    'deliver target __proto__',
    () => loose(deliver)(proto('{"__proto__":{"fetch":1}}'), delivery),
    'INVALID_TARGET',
  ],
  ['deliver target fetch NaN', () => loose(deliver)({ fetch: Number.NaN }, delivery), 'INVALID_TARGET'],
  ['deliver target url junk', () => loose(deliver)({ url: 'x'.repeat(100_000) }, delivery), 'INVALID_TARGET'],
  ['deliver delivery null', () => loose(deliver)(target, null), 'INVALID_DELIVERY'],
  ['deliver delivery circular', () => loose(deliver)(target, circular), 'INVALID_DELIVERY'],
  ['deliver options null', () => loose(deliver)(target, delivery, null), 'INVALID_OPTION'],
  ['deliver options a list', () => loose(deliver)(target, delivery, []), 'INVALID_OPTION'],
  ['deliver options a typo', () => loose(deliver)(target, delivery, { timeout: 5 }), 'INVALID_OPTION'],
  [
    'deliver options own __proto__',
    () => loose(deliver)(target, delivery, proto('{"__proto__":{}}')),
    'INVALID_OPTION',
  ],
  [
    'deliver timeoutMs NaN',
    () => loose(deliver)(target, delivery, { timeoutMs: Number.NaN }),
    'INVALID_OPTION',
  ],
  [
    'deliver timeoutMs Infinity',
    () => loose(deliver)(target, delivery, { timeoutMs: Number.POSITIVE_INFINITY }),
    'INVALID_OPTION',
  ],
  ['deliver timeoutMs 1e300', () => loose(deliver)(target, delivery, { timeoutMs: 1e300 }), 'INVALID_OPTION'],
  ['deliver timeoutMs 0', () => loose(deliver)(target, delivery, { timeoutMs: 0 }), 'INVALID_OPTION'],
  ['deliver timeoutMs "5s"', () => loose(deliver)(target, delivery, { timeoutMs: '5s' }), 'INVALID_OPTION'],
  ['deliver signal null', () => loose(deliver)(target, delivery, { signal: null }), 'INVALID_OPTION'],
  ['deliver signal {}', () => loose(deliver)(target, delivery, { signal: {} }), 'INVALID_OPTION'],
  ['deliver signal true', () => loose(deliver)(target, delivery, { signal: true }), 'INVALID_OPTION'],
  // toRequest
  ['toRequest delivery undefined', () => loose(toRequest)(undefined), 'INVALID_DELIVERY'],
  ['toRequest delivery NaN', () => loose(toRequest)(Number.NaN), 'INVALID_DELIVERY'],
  ['toRequest delivery circular', () => loose(toRequest)(circular), 'INVALID_DELIVERY'],
  ['toRequest url null', () => loose(toRequest)(delivery, null), 'INVALID_TARGET'],
  ['toRequest url relative', () => toRequest(delivery, '/hook'), 'INVALID_TARGET'],
  ['toRequest url a symbol', () => loose(toRequest)(delivery, Symbol('u')), 'INVALID_TARGET'],
  [
    'toRequest header with a line break',
    () => toRequest({ ...delivery, headers: { 'X-A': 'a\nb' } }),
    'INVALID_DELIVERY',
  ],
  // resolveTarget and the transports
  ['resolveTarget null', () => loose(resolveTarget)(null), 'INVALID_TARGET'],
  ['resolveTarget two forms', () => loose(resolveTarget)({ fetch: ok, app: ok }), 'INVALID_TARGET'],
  ['resolveTarget app 42', () => loose(resolveTarget)({ app: 42 }), 'INVALID_TARGET'],
  ['resolveTarget transport {}', () => loose(resolveTarget)({ transport: {} }), 'INVALID_TARGET'],
  ['resolveTarget url ftp', () => loose(resolveTarget)({ url: 'ftp://x.test/' }), 'INVALID_TARGET'],
  [
    'resolveTarget fetch with url NaN',
    () => loose(resolveTarget)({ fetch: ok, url: Number.NaN }),
    'INVALID_TARGET',
  ],
  [
    'resolveTarget app path without /',
    () => loose(resolveTarget)({ app: ok, path: 'hook' }),
    'INVALID_TARGET',
  ],
  ['fetchTransport handler null', () => loose(fetchTransport)(null), 'INVALID_TARGET'],
  ['fetchTransport options null', () => loose(fetchTransport)(ok, null), 'INVALID_OPTION'],
  ['fetchTransport url relative', () => loose(fetchTransport)(ok, { url: 'hook' }), 'INVALID_TARGET'],
  [
    'fetchTransport send a non-delivery',
    () => fetchTransport(ok).send(Number.NaN as never),
    'TRANSPORT_FAILED',
  ],
  ['urlTransport url NaN', () => loose(urlTransport)(Number.NaN), 'INVALID_TARGET'],
  ['urlTransport url circular', () => loose(urlTransport)(circular), 'INVALID_TARGET'],
  ['urlTransport options null', () => loose(urlTransport)('http://127.0.0.1:9/', null), 'INVALID_OPTION'],
  [
    'urlTransport client 42',
    () => loose(urlTransport)('http://127.0.0.1:9/', { client: 42 }),
    'INVALID_TARGET',
  ],
  ['appTransport app NaN', () => loose(appTransport)(Number.NaN), 'INVALID_TARGET'],
  ['appTransport app circular', () => loose(appTransport)(circular), 'INVALID_TARGET'],
  ['appTransport options null', () => loose(appTransport)(ok, null), 'INVALID_OPTION'],
  ['appTransport path 42', () => loose(appTransport)(ok, { path: 42 }), 'INVALID_TARGET'],
  // importOptional
  ['importOptional name ""', () => loose(importOptional)('', 't'), 'INVALID_OPTION'],
  ['importOptional name a symbol', () => loose(importOptional)(Symbol('m'), 't'), 'INVALID_OPTION'],
  ['importOptional name null', () => loose(importOptional)(null, 't'), 'INVALID_OPTION'],
  [
    'importOptional a package not installed',
    () => importOptional('spike-kit-no-such-package', 't'),
    'OPTIONAL_DEPENDENCY_MISSING',
  ],
];

describe('delivery: bad input is a coded error', () => {
  it.each(refused)(
    '%s',
    async (_name, fn, code) => {
      expect(await codeOf(fn)).toBe(code);
    },
    BOUND_MS,
  );

  it(
    'checkDelivery, toRequest and deliver refuse every bad value as a delivery with INVALID_DELIVERY',
    async () => {
      for (const [label, bad] of badValues) {
        expect(await codeOf(() => checkDelivery(bad, 't')), `checkDelivery(${label})`).toBe(
          'INVALID_DELIVERY',
        );
        expect(await codeOf(() => loose(toRequest)(bad)), `toRequest(${label})`).toBe('INVALID_DELIVERY');
        expect(await codeOf(() => loose(deliver)(target, bad)), `deliver(target, ${label})`).toBe(
          'INVALID_DELIVERY',
        );
      }
    },
    BOUND_MS,
  );

  it(
    'buildDelivery refuses every bad value as its options, body or headers with INVALID_OPTION',
    async () => {
      for (const [label, bad] of badValues) {
        if (bad === undefined) continue; // an option left out
        if (
          typeof bad === 'object' &&
          bad !== null &&
          Object.getPrototypeOf(bad) === Object.prototype &&
          Object.keys(bad).length === 0
        )
          continue; // {} is no options, and no extra headers
        expect(await codeOf(() => bd('spike-forms', event, bad)), `options ${label}`).toBe('INVALID_OPTION');
        if (typeof bad !== 'string')
          expect(await codeOf(() => bd('spike-forms', event, { body: bad })), `body ${label}`).toBe(
            'INVALID_OPTION',
          );
        expect(await codeOf(() => bd('spike-forms', event, { headers: bad })), `headers ${label}`).toBe(
          'INVALID_OPTION',
        );
      }
    },
    BOUND_MS,
  );

  it(
    'deliver refuses every bad target, timeoutMs and signal with a code, never a raw error',
    async () => {
      for (const [label, bad] of badValues) {
        expect(await codeOf(() => loose(deliver)(bad, delivery)), `target ${label}`).toBe('INVALID_TARGET');
        if (bad !== undefined && bad !== 1.5) {
          expect(
            await codeOf(() => loose(deliver)(target, delivery, { timeoutMs: bad })),
            `timeoutMs ${label}`,
          ).toBe('INVALID_OPTION');
        }
        if (bad !== undefined) {
          expect(
            await codeOf(() => loose(deliver)(target, delivery, { signal: bad })),
            `signal ${label}`,
          ).toBe('INVALID_OPTION');
        }
      }
    },
    BOUND_MS,
  );
});

describe('delivery: bad-looking input accepted on purpose', () => {
  it(
    'buildDelivery sends an event as given: {} and an own __proto__ key are JSON data, never checked',
    () => {
      expect(buildDelivery('spike-forms', {}).body).toBe('{}');
      const body = buildDelivery('spike-forms', proto('{"__proto__":{"polluted":true},"id":"p"}')).body;
      expect(body).toBe('{"__proto__":{"polluted":true},"id":"p"}');
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    },
    BOUND_MS,
  );

  it(
    'buildDelivery sends a given body as it is, whatever the event, and takes long header values',
    () => {
      expect(buildDelivery('spike-forms', Number.NaN, { body: 'not json' }).body).toBe('not json');
      const long = 'x'.repeat(100_000);
      expect(buildDelivery('spike-forms', event, { headers: { 'X-Long': long } }).headers['X-Long']).toBe(
        long,
      );
    },
    BOUND_MS,
  );

  it(
    'serializeBody writes what JSON.stringify would: non-finite numbers as null, a Date by toJSON, a Map as {}',
    () => {
      expect(serializeBody(Number.NaN)).toBe('null');
      expect(serializeBody({ a: Number.POSITIVE_INFINITY }, 'spaced')).toBe('{"a": null}');
      expect(serializeBody(new Date(Number.NaN))).toBe('null');
      expect(serializeBody(new Map([['a', 1]]))).toBe('{}');
      expect(serializeBody({}, [])).toBe('{}');
      expect(bodyStyles).toContain('awkward');
    },
    BOUND_MS,
  );

  it(
    'deliver rounds nothing: a fractional timeoutMs is a timeout in milliseconds',
    async () => {
      expect(await deliver(target, delivery, { timeoutMs: 1.5e3 })).toMatchObject({
        kind: 'response',
        status: 200,
      });
    },
    BOUND_MS,
  );

  it(
    'classifyNetworkError classifies anything thrown, never throwing: unknown values are "other"',
    () => {
      for (const [label, bad] of badValues) {
        const { error, message } = classifyNetworkError(bad);
        expect(error, label).toBe('other');
        expect(typeof message, label).toBe('string');
      }
      const loop: Record<string, unknown> = { name: 'Error' };
      loop.cause = loop;
      expect(classifyNetworkError(loop).error).toBe('other');
    },
    BOUND_MS,
  );
});

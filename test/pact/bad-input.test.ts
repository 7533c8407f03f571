// Bad input to the pact integration's user-facing entry points: verifyEndpoint's and verifyMessages' options (all
// checked by check-verify-options.ts before anything starts: no Pact run, no server, no temp folder),
// startSigningProxy's options and the pact-json helpers. Each is a coded SpikeKitError, reached without running away
// (the per-test timeout bounds the time), or is accepted on purpose (listed; each is in the option's JSDoc).
import { describe, expect, it } from 'vitest';
import { type ErrorCode, showValue } from '../../src/core/index.ts';
import {
  isMatcher,
  pactJsonMatchers,
  reifyTemplate,
  startSigningProxy,
  verifyEndpoint,
  verifyMessages,
} from '../../src/pact/index.ts';
import { toRustRegex } from '../../src/pact/regex-syntax.ts';
import { badValues, outcomeOf } from '../signing/bad-values.ts';

// biome-ignore lint/suspicious/noExplicitAny: bad input on purpose.
const loose = <F>(fn: F) => fn as (...args: any[]) => Promise<unknown>;
const circular: Record<string, unknown> = {};
circular.self = circular;
const proto = (json: string) => JSON.parse(json) as Record<string, unknown>;
/** A pact file that does not exist: a value that passes the checks fails fast, coded, when the source is read. */
const nowhere = ['/nonexistent/spike-kit-bad-input.json'];
const endpoint = {
  profile: 'spike-forms',
  baseUrl: 'http://127.0.0.1:9',
  secret: 's3cret',
  pactUrls: nowhere,
};
const messages = { profile: 'spike-forms', pactUrls: nowhere };
const proxy = { profile: 'spike-forms', target: 'http://127.0.0.1:9/hook', secret: 's3cret' };
/** Per-option bound: the 21 bad values of one option, each refused before anything starts. */
const BOUND_MS = 5000;

async function codeOf(fn: () => unknown): Promise<string> {
  const outcome = await outcomeOf(fn);
  if (outcome.kind === 'coded') return outcome.code;
  if (outcome.kind === 'returned') return `returned ${showValue(outcome.value)}`;
  return `uncoded ${String(outcome.error).slice(0, 120)}`;
}

/**
 * Each option with every value of `badValues`: INVALID_OPTION (or the listed code) before anything starts, except
 * the labels that are valid values of that option (they pass the checks, then fail coded on the missing pact file).
 */
type Sweep = [option: string, code: ErrorCode | ErrorCode[], valid: string[]];
const endpointSweeps: Sweep[] = [
  ['profile', ['UNKNOWN_PROFILE', 'INVALID_PROFILE'], []],
  ['baseUrl', 'INVALID_OPTION', []],
  ['path', 'INVALID_OPTION', ['undefined']],
  ['secret', ['INVALID_OPTION', 'SECRET_REQUIRED'], ['a long string']],
  ['rotatedSecret', 'INVALID_OPTION', ['undefined', 'a long string']],
  ['pactUrls', 'INVALID_OPTION', ['undefined', 'an empty list']],
  ['broker', 'INVALID_OPTION', ['undefined', 'true', 'an empty object']],
  ['provider', 'INVALID_OPTION', ['undefined', 'a long string']],
  ['stateHandlers', 'INVALID_OPTION', ['undefined', 'an empty object', 'an invalid Date', 'a Map']],
  ['bodyStyle', 'INVALID_OPTION', ['undefined']],
  ['now', 'INVALID_OPTION', ['undefined', 'a function']],
  ['logLevel', 'INVALID_OPTION', ['undefined']],
  ['verbose', 'INVALID_OPTION', ['undefined', 'true']],
  ['timeoutMs', 'INVALID_OPTION', ['undefined']],
  ['sourceTimeoutMs', 'INVALID_OPTION', ['undefined']],
];
const messageSweeps: Sweep[] = endpointSweeps.filter(([option]) =>
  ['profile', 'pactUrls', 'broker', 'provider', 'logLevel', 'verbose', 'sourceTimeoutMs'].includes(option),
);

function sweep(run: (options: Record<string, unknown>) => unknown, base: Record<string, unknown>) {
  return async (option: string, code: ErrorCode | ErrorCode[], valid: string[]) => {
    const codes: string[] = Array.isArray(code) ? code : [code];
    for (const [label, bad] of badValues) {
      if (valid.includes(label)) continue; // a valid value: it would start the (failing) verification
      const got = await codeOf(() => run({ ...base, [option]: bad }));
      expect(codes, `${option} = ${label}: ${got}`).toContain(got);
    }
  };
}

describe('pact: verifyEndpoint and verifyMessages refuse every bad option before anything starts', () => {
  it(
    'the options object itself',
    async () => {
      for (const [label, bad] of badValues) {
        const isOptionsLike = typeof bad === 'object' && bad !== null && !Array.isArray(bad);
        const codes = isOptionsLike ? ['INVALID_OPTION', 'UNKNOWN_PROFILE'] : ['INVALID_OPTION'];
        expect(codes, `verifyEndpoint(${label})`).toContain(await codeOf(() => loose(verifyEndpoint)(bad)));
        expect(codes, `verifyMessages(${label})`).toContain(await codeOf(() => loose(verifyMessages)(bad)));
      }
    },
    BOUND_MS,
  );

  it.each(endpointSweeps)('verifyEndpoint %s', sweep(loose(verifyEndpoint), endpoint), BOUND_MS);
  it.each(messageSweeps)('verifyMessages %s', sweep(loose(verifyMessages), messages), BOUND_MS);
});

const refused: [string, () => unknown, ErrorCode][] = [
  [
    'verifyEndpoint a typo (secrett)',
    () => loose(verifyEndpoint)({ ...endpoint, secrett: 'x' }),
    'INVALID_OPTION',
  ],
  [
    'verifyEndpoint own __proto__',
    () => loose(verifyEndpoint)({ ...endpoint, ...proto('{"__proto__":{"path":"/"}}') }),
    'INVALID_OPTION',
  ],
  [
    'verifyEndpoint a message-only typo (baseURL)',
    () => loose(verifyEndpoint)({ ...endpoint, baseURL: 'x' }),
    'INVALID_OPTION',
  ],
  [
    'verifyMessages an endpoint option (baseUrl)',
    () => loose(verifyMessages)({ ...messages, baseUrl: 'http://x.test' }),
    'INVALID_OPTION',
  ],
  [
    'verifyEndpoint baseUrl ftp',
    () => loose(verifyEndpoint)({ ...endpoint, baseUrl: 'ftp://x.test' }),
    'INVALID_OPTION',
  ],
  [
    'verifyEndpoint baseUrl relative',
    () => loose(verifyEndpoint)({ ...endpoint, baseUrl: '/hook' }),
    'INVALID_OPTION',
  ],
  [
    'verifyEndpoint path without /',
    () => loose(verifyEndpoint)({ ...endpoint, path: 'hook' }),
    'INVALID_OPTION',
  ],
  [
    'verifyEndpoint pactUrls [42]',
    () => loose(verifyEndpoint)({ ...endpoint, pactUrls: [42] }),
    'INVALID_OPTION',
  ],
  [
    'verifyEndpoint pactUrls [""]',
    () => loose(verifyEndpoint)({ ...endpoint, pactUrls: [''] }),
    'INVALID_OPTION',
  ],
  [
    'verifyEndpoint pactUrls [circular]',
    () => loose(verifyEndpoint)({ ...endpoint, pactUrls: [circular] }),
    'INVALID_OPTION',
  ],
  [
    'verifyMessages pactUrls [null]',
    () => loose(verifyMessages)({ ...messages, pactUrls: [null] }),
    'INVALID_OPTION',
  ],
  [
    'verifyEndpoint stateHandlers { s: 42 }',
    () => loose(verifyEndpoint)({ ...endpoint, stateHandlers: { s: 42 } }),
    'INVALID_OPTION',
  ],
  [
    'verifyEndpoint stateHandlers { s: {} } (no setup, no teardown)',
    () => loose(verifyEndpoint)({ ...endpoint, stateHandlers: { s: {} } }),
    'INVALID_OPTION',
  ],
  [
    'verifyEndpoint stateHandlers own __proto__ data',
    () => loose(verifyEndpoint)({ ...endpoint, stateHandlers: proto('{"__proto__":{"polluted":true}}') }),
    'INVALID_OPTION',
  ],
  [
    'verifyEndpoint stateHandlers { s: { setup: 1 } }',
    () => loose(verifyEndpoint)({ ...endpoint, stateHandlers: { s: { setup: 1 } } }),
    'INVALID_OPTION',
  ],
  [
    'verifyEndpoint bodyStyle []',
    () => loose(verifyEndpoint)({ ...endpoint, bodyStyle: [] }),
    'INVALID_OPTION',
  ],
  [
    'verifyEndpoint bodyStyle toString',
    () => loose(verifyEndpoint)({ ...endpoint, bodyStyle: 'toString' }),
    'INVALID_OPTION',
  ],
  [
    'verifyEndpoint timeoutMs 1e300',
    () => loose(verifyEndpoint)({ ...endpoint, timeoutMs: 1e300 }),
    'INVALID_OPTION',
  ],
  [
    'verifyEndpoint timeoutMs past Node timers',
    () => loose(verifyEndpoint)({ ...endpoint, timeoutMs: 2 ** 31 }),
    'INVALID_OPTION',
  ],
  [
    'verifyEndpoint sourceTimeoutMs Infinity',
    () => loose(verifyEndpoint)({ ...endpoint, sourceTimeoutMs: Number.POSITIVE_INFINITY }),
    'INVALID_OPTION',
  ],
  [
    'verifyEndpoint verbose "yes"',
    () => loose(verifyEndpoint)({ ...endpoint, verbose: 'yes' }),
    'INVALID_OPTION',
  ],
  ['verifyMessages verbose 1', () => loose(verifyMessages)({ ...messages, verbose: 1 }), 'INVALID_OPTION'],
  [
    'verifyMessages logLevel toString',
    () => loose(verifyMessages)({ ...messages, logLevel: 'toString' }),
    'INVALID_OPTION',
  ],
  [
    'verifyMessages provider "  "',
    () => loose(verifyMessages)({ ...messages, provider: '  ' }),
    'INVALID_OPTION',
  ],
  [
    'broker.url NaN',
    () => loose(verifyMessages)({ ...messages, broker: { url: Number.NaN } }),
    'INVALID_OPTION',
  ],
  [
    'broker.url ftp',
    () => loose(verifyMessages)({ ...messages, broker: { url: 'ftp://x.test' } }),
    'INVALID_OPTION',
  ],
  [
    'broker.url junk',
    () => loose(verifyMessages)({ ...messages, broker: { url: 'x'.repeat(100_000) } }),
    'INVALID_OPTION',
  ],
  ['broker.token 42', () => loose(verifyMessages)({ ...messages, broker: { token: 42 } }), 'INVALID_OPTION'],
  [
    'broker a typo (tokn)',
    () => loose(verifyMessages)({ ...messages, broker: { tokn: 'x' } }),
    'INVALID_OPTION',
  ],
  [
    'broker a Map',
    () => loose(verifyEndpoint)({ ...endpoint, broker: new Map([['url', 'http://x.test']]) }),
    'INVALID_OPTION',
  ],
  ['broker circular', () => loose(verifyEndpoint)({ ...endpoint, broker: circular }), 'INVALID_OPTION'],
  [
    'broker own __proto__',
    () => loose(verifyEndpoint)({ ...endpoint, broker: proto('{"__proto__":{"url":"http://x.test"}}') }),
    'INVALID_OPTION',
  ],
  [
    'broker.consumerVersionSelectors 42',
    () => loose(verifyMessages)({ ...messages, broker: { consumerVersionSelectors: 42 } }),
    'INVALID_OPTION',
  ],
  [
    'broker.consumerVersionSelectors [null]',
    () => loose(verifyMessages)({ ...messages, broker: { consumerVersionSelectors: [null] } }),
    'INVALID_OPTION',
  ],
  [
    'broker.providerVersion 42',
    () => loose(verifyMessages)({ ...messages, broker: { providerVersion: 42 } }),
    'INVALID_OPTION',
  ],
  [
    'broker.publishVerificationResult "yes"',
    () => loose(verifyMessages)({ ...messages, broker: { publishVerificationResult: 'yes' } }),
    'INVALID_OPTION',
  ],
  [
    'broker.enablePending NaN',
    () => loose(verifyEndpoint)({ ...endpoint, broker: { enablePending: Number.NaN } }),
    'INVALID_OPTION',
  ],
  // startSigningProxy
  [
    'startSigningProxy target NaN',
    () => loose(startSigningProxy)({ ...proxy, target: Number.NaN }),
    'INVALID_OPTION',
  ],
  [
    'startSigningProxy target junk',
    () => loose(startSigningProxy)({ ...proxy, target: 'x'.repeat(100_000) }),
    'INVALID_OPTION',
  ],
  [
    'startSigningProxy target circular',
    () => loose(startSigningProxy)({ ...proxy, target: circular }),
    'INVALID_OPTION',
  ],
  [
    'startSigningProxy secret undefined (no secret)',
    () => loose(startSigningProxy)({ ...proxy, secret: undefined }),
    'SECRET_REQUIRED',
  ],
  [
    'startSigningProxy profile __proto__',
    () => loose(startSigningProxy)({ ...proxy, profile: '__proto__' }),
    'UNKNOWN_PROFILE',
  ],
];

describe('pact: bad input is a coded error', () => {
  it.each(refused)(
    '%s',
    async (_name, fn, code) => {
      expect(await codeOf(fn)).toBe(code);
    },
    BOUND_MS,
  );

  it('verifyMessages with no pactUrls verifies the kit`s own contracts: undefined is the default', async () => {
    const report = (await verifyMessages({ profile: 'spike-forms' })) as { ok: boolean };
    expect(report.ok).toBe(true);
  }, 30_000);

  it.each([
    ['options undefined', undefined],
    ['options null', null],
    ['secret 42', { ...proxy, secret: 42 }],
    ["secret ''", { ...proxy, secret: '' }],
    ['rotatedSecret []', { ...proxy, rotatedSecret: [] }],
    ['stateChangeUrl NaN', { ...proxy, stateChangeUrl: Number.NaN }],
    ["stateChangeUrl 'not a url'", { ...proxy, stateChangeUrl: 'not a url' }],
    ["stateChangeUrl 'ftp://x'", { ...proxy, stateChangeUrl: 'ftp://127.0.0.1/state' }],
    ['port NaN', { ...proxy, port: Number.NaN }],
    ['port 1e300', { ...proxy, port: 1e300 }],
    ['port -1', { ...proxy, port: -1 }],
    ['port 1.5', { ...proxy, port: 1.5 }],
    ['host 42', { ...proxy, host: 42 }],
    ["host ''", { ...proxy, host: ' ' }],
  ] as const)(
    'startSigningProxy %s is INVALID_OPTION before anything listens',
    async (_name, options) => {
      expect(await codeOf(() => loose(startSigningProxy)(options))).toBe('INVALID_OPTION');
    },
    BOUND_MS,
  );
});

describe('pact-json helpers: accepted on purpose, or waiting on their owner', () => {
  it(
    'isMatcher answers any value, never throwing',
    () => {
      for (const [label, bad] of badValues) expect(isMatcher(bad), label).toBe(false);
      expect(isMatcher(pactJsonMatchers.integer(3))).toBe(true);
    },
    BOUND_MS,
  );

  it(
    'reifyTemplate returns any non-template value as it is',
    () => {
      for (const [label, bad] of badValues) {
        if (label === 'a circular object' || label === 'a __proto__ key') continue; // tested on their own below
        const out = reifyTemplate(bad as never);
        if (typeof bad === 'number' && Number.isNaN(bad)) expect(out, label).toBeNaN();
        else if (typeof bad !== 'object' || bad === null) expect(out, label).toBe(bad);
      }
      expect(reifyTemplate({ n: [pactJsonMatchers.integer(3)] })).toEqual({ n: [3] });
    },
    BOUND_MS,
  );

  it(
    'reifyTemplate refuses a circular template, and keeps an own __proto__ key as data',
    async () => {
      expect(await codeOf(() => reifyTemplate(circular))).toBe('INVALID_OPTION');
      expect(await codeOf(() => reifyTemplate([pactJsonMatchers.type(circular)]))).toBe('INVALID_OPTION');
      // The same object twice, side by side, is not a cycle.
      const shared = { a: 1 };
      expect(reifyTemplate({ x: shared, y: shared })).toEqual({ x: { a: 1 }, y: { a: 1 } });
      const out = reifyTemplate(proto('{"__proto__": {"polluted": true}, "ok": 1}')) as Record<
        string,
        unknown
      >;
      expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
      expect(Object.keys(out)).toEqual(['__proto__', 'ok']);
      expect(JSON.stringify(out)).toBe('{"__proto__":{"polluted":true},"ok":1}');
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    },
    BOUND_MS,
  );

  it.each([
    ['integer(NaN)', () => pactJsonMatchers.integer(Number.NaN)],
    ['integer(1.5)', () => pactJsonMatchers.integer(1.5)],
    ["integer('3')", () => loose(pactJsonMatchers.integer)('3')],
    ['number(Infinity)', () => pactJsonMatchers.number(Number.POSITIVE_INFINITY)],
    ['number(NaN)', () => pactJsonMatchers.number(Number.NaN)],
    ["number('3')", () => loose(pactJsonMatchers.number)('3')],
    ["regex(/x/, 'x')", () => loose(pactJsonMatchers.regex)(/x/, 'x')],
    ["regex('x', 3)", () => loose(pactJsonMatchers.regex)('x', 3)],
    ['arrayOf(item, -1)', () => pactJsonMatchers.arrayOf('x', -1)],
    ['arrayOf(item, 1.5)', () => pactJsonMatchers.arrayOf('x', 1.5)],
    ['arrayOf(item, NaN)', () => pactJsonMatchers.arrayOf('x', Number.NaN)],
    ['eachValue([], rules)', () => loose(pactJsonMatchers.eachValue)([], [pactJsonMatchers.type('x')])],
    ['eachValue({}, [])', () => pactJsonMatchers.eachValue({}, [])],
    ["eachValue({}, ['x'])", () => loose(pactJsonMatchers.eachValue)({}, ['x'])],
    ["toRustRegex('x')", () => loose(toRustRegex)('x')],
    ['toRustRegex(null)', () => loose(toRustRegex)(null)],
  ] as const)('pactJsonMatchers / toRustRegex: %s is INVALID_OPTION', async (_name, fn) => {
    expect(await codeOf(fn)).toBe('INVALID_OPTION');
  });
});

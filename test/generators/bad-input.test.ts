// Bad input to the generators' public surface (generate, kindsOf, the personas and providers helpers) and to the
// body styles: each is a coded SpikeKitError, reached without running away (the test timeout bounds the time),
// or is accepted on purpose (listed at the end, with what it gives).
import { describe, expect, it } from 'vitest';
import { generate, kindsOf } from '../../generators/generate.ts';
import { personaIds, personas, providerSlugs, providersRecording } from '../../generators/health/index.ts';
import { type ErrorCode, isSpikeKitError } from '../../src/core/index.ts';
import { serializeBody } from '../../src/delivery/index.ts';

// biome-ignore lint/suspicious/noExplicitAny: bad input on purpose.
const g = generate as (...args: any[]) => unknown;
// biome-ignore lint/suspicious/noExplicitAny: bad input on purpose.
const loose = <F>(fn: F) => fn as (...args: any[]) => unknown;

const circular: Record<string, unknown> = {};
circular.self = circular;
const deep: Record<string, unknown> = {};
for (let i = 0, at = deep; i < 20_000; i++) {
  at.a = {};
  at = at.a as Record<string, unknown>;
}
const selfList: unknown[] = [];
selfList.push(selfList);
const proto = (json: string) => JSON.parse(json) as Record<string, unknown>;

function outcome(fn: () => unknown): string {
  try {
    fn();
    return 'ok';
  } catch (error) {
    return isSpikeKitError(error) ? error.code : `uncoded ${String(error).slice(0, 120)}`;
  }
}

const refused: [string, () => unknown, ErrorCode][] = [
  // generate: the profile
  ['profile 42', () => g(42), 'UNKNOWN_PROFILE'],
  ['profile null', () => g(null), 'UNKNOWN_PROFILE'],
  ['profile __proto__', () => g('__proto__'), 'UNKNOWN_PROFILE'],
  ['profile toString', () => g('toString'), 'UNKNOWN_PROFILE'],
  ['profile circular object', () => g(circular), 'INVALID_PROFILE'],
  // generate: the options object
  ['options null', () => g('spike-forms', null), 'INVALID_OPTION'],
  ['options array', () => g('spike-forms', []), 'INVALID_OPTION'],
  ['options number', () => g('spike-forms', 42), 'INVALID_OPTION'],
  ['options own __proto__', () => g('spike-forms', proto('{"__proto__":{"kind":"x"}}')), 'INVALID_OPTION'],
  ['kind toString', () => g('spike-forms', { kind: 'toString' }), 'UNKNOWN_KIND'],
  ['kind NaN', () => g('spike-forms', { kind: Number.NaN }), 'UNKNOWN_KIND'],
  ['seed Infinity', () => g('spike-forms', { seed: Number.POSITIVE_INFINITY }), 'INVALID_OPTION'],
  ['seed NaN', () => g('spike-forms', { seed: Number.NaN }), 'INVALID_OPTION'],
  ['seed bigint', () => g('spike-forms', { seed: 1n }), 'INVALID_OPTION'],
  ['seed object', () => g('spike-forms', { seed: {} }), 'INVALID_OPTION'],
  ['refDate NaN', () => g('spike-forms', { refDate: Number.NaN }), 'INVALID_DATE'],
  ['refDate Infinity', () => g('spike-forms', { refDate: Number.POSITIVE_INFINITY }), 'INVALID_DATE'],
  ['refDate 1e20', () => g('spike-forms', { refDate: 1e20 }), 'INVALID_DATE'],
  ['refDate latest Date', () => g('spike-health-v3', { refDate: 8.64e15 }), 'INVALID_DATE'],
  ['refDate earliest Date', () => g('spike-forms', { refDate: -8.64e15 }), 'INVALID_DATE'],
  ['refDate circular', () => g('spike-forms', { refDate: circular }), 'INVALID_DATE'],
  ['refDate invalid Date', () => g('spike-forms', { refDate: new Date(Number.NaN) }), 'INVALID_DATE'],
  ['count NaN', () => g('spike-forms', { count: Number.NaN }), 'INVALID_OPTION'],
  ['count Infinity', () => g('spike-forms', { count: Number.POSITIVE_INFINITY }), 'INVALID_OPTION'],
  ['count 1e9', () => g('spike-forms', { count: 1e9 }), 'INVALID_OPTION'],
  ['count string', () => g('spike-forms', { count: '3' }), 'INVALID_OPTION'],
  ['awkward number', () => g('spike-forms', { awkward: 42 }), 'INVALID_OPTION'],
  ['awkward [NaN]', () => g('spike-forms', { awkward: [Number.NaN] }), 'INVALID_OPTION'],
  ['awkward circular', () => g('spike-forms', { awkward: circular }), 'INVALID_OPTION'],
  ['validate string', () => g('spike-forms', { validate: 'yes' }), 'INVALID_OPTION'],
  ['overrides number', () => g('spike-forms', { overrides: 42 }), 'INVALID_OPTION'],
  ['overrides circular', () => g('spike-forms', { overrides: circular }), 'INVALID_OVERRIDE'],
  ['overrides 20,000 deep', () => g('spike-forms', { overrides: deep }), 'INVALID_OVERRIDE'],
  [
    'overrides 20,000 deep, unknown keys allowed',
    () => g('spike-forms', { overrides: deep, allowUnknownOverrideKeys: true }),
    'INVALID_OVERRIDE',
  ],
  [
    'overrides __proto__',
    () => g('spike-forms', { overrides: proto('{"__proto__":{"x":1}}') }),
    'INVALID_OVERRIDE',
  ],
  ['override function returning 42', () => g('spike-forms', { overrides: () => 42 }), 'INVALID_OVERRIDE'],
  [
    'override function returning a cycle',
    () => g('spike-forms', { overrides: () => circular }),
    'INVALID_OVERRIDE',
  ],
  // generate: the health options
  ['persona number', () => g('spike-health-v2', { persona: 42 }), 'UNKNOWN_PERSONA'],
  ['persona __proto__', () => g('spike-health-v2', { persona: '__proto__' }), 'UNKNOWN_PERSONA'],
  ['persona id toString', () => g('spike-health-v2', { persona: { id: 'toString' } }), 'UNKNOWN_PERSONA'],
  ['persona circular', () => g('spike-health-v2', { persona: circular }), 'UNKNOWN_PERSONA'],
  [
    'persona own __proto__',
    () => g('spike-health-v2', { persona: proto('{"id":"office-worker","__proto__":{"x":1}}') }),
    'INVALID_OPTION',
  ],
  [
    'persona timezone NaN',
    () => g('spike-health-v2', { persona: { id: 'office-worker', timezoneOffsetMinutes: Number.NaN } }),
    'INVALID_OPTION',
  ],
  [
    'persona providers circular',
    () => g('spike-health-v2', { persona: { id: 'office-worker', providers: selfList } }),
    'INVALID_OPTION',
  ],
  [
    'persona userId number',
    () => g('spike-health-v2', { persona: { id: 'office-worker', userId: 5 } }),
    'INVALID_OPTION',
  ],
  ['users NaN', () => g('spike-health-v3', { users: Number.NaN }), 'INVALID_OPTION'],
  ['users Infinity', () => g('spike-health-v3', { users: Number.POSITIVE_INFINITY }), 'INVALID_OPTION'],
  ['users 1e9', () => g('spike-health-v3', { users: 1e9 }), 'INVALID_OPTION'],
  ['users []', () => g('spike-health-v3', { users: [] }), 'INVALID_OPTION'],
  ['source toString', () => g('spike-health-v2', { source: 'toString' }), 'INVALID_OPTION'],
  ['eventType number', () => g('spike-health-v2', { eventType: 42 }), 'INVALID_OPTION'],
  // generate: the forms options
  ['locale toString', () => g('spike-forms', { locale: 'toString' }), 'UNKNOWN_LOCALE'],
  ['locale number', () => g('spike-forms', { locale: 42 }), 'UNKNOWN_LOCALE'],
  ['form circular', () => g('spike-forms', { form: circular }), 'INVALID_OPTION'],
  ['form id number', () => g('spike-forms', { form: { id: 42 } }), 'INVALID_OPTION'],
  [
    'form own __proto__',
    () => g('spike-forms', { form: proto('{"__proto__":{"id":"x"}}') }),
    'INVALID_OPTION',
  ],
  ['ipVersion NaN', () => g('spike-forms', { ipVersion: Number.NaN }), 'INVALID_OPTION'],
  // kindsOf and the personas/providers helpers
  ['kindsOf 42', () => loose(kindsOf)(42), 'UNKNOWN_PROFILE'],
  ['kindsOf null', () => loose(kindsOf)(null), 'UNKNOWN_PROFILE'],
  ['kindsOf __proto__', () => loose(kindsOf)('__proto__'), 'UNKNOWN_PROFILE'],
  ['providersRecording unknown', () => loose(providersRecording)('nope'), 'UNKNOWN_KIND'],
  ['providersRecording 42', () => loose(providersRecording)(42), 'UNKNOWN_KIND'],
  ['providersRecording __proto__', () => loose(providersRecording)('__proto__'), 'UNKNOWN_KIND'],
  // body styles
  ['style number', () => loose(serializeBody)({}, 42), 'INVALID_OPTION'],
  ['style null', () => loose(serializeBody)({}, null), 'INVALID_OPTION'],
  ['style [42]', () => loose(serializeBody)({}, [42]), 'INVALID_OPTION'],
  ['style unknown in a list', () => loose(serializeBody)({}, ['compact', 'yaml']), 'INVALID_OPTION'],
  ['body circular, compact', () => serializeBody(circular), 'INVALID_EVENT'],
  ['body circular, awkward', () => serializeBody(circular, 'awkward'), 'INVALID_EVENT'],
  ['body bigint, compact', () => serializeBody({ a: 1n }), 'INVALID_EVENT'],
  ['body bigint, ascii', () => serializeBody({ a: 1n }, 'ascii'), 'INVALID_EVENT'],
  ['body undefined, compact', () => serializeBody(undefined), 'INVALID_EVENT'],
  ['body undefined, pretty', () => serializeBody(undefined, 'pretty'), 'INVALID_EVENT'],
  ['body 20,000 deep, compact', () => serializeBody(deep), 'INVALID_EVENT'],
  ['body 20,000 deep, awkward', () => serializeBody(deep, 'awkward'), 'INVALID_EVENT'],
];

describe('bad input is a coded error', () => {
  it.each(refused)('%s', (_name, fn, code) => {
    expect(outcome(fn)).toBe(code);
  });
});

describe('bad-looking input accepted on purpose', () => {
  it('takes any finite number or string as a seed, however large or long', () => {
    for (const seed of [1e308, -0, 2 ** 60, '', 'x'.repeat(100_000)])
      expect(outcome(() => g('spike-forms', { seed }))).toBe('ok');
  });

  it('takes long ids and event types as given', () => {
    const id = 'x'.repeat(100_000);
    const event = g('spike-health-v2', {
      seed: 1,
      persona: { id: 'office-worker', userId: id },
      eventType: id,
    });
    expect((event as { user_id: string; event_type: string }).user_id).toBe(id);
    expect((event as { event_type: string }).event_type).toBe(id);
  });

  it('writes non-finite numbers as null and an own __proto__ key as data, as JSON.stringify does', () => {
    expect(serializeBody({ a: Number.NaN, b: Number.POSITIVE_INFINITY }, 'awkward')).toBe(
      '{"a": null, "b": null}\n',
    );
    expect(JSON.parse(serializeBody(proto('{"__proto__":1}'), 'awkward'))).toEqual(proto('{"__proto__":1}'));
  });

  it('keeps the built-in personas and provider lists frozen, so no caller can change another call`s output', () => {
    expect(Object.isFrozen(personas)).toBe(true);
    expect(Object.isFrozen(personas['office-worker'].providers)).toBe(true);
    expect(Object.isFrozen(personaIds)).toBe(true);
    expect(Object.isFrozen(providerSlugs)).toBe(true);
    expect(() => (personas['office-worker'].providers as string[]).push('oura')).toThrow(TypeError);
  });
});

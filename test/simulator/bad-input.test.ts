// Bad input to the simulator's public surface (simulate and every option, createSimulation, createFakeClock,
// randomFaults, checkInvariants, the matchers): each is a coded SpikeKitError before anything is sent, reached
// without running away (the per-test timeout bounds the time), or is accepted on purpose (listed per option and in
// the last block; each is written in the option's or function's JSDoc).
import { describe, expect, it } from 'vitest';
import { type ErrorCode, showValue } from '../../src/core/index.ts';
import {
  checkInvariants,
  createFakeClock,
  createSimulation,
  randomFaults,
  type SimulateOptions,
  simulate,
  simulatorMatchers,
  toBeDelivered,
  toHaveAttempts,
  toHaveBeenDeliveredAfter,
  toHaveBeenDeliveredAt,
  toHaveBeenProcessedOnce,
} from '../../src/simulator/index.ts';
import { badValues, outcomeOf } from '../signing/bad-values.ts';

// biome-ignore lint/suspicious/noExplicitAny: bad input on purpose.
type Loose = any;
const target = { fetch: () => new Response(null, { status: 200 }) };
const base = { profile: 'spike-forms', target, event: { submissionId: 'sub_1' } } as const;
const run = (options: Record<string, unknown>) => simulate(options as Loose as SimulateOptions);
const circular: Record<string, unknown> = {};
circular.self = circular;
const proto = (json: string) => JSON.parse(json) as Record<string, unknown>;
/** Per-option bound: the 21 bad values of one option, each refused before anything is sent. */
const BOUND_MS = 5000;

async function codeOf(fn: () => unknown): Promise<string> {
  const outcome = await outcomeOf(fn);
  if (outcome.kind === 'coded') return outcome.code;
  if (outcome.kind === 'returned') return 'accepted';
  return `uncoded ${String(outcome.error).slice(0, 120)}`;
}

/**
 * Each option (or option part) with every value of `badValues`: the code every value gets, except the labels
 * listed as accepted (documented in SimulateOptions: `undefined` is the default, `null` is "not given" for the
 * tuning options, a seed is any finite number or string, an event is delivered as given ...).
 */
const options: [string, (bad: unknown) => unknown, ErrorCode | ErrorCode[], string[]][] = [
  ['options', (bad) => run(bad as never), 'INVALID_OPTION', []],
  // a missing profile is a missing option; an object is read as a profile definition
  [
    'profile',
    (bad) => run({ ...base, profile: bad }),
    ['UNKNOWN_PROFILE', 'INVALID_PROFILE', 'INVALID_OPTION'],
    [],
  ],
  ['target', (bad) => run({ ...base, target: bad }), 'INVALID_TARGET', []],
  [
    'event',
    (bad) => run({ ...base, event: bad }),
    // undefined: no event at all, a missing option
    ['INVALID_EVENT', 'INVALID_OPTION'],
    ['an empty object', 'a __proto__ key'],
  ],
  // null reads as no list: the one event, here none, is INVALID_EVENT
  [
    'events',
    (bad) => run({ ...base, event: undefined, events: bad }),
    ['INVALID_OPTION', 'INVALID_EVENT'],
    [],
  ],
  [
    'events[0]',
    (bad) => run({ ...base, event: undefined, events: [bad] }),
    'INVALID_EVENT',
    ['an empty object', 'a __proto__ key'],
  ],
  // a list of junk is a list whose items are not deliveries
  [
    'deliveries',
    (bad) => run({ ...base, event: undefined, deliveries: bad }),
    ['INVALID_OPTION', 'INVALID_DELIVERY'],
    [],
  ],
  ['deliveries[0]', (bad) => run({ ...base, event: undefined, deliveries: [bad] }), 'INVALID_DELIVERY', []],
  ['secret', (bad) => run({ ...base, secret: bad }), 'INVALID_OPTION', ['undefined', 'a long string']],
  ['delivery', (bad) => run({ ...base, delivery: bad }), 'INVALID_OPTION', ['undefined', 'an empty object']],
  ['faults', (bad) => run({ ...base, faults: bad }), 'INVALID_FAULT', ['undefined', 'an empty list']],
  [
    'faults[0]',
    (bad) => run({ ...base, faults: [bad] }),
    'INVALID_FAULT',
    ['undefined', 'null', 'an empty list'],
  ],
  [
    'faults() returning',
    (bad) => run({ ...base, faults: () => bad }),
    'INVALID_FAULT',
    ['undefined', 'null'],
  ],
  [
    'seed',
    (bad) => run({ ...base, seed: bad }),
    'INVALID_OPTION',
    ['undefined', '1e300', '-1', '1.5', 'empty string', 'a long string'],
  ],
  ['time', (bad) => run({ ...base, time: bad }), 'INVALID_OPTION', ['undefined', 'null']],
  ['compress', (bad) => run({ ...base, compress: bad }), 'INVALID_OPTION', ['undefined', 'null', '1.5']],
  ['clock', (bad) => run({ ...base, clock: bad }), 'INVALID_OPTION', ['undefined']],
  ['startAt', (bad) => run({ ...base, startAt: bad }), 'INVALID_DATE', ['undefined', '-1', '1.5']],
  [
    'shadowGlobals',
    (bad) => run({ ...base, shadowGlobals: bad }),
    'INVALID_OPTION',
    ['undefined', 'null', 'true'],
  ],
  ['timeout', (bad) => run({ ...base, timeout: bad }), 'INVALID_OPTION', ['undefined', '1.5']],
  ['arrival', (bad) => run({ ...base, arrival: bad }), 'INVALID_OPTION', ['undefined', 'an empty object']],
  [
    'arrival.order',
    (bad) => run({ ...base, arrival: { order: bad } }),
    'INVALID_OPTION',
    ['undefined', 'null'],
  ],
  [
    'arrival.spacing',
    (bad) => run({ ...base, arrival: { spacing: bad } }),
    'INVALID_OPTION',
    ['undefined', 'null', '1.5'],
  ],
  ['arrival.offsets', (bad) => run({ ...base, arrival: { offsets: bad } }), 'INVALID_OPTION', ['undefined']],
  [
    'duplicates',
    (bad) => run({ ...base, duplicates: bad }),
    'INVALID_OPTION',
    ['undefined', 'an empty object'],
  ],
  [
    'duplicates.events',
    (bad) => run({ ...base, duplicates: { events: bad } }),
    'INVALID_OPTION',
    ['undefined', 'an empty list'],
  ],
  [
    'duplicates.rate',
    (bad) => run({ ...base, duplicates: { rate: bad } }),
    'INVALID_OPTION',
    ['undefined', 'null'],
  ],
  [
    'duplicates.gap',
    (bad) => run({ ...base, duplicates: { gap: bad } }),
    'INVALID_OPTION',
    ['undefined', 'null', '1.5'],
  ],
  ['drain', (bad) => run({ ...base, drain: bad }), 'INVALID_OPTION', ['undefined', 'null', '1.5']],
  ['ioWait', (bad) => run({ ...base, ioWait: bad }), 'INVALID_OPTION', ['undefined', 'null', '1.5']],
  ['createFakeClock(startMs)', (bad) => createFakeClock(bad as number), 'INVALID_DATE', ['-1', '1.5']],
  [
    'randomFaults(options)',
    (bad) => randomFaults(bad as never),
    'INVALID_OPTION',
    ['undefined', 'an empty object'],
  ],
  [
    'checkInvariants(profile)',
    (bad) => checkInvariants(bad as never, { events: [] } as never),
    ['UNKNOWN_PROFILE', 'INVALID_PROFILE'],
    [],
  ],
];

describe('simulator: every option, every bad value, a coded error before anything is sent', () => {
  it.each(options)(
    '%s',
    async (name, call, code, accepted) => {
      for (const [label, bad] of badValues) {
        const got = await codeOf(() => call(bad));
        const codes: string[] = Array.isArray(code) ? code : [code];
        if (accepted.includes(label)) expect(got, `${name} = ${label}`).toBe('accepted');
        else expect(codes, `${name} = ${label}: ${got}`).toContain(got);
      }
    },
    BOUND_MS,
  );
});

const refused: [string, () => unknown, ErrorCode][] = [
  ['an unknown option (a typo)', () => run({ ...base, seeed: 1 }), 'INVALID_OPTION'],
  ['an own __proto__ option', () => run({ ...base, ...proto('{"__proto__":{"seed":1}}') }), 'INVALID_OPTION'],
  ['event and events together', () => run({ ...base, events: [base.event] }), 'INVALID_OPTION'],
  ['events empty', () => run({ ...base, event: undefined, events: [] }), 'INVALID_OPTION'],
  ['events circular', () => run({ ...base, event: undefined, events: [circular] }), 'INVALID_EVENT'],
  ['seed NaN', () => run({ ...base, seed: Number.NaN }), 'INVALID_OPTION'],
  ['seed Infinity', () => run({ ...base, seed: Number.POSITIVE_INFINITY }), 'INVALID_OPTION'],
  ['compress 1e300', () => run({ ...base, time: 'real', compress: 1e300 }), 'INVALID_OPTION'],
  ['timeout 1e300', () => run({ ...base, timeout: 1e300 }), 'INVALID_OPTION'],
  ['timeout past a year', () => run({ ...base, timeout: '400d' }), 'INVALID_OPTION'],
  ['drain Infinity', () => run({ ...base, drain: Number.POSITIVE_INFINITY }), 'INVALID_OPTION'],
  ['startAt Infinity', () => run({ ...base, startAt: Number.POSITIVE_INFINITY }), 'INVALID_DATE'],
  ['startAt past the Date range', () => run({ ...base, startAt: 8.64e15 + 1 }), 'INVALID_DATE'],
  ['faults a 2xx without a bypass', () => run({ ...base, faults: [200] }), 'INVALID_FAULT'],
  [
    'faults { slow: Infinity }',
    () => run({ ...base, faults: [{ slow: Number.POSITIVE_INFINITY }] }),
    'INVALID_FAULT',
  ],
  ['faults status 1e300', () => run({ ...base, faults: [{ status: 1e300 }] }), 'INVALID_FAULT'],
  ['faults mixed per-event and per-attempt', () => run({ ...base, faults: [[500], 500] }), 'INVALID_FAULT'],
  [
    'duplicates.events an index past the events',
    () => run({ ...base, duplicates: { events: [1] } }),
    'INVALID_OPTION',
  ],
  [
    'duplicates.events NaN in the list',
    () => run({ ...base, duplicates: { events: [Number.NaN] } }),
    'INVALID_OPTION',
  ],
  ['duplicates.events a string', () => run({ ...base, duplicates: { events: 'abc' } }), 'INVALID_OPTION'],
  ['duplicates.rate 1.5', () => run({ ...base, duplicates: { rate: 1.5 } }), 'INVALID_OPTION'],
  ['arrival.offsets [NaN]', () => run({ ...base, arrival: { offsets: [Number.NaN] } }), 'INVALID_OPTION'],
  ['createSimulation options null', () => createSimulation(null as never), 'INVALID_OPTION'],
  ['createFakeClock NaN', () => createFakeClock(Number.NaN), 'INVALID_DATE'],
  ['createFakeClock 1e300', () => createFakeClock(1e300), 'INVALID_DATE'],
  ['createFakeClock a string', () => createFakeClock('0' as never), 'INVALID_DATE'],
  ['randomFaults rate NaN', () => randomFaults({ rate: Number.NaN } as never), 'INVALID_FAULT'],
];

describe('simulator: bad input is a coded error', () => {
  it.each(refused)(
    '%s',
    async (_name, fn, code) => {
      expect(await codeOf(fn)).toBe(code);
    },
    BOUND_MS,
  );
});

describe('simulator: bad-looking input accepted on purpose', () => {
  it(
    'delivers event: {} as given (its fields are never checked), and an own __proto__ key as JSON data',
    async () => {
      const result = await run({ ...base, event: {} });
      expect(result.events[0]?.outcome).toBe('delivered');
      const polluted = await run({ ...base, event: proto('{"__proto__":{"polluted":true}}') });
      expect(polluted.events[0]?.outcome).toBe('delivered');
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    },
    BOUND_MS,
  );

  it(
    'reads null as "not given" for the tuning options, and a per-event fault plan of [] as no faults',
    async () => {
      const result = await run({
        ...base,
        time: null,
        compress: null,
        drain: null,
        ioWait: null,
        faults: [[]],
      });
      expect(result.events[0]?.attempts).toHaveLength(1);
    },
    BOUND_MS,
  );

  it(
    'the matchers answer any received value with a failing result, never an exception',
    () => {
      const context = {} as never;
      for (const [label, bad] of badValues) {
        for (const [name, result] of [
          ['toBeDelivered', toBeDelivered.call(context, bad as never)],
          ['toHaveAttempts', toHaveAttempts.call(context, bad as never, 1)],
          ['toHaveBeenDeliveredAfter', toHaveBeenDeliveredAfter.call(context, bad as never, 1 as never)],
          ['toHaveBeenDeliveredAt', toHaveBeenDeliveredAt.call(context, bad as never, 1 as never)],
          ['toHaveBeenProcessedOnce', toHaveBeenProcessedOnce.call(context, bad as never, 1 as never)],
        ] as const) {
          expect((result as { pass: boolean }).pass, `${name}(${label}) ${showValue(result)}`).toBe(false);
        }
      }
      expect(Object.keys(simulatorMatchers)).toContain('toBeDelivered');
    },
    BOUND_MS,
  );
});

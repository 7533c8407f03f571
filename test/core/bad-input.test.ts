// Bad input to the core's public surface (toMs, formatMs, toEpochMs, Rng, showValue, listChoices, invalid,
// isSpikeKitError): each is a coded SpikeKitError, reached without running away (the per-test timeout bounds the
// time), or is accepted on purpose (the last block, with what it gives; each is written in the function's JSDoc).
import { describe, expect, it } from 'vitest';
import {
  type ErrorCode,
  formatMs,
  invalid,
  isSpikeKitError,
  listChoices,
  MAX_DURATION_MS,
  Rng,
  SpikeKitError,
  showValue,
  toEpochMs,
  toMs,
} from '../../src/core/index.ts';
import { badValues, outcomeOf } from '../signing/bad-values.ts';

// biome-ignore lint/suspicious/noExplicitAny: bad input on purpose.
const loose = <F>(fn: F) => fn as (...args: any[]) => unknown;
const circular: Record<string, unknown> = {};
circular.self = circular;
const proto = (json: string) => JSON.parse(json) as Record<string, unknown>;
const rng = () => new Rng(1);
/** Per-case bound: every refusal is immediate; a hang or a runaway loop fails the case. */
const BOUND_MS = 2000;

async function codeOf(fn: () => unknown): Promise<string> {
  const outcome = await outcomeOf(fn);
  if (outcome.kind === 'coded') return outcome.code;
  if (outcome.kind === 'returned') return `returned ${showValue(outcome.value)}`;
  return `uncoded ${String(outcome.error).slice(0, 120)}`;
}

const refused: [string, () => unknown, ErrorCode][] = [
  // toMs
  ['toMs NaN', () => toMs(Number.NaN), 'INVALID_DURATION'],
  ['toMs Infinity', () => toMs(Number.POSITIVE_INFINITY), 'INVALID_DURATION'],
  ['toMs 1e300', () => toMs(1e300), 'INVALID_DURATION'],
  ['toMs past one year', () => toMs(MAX_DURATION_MS + 1), 'INVALID_DURATION'],
  ['toMs -1', () => toMs(-1), 'INVALID_DURATION'],
  ['toMs "1e400d"', () => toMs('1e400d'), 'INVALID_DURATION'],
  ['toMs a huge digit string', () => toMs(`${'9'.repeat(400)}ms`), 'INVALID_DURATION'],
  ['toMs 100,000 parts', () => toMs('1ms'.repeat(100_000).replace(/^/, '366d')), 'INVALID_DURATION'],
  ['toMs a long junk string', () => toMs('x'.repeat(100_000)), 'INVALID_DURATION'],
  ['toMs ""', () => toMs(''), 'INVALID_DURATION'],
  ['toMs null', () => loose(toMs)(null), 'INVALID_DURATION'],
  ['toMs a bigint', () => loose(toMs)(10n), 'INVALID_DURATION'],
  ['toMs a symbol', () => loose(toMs)(Symbol('s')), 'INVALID_DURATION'],
  ['toMs a circular object', () => loose(toMs)(circular), 'INVALID_DURATION'],
  ['toMs a __proto__ key', () => loose(toMs)(proto('{"__proto__":{"ms":1}}')), 'INVALID_DURATION'],
  // formatMs
  ['formatMs NaN', () => formatMs(Number.NaN), 'INVALID_DURATION'],
  ['formatMs -Infinity', () => formatMs(Number.NEGATIVE_INFINITY), 'INVALID_DURATION'],
  ['formatMs a string', () => loose(formatMs)('5s'), 'INVALID_DURATION'],
  ['formatMs a bigint', () => loose(formatMs)(10n), 'INVALID_DURATION'],
  ['formatMs a circular object', () => loose(formatMs)(circular), 'INVALID_DURATION'],
  // toEpochMs
  ['toEpochMs NaN', () => toEpochMs(Number.NaN), 'INVALID_DATE'],
  ['toEpochMs Infinity', () => toEpochMs(Number.POSITIVE_INFINITY), 'INVALID_DATE'],
  ['toEpochMs 1e300', () => toEpochMs(1e300), 'INVALID_DATE'],
  ['toEpochMs past the Date range', () => toEpochMs(8.64e15 + 1), 'INVALID_DATE'],
  ['toEpochMs an invalid Date', () => toEpochMs(new Date(Number.NaN)), 'INVALID_DATE'],
  ['toEpochMs a zoneless string', () => toEpochMs('2026-01-15T10:30:00'), 'INVALID_DATE'],
  ['toEpochMs a long string', () => toEpochMs('2'.repeat(100_000)), 'INVALID_DATE'],
  ['toEpochMs null', () => loose(toEpochMs)(null), 'INVALID_DATE'],
  ['toEpochMs a circular object', () => loose(toEpochMs)(circular), 'INVALID_DATE'],
  ['toEpochMs a __proto__ key', () => loose(toEpochMs)(proto('{"__proto__":{"getTime":1}}')), 'INVALID_DATE'],
  // Rng: seeds, parents, string lengths
  ['Rng seed null', () => loose((s: never) => new Rng(s))(null), 'INVALID_OPTION'],
  ['Rng seed NaN', () => new Rng(Number.NaN), 'INVALID_OPTION'],
  ['Rng seed Infinity', () => new Rng(Number.POSITIVE_INFINITY), 'INVALID_OPTION'],
  ['Rng seed an object', () => loose((s: never) => new Rng(s))({}), 'INVALID_OPTION'],
  ['Rng seed a circular object', () => loose((s: never) => new Rng(s))(circular), 'INVALID_OPTION'],
  [
    'Rng seed a __proto__ key',
    () => loose((s: never) => new Rng(s))(proto('{"__proto__":[]}')),
    'INVALID_OPTION',
  ],
  ['Rng seed a bigint', () => loose((s: never) => new Rng(s))(10n), 'INVALID_OPTION'],
  ['Rng parent not an Rng', () => new Rng(1, {} as Rng), 'INVALID_OPTION'],
  ['Rng parent null', () => new Rng(1, null as never), 'INVALID_OPTION'],
  ['fork null', () => rng().fork(null as never), 'INVALID_OPTION'],
  ['fork NaN', () => rng().fork(Number.NaN), 'INVALID_OPTION'],
  ['hex Infinity (would never return)', () => rng().hex(Number.POSITIVE_INFINITY), 'INVALID_OPTION'],
  ['hex 1e300', () => rng().hex(1e300), 'INVALID_OPTION'],
  ['hex NaN', () => rng().hex(Number.NaN), 'INVALID_OPTION'],
  ['hex -1', () => rng().hex(-1), 'INVALID_OPTION'],
  ['hex 1.5', () => rng().hex(1.5), 'INVALID_OPTION'],
  ['hex a string', () => loose(rng().hex.bind(rng()))('8'), 'INVALID_OPTION'],
  ['chars 1e9', () => rng().chars('ab', 1e9), 'INVALID_OPTION'],
  ['chars an empty alphabet', () => rng().chars('', 3), 'INVALID_OPTION'],
  ['chars alphabet a number', () => rng().chars(42 as never, 3), 'INVALID_OPTION'],
  // listChoices, invalid
  ['listChoices undefined', () => loose(listChoices)(undefined), 'INVALID_OPTION'],
  ['listChoices a string', () => loose(listChoices)('abc'), 'INVALID_OPTION'],
  ['listChoices a circular object', () => loose(listChoices)(circular), 'INVALID_OPTION'],
  ['invalid with an unknown code', () => invalid('NOPE' as ErrorCode, 'x', 'y', 1), 'INVALID_OPTION'],
  ['invalid with a __proto__ code', () => invalid('__proto__' as ErrorCode, 'x', 'y', 1), 'INVALID_OPTION'],
  ['invalid with a number code', () => invalid(42 as never, 'x', 'y', 1), 'INVALID_OPTION'],
];

describe('core: bad input is a coded error', () => {
  it.each(refused)(
    '%s',
    async (_name, fn, code) => {
      expect(await codeOf(fn)).toBe(code);
    },
    BOUND_MS,
  );

  it(
    'toMs, toEpochMs and formatMs never fail uncoded, whatever the value',
    async () => {
      for (const [label, bad] of badValues) {
        for (const [name, fn] of [
          ['toMs', toMs],
          ['toEpochMs', toEpochMs],
          ['formatMs', formatMs],
        ] as const) {
          expect((await codeOf(() => loose(fn)(bad))).startsWith('uncoded'), `${name} with ${label}`).toBe(
            false,
          );
        }
      }
    },
    BOUND_MS,
  );

  it(
    'new Rng(seed) and rng.hex(length) refuse every bad value with INVALID_OPTION or take a valid one',
    async () => {
      for (const [label, bad] of badValues) {
        const seeded = await codeOf(() => loose((s: never) => new Rng(s))(bad));
        expect(
          seeded === 'INVALID_OPTION' || seeded.startsWith('returned'),
          `new Rng(${label}): ${seeded}`,
        ).toBe(true);
        const hex = await codeOf(() => loose(rng().hex.bind(rng()))(bad));
        expect(hex === 'INVALID_OPTION' || hex.startsWith('returned'), `hex(${label}): ${hex}`).toBe(true);
      }
    },
    BOUND_MS,
  );

  it(
    'invalid() and showValue() never throw on the value shown, whatever it is',
    async () => {
      for (const [label, bad] of badValues) {
        const error = invalid('INVALID_OPTION', "'x'", 'a number', bad);
        expect(isSpikeKitError(error, 'INVALID_OPTION'), label).toBe(true);
        expect(showValue(bad).length, label).toBeLessThanOrEqual(80);
        expect(isSpikeKitError(bad), label).toBe(false);
        // no code (undefined) means any code; any other bad code matches none
        expect(isSpikeKitError(new SpikeKitError('INVALID_OPTION', 'm'), bad as never), label).toBe(
          bad === undefined,
        );
      }
    },
    BOUND_MS,
  );
});

describe('core: bad-looking input accepted on purpose', () => {
  it(
    'toMs rounds a fraction of a millisecond (it gives whole milliseconds)',
    () => {
      expect(toMs(1.5)).toBe(2);
      expect(toMs('0.4ms')).toBe(0);
    },
    BOUND_MS,
  );

  it(
    'formatMs writes any finite number, negative or huge, with a sign and rounded',
    () => {
      expect(formatMs(-1)).toBe('-1ms');
      expect(formatMs(1.5)).toBe('2ms');
      expect(formatMs(1e300)).toMatch(/d/);
    },
    BOUND_MS,
  );

  it(
    'toEpochMs takes any instant in the Date range, before 1970 and fractional included; `what` only names it',
    () => {
      expect(toEpochMs(-1)).toBe(-1);
      expect(toEpochMs(1.5)).toBe(1);
      expect(toEpochMs(0, Symbol('what') as never)).toBe(0);
    },
    BOUND_MS,
  );

  it(
    'Rng takes any finite number or string seed, however large or long, and lists of anything (read with String)',
    () => {
      for (const seed of [1e300, -1, 1.5, '', 'x'.repeat(100_000), [], [null, 1, {}]] as never[]) {
        expect(new Rng(seed).next()).toBeGreaterThanOrEqual(0);
      }
      expect(new Rng(['day', 3]).key).toBe(new Rng('day3').key);
    },
    BOUND_MS,
  );

  it(
    'the Rng draw methods are the hot path and take their numbers unchecked, returning at once',
    () => {
      expect(rng().int(Number.NaN, 3)).toBeNaN();
      expect(rng().pick([])).toBeUndefined();
      expect(rng().sample([1, 2], Number.POSITIVE_INFINITY)).toHaveLength(2);
      expect(rng().sample([1, 2], Number.NaN)).toEqual([]);
      expect(rng().hex(0)).toBe('');
    },
    BOUND_MS,
  );

  it(
    'showValue shows anything, cut to 80 characters; an own __proto__ key is shown as data',
    () => {
      expect(showValue(circular)).toBe('an object that cannot be shown as JSON');
      expect(showValue(proto('{"__proto__":1}'))).toBe('{"__proto__":1}');
      expect(showValue('x'.repeat(100_000))).toHaveLength(80);
    },
    BOUND_MS,
  );

  it(
    'listChoices writes any list item with String, and invalid() reads non-object options as none',
    () => {
      expect(listChoices([1, null] as never)).toBe("'1' or 'null'");
      expect(invalid('INVALID_OPTION', 'x', 'y', 1, null as never).message).toBe('x must be y, got 1.');
      expect(invalid('INVALID_OPTION', Symbol('x') as never, 'y', 1).message).toBe(
        'Symbol(x) must be y, got 1.',
      );
    },
    BOUND_MS,
  );
});

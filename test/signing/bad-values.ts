import { isSpikeKitError } from '../../src/core/index.ts';

const circular: Record<string, unknown> = { a: 1 };
circular.self = circular;

/** Values a caller may pass by mistake: wrong types, NaN, Infinity, huge numbers, circular objects, `__proto__` keys. */
export const badValues: readonly (readonly [string, unknown])[] = [
  ['undefined', undefined],
  ['null', null],
  ['NaN', Number.NaN],
  ['Infinity', Number.POSITIVE_INFINITY],
  ['-Infinity', Number.NEGATIVE_INFINITY],
  ['1e300', 1e300],
  ['-1', -1],
  ['1.5', 1.5],
  ['empty string', ''],
  ['a long string', 'x'.repeat(100_000)],
  ['true', true],
  ['a symbol', Symbol('s')],
  ['a bigint', 10n],
  ['a function', () => 1],
  ['an empty list', []],
  ['a list of junk', [null, 1, {}]],
  ['an empty object', {}],
  ['a circular object', circular],
  ['a __proto__ key', JSON.parse('{"__proto__":{"polluted":true},"id":"p"}')],
  ['an invalid Date', new Date(Number.NaN)],
  ['a Map', new Map([['a', 1]])],
];

/** How a call ended: a value, a coded SpikeKitError, or something else (a bug). */
export type Outcome =
  | { readonly kind: 'returned'; readonly value: unknown }
  | { readonly kind: 'coded'; readonly code: string; readonly message: string }
  | { readonly kind: 'uncoded'; readonly error: unknown };

/** Runs `fn` (awaiting a promise) and classifies how it ended. */
export async function outcomeOf(fn: () => unknown): Promise<Outcome> {
  try {
    return { kind: 'returned', value: await fn() };
  } catch (error) {
    if (isSpikeKitError(error)) return { kind: 'coded', code: error.code, message: error.message };
    return { kind: 'uncoded', error };
  }
}

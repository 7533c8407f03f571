import type { Rng } from '../../src/core/index.ts';
import type { LocaleData } from './locale-data.ts';
import type { Pair } from './phrases/book.ts';

/** A person's name parts (each with its ASCII slug) and how they write their full name. */
export interface Person {
  readonly first: Pair;
  /** The (first) surname. */
  readonly last: Pair;
  /** Every surname as written (`'García López'`). */
  readonly lastName: string;
  readonly fullName: string;
}

/**
 * A person of the locale: given name, surname(s) and full name in the locale's order and script.
 *
 * @example
 * ```ts
 * person(rng, localeData('ko', fakerThunk)).fullName; // '김민준'
 * ```
 */
export function person(rng: Rng, data: LocaleData): Person {
  const first = rng.pick(rng.bool() ? data.female : data.male);
  const last = rng.pick(data.last);
  const lastName = data.twoSurnames && rng.bool(0.7) ? `${last[0]} ${rng.pick(data.last)[0]}` : last[0];
  const fullName = data.familyFirst
    ? `${lastName}${data.nameSeparator}${first[0]}`
    : `${first[0]}${data.nameSeparator}${lastName}`;
  return { first, last, lastName, fullName };
}

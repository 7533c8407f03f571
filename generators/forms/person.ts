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
 * A person of the locale: given name, surname(s) and full name in the locale's order and script; a woman's surname
 * in its feminine form where the language inflects it (Polish `Anna Kowalska`).
 *
 * @example
 * ```ts
 * person(rng, localeData('ko', fakerThunk)).fullName; // '김민준'
 * ```
 */
export function person(rng: Rng, data: LocaleData): Person {
  const female = rng.bool();
  const first = (female ? data.female : data.male).draw(rng);
  const surnames = female ? data.femaleLast : data.last;
  const last = surnames.draw(rng);
  const lastName = data.twoSurnames && rng.bool(0.7) ? `${last[0]} ${surnames.draw(rng)[0]}` : last[0];
  const fullName = data.familyFirst
    ? `${lastName}${data.nameSeparator}${first[0]}`
    : `${first[0]}${data.nameSeparator}${lastName}`;
  return { first, last, lastName, fullName };
}

import type { LocaleId } from '../../core/faker.ts';

/** How people of a locale write names, where it differs from the default (given name, space, one surname). */
export interface LocaleQuirks {
  /** Family name first (`'佐藤 翔太'`). */
  readonly familyFirst?: true;
  /** Between the name parts, when not a space (`'김민준'`). */
  readonly nameSeparator?: string;
  /** Spanish-speaking people carry two surnames (drawn for 70% of people). */
  readonly twoSurnames?: true;
  /** `ä ö ü` become `ae oe ue` in email addresses (German). */
  readonly umlautsAsE?: true;
  /** Adjectival surnames take the feminine form for women (Polish: Kowalski, Kowalska; see `feminineSurname`). */
  readonly feminineSurnames?: true;
}

/**
 * The name quirks of each locale that has some.
 *
 * @example
 * ```ts
 * localeQuirks.ko?.nameSeparator; // ''
 * ```
 */
export const localeQuirks: Readonly<Partial<Record<LocaleId, LocaleQuirks>>> = {
  de: { umlautsAsE: true },
  es: { twoSurnames: true },
  es_MX: { twoSurnames: true },
  ja: { familyFirst: true },
  ko: { familyFirst: true, nameSeparator: '' },
  pl: { feminineSurnames: true },
};

/**
 * The feminine form of a Polish surname: adjectival ones change their ending (`-ski`, `-cki`, `-dzki` to `-ska`,
 * `-cka`, `-dzka`; `-ny`, `-chy`, `-ły`, `-wy` to `-na`, `-cha`, `-ła`, `-wa`), the others (`Nowak`, `Wójcik`) stay.
 * Faker's `pl` data has one (masculine) list of surnames for both sexes, so the kit inflects them itself.
 *
 * @example
 * ```ts
 * feminineSurname('Kowalski'); // 'Kowalska'
 * feminineSurname('Konieczny'); // 'Konieczna'
 * feminineSurname('Nowak'); // 'Nowak'
 * ```
 */
export function feminineSurname(surname: string): string {
  return /(ki|ny|chy|ły|wy)$/.test(surname) ? `${surname.slice(0, -1)}a` : surname;
}

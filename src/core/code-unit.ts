const { charCodeAt } = String.prototype;

/**
 * The UTF-16 code unit of `text` at `index` (what `text.charCodeAt(index)` returns), for loops over strings that
 * come in every representation V8 has (flat, concatenated, sliced, one- or two-byte): there `text.charCodeAt` is
 * a megamorphic property load for every character, and the one `charCodeAt` called here is inlined instead.
 *
 * @example
 * ```ts
 * codeUnitAt('Zoë', 2); // 235
 * ```
 */
export function codeUnitAt(text: string, index: number): number {
  return charCodeAt.call(text, index);
}

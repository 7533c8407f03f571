/**
 * `Math.round(x)`: the nearest integer, halves rounded up, for every number (but 0 where `Math.round` gives -0,
 * which JSON writes alike). Computed as `Math.floor(x + 0.5)`, less one in the rare case where adding 0.5 rounded up
 * to the next integer, because V8 compiles `Math.round` to a branch on the fraction of `x`: on the random values of
 * a generator's per-minute loop the processor mispredicts it every other time (measured: the night's heart rate
 * loop took 17 ns a minute over thousands of people, 6.8 ns with this).
 *
 * @example
 * ```ts
 * roundHalfUp(2.5); // 3
 * roundHalfUp(-2.5); // -2, as Math.round
 * roundHalfUp(0.49999999999999994); // 0, as Math.round
 * ```
 */
export function roundHalfUp(x: number): number {
  const r = Math.floor(x + 0.5);
  // `r - 0.5` is exact (a half-integer) below 2 ** 52, and `x` is whole beyond; `r - x` would not be exact near 0.
  return r - 0.5 > x ? r - 1 : r;
}

/**
 * How many times the receiver's side effect happened for a dedup key (`event_id`, `submissionId`, body hash ...):
 * a function, a `Map`, a plain object, or anything with `count(key)`.
 *
 * @example
 * ```ts
 * const probe: ProcessedProbe = (key) => db.orders.filter((o) => o.submissionId === key).length;
 * ```
 */
export type ProcessedProbe =
  | ((key: string) => number)
  | ReadonlyMap<string, number>
  | Readonly<Record<string, number>>
  | { count(key: string): number };

/**
 * Turns a {@link ProcessedProbe} into one function from a dedup key to what the probe answered (a count, or a
 * promise of one for an asynchronous probe), or a message saying what a probe must be.
 *
 * @example
 * ```ts
 * const count = probeCounter(new Map([['sub_1', 1]]), 'toHaveBeenProcessedOnce');
 * typeof count === 'function' && count('sub_1'); // 1
 * ```
 */
export function probeCounter(probe: unknown, caller: string): ((key: string) => unknown) | string {
  if (typeof probe === 'function') return (key) => probe(key);
  if (probe instanceof Map) return (key) => probe.get(key);
  if (probe !== null && typeof probe === 'object') {
    const counter = (probe as { count?: unknown }).count;
    if (typeof counter === 'function') return (key) => counter.call(probe, key);
    return (key) => (probe as Record<string, unknown>)[key];
  }
  return `${caller} needs a probe: (key) => count, a Map, a { [key]: count } object or { count(key) }`;
}

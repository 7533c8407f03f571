import { isRecord } from './json-values.ts';

/**
 * Every path a sample has a value at (not `null`), in the notation of `eventBody`'s `require`: `data`,
 * `data[*]`, `data[*].levels[*].seconds`; for an array body `[*].metrics`. Requiring them all makes a contract
 * body carry the whole generated item, each field typed by the schema, instead of only the fields Spike must send.
 *
 * @example
 * ```ts
 * sampledPaths({ data: [{ date: '2026-01-15', levels: [] }] }); // ['data', 'data[*]', 'data[*].date', 'data[*].levels']
 * ```
 */
export function sampledPaths(sample: unknown, prefix = ''): string[] {
  const out: string[] = [];
  if (Array.isArray(sample)) {
    const item = `${prefix}[*]`;
    const present = sample.filter((v) => v !== null && v !== undefined);
    if (present.length === 0) return out;
    out.push(item);
    // The union of the items' paths: an item may carry a field the first one lacks.
    const seen = new Set<string>();
    for (const value of present) for (const path of sampledPaths(value, item)) seen.add(path);
    out.push(...seen);
    return out;
  }
  if (!isRecord(sample)) return out;
  for (const [key, value] of Object.entries(sample)) {
    if (value === null || value === undefined) continue;
    const path = prefix === '' ? key : `${prefix}.${key}`;
    out.push(path, ...sampledPaths(value, path));
  }
  return out;
}

// Dot paths into JSON values (`data[*].total_sleep`, `[*].metrics`, `metadata.ip`): reading and copy-on-write.
import { isRecord } from './json-values.ts';

/** What {@link atPath}'s change returns to remove the key. */
export const REMOVE: unique symbol = Symbol('remove');

/**
 * `'[*].a.b'` -> `['*', 'a', 'b']`.
 *
 * @example
 * ```ts
 * splitPath('data[*].total_sleep'); // ['data', '*', 'total_sleep']
 * ```
 */
export function splitPath(path: string): string[] {
  return path
    .replace(/\[\*\]/g, '.*')
    .split('.')
    .filter((part) => part !== '');
}

/**
 * A copy of `value` with `change` applied at `parts` (`*`: every item of an array). A missing last key is
 * created when `create` is set; `change` returning {@link REMOVE} deletes the key.
 *
 * @example
 * ```ts
 * atPath({ data: [{ a: 1 }] }, ['data', '*', 'a'], (v) => Number(v) + 1); // { data: [{ a: 2 }] }
 * ```
 */
export function atPath(
  value: unknown,
  parts: readonly string[],
  change: (value: unknown) => unknown,
  create = false,
): unknown {
  const [head, ...rest] = parts;
  if (head === undefined) return change(value);
  if (head === '*') {
    return Array.isArray(value) ? value.map((item) => atPath(item, rest, change, create)) : value;
  }
  if (!isRecord(value)) return value;
  if (!Object.hasOwn(value, head) && !(create && rest.length === 0)) return value;
  const next = atPath(value[head], rest, change, create);
  const out: Record<string, unknown> = { ...value };
  if (next === REMOVE) delete out[head];
  else out[head] = next;
  return out;
}

/** The first value other than `null`/`undefined` at `parts` (`*`: in any item), or `undefined`. */
export function firstValueAt(value: unknown, parts: readonly string[]): unknown {
  const [head, ...rest] = parts;
  if (head === undefined) return value ?? undefined;
  if (head === '*') {
    if (!Array.isArray(value)) return undefined;
    for (const item of value) {
      const found = firstValueAt(item, rest);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  return isRecord(value) ? firstValueAt(value[head], rest) : undefined;
}

import { SpikeKitError } from '../../src/core/index.ts';

/**
 * A deep-partial version of `T`: every property optional, recursively. Arrays are given as arrays of
 * deep-partial elements and replace the generated array element by element (see {@link applyOverrides}).
 */
export type DeepPartial<T> = T extends readonly (infer E)[]
  ? readonly DeepPartial<E>[]
  : T extends object
    ? { [K in keyof T]?: DeepPartial<T[K]> | undefined }
    : T;

/** Overrides: a deep-partial object merged into the generated value, or a function that returns the final value. */
export type Overrides<T> = DeepPartial<T> | ((generated: T) => T);

/**
 * Merges `overrides` into `generated` (which is not modified) and returns the result:
 * - objects merge key by key; a key set to `undefined` in the overrides removes it;
 * - an array in the overrides gives the result's length; elements that are objects on both sides merge, others
 *   are taken from the overrides;
 * - a value must have the same JSON type as the generated one it replaces (a number for a number ...), except that
 *   `null` may replace anything and anything may replace `null`.
 * A function override receives the generated value and returns the final one.
 *
 * @throws {SpikeKitError} `INVALID_OVERRIDE` naming the path, the expected type and the given one.
 * @example
 * ```ts
 * applyOverrides({ a: 1, b: { c: 'x' } }, { b: { c: 'y' } }); // { a: 1, b: { c: 'y' } }
 * applyOverrides({ a: 1 }, { a: 'one' });                        // throws INVALID_OVERRIDE at 'a'
 * ```
 */
export function applyOverrides<T>(generated: T, overrides: Overrides<T> | undefined): T {
  if (overrides === undefined) return generated;
  if (typeof overrides === 'function') return (overrides as (generated: T) => T)(generated);
  return merge(generated, overrides, '') as T;
}

function merge(base: unknown, patch: unknown, path: string): unknown {
  if (patch === null || base === null || base === undefined) return patch;
  const baseType = jsonType(base);
  const patchType = jsonType(patch);
  if (baseType !== patchType) {
    throw new SpikeKitError(
      'INVALID_OVERRIDE',
      `Override at '${path || '(root)'}' is ${article(patchType)}, but the generated value there is ${article(baseType)}: give ${article(baseType)} (or null), or pass a function override to reshape the payload freely.`,
      { path: path || '(root)', expected: baseType, received: patchType },
    );
  }
  if (baseType === 'array') {
    const baseArray = base as unknown[];
    return (patch as unknown[]).map((item, i) =>
      jsonType(item) === 'object' && jsonType(baseArray[i]) === 'object'
        ? merge(baseArray[i], item, `${path}[${i}]`)
        : item,
    );
  }
  if (baseType === 'object') {
    const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
    for (const [key, value] of Object.entries(patch as Record<string, unknown>)) {
      const childPath = path ? `${path}.${key}` : key;
      if (value === undefined) delete out[key];
      else out[key] = Object.hasOwn(out, key) ? merge(out[key], value, childPath) : value;
    }
    return out;
  }
  return patch;
}

function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

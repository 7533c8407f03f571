import type { z } from 'zod';
import { invalid, SpikeKitError } from '../../src/core/index.ts';
import { childNode, elementNode, type SchemaNode, schemaNode } from './schema-node.ts';

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

/** Options of {@link applyOverrides}. */
export interface ApplyOverridesOptions {
  /**
   * The schema the result must match. With it, a value may replace a generated one of another JSON type (the
   * caller validates the result against the schema: `generate` does), and a key the schema does not declare at
   * its place (nor the generated value holds) is an error unless `allowUnknownOverrideKeys`. Without it, a value
   * must have the JSON type of the generated one it replaces.
   */
  readonly schema?: z.ZodType;
  /** Accept keys the schema does not declare (to add fields on purpose). Default false. */
  readonly allowUnknownOverrideKeys?: boolean;
}

/** Keys that would reach an object's prototype if merged: always refused. */
const PROTOTYPE_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);
/** Deepest override accepted (Spike payloads nest a handful of levels). */
const MAX_DEPTH = 200;

interface MergeContext {
  readonly typed: boolean;
  readonly allowUnknown: boolean;
  /** The override objects on the current path, to refuse a circular one. */
  readonly ancestors: Set<object>;
}

/**
 * Merges `overrides` into `generated` (which is not modified) and returns the result:
 * - objects merge key by key; a key set to `undefined` in the overrides removes it;
 * - an array in the overrides gives the result's length; elements that are objects on both sides merge, others
 *   are taken from the overrides;
 * - with `options.schema`, values are judged by the schema (the caller validates the result) and keys it does not
 *   declare are refused unless `allowUnknownOverrideKeys`; without it, a value must have the same JSON type as the
 *   generated one it replaces (a number for a number ...), except that `null` may replace anything and anything
 *   may replace `null`;
 * - `__proto__`, `constructor` and `prototype` keys are always refused (they never reach a prototype), and so are
 *   circular overrides and overrides nested deeper than 200 levels.
 * A function override receives the generated value and returns the final one.
 *
 * @throws {SpikeKitError} `INVALID_OVERRIDE` naming the path and what is wrong there.
 * @example
 * ```ts
 * applyOverrides({ a: 1, b: { c: 'x' } }, { b: { c: 'y' } }); // { a: 1, b: { c: 'y' } }
 * applyOverrides({ a: 1 }, { a: 'one' });                        // throws INVALID_OVERRIDE at 'a'
 * applyOverrides({ a: 1 }, { a: 'one' }, { schema: z.object({ a: z.union([z.number(), z.string()]) }) }); // { a: 'one' }
 * ```
 */
export function applyOverrides<T>(
  generated: T,
  overrides: Overrides<T> | undefined,
  options: ApplyOverridesOptions = {},
): T {
  if (overrides === undefined) return generated;
  if (typeof overrides === 'function') return (overrides as (generated: T) => T)(generated);
  const context: MergeContext = {
    typed: options.schema === undefined,
    allowUnknown: options.allowUnknownOverrideKeys === true,
    ancestors: new Set(),
  };
  const node = options.schema === undefined ? undefined : schemaNode(options.schema);
  return merge(generated, overrides, '', context, node, 0) as T;
}

function merge(
  base: unknown,
  patch: unknown,
  path: string,
  context: MergeContext,
  node: SchemaNode | undefined,
  depth: number,
): unknown {
  const replaces = base !== null && base !== undefined;
  if (patch === null || typeof patch !== 'object') {
    if (context.typed && replaces && patch !== null) sameType(base, patch, path);
    return patch;
  }
  if (context.typed && replaces) sameType(base, patch, path);
  if (context.ancestors.has(patch)) {
    throw invalid('INVALID_OVERRIDE', `The override at '${where(path)}'`, 'a tree', 'a circular object', {
      details: { path: where(path) },
      hint: 'Give plain data (each object once on a path), or a function override.',
    });
  }
  if (depth > MAX_DEPTH) {
    throw invalid(
      'INVALID_OVERRIDE',
      'Overrides',
      `at most ${MAX_DEPTH} levels deep`,
      `deeper at '${path}'`,
      {
        details: { path },
      },
    );
  }
  context.ancestors.add(patch);
  try {
    if (Array.isArray(patch)) {
      const baseArray = Array.isArray(base) ? base : undefined;
      return patch.map((item, i) => {
        const baseItem = baseArray?.[i];
        const merges = isObject(item) && isObject(baseItem);
        const itemNode = node === undefined ? undefined : elementNode(node, i);
        // Elements that are not objects on both sides are taken from the overrides (still checked for keys).
        return merge(merges ? baseItem : undefined, item, `${path}[${i}]`, context, itemNode, depth + 1);
      });
    }
    const baseObject = isObject(base) ? base : undefined;
    const out: Record<string, unknown> = baseObject === undefined ? {} : { ...baseObject };
    for (const key of Object.keys(patch)) {
      const childPath = path ? `${path}.${key}` : key;
      if (PROTOTYPE_KEYS.has(key)) {
        throw invalid('INVALID_OVERRIDE', `The override key at '${childPath}'`, 'a field name', key, {
          details: { path: childPath, key },
          hint: `'__proto__', 'constructor' and 'prototype' are refused: they could replace an object's prototype.`,
        });
      }
      const value = (patch as Record<string, unknown>)[key];
      if (value === undefined) {
        delete out[key];
        continue;
      }
      const has = baseObject !== undefined && Object.hasOwn(baseObject, key);
      const child = node === undefined ? undefined : childNode(node, key);
      if (child === 'unknown' && !has && !context.allowUnknown) {
        throw new SpikeKitError(
          'INVALID_OVERRIDE',
          `Override key '${childPath}' is not a field of the payload schema there (a misspelling?): fix the key, or pass allowUnknownOverrideKeys: true to add it on purpose.`,
          { path: childPath, key },
        );
      }
      const childNodeOrNone = child === 'unknown' ? undefined : child;
      out[key] = merge(
        has ? baseObject[key] : undefined,
        value,
        childPath,
        context,
        childNodeOrNone,
        depth + 1,
      );
    }
    return out;
  } finally {
    context.ancestors.delete(patch);
  }
}

function sameType(base: unknown, patch: unknown, path: string): void {
  const baseType = jsonType(base);
  const patchType = jsonType(patch);
  if (baseType === patchType) return;
  throw new SpikeKitError(
    'INVALID_OVERRIDE',
    `Override at '${where(path)}' is ${article(patchType)}, but the generated value there is ${article(baseType)}: give ${article(baseType)} (or null), or pass a function override to reshape the payload freely.`,
    { path: where(path), expected: baseType, received: patchType },
  );
}

const where = (path: string): string => path || '(root)';

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

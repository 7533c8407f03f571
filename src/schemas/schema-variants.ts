// What else Spike may send, read from the schema alone (the one source of optionality): a payload with every
// optional field omitted, every nullable field null, or unknown fields added. The generators' awkward variants and
// the pact reference provider's variants both come from here.
import type { z } from 'zod';
import { wrappedSchema } from './wrapped-schema.ts';

/**
 * How {@link schemaVariant} rewrites a payload:
 * - `minimal`: every optional field omitted (at every level);
 * - `null-optionals`: every nullable field `null` (present or not);
 * - `extra-fields`: an unknown field added to every object that tolerates unknown fields.
 */
export type SchemaVariantKind = 'minimal' | 'null-optionals' | 'extra-fields';

/** The unknown field `extra-fields` adds to every object, with its value. */
const EXTRA_FIELD = { key: 'spike_unknown_field', value: 'added by Spike later' } as const;

interface Def {
  readonly type: string;
  readonly [key: string]: unknown;
}
interface Schema {
  readonly _zod: { readonly def: Def; readonly optin?: string };
  safeParse(value: unknown): { readonly success: boolean };
}

/** Options of {@link schemaVariant}. */
export interface SchemaVariantOptions {
  /** Dot paths (`[*]` for items) kept as they are: never omitted nor nulled, e.g. `['data[*].total_sleep']`. */
  readonly keep?: readonly string[];
}

/**
 * `value` rewritten as `kind` says, following `schema`: a new value, `value` itself is not changed. Whatever the
 * schema does not describe (an open record's values, unknown keys) is left as it is.
 *
 * @example
 * ```ts
 * schemaVariant(healthV2EventSchemas.sleep, event, 'minimal').data[0]; // only the fields every night carries
 * ```
 */
export function schemaVariant<T>(
  schema: z.ZodType,
  value: T,
  kind: SchemaVariantKind,
  options: SchemaVariantOptions = {},
): T {
  return rewrite(schema as unknown as Schema, value, kind, '', new Set(options.keep ?? [])) as T;
}

/**
 * The keys of an object schema whose fields may be absent (`optional`), or may be `null` (`nullable`).
 *
 * @example
 * ```ts
 * schemaKeys(healthV3EventSchemas.record_change, 'optional'); // []
 * ```
 */
export function schemaKeys(schema: z.ZodType, which: 'optional' | 'nullable'): string[] {
  const object = core(schema as unknown as Schema, undefined);
  if (object?._zod.def.type !== 'object') return [];
  const shape = object._zod.def.shape as Readonly<Record<string, Schema>>;
  return Object.keys(shape).filter((key) =>
    which === 'optional' ? isOptional(shape[key] as Schema) : acceptsNull(shape[key] as Schema),
  );
}

/**
 * Whether the field `key` of the object schema `schema` (for a union: the option `object` is) accepts `value`:
 * false for a key the schema does not describe. What the generators' awkward variants ask before emptying or
 * nulling a field, so that their payloads stay valid by the schema.
 *
 * @example
 * ```ts
 * fieldAccepts(healthV2ItemSchemas.glucose, item, 'unit', ''); // false: the unit is always "mg/dL"
 * ```
 */
export function fieldAccepts(schema: z.ZodType, object: unknown, key: string, value: unknown): boolean {
  const at = core(schema as unknown as Schema, object);
  if (at?._zod.def.type !== 'object') return false;
  const field = (at._zod.def.shape as Readonly<Record<string, Schema>>)[key];
  return field?.safeParse(value).success === true;
}

function isOptional(field: Schema): boolean {
  return field._zod.optin === 'optional';
}

function acceptsNull(field: Schema): boolean {
  return field.safeParse(null).success;
}

/** The schema under wrappers (optional, nullable, default, pipe, lazy ...); for a union, the option `value` is. */
function core(schema: Schema, value: unknown): Schema | undefined {
  let at: Schema = schema;
  for (let depth = 0; depth < 32; depth++) {
    const inner = wrappedSchema(at);
    if (inner !== undefined) {
      at = inner;
      continue;
    }
    const def = at._zod.def;
    if (def.type !== 'union') return at;
    const options = def.options as readonly Schema[];
    const chosen = options.find((o) => o._zod.def.type !== 'null' && o.safeParse(value).success);
    if (chosen === undefined) return undefined;
    at = chosen;
  }
  return undefined;
}

function rewrite(
  schema: Schema,
  value: unknown,
  kind: SchemaVariantKind,
  path: string,
  keep: ReadonlySet<string>,
): unknown {
  if (value === null || value === undefined) return value;
  const at = core(schema, value);
  if (at === undefined) return value;
  const def = at._zod.def;
  if (def.type === 'array' && Array.isArray(value)) {
    return value.map((item) => rewrite(def.element as Schema, item, kind, `${path}[*]`, keep));
  }
  if (def.type === 'tuple' && Array.isArray(value)) {
    const items = def.items as readonly Schema[];
    return value.map((item, i) => {
      const child = items[i];
      return child === undefined ? item : rewrite(child, item, kind, `${path}[${i}]`, keep);
    });
  }
  if (def.type === 'record' && isObject(value)) {
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) {
      out[key] = rewrite(def.valueType as Schema, v, kind, `${path}.${key}`, keep);
    }
    return out;
  }
  if (def.type !== 'object' || !isObject(value)) return value;
  const shape = def.shape as Readonly<Record<string, Schema>>;
  const out: Record<string, unknown> = { ...value };
  for (const [key, field] of Object.entries(shape)) {
    const child = path ? `${path}.${key}` : key;
    const kept = keep.has(child);
    if (kind === 'minimal' && !kept && isOptional(field)) delete out[key];
    else if (kind === 'null-optionals' && !kept && acceptsNull(field)) out[key] = null;
    else if (Object.hasOwn(out, key)) out[key] = rewrite(field, out[key], kind, child, keep);
  }
  // An object that tolerates unknown keys (a loose object, or a plain one that strips them) gets one.
  const catchall = def.catchall as Schema | undefined;
  if (
    kind === 'extra-fields' &&
    catchall?._zod.def.type !== 'never' &&
    !Object.hasOwn(shape, EXTRA_FIELD.key)
  ) {
    out[EXTRA_FIELD.key] = EXTRA_FIELD.value;
  }
  return out;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

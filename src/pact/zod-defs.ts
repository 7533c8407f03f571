// Reading zod 4 schemas by their definitions (`schema._zod.def`), the shape the schema walker needs.

/** A zod 4 schema definition: its `type` and the fields of that type. */
export interface ZodDef {
  readonly type: string;
  readonly [key: string]: unknown;
}

/** What the walker touches of a zod 4 schema. */
export interface ZodLike {
  readonly _zod: { readonly def: ZodDef; readonly optin?: string };
  safeParse(value: unknown): { readonly success: boolean };
}

type Checks = readonly { _zod: { def: Record<string, unknown> } }[] | undefined;

/** True for a zod 4 schema. */
export function isZod(value: unknown): value is ZodLike {
  return (
    typeof value === 'object' &&
    value !== null &&
    '_zod' in value &&
    typeof (value as ZodLike)._zod?.def?.type === 'string'
  );
}

/** The minimum length an array definition demands (0 unless a check says more). */
export function arrayMinLength(def: ZodDef): number {
  let min = 0;
  for (const check of (def.checks as Checks) ?? []) {
    const c = check._zod.def;
    if ((c.check === 'min_length' || c.check === 'length_equals') && typeof c.minimum === 'number')
      min = Math.max(min, c.minimum);
    if (c.check === 'length_equals' && typeof c.length === 'number') min = Math.max(min, c.length);
  }
  return min;
}

/** The regular expression a string definition (or one of its checks) requires, if any. */
export function stringPattern(def: ZodDef): RegExp | undefined {
  if (def.pattern instanceof RegExp) return def.pattern;
  for (const check of (def.checks as Checks) ?? []) {
    const pattern = check._zod.def.pattern;
    if (pattern instanceof RegExp) return pattern;
  }
  return undefined;
}

/** True when a number definition (or one of its checks) has an integer format (`z.int()`, `.int()` ...). */
export function isIntegerDef(def: ZodDef): boolean {
  return (
    (typeof def.format === 'string' && /int/.test(def.format)) ||
    ((def.checks as Checks) ?? []).some(
      (c) => typeof c._zod.def.format === 'string' && /int/.test(c._zod.def.format as string),
    )
  );
}

/** The JSON type a schema's values have, or `'mixed'` when they may have several. */
export function jsonKindOf(schema: ZodLike): string {
  const def = schema._zod.def;
  switch (def.type) {
    case 'optional':
    case 'default':
    case 'prefault':
    case 'nonoptional':
    case 'readonly':
      return jsonKindOf(def.innerType as ZodLike);
    case 'pipe':
      return jsonKindOf(def.in as ZodLike);
    case 'lazy':
      return jsonKindOf((def.getter as () => ZodLike)());
    case 'object':
    case 'record':
      return 'object';
    case 'array':
    case 'tuple':
      return 'array';
    case 'string':
    case 'template_literal':
    case 'enum':
      return 'string';
    case 'number':
    case 'bigint':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'literal': {
      const kinds = new Set((def.values as readonly unknown[]).map(jsonKind));
      return kinds.size === 1 ? ([...kinds][0] as string) : 'mixed';
    }
    case 'union': {
      const kinds = new Set((def.options as readonly ZodLike[]).map(jsonKindOf));
      return kinds.size === 1 ? ([...kinds][0] as string) : 'mixed';
    }
    default:
      return 'mixed';
  }
}

function jsonKind(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

// The one step both schema walks take (the generators' overrides check and the variant rewriter): a zod schema that
// only wraps another (optional, nullable, default, catch, pipe, lazy ...) and the schema it wraps.

interface WrapperDef {
  readonly type: string;
  readonly innerType?: unknown;
  readonly in?: unknown;
  readonly getter?: () => unknown;
}

/**
 * The schema a wrapper schema wraps (for a pipe: its input), or `undefined` when `schema` is not a wrapper (an
 * object, a union, a primitive ...).
 *
 * @example
 * ```ts
 * wrappedSchema(z.string().optional()); // the z.string()
 * wrappedSchema(z.string());            // undefined
 * ```
 */
export function wrappedSchema<S>(schema: S): S | undefined {
  const def = (schema as { _zod: { def: WrapperDef } })._zod.def;
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'nonoptional':
    case 'readonly':
    case 'catch':
    case 'success':
      return def.innerType as S | undefined;
    case 'pipe':
      return def.in as S | undefined;
    case 'lazy':
      return def.getter?.() as S | undefined;
    default:
      return undefined;
  }
}

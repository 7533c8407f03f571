/** Values `KnownFields` leaves alone (including branded strings such as `string & {}`). */
type Primitive = string | number | boolean | bigint | symbol | null | undefined;

/** An index-signature key (`string`, `number`, `symbol`) becomes `never`; a declared field name stays. */
type DeclaredKey<K> = string extends K ? never : number extends K ? never : symbol extends K ? never : K;

/**
 * The type a payload schema declares: `T` (a zod output type) without the `[key: string]: unknown` index signature
 * that `z.looseObject` adds, recursively through fields and arrays. The schemas tolerate unknown fields at run
 * time, but the declared types list the documented fields only, so a misspelt field is a type error. Open records
 * (no declared field, such as `Record<string, unknown>` or a form's `data`) keep their index signature.
 *
 * @example
 * ```ts
 * const item = z.looseObject({ total_sleep: z.number().optional() });
 * type SleepItem = KnownFields<z.output<typeof item>>; // { total_sleep?: number | undefined }
 * ```
 */
export type KnownFields<T> = T extends Primitive
  ? T
  : T extends readonly (infer E)[]
    ? KnownFields<E>[]
    : [keyof { [K in keyof T as DeclaredKey<K>]: unknown }] extends [never]
      ? T
      : { [K in keyof T as DeclaredKey<K>]: KnownFields<T[K]> };

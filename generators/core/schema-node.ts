import type { z } from 'zod';
import { wrappedSchema } from '../../src/schemas/wrapped-schema.ts';

/** The zod internals this walk reads (zod 4 `_zod.def`). */
interface Def {
  readonly type: string;
  readonly shape?: Readonly<Record<string, z.ZodType>>;
  readonly options?: readonly z.ZodType[];
  readonly left?: z.ZodType;
  readonly right?: z.ZodType;
  readonly element?: z.ZodType;
  readonly items?: readonly z.ZodType[];
  readonly rest?: z.ZodType | null;
  readonly valueType?: z.ZodType;
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/**
 * Where a value sits in a schema: the alternatives it may match (a union gives several), wrappers removed. `open`
 * when some alternative takes any field name (a record, `unknown`), `undefined` when the schema says nothing
 * about fields there (a primitive: the schema check reports the type instead).
 *
 * @example
 * ```ts
 * const node = schemaNode(z.looseObject({ a: z.string() }));
 * childNode(node, 'a');   // the node of the string
 * childNode(node, 'b');   // 'unknown': no alternative declares 'b'
 * ```
 */
export interface SchemaNode {
  readonly alternatives: readonly z.ZodType[];
  readonly open: boolean;
}

/** Unwraps optional, nullable, default, pipe, lazy ... and flattens unions and intersections. */
function flatten(schema: z.ZodType, out: z.ZodType[], depth: number): void {
  if (depth > 64) return;
  const inner = wrappedSchema(schema);
  if (inner !== undefined) {
    flatten(inner, out, depth + 1);
    return;
  }
  const def = defOf(schema);
  switch (def.type) {
    case 'union':
      for (const option of def.options ?? []) flatten(option, out, depth + 1);
      return;
    case 'intersection':
      if (def.left !== undefined) flatten(def.left, out, depth + 1);
      if (def.right !== undefined) flatten(def.right, out, depth + 1);
      return;
    default:
      out.push(schema);
  }
}

/**
 * The node of a whole schema.
 *
 * @example
 * ```ts
 * schemaNode(payloadFamilies.forms.kindSchemas.contact);
 * ```
 */
export function schemaNode(schema: z.ZodType): SchemaNode {
  return nodeOf([schema]);
}

function nodeOf(schemas: readonly z.ZodType[]): SchemaNode {
  const alternatives: z.ZodType[] = [];
  for (const schema of schemas) flatten(schema, alternatives, 0);
  const open = alternatives.some((s) => ['record', 'unknown', 'any'].includes(defOf(s).type));
  return { alternatives, open };
}

/**
 * The node of field `key` of an object at `node`: `'unknown'` when the schema there describes objects and none of
 * them declares `key` (nor takes any key), `undefined` when the schema says nothing about fields there.
 *
 * @example
 * ```ts
 * childNode(schemaNode(z.looseObject({ a: z.string() })), 'b'); // 'unknown'
 * ```
 */
export function childNode(node: SchemaNode, key: string): SchemaNode | 'unknown' | undefined {
  const found: z.ZodType[] = [];
  let objectLike = false;
  for (const schema of node.alternatives) {
    const def = defOf(schema);
    if (def.type === 'object') {
      objectLike = true;
      const field = def.shape !== undefined && Object.hasOwn(def.shape, key) ? def.shape[key] : undefined;
      if (field !== undefined) found.push(field);
    } else if (def.type === 'record') {
      objectLike = true;
      if (def.valueType !== undefined) found.push(def.valueType);
    }
  }
  if (found.length > 0) return nodeOf(found);
  if (node.open || !objectLike) return undefined;
  return 'unknown';
}

/**
 * The node of element `index` of an array at `node` (`undefined` when the schema says nothing about elements).
 *
 * @example
 * ```ts
 * elementNode(schemaNode(z.array(z.string())), 0); // the node of the string
 * ```
 */
export function elementNode(node: SchemaNode, index: number): SchemaNode | undefined {
  const found: z.ZodType[] = [];
  for (const schema of node.alternatives) {
    const def = defOf(schema);
    if (def.type === 'array' && def.element !== undefined) found.push(def.element);
    else if (def.type === 'tuple') {
      const item = def.items?.[index] ?? def.rest ?? undefined;
      if (item !== undefined) found.push(item);
    }
  }
  return found.length > 0 ? nodeOf(found) : undefined;
}

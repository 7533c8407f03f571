import type { z } from 'zod';
import type { PayloadFamilyId } from '../profiles/index.ts';
import type { FieldRule } from './field-rule.ts';

/**
 * What one payload family is, apart from how to generate it: its kinds, the schema of a delivery body (whole and
 * per kind) and the field rules contracts apply. One descriptor per family (`src/schemas/<family>/`), listed in
 * `payloadFamilies`; the generators (`generators/payload-families.ts`) and contracts (`contractFacts`) read it.
 *
 * @example
 * ```ts
 * const family: PayloadFamilySchema<'contact'> = payloadFamilies.forms;
 * family.kindSchemas.contact.safeParse(body).success;
 * ```
 */
export interface PayloadFamilySchema<Kind extends string = string> {
  readonly id: PayloadFamilyId;
  /** What a body of this family is, for messages and JSON Schema titles. */
  readonly title: string;
  /** What the kind is called in this vocabulary, for messages: `'data_type'`, `'event_type'`, `'form kind'`. */
  readonly kindLabel: string;
  /** The documented kinds, in a stable order. */
  readonly kinds: readonly Kind[];
  /** The kind generated when none is asked for. */
  readonly defaultKind: Kind;
  /** The zod schema of one whole delivery body, any kind (for v3: the array). */
  readonly schema: z.ZodType;
  /** The zod schema of one delivery body of each kind (for v3: the array). */
  readonly kindSchemas: { readonly [K in Kind]: z.ZodType };
  /** Readable problems with a body (empty when valid). */
  readonly check: (input: unknown) => string[];
  /**
   * Field rules contracts apply to every kind, so a contract never pins what Spike does not promise (each with its
   * source in `../shared/spike-webhooks.md`).
   */
  readonly contractRules: readonly FieldRule[];
}

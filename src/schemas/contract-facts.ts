import type { z } from 'zod';
import { SpikeKitError } from '../core/index.ts';
import type { PayloadFamilyId } from '../profiles/index.ts';
import type { FieldRule } from './field-rule.ts';
import { payloadFamilies } from './payload-families.ts';

/**
 * What contracts need to know about a payload family beyond its zod schema: the schema of one delivery body per
 * kind, and the field rules that keep a contract from pinning what Spike does not promise (each with its source
 * in `../shared/spike-webhooks.md`). Keyed by family, so a custom profile reuses its family's facts.
 */
export interface FamilyContractFacts {
  /** The zod schema of one delivery body of `kind` (for v3: the array). */
  readonly schemaFor: (kind: string) => z.ZodType;
  /** Field rules applied to every kind. */
  readonly rules: readonly FieldRule[];
}

/**
 * The contract facts of each payload family (a view of `payloadFamilies`).
 *
 * @example
 * ```ts
 * contractFacts['health-v2'].rules.find((r) => r.path === 'event_type')?.treat; // 'type-only'
 * ```
 */
export const contractFacts: { readonly [F in PayloadFamilyId]: FamilyContractFacts } = {
  'health-v2': factsOf('health-v2'),
  'health-v3': factsOf('health-v3'),
  forms: factsOf('forms'),
  'forms-timestamped': factsOf('forms-timestamped'),
};

function factsOf(id: PayloadFamilyId): FamilyContractFacts {
  const family = payloadFamilies[id];
  const kindSchemas: Readonly<Record<string, z.ZodType>> = family.kindSchemas;
  return {
    schemaFor: (kind) => {
      const schema = Object.hasOwn(kindSchemas, kind) ? kindSchemas[kind] : undefined;
      if (schema === undefined) {
        throw new SpikeKitError('UNKNOWN_KIND', `No ${id} schema for kind '${kind}'.`, { kind, family: id });
      }
      return schema;
    },
    rules: family.contractRules,
  };
}

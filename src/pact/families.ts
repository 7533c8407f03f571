import { z } from 'zod';
import { SpikeKitError } from '../core/index.ts';
import type { PayloadFamilyId } from '../profiles/index.ts';
import { formsSubmissionSchema } from '../schemas/forms.ts';
import { formsTimestampedSubmissionSchema } from '../schemas/forms-timestamped.ts';
import { type HealthV2DataType, healthV2EventSchemas } from '../schemas/health-v2.ts';
import { type HealthV3EventType, healthV3EventSchemas } from '../schemas/health-v3.ts';
import type { FieldRule } from './schema-matchers.ts';

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

const identity = (path: string, what: string): FieldRule => ({
  path,
  treat: 'exact',
  because: `${what}: the identity of the interaction`,
});

/**
 * The contract facts of each payload family.
 *
 * @example
 * ```ts
 * contractFacts['health-v2'].rules.find((r) => r.path === 'event_type')?.treat; // 'type-only'
 * ```
 */
export const contractFacts: { readonly [F in PayloadFamilyId]: FamilyContractFacts } = {
  'health-v2': {
    schemaFor: (kind) => pick(healthV2EventSchemas, kind as HealthV2DataType, 'health-v2'),
    rules: [
      identity('data_type', "[decision] the v2 data_type of this update (e.g. 'sleep')"),
      {
        path: 'event_type',
        treat: 'type-only',
        because: '[unconfirmed] values are undocumented: any string',
      },
      {
        path: 'event_id',
        treat: 'type-only',
        because: '[decision] format undocumented (a synthetic id; the kit generates UUID v4)',
      },
      {
        path: 'timestamp',
        treat: 'type-only',
        because: '[decision] format undocumented (the kit writes ISO 8601 UTC)',
      },
    ],
  },
  'health-v3': {
    schemaFor: (kind) => z.array(pick(healthV3EventSchemas, kind as HealthV3EventType, 'health-v3')),
    rules: [identity('[*].event_type', "[docs] the v3 event_type of this batch (e.g. 'record_change')")],
  },
  forms: {
    schemaFor: () => formsSubmissionSchema,
    rules: [identity('event', "[seed] 'submission.created', the only documented event")],
  },
  'forms-timestamped': {
    schemaFor: () => formsTimestampedSubmissionSchema,
    rules: [identity('event', "[docs] 'submission.created', the only documented event")],
  },
};

function pick<K extends string, S>(table: Readonly<Record<K, S>>, kind: K, family: string): S {
  const schema = Object.hasOwn(table, kind) ? table[kind] : undefined;
  if (schema === undefined) {
    throw new SpikeKitError('UNKNOWN_KIND', `No ${family} schema for kind '${kind}'.`, { kind, family });
  }
  return schema;
}

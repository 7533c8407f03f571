import type { z } from 'zod';
import type { PayloadFamilyId } from '../profiles/index.ts';
import { type FormKind, formsPayloadFamily } from './forms/index.ts';
import { formsTimestampedPayloadFamily } from './forms-timestamped/index.ts';
import { type HealthV2DataType, healthV2PayloadFamily } from './health-v2/index.ts';
import { type HealthV3EventType, healthV3PayloadFamily } from './health-v3/index.ts';
import type { PayloadFamilySchema } from './payload-family.ts';

/**
 * The kinds of each payload family, keyed by family id: v2 `data_type`s, v3 `event_type`s, form kinds.
 *
 * @example
 * ```ts
 * const kind: PayloadFamilyKinds['health-v3'] = 'record_change';
 * ```
 */
export interface PayloadFamilyKinds {
  'health-v2': HealthV2DataType;
  'health-v3': HealthV3EventType;
  forms: FormKind;
  'forms-timestamped': FormKind;
}

/**
 * Every payload family, keyed like a profile's `payload`: the one registry of what a family is (its kinds, its
 * schemas, its contract field rules). A new family is a folder under `src/schemas/` with its
 * {@link PayloadFamilySchema}, an entry here, and its generator in `generators/payload-families.ts`.
 *
 * @example
 * ```ts
 * payloadFamilies['health-v3'].kinds; // ['record_change', 'provider_integration_created', ...]
 * ```
 */
export const payloadFamilies: {
  readonly [F in PayloadFamilyId]: PayloadFamilySchema<PayloadFamilyKinds[F]>;
} = {
  'health-v2': healthV2PayloadFamily,
  'health-v3': healthV3PayloadFamily,
  forms: formsPayloadFamily,
  'forms-timestamped': formsTimestampedPayloadFamily,
};

/** The schema of one delivery body of a payload family, with what it is called. */
export interface PayloadSchema {
  /** What a body of this family is, for messages and JSON Schema titles. */
  readonly title: string;
  /** The zod schema of one whole delivery body (for v3: the array). */
  readonly schema: z.ZodType;
  /** Readable problems with a body (empty when valid). */
  readonly check: (input: unknown) => string[];
}

/**
 * The delivery-body schema of each payload family, keyed like a profile's `payload`, so a custom profile made with
 * `defineProfile` validates with its family's schema. `npm run schemas` writes these as JSON Schema files to
 * `contracts/schemas/`. (A view of {@link payloadFamilies}.)
 *
 * @example
 * ```ts
 * import { payloadSchemas, profiles } from 'spike-webhook-kit';
 * payloadSchemas[profiles['spike-health-v3'].payload].check([]); // [] (an empty batch is valid)
 * ```
 */
export const payloadSchemas: { readonly [F in PayloadFamilyId]: PayloadSchema } = {
  'health-v2': schemaOf('health-v2'),
  'health-v3': schemaOf('health-v3'),
  forms: schemaOf('forms'),
  'forms-timestamped': schemaOf('forms-timestamped'),
};

function schemaOf(id: PayloadFamilyId): PayloadSchema {
  const { title, schema, check } = payloadFamilies[id];
  return { title, schema, check };
}

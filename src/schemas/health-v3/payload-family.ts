import { z } from 'zod';
import { identityRule } from '../field-rule.ts';
import type { PayloadFamilySchema } from '../payload-family.ts';
import { healthV3BodySchema, healthV3EventSchemas } from './event-schemas.ts';
import { checkHealthV3Body } from './parse-body.ts';
import { type HealthV3EventType, healthV3EventTypes } from './vocabulary.ts';

/**
 * The `health-v3` payload family (`spike-health-v3`): each delivery is an array of events; the body of one kind is
 * an array of that kind's events.
 *
 * @example
 * ```ts
 * healthV3PayloadFamily.kindSchemas.record_change.safeParse([]).success; // true
 * ```
 */
export const healthV3PayloadFamily: PayloadFamilySchema<HealthV3EventType> = {
  id: 'health-v3',
  title: 'Spike API v3 health webhook body (an array of events)',
  kindLabel: 'event_type',
  kinds: healthV3EventTypes,
  defaultKind: 'record_change',
  schema: healthV3BodySchema,
  kindSchemas: {
    record_change: z.array(healthV3EventSchemas.record_change),
    provider_integration_created: z.array(healthV3EventSchemas.provider_integration_created),
    provider_integration_deleted: z.array(healthV3EventSchemas.provider_integration_deleted),
  },
  check: checkHealthV3Body,
  contractRules: [
    identityRule('[*].event_type', "[docs] the v3 event_type of this batch (e.g. 'record_change')"),
  ],
};

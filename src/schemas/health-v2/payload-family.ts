import { identityRule } from '../field-rule.ts';
import type { PayloadFamilySchema } from '../payload-family.ts';
import { healthV2EventSchema, healthV2EventSchemas } from './event-schemas.ts';
import { checkHealthV2Event } from './parse-event.ts';
import { type HealthV2DataType, healthV2DataTypes } from './vocabulary.ts';

/**
 * The `health-v2` payload family (`spike-health-v2`): one event per delivery, its `data` of one `data_type`.
 *
 * @example
 * ```ts
 * healthV2PayloadFamily.kindSchemas.sleep === healthV2EventSchemas.sleep; // true
 * ```
 */
export const healthV2PayloadFamily: PayloadFamilySchema<HealthV2DataType> = {
  id: 'health-v2',
  title: 'Spike API v2 health webhook event (RealtimeUpdateV1)',
  kindLabel: 'data_type',
  kinds: healthV2DataTypes,
  defaultKind: 'sleep',
  schema: healthV2EventSchema,
  kindSchemas: healthV2EventSchemas,
  check: checkHealthV2Event,
  contractRules: [
    identityRule('data_type', "[decision] the v2 data_type of this update (e.g. 'sleep')"),
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
};

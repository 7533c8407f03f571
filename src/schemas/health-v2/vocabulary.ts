// Spike API v2 health webhook ("RealtimeUpdateV1"): one JSON object per event whose `data` array holds items of
// the shape of its `data_type` (../shared/spike-webhooks.md section 2).
//
// Contract rules: the root fields are required (the seed: "All Spike webhook events have the following
// structure"); item fields are optional because "the data format depends on provider and metrics available";
// values the docs leave open (event_type, sleep levels, classifications ...) are plain strings. Unknown extra
// fields are tolerated everywhere (z.looseObject). The TypeScript types are inferred from the zod schemas (see
// `../known-fields.ts`), so each shape is written once.

/** A vocabulary whose known values are listed but which Spike may extend: any string is accepted. */
export type OpenVocabulary<Known extends string> = Known | (string & {});

/**
 * The v2 `data_type` values the kit knows ([decision] from the v2 Metrics pages), in a stable order.
 *
 * @example
 * ```ts
 * healthV2DataTypes.includes('sleep'); // true
 * ```
 */
export const healthV2DataTypes = [
  'sleep',
  'heart',
  'steps',
  'distance',
  'calories',
  'body',
  'glucose',
  'oxygen_saturation',
  'breathing',
  'stress',
  'ecg',
  'activities_stream',
  'goals',
] as const;

/** A v2 `data_type` of {@link healthV2DataTypes}. */
export type HealthV2DataType = (typeof healthV2DataTypes)[number];

/** Local date `YYYY-MM-DD`. */
export const V2_LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** Local date and time without zone, `YYYY-MM-DDThh:mm:ss` (v2 pairs it with `timezone_offset` in seconds). */
export const V2_LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/;
/** A provider slug: lower-case letters, digits and `_` (`garmin`, `freestyle_libre` ...). */
export const V2_PROVIDER_SLUG = /^[a-z0-9_]+$/;

import type { z } from 'zod';
import { getProfile, type PayloadFamilyId, type ProfileRef } from '../profiles/index.ts';
import { checkFormsSubmission, formsSubmissionSchema } from './forms.ts';
import { checkFormsTimestampedSubmission, formsTimestampedSubmissionSchema } from './forms-timestamped.ts';
import { checkHealthV2Event, healthV2EventSchema } from './health-v2.ts';
import { checkHealthV3Body, healthV3BodySchema } from './health-v3.ts';
import { createParser } from './parse.ts';

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
 * `contracts/schemas/`.
 *
 * @example
 * ```ts
 * import { payloadSchemas, profiles } from 'spike-webhook-kit';
 * payloadSchemas[profiles['spike-health-v3'].payload].check([]); // [] (an empty batch is valid)
 * ```
 */
export const payloadSchemas: { readonly [F in PayloadFamilyId]: PayloadSchema } = {
  'health-v2': {
    title: 'Spike API v2 health webhook event (RealtimeUpdateV1)',
    schema: healthV2EventSchema,
    check: checkHealthV2Event,
  },
  'health-v3': {
    title: 'Spike API v3 health webhook body (an array of events)',
    schema: healthV3BodySchema,
    check: checkHealthV3Body,
  },
  forms: {
    title: 'Spike Forms submission webhook',
    schema: formsSubmissionSchema,
    check: checkFormsSubmission,
  },
  'forms-timestamped': {
    title: 'Spike Forms submission webhook, timestamped variant (experimental)',
    schema: formsTimestampedSubmissionSchema,
    check: checkFormsTimestampedSubmission,
  },
};

const parsers = new Map<PayloadFamilyId, ReturnType<typeof createParser>>();

/**
 * Validates a parsed delivery body against the schema of a profile's payload family and returns it, or throws
 * `INVALID_PAYLOAD` listing every problem with its path. For a body typed by kind, use the family's own parser
 * (`parseHealthV2Event`, `parseHealthV3Body`, `parseFormsSubmission` ...).
 *
 * @throws {SpikeKitError} `INVALID_PAYLOAD`; `UNKNOWN_PROFILE`.
 * @example
 * ```ts
 * import { parsePayload } from 'spike-webhook-kit';
 * const body = parsePayload('spike-forms', JSON.parse(rawBody)); // throws with 'metadata.country: ...' lines
 * ```
 */
export function parsePayload(profile: ProfileRef, input: unknown): unknown {
  const family = getProfile(profile).payload;
  let parser = parsers.get(family);
  if (parser === undefined) {
    const { schema, title } = payloadSchemas[family];
    parser = createParser(schema, title);
    parsers.set(family, parser);
  }
  return parser.parse(input);
}

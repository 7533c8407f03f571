import { getProfile, type PayloadFamilyId, type ProfileRef } from '../profiles/index.ts';
import { createParser } from './create-parser.ts';
import { payloadFamilies } from './payload-families.ts';

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
    const { schema, title } = payloadFamilies[family];
    parser = createParser(schema, title);
    parsers.set(family, parser);
  }
  return parser.parse(input);
}

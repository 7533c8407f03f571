import { createParser, type PayloadParser } from '../create-parser.ts';
import { type HealthV3Body, healthV3BodySchema } from './event-schemas.ts';

const healthV3Parser: PayloadParser<HealthV3Body> = createParser(healthV3BodySchema, 'Spike health v3 body');

/**
 * Parses a v3 body (the array), throwing `INVALID_PAYLOAD` with every problem and its path.
 *
 * @example
 * ```ts
 * for (const event of parseHealthV3Body(JSON.parse(rawBody))) console.log(event.application_user_id);
 * ```
 */
export const parseHealthV3Body: (input: unknown) => HealthV3Body = healthV3Parser.parse;

/**
 * Parses a v3 body without throwing: `{ ok: true, value }` or `{ ok: false, issues }`.
 *
 * @example
 * ```ts
 * const result = safeParseHealthV3Body(body);
 * if (!result.ok) console.warn(result.issues);
 * ```
 */
export const safeParseHealthV3Body: PayloadParser<HealthV3Body>['safeParse'] = healthV3Parser.safeParse;

/**
 * Readable problems with a v3 body (empty when valid).
 *
 * @example
 * ```ts
 * checkHealthV3Body([{ event_type: 'record_change' }]).length > 0; // true
 * ```
 */
export const checkHealthV3Body: (input: unknown) => string[] = healthV3Parser.check;

import { createParser, type PayloadParser } from '../create-parser.ts';
import { type HealthV2Event, healthV2EventSchema } from './event-schemas.ts';

const healthV2Parser: PayloadParser<HealthV2Event> = createParser(
  healthV2EventSchema,
  'Spike health v2 event',
);

/**
 * Parses a v2 event, throwing `INVALID_PAYLOAD` with every problem and its path.
 *
 * @example
 * ```ts
 * const event = parseHealthV2Event(JSON.parse(rawBody));
 * if (event.data_type === 'steps') console.log(event.data[0]?.value);
 * ```
 */
export const parseHealthV2Event: (input: unknown) => HealthV2Event = healthV2Parser.parse;

/**
 * Parses a v2 event without throwing: `{ ok: true, value }` or `{ ok: false, issues }`.
 *
 * @example
 * ```ts
 * const result = safeParseHealthV2Event(body);
 * if (!result.ok) console.warn(result.issues.join('\n'));
 * ```
 */
export const safeParseHealthV2Event: PayloadParser<HealthV2Event>['safeParse'] = healthV2Parser.safeParse;

/**
 * Readable problems with a v2 event (empty when valid).
 *
 * @example
 * ```ts
 * checkHealthV2Event({ data_type: 'sleep' }); // ['event_id: Invalid input: expected string, received undefined', ...]
 * ```
 */
export const checkHealthV2Event: (input: unknown) => string[] = healthV2Parser.check;

import { z } from 'zod';
import { type OpenVocabulary, V2_LOCAL_DATE, V2_LOCAL_DATE_TIME } from './vocabulary.ts';

// The building blocks of the v2 item schemas: optional fields with a description (kept in the JSON Schema).

/** The `meta` of a described field. */
export const d = (description: string) => ({ description });
/** An optional number. */
export const num = (description: string) => z.number().optional().meta(d(description));
/** An optional integer. */
export const int = (description: string) => z.int().optional().meta(d(description));
/** An optional string. */
export const str = (description: string) => z.string().optional().meta(d(description));
/** An optional string of an open vocabulary: any string validates, the known values are typed. */
export const vocab = <Known extends string>(description: string) =>
  z.optional(z.string<OpenVocabulary<Known>>()).meta(d(description));
/** An optional local date, `YYYY-MM-DD`. */
export const localDate = (description: string) =>
  z.string().regex(V2_LOCAL_DATE).optional().meta(d(description));
/** An optional local date and time, `YYYY-MM-DDThh:mm:ss`. */
export const localTime = (description: string) =>
  z.string().regex(V2_LOCAL_DATE_TIME).optional().meta(d(description));
/** An optional array. */
export const list = <T extends z.ZodType>(item: T, description: string) =>
  z.array(item).optional().meta(d(description));
/** `timezone_offset`: seconds from UTC. */
export const tzOffset = () => int('Offset of local time from UTC, seconds.');
/** `source`: the provider slug of an item. */
export const sourceField = () => str('Provider slug.');
/** `date`: the local day of a daily item. */
export const dayField = () => localDate('Local day, YYYY-MM-DD.');

/** One point of an intraday series (shared by the series of several data types). */
export const sampleSchema = z
  .looseObject({
    /** Local time of the sample, `YYYY-MM-DDThh:mm:ss` (no zone; see the item's `timezone_offset`). */
    time: localTime('Local time of the sample, YYYY-MM-DDThh:mm:ss.'),
    /** The measured value, in the unit of the series. */
    value: num('The measured value, in the unit of the series.'),
  })
  .meta(d('One point of an intraday series.'));

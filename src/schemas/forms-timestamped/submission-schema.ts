import { z } from 'zod';
import {
  type FormsData,
  formsDataSchema,
  formsEventSchema,
  ISO_MS_Z,
  type WithData,
} from '../forms/submission-schema.ts';
import type { KnownFields } from '../known-fields.ts';

// The experimental `spike-forms-timestamped` body from Spike's agent-skills repository (skills/spike-forms/SKILL.md):
// `{event, timestamp, form: {id, name, slug}, submission: {id, data, createdAt}}`. Unknown extra fields are
// tolerated. The TypeScript types are inferred from the schemas.

/**
 * The form a timestamped submission belongs to.
 *
 * @example
 * ```ts
 * formsTimestampedFormSchema.parse({ id: 'clx123abc', name: 'Contact', slug: 'contact' });
 * ```
 */
export const formsTimestampedFormSchema = z
  .looseObject({
    /** Opaque form id. */
    id: z.string().meta({ description: 'Opaque form id.' }),
    /** The form name set in the dashboard. */
    name: z.string().meta({ description: 'The form name set in the Spike dashboard.' }),
    /** The form slug of its endpoint URL. */
    slug: z.string().meta({ description: 'The form slug used in its endpoint URL.' }),
  })
  .meta({ description: 'The form the submission was posted to.' });

/**
 * The submission inside a timestamped webhook.
 *
 * @example
 * ```ts
 * formsTimestampedSubmissionPartSchema.parse({ id: 'sub_1', data: { name: 'John' }, createdAt: '2026-01-01T00:00:00.000Z' });
 * ```
 */
export const formsTimestampedSubmissionPartSchema = z
  .looseObject({
    /** Opaque submission id: deduplicate retries on it. */
    id: z.string().meta({ description: 'Opaque submission id: the key to deduplicate retries on.' }),
    /** The submitted fields. */
    data: formsDataSchema,
    /** When the submission was stored (ISO 8601 UTC with milliseconds). */
    createdAt: z
      .string()
      .regex(ISO_MS_Z)
      .meta({ description: 'When the submission was stored: ISO 8601 UTC with milliseconds.' }),
  })
  .meta({ description: 'The stored submission.' });

/**
 * The whole `spike-forms-timestamped` webhook body (plain zod with descriptions, like the `spike-forms` schema).
 *
 * @example
 * ```ts
 * formsTimestampedSubmissionSchema.safeParse(JSON.parse(rawBody)).success;
 * ```
 */
export const formsTimestampedSubmissionSchema = z
  .looseObject({
    /** What happened: `'submission.created'` is the only documented value. */
    event: formsEventSchema,
    /** When the webhook was sent (ISO 8601 UTC with milliseconds); signed as Unix seconds in `X-Spike-Timestamp`. */
    timestamp: z.string().regex(ISO_MS_Z).meta({
      description:
        'When the webhook was sent: ISO 8601 UTC with milliseconds. X-Spike-Timestamp carries it as Unix seconds.',
    }),
    /** The form posted to. */
    form: formsTimestampedFormSchema,
    /** The stored submission. */
    submission: formsTimestampedSubmissionPartSchema,
  })
  .meta({ description: 'A Spike Forms submission webhook, timestamped variant (spike-forms-timestamped).' });

/**
 * The form a timestamped submission belongs to.
 *
 * @example
 * ```ts
 * const form: FormsTimestampedForm = { id: 'clx123abc', name: 'Contact', slug: 'contact' };
 * ```
 */
export type FormsTimestampedForm = KnownFields<z.output<typeof formsTimestampedFormSchema>>;

type TimestampedBody = KnownFields<z.output<typeof formsTimestampedSubmissionSchema>>;

/**
 * A `spike-forms-timestamped` webhook body. `D` narrows `data` to one form's fields.
 *
 * @example
 * ```ts
 * const body: FormsTimestampedSubmission = {
 *   event: 'submission.created', timestamp: '2026-01-01T00:00:00.000Z',
 *   form: { id: 'clx123abc', name: 'Contact', slug: 'contact' },
 *   submission: { id: 'sub_1', data: { name: 'John' }, createdAt: '2026-01-01T00:00:00.000Z' },
 * };
 * ```
 */
export type FormsTimestampedSubmission<D extends FormsData = FormsData> = {
  [K in keyof TimestampedBody]: K extends 'submission' ? WithData<TimestampedBody[K], D> : TimestampedBody[K];
};

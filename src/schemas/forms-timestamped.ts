import { z } from 'zod';
import { type FormsData, type FormsEventName, formsDataSchema } from './forms.ts';
import { createParser, type PayloadParser } from './parse.ts';

// The experimental `spike-forms-timestamped` body from Spike's agent-skills repository (skills/spike-forms/SKILL.md):
// `{event, timestamp, form: {id, name, slug}, submission: {id, data, createdAt}}`. Unknown extra fields are tolerated.

/** ISO 8601 UTC with milliseconds and `Z`, as in the documented `2026-01-01T00:00:00.000Z`. */
const ISO_MS_Z = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

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
    id: z.string().meta({ description: 'Opaque form id.' }),
    name: z.string().meta({ description: 'The form name set in the Spike dashboard.' }),
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
    id: z.string().meta({ description: 'Opaque submission id: the key to deduplicate retries on.' }),
    data: formsDataSchema,
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
    event: z.string().meta({
      description: 'What happened. The only documented value is "submission.created".',
      examples: ['submission.created'],
    }),
    timestamp: z.string().regex(ISO_MS_Z).meta({
      description:
        'When the webhook was sent: ISO 8601 UTC with milliseconds. X-Spike-Timestamp carries it as Unix seconds.',
    }),
    form: formsTimestampedFormSchema,
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
export type FormsTimestampedForm = {
  /** Opaque form id. */
  id: string;
  /** The form name set in the dashboard. */
  name: string;
  /** The form slug of its endpoint URL. */
  slug: string;
};

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
  /** What happened: `'submission.created'` is the only documented value. */
  event: FormsEventName;
  /** When the webhook was sent (ISO 8601 UTC with milliseconds); signed as Unix seconds in `X-Spike-Timestamp`. */
  timestamp: string;
  /** The form posted to. */
  form: FormsTimestampedForm;
  /** The stored submission. */
  submission: {
    /** Opaque submission id: deduplicate retries on it. */
    id: string;
    /** The submitted fields. */
    data: D;
    /** When the submission was stored (ISO 8601 UTC with milliseconds). */
    createdAt: string;
  };
};

// Compile-time proof that the hand-written type and the schema describe the same payload.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
true satisfies Same<FormsTimestampedSubmission, z.output<typeof formsTimestampedSubmissionSchema>>;

const parser: PayloadParser<FormsTimestampedSubmission> = createParser(
  formsTimestampedSubmissionSchema,
  'Spike Forms timestamped submission',
);

/**
 * Parses a `spike-forms-timestamped` webhook body, throwing `INVALID_PAYLOAD` with every problem and its path.
 *
 * @throws {SpikeKitError} `INVALID_PAYLOAD`.
 * @example
 * ```ts
 * const { form, submission } = parseFormsTimestampedSubmission(JSON.parse(rawBody));
 * ```
 */
export const parseFormsTimestampedSubmission: (input: unknown) => FormsTimestampedSubmission = parser.parse;

/**
 * Checks a `spike-forms-timestamped` webhook body without throwing.
 *
 * @example
 * ```ts
 * const result = safeParseFormsTimestampedSubmission(body);
 * if (result.ok) console.log(result.value.submission.id);
 * ```
 */
export const safeParseFormsTimestampedSubmission: PayloadParser<FormsTimestampedSubmission>['safeParse'] =
  parser.safeParse;

/**
 * Readable problems with a `spike-forms-timestamped` webhook body (empty when valid).
 *
 * @example
 * ```ts
 * checkFormsTimestampedSubmission({ event: 'submission.created' }); // ['timestamp: ...', 'form: ...', ...]
 * ```
 */
export const checkFormsTimestampedSubmission: PayloadParser<FormsTimestampedSubmission>['check'] =
  parser.check;

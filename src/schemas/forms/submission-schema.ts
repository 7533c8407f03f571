import { z } from 'zod';
import type { KnownFields } from '../known-fields.ts';

// The `spike-forms` webhook body as Spike Forms documents it (../shared/spike-webhooks.md section 6, seed
// `seeds/spike-forms-webhooks.txt`). The schema states what is documented and no more: unknown extra fields are
// tolerated everywhere, `event` is any string, ids are opaque strings, `data` is an open record of fields. The
// TypeScript types are inferred from the schemas.

/** ISO 8601 UTC with milliseconds and `Z`, as in the documented `2024-01-15T10:30:00.000Z`. */
export const ISO_MS_Z = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** An IPv4-mapped IPv6 address in its dotted form (`::ffff:10.0.0.1`), as a dual-stack server records IPv4 peers. */
const IPV4_MAPPED_IPV6 =
  /^::[fF]{4}:(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])$/;

/** A scalar a submitted field may hold. */
const scalar = z.union([z.string(), z.number(), z.boolean()]);

/**
 * The `event` of a forms webhook: `'submission.created'` is the only documented value, and receivers must expect
 * others.
 *
 * @example
 * ```ts
 * const known: FormsEventName = 'submission.created';
 * ```
 */
export type FormsEventName = 'submission.created' | (string & {});

/** The `event` field of both forms bodies. */
export const formsEventSchema = (z.string() as z.ZodType<FormsEventName>).meta({
  description: 'What happened. The only documented value is "submission.created".',
  examples: ['submission.created'],
});

/**
 * One submitted field value. HTML form posts give strings (`file:<name>` for uploads), JSON submissions may keep
 * numbers, booleans and `null`, and checkbox or multi-select fields arrive as arrays or as one comma-joined string
 * (how Spike stores them is unconfirmed).
 *
 * @example
 * ```ts
 * formsFieldValueSchema.safeParse(['events', 'design']).success; // true
 * formsFieldValueSchema.safeParse({ city: 'Paris' }).success;    // false
 * ```
 */
export const formsFieldValueSchema = z.union([scalar, z.null(), z.array(scalar)]).meta({
  description:
    'A submitted field value: a string (uploads are "file:<filename>"), a number, a boolean, null, or an array of those scalars for checkbox and multi-select fields.',
});

/**
 * The submitted fields: any keys. Spike's control fields (`_next`, `_gotcha` ...) are not stored here.
 *
 * @example
 * ```ts
 * formsDataSchema.parse({ name: 'John Doe', rating: 4, cv: 'file:CV.pdf' });
 * ```
 */
export const formsDataSchema = z.record(z.string(), formsFieldValueSchema).meta({
  description:
    'The submitted form fields, keyed by field name. Control fields (_next, _subject, _replyto, _gotcha, g-recaptcha-response) are not stored.',
});

/**
 * The request facts Spike records with a submission (`metadata`); unknown extra fields are tolerated.
 *
 * @example
 * ```ts
 * formsMetadataSchema.parse({
 *   ip: '1.2.3.4', userAgent: 'Mozilla/5.0', referrer: '', country: 'US', timestamp: '2024-01-15T10:30:00.000Z',
 * });
 * ```
 */
export const formsMetadataSchema = z
  .looseObject({
    /** IP address of the submitter, IPv4 (`1.2.3.4`) or IPv6, including IPv4-mapped IPv6 (`::ffff:1.2.3.4`). */
    ip: z
      .union([z.ipv4(), z.ipv6(), z.string().regex(IPV4_MAPPED_IPV6)])
      .meta({ description: 'IP address of the submitter, IPv4 or IPv6 (also IPv4-mapped, ::ffff:1.2.3.4).' }),
    /** User-Agent header of the browser that posted the form. */
    userAgent: z.string().meta({ description: 'User-Agent header of the browser that posted the form.' }),
    /** The page the form was posted from; empty, null or absent when the browser sends no Referer. */
    referrer: z.string().nullable().optional().meta({
      description:
        'Referer of the form post: the page the form is on; empty, null or absent when the browser sends none.',
    }),
    /**
     * Country of the submitter, ISO 3166-1 alpha-2 (`'US'`, `'DE'`) as documented; typed only, since what Spike
     * sends when it cannot place an IP (empty, `XX` ...) is unconfirmed.
     */
    country: z.string().meta({
      description:
        'Country of the submitter, ISO 3166-1 alpha-2 (e.g. "US"); what is sent for an unknown location is unconfirmed.',
    }),
    /** When the submission was received: ISO 8601 UTC with milliseconds (`2024-01-15T10:30:00.000Z`). */
    timestamp: z.string().regex(ISO_MS_Z).meta({
      description:
        'When the submission was received: ISO 8601 UTC with milliseconds, e.g. 2024-01-15T10:30:00.000Z.',
    }),
  })
  .meta({ description: 'Facts about the request that carried the submission.' });

/**
 * The whole `spike-forms` webhook body: plain zod (objects, strings with patterns, unions, records) with
 * descriptions, so it converts to JSON Schema and Pact matchers.
 *
 * @example
 * ```ts
 * import { z } from 'zod';
 * const jsonSchema = z.toJSONSchema(formsSubmissionSchema);
 * ```
 */
export const formsSubmissionSchema = z
  .looseObject({
    /** What happened: `'submission.created'` is the only documented value. */
    event: formsEventSchema,
    /** Opaque form id. */
    formId: z
      .string()
      .meta({ description: 'Opaque form id (examples look like a cuid, "clx123abc", or "form_...").' }),
    /** The form name set in the dashboard. */
    formName: z.string().meta({ description: 'The form name set in the Spike dashboard.' }),
    /** The form slug of its endpoint URL. */
    formSlug: z.string().meta({ description: 'The form slug used in its endpoint URL.' }),
    /** The submission id (`sub_...`): deduplicate retries on it. */
    submissionId: z.string().meta({
      description: 'The submission id (examples look like "sub_..."): the key to deduplicate retries on.',
    }),
    /** The submitted fields. */
    data: formsDataSchema,
    /** Facts about the request. */
    metadata: formsMetadataSchema,
  })
  .meta({ description: 'A Spike Forms submission webhook (spike-forms).' });

/**
 * `T` with its `data` field narrowed to `D` (one form's fields).
 *
 * @example
 * ```ts
 * type Contact = WithData<{ data: FormsData; event: string }, { name: string }>; // { data: { name: string }; event: string }
 * ```
 */
export type WithData<T, D> = { [K in keyof T]: K extends 'data' ? D : T[K] };

/**
 * One submitted field value: a string (uploads are `"file:<filename>"`), a number, a boolean, `null`, or an array
 * of scalars for checkbox and multi-select fields.
 *
 * @example
 * ```ts
 * const values: FormsFieldValue[] = ['Hello', 'file:CV_Jane_Doe.pdf', 4, true, ['events', 'engineering']];
 * ```
 */
export type FormsFieldValue = z.output<typeof formsFieldValueSchema>;

/**
 * The submitted fields of one submission, keyed by field name.
 *
 * @example
 * ```ts
 * const data: FormsData = { name: 'Jane Doe', email: 'jane.doe@example.com', message: 'Hello!' };
 * ```
 */
export type FormsData = z.output<typeof formsDataSchema>;

/**
 * The request facts Spike records with a submission.
 *
 * @example
 * ```ts
 * const metadata: FormsMetadata = {
 *   ip: '1.2.3.4', userAgent: 'Mozilla/5.0 ...', referrer: 'https://yoursite.com/contact',
 *   country: 'US', timestamp: '2024-01-15T10:30:00.000Z',
 * };
 * ```
 */
export type FormsMetadata = KnownFields<z.output<typeof formsMetadataSchema>>;

/**
 * A `spike-forms` webhook body. `D` narrows `data` to one form's fields (the generators type it per form kind).
 *
 * @example
 * ```ts
 * const submission: FormsSubmission = {
 *   event: 'submission.created', formId: 'clx123abc', formName: 'Contact Form', formSlug: 'abc123xyz',
 *   submissionId: 'sub_xyz789', data: { name: 'John Doe', message: 'Hello' },
 *   metadata: { ip: '1.2.3.4', userAgent: 'Mozilla/5.0', referrer: '', country: 'US', timestamp: '2024-01-15T10:30:00.000Z' },
 * };
 * ```
 */
export type FormsSubmission<D extends FormsData = FormsData> = WithData<
  KnownFields<z.output<typeof formsSubmissionSchema>>,
  D
>;

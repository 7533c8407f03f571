import { createParser, type PayloadParser } from '../create-parser.ts';
import { type FormsSubmission, formsSubmissionSchema } from './submission-schema.ts';

const parser: PayloadParser<FormsSubmission> = createParser(formsSubmissionSchema, 'Spike Forms submission');

/**
 * Parses a `spike-forms` webhook body, throwing `INVALID_PAYLOAD` with every problem and its path.
 *
 * @throws {SpikeKitError} `INVALID_PAYLOAD`.
 * @example
 * ```ts
 * const submission = parseFormsSubmission(JSON.parse(rawBody));
 * console.log(submission.submissionId, submission.data.email);
 * ```
 */
export const parseFormsSubmission: (input: unknown) => FormsSubmission = parser.parse;

/**
 * Checks a `spike-forms` webhook body without throwing.
 *
 * @example
 * ```ts
 * const result = safeParseFormsSubmission(body);
 * if (!result.ok) console.error(result.issues); // ['metadata.country: Invalid string: ...']
 * ```
 */
export const safeParseFormsSubmission: PayloadParser<FormsSubmission>['safeParse'] = parser.safeParse;

/**
 * Readable problems with a `spike-forms` webhook body (empty when valid).
 *
 * @example
 * ```ts
 * checkFormsSubmission({ event: 'submission.created' }); // ['formId: Invalid input: ...', ...]
 * ```
 */
export const checkFormsSubmission: PayloadParser<FormsSubmission>['check'] = parser.check;

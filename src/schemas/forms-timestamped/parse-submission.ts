import { createParser, type PayloadParser } from '../create-parser.ts';
import { type FormsTimestampedSubmission, formsTimestampedSubmissionSchema } from './submission-schema.ts';

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

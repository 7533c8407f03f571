export {
  checkFormsTimestampedSubmission,
  parseFormsTimestampedSubmission,
  safeParseFormsTimestampedSubmission,
} from './parse-submission.ts';
export { formsTimestampedPayloadFamily } from './payload-family.ts';
export {
  type FormsTimestampedForm,
  type FormsTimestampedSubmission,
  formsTimestampedFormSchema,
  formsTimestampedSubmissionPartSchema,
  formsTimestampedSubmissionSchema,
} from './submission-schema.ts';

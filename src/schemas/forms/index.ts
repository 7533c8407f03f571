export { type FormKind, formKinds } from './form-kinds.ts';
export { checkFormsSubmission, parseFormsSubmission, safeParseFormsSubmission } from './parse-submission.ts';
export { formsPayloadFamily } from './payload-family.ts';
export {
  type FormsData,
  type FormsEventName,
  type FormsFieldValue,
  type FormsMetadata,
  type FormsSubmission,
  formsDataSchema,
  formsFieldValueSchema,
  formsMetadataSchema,
  formsSubmissionSchema,
} from './submission-schema.ts';

import { identityRule } from '../field-rule.ts';
import { type FormKind, formKinds } from '../forms/form-kinds.ts';
import type { PayloadFamilySchema } from '../payload-family.ts';
import { checkFormsTimestampedSubmission } from './parse-submission.ts';
import { formsTimestampedSubmissionSchema } from './submission-schema.ts';

/**
 * The experimental `forms-timestamped` payload family (`spike-forms-timestamped`): the same form kinds as
 * `forms`, in the `{event, timestamp, form, submission}` shape.
 *
 * @example
 * ```ts
 * formsTimestampedPayloadFamily.kinds; // the form kinds of formKinds
 * ```
 */
export const formsTimestampedPayloadFamily: PayloadFamilySchema<FormKind> = {
  id: 'forms-timestamped',
  title: 'Spike Forms submission webhook, timestamped variant (experimental)',
  kindLabel: 'form kind',
  kinds: formKinds,
  defaultKind: 'contact',
  schema: formsTimestampedSubmissionSchema,
  kindSchemas: Object.fromEntries(
    formKinds.map((kind) => [kind, formsTimestampedSubmissionSchema]),
  ) as Record<FormKind, typeof formsTimestampedSubmissionSchema>,
  check: checkFormsTimestampedSubmission,
  contractRules: [identityRule('event', "[docs] 'submission.created', the only documented event")],
};

import { identityRule } from '../field-rule.ts';
import type { PayloadFamilySchema } from '../payload-family.ts';
import { type FormKind, formKinds } from './form-kinds.ts';
import { checkFormsSubmission } from './parse-submission.ts';
import { formsSubmissionSchema } from './submission-schema.ts';

/**
 * The `forms` payload family (`spike-forms`): one submission per delivery, every form kind in the same shape.
 *
 * @example
 * ```ts
 * formsPayloadFamily.kindSchemas.contact === formsSubmissionSchema; // true
 * ```
 */
export const formsPayloadFamily: PayloadFamilySchema<FormKind> = {
  id: 'forms',
  title: 'Spike Forms submission webhook',
  kindLabel: 'form kind',
  kinds: formKinds,
  defaultKind: 'contact',
  schema: formsSubmissionSchema,
  kindSchemas: Object.fromEntries(formKinds.map((kind) => [kind, formsSubmissionSchema])) as Record<
    FormKind,
    typeof formsSubmissionSchema
  >,
  check: checkFormsSubmission,
  contractRules: [identityRule('event', "[seed] 'submission.created', the only documented event")],
};

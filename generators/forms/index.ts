// STUB: replaced by the forms generators (issue 2 §3). Keeps the facade compiling meanwhile.
import type { PayloadFamily } from '../core/family.ts';

export type FormsEvents = Record<'contact', { event: 'submission.created' }>;
export type FormsTimestampedEvents = Record<'contact', { event: 'submission.created' }>;
export interface FormsOptions {
  readonly locale?: string;
}
export const formsFamily: PayloadFamily<FormsEvents, FormsOptions> = {
  id: 'forms',
  kindLabel: 'form kind',
  kinds: ['contact'],
  defaultKind: 'contact',
  optionKeys: ['locale'],
  generate: () => {
    throw new Error('not implemented yet');
  },
  check: () => [],
};
export const formsTimestampedFamily: PayloadFamily<FormsTimestampedEvents, FormsOptions> = {
  ...formsFamily,
  id: 'forms-timestamped',
} as PayloadFamily<FormsTimestampedEvents, FormsOptions>;

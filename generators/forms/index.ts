export { formKinds } from '../../src/schemas/forms/index.ts';
export { formsOptionChoices } from './check-forms-options.ts';
export type { FormsEvents, FormsTimestampedEvents } from './form-data.ts';
export { formsGenerator, formsTimestampedGenerator } from './forms-generators.ts';
export type { FormsOptions } from './forms-options.ts';

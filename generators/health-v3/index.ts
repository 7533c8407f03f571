// STUB: replaced by the health generators (issue 2 §3). Keeps the facade compiling meanwhile.
import type { PayloadFamily } from '../core/family.ts';

export type HealthV3Events = Record<'record_change', { event_type: 'record_change' }[]>;
export interface HealthV3Options {
  readonly persona?: string;
}
export const healthV3Family: PayloadFamily<HealthV3Events, HealthV3Options> = {
  id: 'health-v3',
  kindLabel: 'event_type',
  kinds: ['record_change'],
  defaultKind: 'record_change',
  optionKeys: ['persona'],
  generate: () => {
    throw new Error('not implemented yet');
  },
  check: () => [],
};

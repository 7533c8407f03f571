// STUB: replaced by the health generators (issue 2 §3). Keeps the facade compiling meanwhile.
import type { PayloadFamily } from '../core/family.ts';

export type HealthV2Events = Record<'sleep', { data_type: 'sleep' }>;
export interface HealthV2Options {
  readonly persona?: string;
}
export const healthV2Family: PayloadFamily<HealthV2Events, HealthV2Options> = {
  id: 'health-v2',
  kindLabel: 'data_type',
  kinds: ['sleep'],
  defaultKind: 'sleep',
  optionKeys: ['persona'],
  generate: () => {
    throw new Error('not implemented yet');
  },
  check: () => [],
};

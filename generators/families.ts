import type { PayloadFamilyId } from '../src/profiles/index.ts';
import type { PayloadFamily } from './core/family.ts';
import {
  type FormsEvents,
  type FormsOptions,
  type FormsTimestampedEvents,
  formsFamily,
  formsTimestampedFamily,
} from './forms/index.ts';
import { type HealthV2Events, type HealthV2Options, healthV2Family } from './health-v2/index.ts';
import { type HealthV3Events, type HealthV3Options, healthV3Family } from './health-v3/index.ts';

/**
 * The types of each payload family: `events` maps each kind to its precise event type (what `generate` returns),
 * `options` are the family's own generate options.
 */
export interface FamilyTypes {
  'health-v2': { events: HealthV2Events; options: HealthV2Options };
  'health-v3': { events: HealthV3Events; options: HealthV3Options };
  forms: { events: FormsEvents; options: FormsOptions };
  'forms-timestamped': { events: FormsTimestampedEvents; options: FormsOptions };
}

/** The generator of every payload family, keyed by family id (a profile's `payload`). */
export const families: {
  readonly [F in PayloadFamilyId]: PayloadFamily<FamilyTypes[F]['events'], FamilyTypes[F]['options']>;
} = {
  'health-v2': healthV2Family,
  'health-v3': healthV3Family,
  forms: formsFamily,
  'forms-timestamped': formsTimestampedFamily,
};

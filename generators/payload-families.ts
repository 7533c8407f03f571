import type { PayloadFamilyId } from '../src/profiles/index.ts';
import type { HealthV2Events, HealthV3Events } from '../src/schemas/index.ts';
import { payloadFamilies } from '../src/schemas/payload-families.ts';
import type { PayloadFamily, PayloadGenerator } from './core/payload-generator.ts';
import {
  type FormsEvents,
  type FormsOptions,
  type FormsTimestampedEvents,
  formsGenerator,
  formsTimestampedGenerator,
} from './forms/index.ts';
import { type HealthV2Options, healthV2Generator } from './health-v2/index.ts';
import { type HealthV3Options, healthV3Generator } from './health-v3/index.ts';

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

// `families` below also checks that each family's events are keyed by exactly the kinds its descriptor lists.
type GeneratorOf<F extends PayloadFamilyId> = PayloadGenerator<
  FamilyTypes[F]['events'],
  FamilyTypes[F]['options']
>;
type FamilyOf<F extends PayloadFamilyId> = PayloadFamily<FamilyTypes[F]['events'], FamilyTypes[F]['options']>;

/** The generator of each payload family: a family without one is a type error. */
const generators: { readonly [F in PayloadFamilyId]: GeneratorOf<F> } = {
  'health-v2': healthV2Generator,
  'health-v3': healthV3Generator,
  forms: formsGenerator,
  'forms-timestamped': formsTimestampedGenerator,
};

/**
 * Every payload family as `generate` uses it, keyed by family id (a profile's `payload`): the schema descriptor of
 * `payloadFamilies` (kinds, schemas, check) joined with the family's generator.
 *
 * @example
 * ```ts
 * families.forms.kinds; // ['contact', 'newsletter', ...]
 * families['health-v2'].optionKeys; // ['persona', 'source', 'eventType']
 * ```
 */
export const families: { readonly [F in PayloadFamilyId]: FamilyOf<F> } = {
  'health-v2': { ...payloadFamilies['health-v2'], ...generators['health-v2'] },
  'health-v3': { ...payloadFamilies['health-v3'], ...generators['health-v3'] },
  forms: { ...payloadFamilies.forms, ...generators.forms },
  'forms-timestamped': { ...payloadFamilies['forms-timestamped'], ...generators['forms-timestamped'] },
};

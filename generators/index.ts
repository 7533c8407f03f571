export { fakerFor, type LocaleId, localeIds, locales } from './core/faker.ts';
export {
  type Awkwardness,
  awkwardnesses,
  type GenerationContext,
  type PayloadFamily,
} from './core/family.ts';
export { applyOverrides, type DeepPartial, type Overrides } from './core/overrides.ts';
export { Rng } from './core/random.ts';
export { type FamilyTypes, families } from './families.ts';
export {
  type CommonGenerateOptions,
  type EventOf,
  type FamilyOfRef,
  type GeneratedDelivery,
  type GenerateOptions,
  generate,
  generateDefaults,
  generateDelivery,
  type KindOf,
  kindsOf,
} from './generate.ts';

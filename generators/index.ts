export { Rng } from '../src/core/index.ts';
export { type Awkwardness, awkwardnesses } from './core/awkwardness.ts';
export { fakerFor, type LocaleId, localeIds, locales } from './core/faker.ts';
export { applyOverrides, type DeepPartial, type Overrides } from './core/overrides.ts';
export type { GenerationContext, PayloadFamily } from './core/payload-generator.ts';
export { formKinds, formsOptionChoices } from './forms/index.ts';
export {
  type CommonGenerateOptions,
  type EventOf,
  type FamilyOfRef,
  type GenerateOptions,
  generate,
  generateDefaults,
  type KindOf,
  kindsOf,
  resetDefaultSeeds,
} from './generate.ts';
export {
  type Persona,
  type PersonaId,
  type PersonaOption,
  type ProviderSlug,
  personaIds,
  personas,
  providerSlugs,
  providersRecording,
} from './health/index.ts';
export { healthV2Defaults } from './health-v2/index.ts';
export { integrationFieldVariants } from './health-v3/index.ts';
export { type FamilyTypes, families } from './payload-families.ts';

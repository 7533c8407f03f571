// The health day model shared by the v2 and v3 generators (personas, providers, seeded individuals and what their
// devices recorded each day): what the public surface of the generators takes from it.
export type { PersonaOption } from './person.ts';
export { type Persona, type PersonaId, personaIds, personas } from './personas.ts';
export { type ProviderSlug, providerSlugs, providersRecording } from './providers.ts';

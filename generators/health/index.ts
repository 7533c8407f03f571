// The health day model shared by the v2 and v3 generators: personas, the provider capability matrix, seeded
// individuals and what their devices recorded each day.
export {
  type ActivityBlocks,
  type BackgroundWalking,
  BLOCK_S,
  BLOCKS,
  type DayMeal,
  DayModel,
  type EcgRecording,
  FREE,
  IN_BED,
  type WalkingBlock,
  type WeighIn,
  WORKOUT,
} from './day.ts';
export { type Baseline, Person, type PersonaOption, type PersonaSpec, type Salts } from './person.ts';
export {
  type GlucoseProfile,
  type Goals,
  isPersonaId,
  type Meal,
  type Persona,
  type PersonaId,
  personaIds,
  personas,
  type SleepHabits,
  type WorkoutHabit,
} from './personas.ts';
export {
  type ActivityNaming,
  isProviderSlug,
  type ProviderInfo,
  type ProviderSlug,
  providerInfo,
  providerSlugs,
  providers,
  providersRecording,
  records,
} from './providers.ts';
export {
  AWAKE,
  DEEP,
  type HrvSeries,
  LIGHT,
  REM,
  type SleepSeries,
  SleepSession,
  sleepStageNames,
  windowsUntil,
} from './sleep.ts';
export { HealthUser, type HealthUserOptions, healthUser } from './user.ts';
export {
  type Workout,
  type WorkoutKind,
  WorkoutProfile,
  type WorkoutType,
  workoutKinds,
} from './workouts.ts';

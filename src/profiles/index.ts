export {
  defineProfile,
  type ProfileDefinition,
  type RetryScheduleInput,
  type SuccessInput,
} from './define.ts';
export { attemptOffsets, dedupKeys, isSuccessStatus, maxAttempts, nextAttemptAt } from './rules.ts';
export { type FamilyOf, getProfile, type ProfileRef, profileIds, profiles } from './table.ts';
export { compileMessageTemplate, type MessagePart } from './template.ts';
export type {
  DedupRule,
  PayloadFamilyId,
  Profile,
  ProfileFact,
  ProfileId,
  Provenance,
  RetrySchedule,
  SignatureSpec,
  StatusRange,
} from './types.ts';

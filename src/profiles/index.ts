export { attemptOffsets, maxAttempts, nextAttemptAt } from './attempt-schedule.ts';
export { dedupKeys, dedupKeysOfParsed } from './dedup-keys.ts';
export { defineProfile } from './define-profile.ts';
export { compileMessageTemplate, type MessagePart } from './message-template.ts';
export type { ProfileDefinition, RetryScheduleInput, SuccessInput } from './profile-definition.ts';
export { profileLimits } from './profile-limits.ts';
export { isSuccessStatus } from './success-status.ts';
export { type FamilyOf, getProfile, type ProfileId, type ProfileRef, profileIds, profiles } from './table.ts';
export type {
  DedupRule,
  PayloadFamilyId,
  Profile,
  ProfileFact,
  Provenance,
  RetrySchedule,
  SignatureSpec,
  StatusRange,
} from './types.ts';

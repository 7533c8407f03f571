import type { Duration } from '../core/index.ts';
import type {
  DedupRule,
  PayloadFamilyId,
  Profile,
  ProfileFact,
  Provenance,
  RetrySchedule,
  SignatureSpec,
  StatusRange,
} from './types.ts';

/**
 * A retry schedule written for humans: delays as durations (`'1m'`, `'12h'`, or milliseconds).
 *
 * @example
 * ```ts
 * const schedule: RetryScheduleInput = { delays: ['1m', '5m', '30m'], anchor: 'first-attempt' };
 * ```
 */
export interface RetryScheduleInput {
  /** Wait before each retry. */
  readonly delays: readonly Duration[];
  /** Default `'previous-failure'`. */
  readonly anchor?: RetrySchedule['anchor'];
  /** Default `'exhausted'`. */
  readonly afterLastFailure?: RetrySchedule['afterLastFailure'];
}

/**
 * Success statuses: `'any-2xx'`, or a list of codes and ranges such as `[200]` or `[{ from: 200, to: 204 }]`.
 *
 * @example
 * ```ts
 * const success: SuccessInput = [200, { from: 202, to: 204 }];
 * ```
 */
export type SuccessInput = 'any-2xx' | readonly (number | StatusRange)[];

/**
 * What {@link defineProfile} accepts: a whole dialect, or `extends` plus what changes. Durations may be strings.
 *
 * @example
 * ```ts
 * const definition: ProfileDefinition = { id: 'forms-10s', extends: 'spike-forms', timeout: '10s' };
 * ```
 */
export interface ProfileDefinition<F extends PayloadFamilyId = PayloadFamilyId> {
  /** Unique id of the new profile. */
  readonly id: string;
  /** Start from this profile (an id of {@link profiles} or a profile object) and change only what is given. */
  readonly extends?: Profile<F> | string;
  readonly title?: string;
  readonly product?: Profile['product'];
  readonly status?: Profile['status'];
  readonly payload?: F;
  readonly body?: Partial<Profile['body']>;
  /** Signature facts; `acceptedPrefixes` defaults to `[prefix]`. */
  readonly signature?: Partial<SignatureSpec>;
  readonly success?: SuccessInput;
  readonly timeout?: Duration;
  /** A schedule, or the name of one of the base profile's `retryAlternatives`. */
  readonly retry?: RetryScheduleInput | RetrySchedule | string;
  /** Shorten the schedule to this many retries, or lengthen it by repeating its last delay. */
  readonly retries?: number;
  readonly retryAlternatives?: Readonly<Record<string, RetryScheduleInput | RetrySchedule>>;
  /** A dedup rule, or the name of one of the base profile's `dedupAlternatives`. */
  readonly dedup?: DedupRule | string;
  readonly dedupAlternatives?: Readonly<Record<string, DedupRule>>;
  readonly provenance?: Partial<Record<ProfileFact, Provenance>>;
  /** Public URLs of the documents the facts come from. */
  readonly sources?: readonly string[];
  readonly notes?: readonly string[];
}

/** A {@link ProfileDefinition} whose base, if any, is already a profile object. */
export type ResolvedProfileDefinition<F extends PayloadFamilyId = PayloadFamilyId> = Omit<
  ProfileDefinition<F>,
  'extends'
> & {
  /** The profile to start from: only what the definition gives changes. */
  readonly extends?: Profile;
};

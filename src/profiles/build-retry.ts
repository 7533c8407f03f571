import { listChoices } from '../core/index.ts';
import type { ProfileDefinition, RetryScheduleInput } from './profile-definition.ts';
import { boundedMs, profileLimits } from './profile-limits.ts';
import { profileProblem } from './profile-problem.ts';
import type { Profile, RetrySchedule } from './types.ts';
import { unknownKeyProblems } from './unknown-key-problems.ts';

const DURATION = "a duration from 0 to 30 days, such as '1m' or '30s', or milliseconds";
const SCHEDULE_KEYS = ['delays', 'delaysMs', 'anchor', 'afterLastFailure'];

/**
 * The named retry schedules of a new profile: the base's, with the definition's added or replaced. Each problem
 * found is pushed onto `problems`.
 *
 * @example
 * ```ts
 * const problems: string[] = [];
 * buildRetryAlternatives({ slow: { delays: ['1h'] } }, undefined, problems).slow?.delaysMs; // [3600000]
 * ```
 */
export function buildRetryAlternatives(
  input: Readonly<Record<string, RetryScheduleInput | RetrySchedule>> | undefined,
  base: Readonly<Record<string, RetrySchedule>> | undefined,
  problems: string[],
): Record<string, RetrySchedule> {
  const out: Record<string, RetrySchedule> = { ...base };
  if (input !== undefined && (typeof input !== 'object' || input === null || Array.isArray(input))) {
    problems.push(profileProblem("'retryAlternatives'", 'an object of named schedules', input));
    return out;
  }
  for (const [name, schedule] of Object.entries(input ?? {})) {
    const built = buildSchedule(schedule, `retryAlternatives.${name}`, problems);
    if (built) out[name] = built;
  }
  return out;
}

/**
 * The retry schedule of a new profile: the one given, the named alternative, or the base's, shortened or
 * lengthened to `retries` retries when given. Undefined (with a problem pushed) when none can be built.
 *
 * @example
 * ```ts
 * const problems: string[] = [];
 * buildRetry({ retry: { delays: ['1m'] }, retries: 2 }, undefined, {}, problems)?.delaysMs; // [60000, 60000]
 * ```
 */
export function buildRetry(
  definition: Pick<ProfileDefinition, 'retry' | 'retries'>,
  base: Profile | undefined,
  alternatives: Readonly<Record<string, RetrySchedule>>,
  problems: string[],
): RetrySchedule | undefined {
  const schedule = chooseSchedule(definition.retry, base, alternatives, problems);
  if (schedule === undefined || definition.retries === undefined) return schedule;
  return resizeSchedule(schedule, definition.retries, problems);
}

function chooseSchedule(
  input: ProfileDefinition['retry'],
  base: Profile | undefined,
  alternatives: Readonly<Record<string, RetrySchedule>>,
  problems: string[],
): RetrySchedule | undefined {
  if (input === undefined) {
    if (base === undefined) {
      problems.push(
        profileProblem(
          "'retry'",
          "a schedule such as { delays: ['1m', '5m', '30m'] }",
          input,
          "Give one, or use 'extends' to inherit it.",
        ),
      );
    }
    return base?.retry;
  }
  if (typeof input === 'string') {
    const named = alternatives[input];
    if (named === undefined) {
      const valid = Object.keys(alternatives);
      problems.push(
        profileProblem(
          "'retry'",
          valid.length > 0
            ? `a schedule or the name of an alternative: ${listChoices(valid)}`
            : 'a schedule (the base profile has no named alternatives)',
          input,
        ),
      );
    }
    return named;
  }
  return buildSchedule(input, 'retry', problems);
}

function buildSchedule(
  input: RetryScheduleInput | RetrySchedule,
  name: string,
  problems: string[],
): RetrySchedule | undefined {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    problems.push(profileProblem(`'${name}'`, "a schedule such as { delays: ['1m', '5m', '30m'] }", input));
    return undefined;
  }
  problems.push(...unknownKeyProblems(input, SCHEDULE_KEYS, `${name}.`));
  const raw: unknown = 'delaysMs' in input ? input.delaysMs : (input as RetryScheduleInput).delays;
  if (!Array.isArray(raw) || raw.length > profileLimits.maxRetries) {
    problems.push(
      profileProblem(
        `'${name}.delays'`,
        `a list of at most ${profileLimits.maxRetries} durations such as ['1m', '5m', '30m']`,
        raw,
      ),
    );
    return undefined;
  }
  const delaysMs: number[] = [];
  for (const delay of raw as readonly unknown[]) {
    const ms = boundedMs(delay, 0);
    if (ms === undefined) problems.push(profileProblem(`A delay of '${name}'`, DURATION, delay));
    else delaysMs.push(ms);
  }
  const anchor = input.anchor ?? 'previous-failure';
  if (anchor !== 'previous-failure' && anchor !== 'first-attempt') {
    problems.push(profileProblem(`'${name}.anchor'`, "'previous-failure' or 'first-attempt'", anchor));
  }
  if (anchor === 'first-attempt' && delaysMs.some((delay, i) => i > 0 && delay <= (delaysMs[i - 1] ?? 0))) {
    problems.push(
      profileProblem(
        `'${name}.delays'`,
        "increasing: with anchor 'first-attempt' they are offsets from the first attempt",
        raw,
      ),
    );
  }
  const afterLastFailure = input.afterLastFailure ?? 'exhausted';
  if (afterLastFailure !== 'exhausted' && afterLastFailure !== 'discarded') {
    problems.push(
      profileProblem(`'${name}.afterLastFailure'`, "'exhausted' or 'discarded'", afterLastFailure),
    );
  }
  return { delaysMs, anchor, afterLastFailure };
}

function resizeSchedule(
  schedule: RetrySchedule,
  retries: number,
  problems: string[],
): RetrySchedule | undefined {
  if (!Number.isInteger(retries) || retries < 0 || retries > profileLimits.maxRetries) {
    problems.push(
      profileProblem("'retries'", `a whole number from 0 to ${profileLimits.maxRetries}`, retries),
    );
    return undefined;
  }
  const delays = schedule.delaysMs.slice(0, retries);
  const last = schedule.delaysMs.at(-1);
  if (retries > 0 && last === undefined) {
    problems.push(
      profileProblem("'retries'", '0 for a schedule without delays', retries, 'There is no delay to repeat.'),
    );
    return undefined;
  }
  while (delays.length < retries) {
    // first-attempt offsets keep increasing by the last gap; previous-failure delays repeat.
    const prev = delays.at(-1) ?? 0;
    const gap = schedule.anchor === 'first-attempt' ? prev - (delays.at(-2) ?? 0) : (last ?? 0);
    delays.push(schedule.anchor === 'first-attempt' ? prev + gap : gap);
  }
  if (delays.some((delay) => delay > profileLimits.maxDurationMs)) {
    problems.push(
      profileProblem(
        "'retries'",
        'few enough that every first-attempt offset stays within 30 days',
        retries,
        'Lengthening a first-attempt schedule adds its last gap to each new offset.',
      ),
    );
    return undefined;
  }
  return { ...schedule, delaysMs: delays };
}

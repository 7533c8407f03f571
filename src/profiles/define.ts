import { type Duration, listChoices, SpikeKitError, toMs } from '../core/index.ts';
import { compileMessageTemplate } from './template.ts';
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

/** A retry schedule written for humans: delays as durations (`'1m'`, `'12h'`, or milliseconds). */
export interface RetryScheduleInput {
  /** Wait before each retry. */
  readonly delays: readonly Duration[];
  /** Default `'previous-failure'`. */
  readonly anchor?: RetrySchedule['anchor'];
  /** Default `'exhausted'`. */
  readonly afterLastFailure?: RetrySchedule['afterLastFailure'];
}

/** Success statuses: `'any-2xx'`, or a list of codes and ranges such as `[200]` or `[{ from: 200, to: 204 }]`. */
export type SuccessInput = 'any-2xx' | readonly (number | StatusRange)[];

/**
 * What {@link defineProfile} accepts: a whole dialect, or `extends` plus what changes. Durations may be strings.
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
  readonly sources?: readonly string[];
  readonly notes?: readonly string[];
}

/** Resolves a base given to `extends`; the table registers itself here to avoid an import cycle. */
let resolveBase: (id: string) => Profile = (id) => {
  throw new SpikeKitError('UNKNOWN_PROFILE', `Unknown profile '${id}'.`, { profile: id });
};

/** @internal Wires {@link defineProfile}'s `extends: '<id>'` to the built-in table. */
export function setProfileResolver(resolver: (id: string) => Profile): void {
  resolveBase = resolver;
}

/**
 * Describes a changed or custom Spike dialect as data. The result works everywhere a built-in profile does
 * (generators, signing, simulator, contracts). Input is validated; every problem is reported at once.
 *
 * @throws {SpikeKitError} `INVALID_PROFILE` listing each problem, `UNKNOWN_PROFILE` for an unknown `extends`.
 * @example
 * ```ts
 * import { defineProfile, simulate } from 'spike-webhook-kit';
 * // Spike Forms, read as offsets from the first attempt (0, 1, 5, 30 min) with a 10 s timeout:
 * const strictForms = defineProfile({
 *   id: 'forms-strict', extends: 'spike-forms', retry: 'delays-from-first-attempt', timeout: '10s',
 * });
 * ```
 */
export function defineProfile<F extends PayloadFamilyId = PayloadFamilyId>(
  definition: ProfileDefinition<F>,
): Profile<F> {
  const problems: string[] = [];
  const base = definition.extends === undefined ? undefined : toBase(definition.extends);
  const need = <T>(value: T | undefined, from: T | undefined, name: string): T | undefined => {
    const chosen = value ?? from;
    if (chosen === undefined) problems.push(`'${name}' is required (or use 'extends' to inherit it)`);
    return chosen;
  };

  if (typeof definition.id !== 'string' || definition.id.trim() === '')
    problems.push(`'id' must be a non-empty string`);
  const title = need(definition.title, base?.title, 'title');
  const product = need(definition.product, base?.product, 'product');
  const payload = need(definition.payload, base?.payload as F | undefined, 'payload');
  const bodyShape = need(definition.body?.shape, base?.body.shape, 'body.shape');
  const contentType = definition.body?.contentType ?? base?.body.contentType ?? 'application/json';
  const signature = buildSignature(definition.signature, base?.signature, problems);
  const success = buildSuccess(definition.success, base?.success, problems);
  const timeoutMs = buildTimeout(definition.timeout, base?.timeoutMs, problems);
  const retryAlternatives = buildAlternatives(
    definition.retryAlternatives,
    base?.retryAlternatives,
    problems,
  );
  let retry = buildRetry(definition.retry, base, retryAlternatives, problems);
  if (retry !== undefined && definition.retries !== undefined)
    retry = resize(retry, definition.retries, problems);
  const dedupAlternatives = { ...base?.dedupAlternatives, ...definition.dedupAlternatives };
  const dedup = buildDedup(definition.dedup, base, dedupAlternatives, problems);

  if (product !== undefined && product !== 'spike-api' && product !== 'spike-forms') {
    problems.push(`'product' must be 'spike-api' or 'spike-forms', got ${JSON.stringify(product)}`);
  }
  if (bodyShape !== undefined && bodyShape !== 'object' && bodyShape !== 'array') {
    problems.push(`'body.shape' must be 'object' or 'array', got ${JSON.stringify(bodyShape)}`);
  }

  if (
    problems.length > 0 ||
    !title ||
    !product ||
    !payload ||
    !bodyShape ||
    !signature ||
    !success ||
    !retry
  ) {
    throw new SpikeKitError(
      'INVALID_PROFILE',
      `Invalid profile ${JSON.stringify(definition.id)}:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`,
      { profile: definition.id, problems },
    );
  }

  const provenance: Record<ProfileFact, Provenance> = {
    body: 'decision',
    signature: 'decision',
    success: 'decision',
    timeout: 'decision',
    retry: 'decision',
    dedup: 'decision',
    ...base?.provenance,
    ...definition.provenance,
  };
  return deepFreeze({
    id: definition.id,
    title,
    product,
    status: definition.status ?? base?.status ?? 'stable',
    payload,
    method: 'POST',
    body: { shape: bodyShape, contentType },
    signature,
    success,
    timeoutMs: timeoutMs ?? 30_000,
    retry,
    retryAlternatives,
    dedup,
    dedupAlternatives,
    provenance,
    sources: definition.sources ?? base?.sources ?? [],
    notes: definition.notes ?? base?.notes ?? [],
  });
}

function toBase(base: Profile | string): Profile {
  return typeof base === 'string' ? resolveBase(base) : base;
}

function buildSignature(
  input: Partial<SignatureSpec> | undefined,
  base: SignatureSpec | undefined,
  problems: string[],
): SignatureSpec | undefined {
  const header = input?.header ?? base?.header;
  const signs = input?.signs ?? base?.signs;
  if (!header || !/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(header)) {
    problems.push(`'signature.header' must be a valid HTTP header name, got ${JSON.stringify(header)}`);
  }
  if (signs === undefined) problems.push(`'signature.signs' is required, e.g. '{body}'`);
  else {
    try {
      const parts = compileMessageTemplate(signs);
      const timestampHeader = input?.timestampHeader ?? base?.timestampHeader;
      if (parts.some((part) => part.type === 'timestamp') && !timestampHeader) {
        problems.push(`'signature.signs' uses {timestamp}, so 'signature.timestampHeader' is required`);
      }
    } catch (error) {
      problems.push((error as Error).message);
    }
  }
  const prefix = input?.prefix ?? base?.prefix ?? '';
  const accepted =
    input?.acceptedPrefixes ?? (input?.prefix === undefined ? base?.acceptedPrefixes : undefined);
  const acceptedPrefixes = [...new Set([prefix, ...(accepted ?? [])])];
  const algorithm = input?.algorithm ?? base?.algorithm ?? 'sha256';
  if (algorithm !== 'sha256') problems.push(`'signature.algorithm' must be 'sha256'`);
  const required = input?.required ?? base?.required ?? 'always';
  if (required !== 'always' && required !== 'when-secret-set') {
    problems.push(`'signature.required' must be 'always' or 'when-secret-set'`);
  }
  if (!header || signs === undefined) return undefined;
  const timestampHeader = input?.timestampHeader ?? base?.timestampHeader;
  const timestampField = input?.timestampField ?? base?.timestampField;
  return {
    header,
    prefix,
    acceptedPrefixes,
    algorithm,
    encoding: 'hex',
    signs,
    ...(timestampHeader === undefined ? {} : { timestampHeader }),
    ...(timestampField === undefined ? {} : { timestampField }),
    required,
    key: input?.key ?? base?.key ?? 'webhook secret',
  };
}

function buildSuccess(
  input: SuccessInput | undefined,
  base: readonly StatusRange[] | undefined,
  problems: string[],
): readonly StatusRange[] | undefined {
  if (input === undefined) {
    if (base === undefined) problems.push(`'success' is required: 'any-2xx' or a list such as [200]`);
    return base;
  }
  if (input === 'any-2xx') return [{ from: 200, to: 299 }];
  if (!Array.isArray(input) || input.length === 0) {
    problems.push(`'success' must be 'any-2xx' or a non-empty list of statuses or { from, to } ranges`);
    return undefined;
  }
  const ranges: StatusRange[] = [];
  for (const item of input) {
    const range = typeof item === 'number' ? { from: item, to: item } : item;
    const valid =
      Number.isInteger(range?.from) &&
      Number.isInteger(range?.to) &&
      range.from >= 100 &&
      range.to <= 599 &&
      range.from <= range.to;
    if (valid) ranges.push({ from: range.from, to: range.to });
    else
      problems.push(
        `'success' entry ${JSON.stringify(item)} is not a status (100-599) or a { from, to } range`,
      );
  }
  return ranges;
}

function buildTimeout(
  input: Duration | undefined,
  base: number | undefined,
  problems: string[],
): number | undefined {
  if (input === undefined) return base;
  try {
    const ms = toMs(input);
    if (ms > 0) return ms;
    problems.push(`'timeout' must be longer than 0`);
  } catch (error) {
    problems.push(`'timeout': ${(error as Error).message}`);
  }
  return undefined;
}

function buildSchedule(
  input: RetryScheduleInput | RetrySchedule,
  name: string,
  problems: string[],
): RetrySchedule | undefined {
  const raw = 'delaysMs' in input ? input.delaysMs : (input as RetryScheduleInput).delays;
  if (!Array.isArray(raw)) {
    problems.push(`'${name}' needs 'delays', a list of durations such as ['1m', '5m', '30m']`);
    return undefined;
  }
  const delaysMs: number[] = [];
  for (const delay of raw as readonly Duration[]) {
    try {
      delaysMs.push(toMs(delay));
    } catch (error) {
      problems.push(`'${name}': ${(error as Error).message}`);
    }
  }
  const anchor = input.anchor ?? 'previous-failure';
  if (anchor !== 'previous-failure' && anchor !== 'first-attempt') {
    problems.push(`'${name}.anchor' must be 'previous-failure' or 'first-attempt'`);
  }
  if (anchor === 'first-attempt' && delaysMs.some((delay, i) => i > 0 && delay <= (delaysMs[i - 1] ?? 0))) {
    problems.push(`'${name}': with anchor 'first-attempt' the delays are offsets and must increase`);
  }
  const afterLastFailure = input.afterLastFailure ?? 'exhausted';
  if (afterLastFailure !== 'exhausted' && afterLastFailure !== 'discarded') {
    problems.push(`'${name}.afterLastFailure' must be 'exhausted' or 'discarded'`);
  }
  return { delaysMs, anchor, afterLastFailure };
}

function buildAlternatives(
  input: Readonly<Record<string, RetryScheduleInput | RetrySchedule>> | undefined,
  base: Readonly<Record<string, RetrySchedule>> | undefined,
  problems: string[],
): Record<string, RetrySchedule> {
  const out: Record<string, RetrySchedule> = { ...base };
  for (const [name, schedule] of Object.entries(input ?? {})) {
    const built = buildSchedule(schedule, `retryAlternatives.${name}`, problems);
    if (built) out[name] = built;
  }
  return out;
}

function buildRetry(
  input: ProfileDefinition['retry'],
  base: Profile | undefined,
  alternatives: Readonly<Record<string, RetrySchedule>>,
  problems: string[],
): RetrySchedule | undefined {
  if (input === undefined) {
    if (base === undefined) problems.push(`'retry' is required, e.g. { delays: ['1m', '5m', '30m'] }`);
    return base?.retry;
  }
  if (typeof input === 'string') {
    const named = alternatives[input];
    if (named === undefined) {
      const valid = Object.keys(alternatives);
      problems.push(
        `'retry' names an unknown alternative '${input}'; ${valid.length ? `valid: ${listChoices(valid)}` : 'the base profile has none'}`,
      );
    }
    return named;
  }
  return buildSchedule(input, 'retry', problems);
}

function resize(schedule: RetrySchedule, retries: number, problems: string[]): RetrySchedule | undefined {
  if (!Number.isInteger(retries) || retries < 0) {
    problems.push(`'retries' must be a whole number >= 0, got ${JSON.stringify(retries)}`);
    return undefined;
  }
  const delays = schedule.delaysMs.slice(0, retries);
  const last = schedule.delaysMs.at(-1);
  if (retries > 0 && last === undefined) {
    problems.push(`'retries' cannot lengthen a schedule without delays`);
    return undefined;
  }
  while (delays.length < retries) {
    // first-attempt offsets keep increasing by the last gap; previous-failure delays repeat.
    const prev = delays.at(-1) ?? 0;
    const gap = schedule.anchor === 'first-attempt' ? prev - (delays.at(-2) ?? 0) : (last ?? 0);
    delays.push(schedule.anchor === 'first-attempt' ? prev + gap : gap);
  }
  return { ...schedule, delaysMs: delays };
}

function buildDedup(
  input: DedupRule | string | undefined,
  base: Profile | undefined,
  alternatives: Readonly<Record<string, DedupRule>>,
  problems: string[],
): DedupRule {
  if (input === undefined) return base?.dedup ?? { kind: 'body-hash', algorithm: 'sha256' };
  if (typeof input === 'string') {
    const named = alternatives[input];
    if (named) return named;
    problems.push(
      `'dedup' names an unknown alternative '${input}'; valid: ${listChoices(Object.keys(alternatives))}`,
    );
    return base?.dedup ?? { kind: 'body-hash', algorithm: 'sha256' };
  }
  const kinds = ['field', 'body-hash', 'tuple'];
  if (!kinds.includes((input as { kind?: string }).kind ?? '')) {
    problems.push(`'dedup.kind' must be ${listChoices(kinds)}`);
  }
  return input;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

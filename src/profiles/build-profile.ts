import { type Duration, listChoices, SpikeKitError, toMs } from '../core/index.ts';
import { buildRetry, buildRetryAlternatives } from './build-retry.ts';
import { compileMessageTemplate } from './message-template.ts';
import type { ResolvedProfileDefinition, SuccessInput } from './profile-definition.ts';
import { profileProblem } from './profile-problem.ts';
import type {
  DedupRule,
  PayloadFamilyId,
  Profile,
  ProfileFact,
  Provenance,
  SignatureSpec,
  StatusRange,
} from './types.ts';

const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const INHERIT = "Give it, or use 'extends' to inherit it.";

/**
 * Builds a frozen profile from a definition whose base (if any) is already a profile object: what the definition
 * gives replaces the base's facts, the rest is inherited. The built-in table and {@link defineProfile} both use it.
 * Every problem is reported at once.
 *
 * @throws {SpikeKitError} `INVALID_PROFILE` listing each problem.
 * @example
 * ```ts
 * const quick = buildProfile({ id: 'forms-quick', extends: profiles['spike-forms'], timeout: '5s' });
 * quick.timeoutMs; // 5000
 * ```
 */
export function buildProfile<F extends PayloadFamilyId = PayloadFamilyId>(
  definition: ResolvedProfileDefinition<F>,
): Profile<F> {
  const problems: string[] = [];
  const base = definition.extends;
  const need = <T>(value: T | undefined, from: T | undefined, name: string): T | undefined => {
    const chosen = value ?? from;
    if (chosen === undefined) problems.push(profileProblem(`'${name}'`, 'set', chosen, INHERIT));
    return chosen;
  };

  if (typeof definition.id !== 'string' || definition.id.trim() === '')
    problems.push(profileProblem("'id'", 'a non-empty string', definition.id));
  const title = need(definition.title, base?.title, 'title');
  const product = need(definition.product, base?.product, 'product');
  const payload = need(definition.payload, base?.payload as F | undefined, 'payload');
  const bodyShape = need(definition.body?.shape, base?.body.shape, 'body.shape');
  const contentType = definition.body?.contentType ?? base?.body.contentType ?? 'application/json';
  const signature = buildSignature(definition.signature, base?.signature, problems);
  const success = buildSuccess(definition.success, base?.success, problems);
  const timeoutMs = buildTimeout(definition.timeout, base?.timeoutMs, problems);
  const retryAlternatives = buildRetryAlternatives(
    definition.retryAlternatives,
    base?.retryAlternatives,
    problems,
  );
  const retry = buildRetry(definition, base, retryAlternatives, problems);
  const dedupAlternatives = { ...base?.dedupAlternatives, ...definition.dedupAlternatives };
  const dedup = buildDedup(definition.dedup, base, dedupAlternatives, problems);

  if (product !== undefined && product !== 'spike-api' && product !== 'spike-forms') {
    problems.push(profileProblem("'product'", "'spike-api' or 'spike-forms'", product));
  }
  if (bodyShape !== undefined && bodyShape !== 'object' && bodyShape !== 'array') {
    problems.push(profileProblem("'body.shape'", "'object' or 'array'", bodyShape));
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

function buildSignature(
  input: Partial<SignatureSpec> | undefined,
  base: SignatureSpec | undefined,
  problems: string[],
): SignatureSpec | undefined {
  const header = input?.header ?? base?.header;
  const signs = input?.signs ?? base?.signs;
  const timestampHeader = input?.timestampHeader ?? base?.timestampHeader;
  if (!header || !HEADER_NAME.test(header)) {
    problems.push(profileProblem("'signature.header'", 'a valid HTTP header name', header));
  }
  if (signs === undefined) {
    problems.push(profileProblem("'signature.signs'", "a signed-message template such as '{body}'", signs));
  } else {
    try {
      const parts = compileMessageTemplate(signs);
      if (parts.some((part) => part.type === 'timestamp') && !timestampHeader) {
        problems.push(
          profileProblem(
            "'signature.timestampHeader'",
            "a header name when 'signature.signs' uses {timestamp}",
            timestampHeader,
          ),
        );
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
  if (algorithm !== 'sha256') problems.push(profileProblem("'signature.algorithm'", "'sha256'", algorithm));
  const required = input?.required ?? base?.required ?? 'always';
  if (required !== 'always' && required !== 'when-secret-set') {
    problems.push(profileProblem("'signature.required'", "'always' or 'when-secret-set'", required));
  }
  if (!header || signs === undefined) return undefined;
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
    if (base === undefined) {
      problems.push(profileProblem("'success'", "'any-2xx' or a list such as [200]", input, INHERIT));
    }
    return base;
  }
  if (input === 'any-2xx') return [{ from: 200, to: 299 }];
  if (!Array.isArray(input) || input.length === 0) {
    problems.push(
      profileProblem("'success'", "'any-2xx' or a non-empty list of statuses or { from, to } ranges", input),
    );
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
      problems.push(profileProblem("A 'success' entry", 'a status (100-599) or a { from, to } range', item));
  }
  return ranges;
}

function buildTimeout(
  input: Duration | undefined,
  base: number | undefined,
  problems: string[],
): number | undefined {
  if (input === undefined) return base;
  let ms: number | undefined;
  try {
    ms = toMs(input);
  } catch {
    ms = undefined;
  }
  if (ms !== undefined && ms > 0) return ms;
  problems.push(profileProblem("'timeout'", "a duration longer than 0, such as '30s' or 30000", input));
  return undefined;
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
    const valid = Object.keys(alternatives);
    problems.push(
      profileProblem(
        "'dedup'",
        valid.length > 0
          ? `a dedup rule or the name of an alternative: ${listChoices(valid)}`
          : 'a dedup rule (the base profile has no named alternatives)',
        input,
      ),
    );
    return base?.dedup ?? { kind: 'body-hash', algorithm: 'sha256' };
  }
  const kinds = ['field', 'body-hash', 'tuple'];
  const kind = (input as { kind?: unknown }).kind;
  if (typeof kind !== 'string' || !kinds.includes(kind)) {
    problems.push(profileProblem("'dedup.kind'", listChoices(kinds), kind));
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

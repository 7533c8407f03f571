import { listChoices, SpikeKitError, showValue } from '../core/index.ts';
import { buildRetry, buildRetryAlternatives } from './build-retry.ts';
import { factTypeProblems } from './fact-type-problems.ts';
import { DEDUP_RULE_TEXT, isDedupRule } from './is-dedup-rule.ts';
import { compileMessageTemplate } from './message-template.ts';
import type { ProfileDefinition, ResolvedProfileDefinition, SuccessInput } from './profile-definition.ts';
import { boundedMs } from './profile-limits.ts';
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

import { unknownKeyProblems } from './unknown-key-problems.ts';

const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
/**
 * The keys of a {@link ProfileDefinition}, of its `signature` and of its `body`: each list is checked complete
 * against its type when compiling, so a new option can never be refused as unknown.
 */
const DEFINITION_KEYS = Object.keys({
  id: true,
  extends: true,
  title: true,
  product: true,
  status: true,
  payload: true,
  body: true,
  signature: true,
  success: true,
  timeout: true,
  retry: true,
  retries: true,
  retryAlternatives: true,
  dedup: true,
  dedupAlternatives: true,
  provenance: true,
  sources: true,
  notes: true,
} satisfies Record<keyof ProfileDefinition, true>);
const SIGNATURE_KEYS = Object.keys({
  header: true,
  prefix: true,
  acceptedPrefixes: true,
  algorithm: true,
  encoding: true,
  signs: true,
  timestampHeader: true,
  timestampField: true,
  required: true,
  key: true,
} satisfies Record<keyof SignatureSpec, true>);
const BODY_KEYS = Object.keys({
  shape: true,
  contentType: true,
} satisfies Record<keyof Profile['body'], true>);
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
  if (typeof definition !== 'object' || definition === null || Array.isArray(definition)) {
    throw new SpikeKitError(
      'INVALID_PROFILE',
      profileProblem(
        'A profile definition',
        "an object such as { id: 'forms-10s', extends: 'spike-forms' }",
        definition,
      ),
      { profile: undefined, problems: [] },
    );
  }
  const problems: string[] = unknownKeyProblems(definition, DEFINITION_KEYS, '');
  for (const [name, value, keys] of [
    ['signature', definition.signature, SIGNATURE_KEYS],
    ['body', definition.body, BODY_KEYS],
  ] as const) {
    if (value === undefined) continue;
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      problems.push(...unknownKeyProblems(value, keys, `${name}.`));
    } else problems.push(profileProblem(`'${name}'`, 'an object', value));
  }
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
  problems.push(...factTypeProblems(definition));
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
      `Invalid profile ${showValue(definition.id)}:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`,
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
  if (typeof input !== 'object' || input === null) input = undefined;
  const header = input?.header ?? base?.header;
  const signs = input?.signs ?? base?.signs;
  const timestampHeader = input?.timestampHeader ?? base?.timestampHeader;
  if (typeof header !== 'string' || !HEADER_NAME.test(header)) {
    problems.push(profileProblem("'signature.header'", 'a valid HTTP header name', header));
  }
  if (typeof signs !== 'string') {
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
  if (typeof prefix !== 'string') problems.push(profileProblem("'signature.prefix'", 'a string', prefix));
  if (
    timestampHeader !== undefined &&
    (typeof timestampHeader !== 'string' || !HEADER_NAME.test(timestampHeader))
  )
    problems.push(profileProblem("'signature.timestampHeader'", 'a valid HTTP header name', timestampHeader));
  for (const [name, value] of [
    ['key', input?.key],
    ['timestampField', input?.timestampField],
  ] as const) {
    if (value !== undefined && (typeof value !== 'string' || value === ''))
      problems.push(profileProblem(`'signature.${name}'`, 'a non-empty string', value));
  }
  let accepted: unknown =
    input?.acceptedPrefixes ?? (input?.prefix === undefined ? base?.acceptedPrefixes : undefined);
  if (accepted !== undefined && (!Array.isArray(accepted) || !accepted.every((p) => typeof p === 'string'))) {
    problems.push(
      profileProblem("'signature.acceptedPrefixes'", "a list of strings such as ['', 'sha256=']", accepted),
    );
    accepted = undefined;
  }
  const acceptedPrefixes = [...new Set([prefix, ...((accepted as readonly string[] | undefined) ?? [])])];
  const algorithm = input?.algorithm ?? base?.algorithm ?? 'sha256';
  if (algorithm !== 'sha256') problems.push(profileProblem("'signature.algorithm'", "'sha256'", algorithm));
  const required = input?.required ?? base?.required ?? 'always';
  if (required !== 'always' && required !== 'when-secret-set') {
    problems.push(profileProblem("'signature.required'", "'always' or 'when-secret-set'", required));
  }
  if (typeof header !== 'string' || typeof signs !== 'string' || typeof prefix !== 'string') return undefined;
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

function buildTimeout(input: unknown, base: number | undefined, problems: string[]): number | undefined {
  if (input === undefined) return base;
  const ms = boundedMs(input, 1);
  if (ms !== undefined) return ms;
  problems.push(
    profileProblem(
      "'timeout'",
      "a duration longer than 0 and at most 30 days, such as '30s' or 30000",
      input,
    ),
  );
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
  const kind = typeof input === 'object' && input !== null ? (input as { kind?: unknown }).kind : undefined;
  if (typeof kind !== 'string' || !kinds.includes(kind)) {
    problems.push(profileProblem("'dedup.kind'", listChoices(kinds), kind));
  } else if (!isDedupRule(input)) problems.push(profileProblem("'dedup'", DEDUP_RULE_TEXT, input));
  return input;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

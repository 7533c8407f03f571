import { createHash } from 'node:crypto';
import { invalid, SpikeKitError } from '../core/index.ts';
import { isDedupRule } from './is-dedup-rule.ts';
import { getProfile, type ProfileRef } from './table.ts';
import type { DedupRule } from './types.ts';

/**
 * The keys a receiver should deduplicate on for one delivery body: the `event_id` (v2), `submissionId` (forms), a
 * SHA-256 of the raw body (v3), or one tuple per event of an array body. Pass `rule` to use an alternative, e.g.
 * `profiles['spike-health-v3'].dedupAlternatives['event-tuple']`.
 *
 * @throws {SpikeKitError} `INVALID_EVENT` when the body is not JSON or lacks the key's field; `INVALID_OPTION`
 *   when `body` is not a string or `rule` not a dedup rule.
 * @example
 * ```ts
 * dedupKeys('spike-forms', delivery.body); // ['sub_ckx2...']
 * ```
 */
export function dedupKeys(profile: ProfileRef, body: string, rule?: DedupRule): string[] {
  const own = getProfile(profile).dedup;
  const chosen: unknown = rule ?? own;
  if (!isDedupRule(chosen)) {
    throw invalid(
      'INVALID_OPTION',
      "dedupKeys' rule",
      "a dedup rule such as { kind: 'body-hash', algorithm: 'sha256' }",
      rule,
      {
        hint: "Use one of the profile's dedupAlternatives, or leave it out for the profile's own rule.",
      },
    );
  }
  if (typeof body !== 'string') {
    throw invalid('INVALID_OPTION', "dedupKeys' body", 'the raw body as text', body);
  }
  if (chosen.kind === 'body-hash') return keysOf(chosen, body, undefined);
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    throw new SpikeKitError('INVALID_EVENT', 'Cannot derive a dedup key: the body is not valid JSON.', {});
  }
  return keysOf(chosen, body, parsed);
}

/**
 * {@link dedupKeys} with the profile's own rule, for a body already parsed (a receiver that has the JSON at hand
 * saves parsing it twice). `parsed` must be `JSON.parse(body)`.
 *
 * @throws {SpikeKitError} `INVALID_EVENT` when the body lacks the key's field.
 * @example
 * ```ts
 * dedupKeysOfParsed('spike-forms', body, JSON.parse(body)); // ['sub_ckx2...']
 * ```
 */
export function dedupKeysOfParsed(profile: ProfileRef, body: string, parsed: unknown): string[] {
  return keysOf(getProfile(profile).dedup, body, parsed);
}

function keysOf(chosen: DedupRule, body: string, parsed: unknown): string[] {
  if (chosen.kind === 'body-hash') return [createHash(chosen.algorithm).update(body).digest('hex')];
  if (chosen.kind === 'field') return [String(readPath(parsed, chosen.path))];
  const events = Array.isArray(parsed) ? parsed : [parsed];
  // Events may omit fields (provider_integration_* events carry no window): a missing field counts as null.
  return events.map((event) =>
    JSON.stringify(
      chosen.fields.map((field) =>
        event !== null && typeof event === 'object'
          ? ((event as Record<string, unknown>)[field] ?? null)
          : null,
      ),
    ),
  );
}

function readPath(value: unknown, path: readonly string[]): unknown {
  let current = value;
  for (const segment of path) {
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, segment)) {
      throw new SpikeKitError(
        'INVALID_EVENT',
        `Cannot derive a dedup key: the body has no '${path.join('.')}' field.`,
        { path },
      );
    }
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}

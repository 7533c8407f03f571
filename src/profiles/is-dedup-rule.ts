import type { DedupRule } from './types.ts';

/** What a dedup rule is, in the words of a profile problem. */
export const DEDUP_RULE_TEXT =
  "a dedup rule: { kind: 'field', path }, { kind: 'body-hash', algorithm: 'sha256' } or { kind: 'tuple', fields }";

/**
 * True when `value` is a {@link DedupRule} the kit can apply: `body-hash` with `sha256`, `field` with a non-empty
 * path of strings, or `tuple` with a list of field names.
 *
 * @example
 * ```ts
 * isDedupRule({ kind: 'field', path: ['event_id'] }); // true
 * isDedupRule({ kind: 'uuid' });                      // false
 * ```
 */
export function isDedupRule(value: unknown): value is DedupRule {
  if (typeof value !== 'object' || value === null) return false;
  const rule = value as Record<string, unknown>;
  const strings = (list: unknown) => Array.isArray(list) && list.every((item) => typeof item === 'string');
  if (rule.kind === 'body-hash') return rule.algorithm === 'sha256';
  if (rule.kind === 'field') return strings(rule.path) && (rule.path as unknown[]).length > 0;
  return rule.kind === 'tuple' && strings(rule.fields);
}

import { listChoices } from '../core/index.ts';
import { DEDUP_RULE_TEXT, isDedupRule } from './is-dedup-rule.ts';
import type { ResolvedProfileDefinition } from './profile-definition.ts';
import { profileProblem } from './profile-problem.ts';
import { unknownKeyProblems } from './unknown-key-problems.ts';

const STRING_FACTS = ['title', 'payload'] as const;
const LIST_FACTS = ['sources', 'notes'] as const;
const PROVENANCES = ['seed', 'docs', 'decision', 'unconfirmed'];

/**
 * Type problems of a definition's plain facts: text where text is meant, lists of text, known provenance values,
 * named dedup alternatives that are dedup rules (each problem a sentence for `INVALID_PROFILE`).
 *
 * @example
 * ```ts
 * factTypeProblems({ id: 'x', title: '' }); // ["'title' must be a non-empty string, got \"\"."]
 * ```
 */
export function factTypeProblems(definition: ResolvedProfileDefinition): string[] {
  const problems: string[] = [];
  for (const name of STRING_FACTS) {
    const value: unknown = definition[name];
    if (value !== undefined && (typeof value !== 'string' || value === ''))
      problems.push(profileProblem(`'${name}'`, 'a non-empty string', value));
  }
  const contentType: unknown = definition.body?.contentType;
  if (contentType !== undefined && typeof contentType !== 'string')
    problems.push(
      profileProblem("'body.contentType'", "a media type such as 'application/json'", contentType),
    );
  const status: unknown = definition.status;
  if (status !== undefined && status !== 'stable' && status !== 'experimental')
    problems.push(profileProblem("'status'", "'stable' or 'experimental'", status));
  for (const name of LIST_FACTS) {
    const value: unknown = definition[name];
    if (value !== undefined && (!Array.isArray(value) || !value.every((item) => typeof item === 'string')))
      problems.push(profileProblem(`'${name}'`, 'a list of strings', value));
  }
  const provenance: unknown = definition.provenance;
  if (provenance !== undefined) {
    if (typeof provenance !== 'object' || provenance === null || Array.isArray(provenance)) {
      problems.push(profileProblem("'provenance'", 'an object such as { retry: "decision" }', provenance));
    } else {
      problems.push(
        ...unknownKeyProblems(
          provenance,
          ['body', 'signature', 'success', 'timeout', 'retry', 'dedup'],
          'provenance.',
        ),
      );
      for (const [fact, value] of Object.entries(provenance)) {
        if (!PROVENANCES.includes(value as string))
          problems.push(profileProblem(`'provenance.${fact}'`, listChoices(PROVENANCES), value));
      }
    }
  }
  const alternatives: unknown = definition.dedupAlternatives;
  if (alternatives !== undefined) {
    if (typeof alternatives !== 'object' || alternatives === null || Array.isArray(alternatives))
      problems.push(profileProblem("'dedupAlternatives'", 'an object of named dedup rules', alternatives));
    else
      for (const [name, rule] of Object.entries(alternatives)) {
        if (!isDedupRule(rule))
          problems.push(profileProblem(`'dedupAlternatives.${name}'`, DEDUP_RULE_TEXT, rule));
      }
  }
  return problems;
}

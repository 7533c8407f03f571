import { listChoices } from '../core/index.ts';
import { profileProblem } from './profile-problem.ts';

/**
 * One problem per own key of `value` that is not in `valid` (a misspelt option is never silently ignored), each
 * listing the valid keys and, when one is close, suggesting it. `where` prefixes the key: `'signature.'`.
 *
 * @example
 * ```ts
 * unknownKeyProblems({ retires: 3 }, ['retries', 'timeout'], '');
 * // ["'retires' must be one of 'retries' or 'timeout', got \"retires\". Did you mean 'retries'?"]
 * ```
 */
export function unknownKeyProblems(value: object, valid: readonly string[], where: string): string[] {
  const problems: string[] = [];
  for (const key of Object.keys(value)) {
    if (valid.includes(key)) continue;
    const near = closest(key, valid);
    problems.push(
      profileProblem(
        `'${where}${key}'`,
        `a known key: ${listChoices(valid)}`,
        key,
        near === undefined ? 'Remove it.' : `Did you mean '${near}'?`,
      ),
    );
  }
  return problems;
}

/** The valid key nearest to `key` by edit distance, when near enough to be a typo. */
function closest(key: string, valid: readonly string[]): string | undefined {
  if (key.length > 64) return undefined;
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(key.length / 3)) + 1;
  for (const candidate of valid) {
    const d = editDistance(key.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

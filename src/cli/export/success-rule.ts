import type { Profile } from '../../profiles/index.ts';

/** A profile's success rule, written out for a generated load script. */
export interface SuccessRule {
  /** A JavaScript expression over a variable `status`, e.g. `status === 200` or `(status >= 200 && status <= 299)`. */
  readonly expression: string;
  /** The rule in words, e.g. `exactly 200` or `200-299`. */
  readonly description: string;
  /** The arguments of k6's `http.expectedStatuses(...)`, e.g. `200` or `{ min: 200, max: 299 }`. */
  readonly k6Statuses: string;
}

/**
 * Writes a profile's success statuses (exactly 200 for v3, any 2xx otherwise) as code a load script runs, so the
 * script counts what Spike counts as delivered and nothing else (a 3xx, or a 201 on v3, is a failure).
 *
 * @example
 * ```ts
 * import { getProfile } from '../../profiles/index.ts';
 * successRule(getProfile('spike-health-v3')).expression; // 'status === 200'
 * successRule(getProfile('spike-forms')).description;    // '200-299'
 * ```
 */
export function successRule(profile: Profile): SuccessRule {
  const ranges = profile.success;
  const single = (from: number, to: number) => from === to;
  const expression = ranges
    .map(({ from, to }) =>
      single(from, to) ? `status === ${from}` : `(status >= ${from} && status <= ${to})`,
    )
    .join(' || ');
  const description = ranges
    .map(({ from, to }) =>
      single(from, to) ? `${ranges.length === 1 ? 'exactly ' : ''}${from}` : `${from}-${to}`,
    )
    .join(' or ');
  const k6Statuses = ranges
    .map(({ from, to }) => (single(from, to) ? String(from) : `{ min: ${from}, max: ${to} }`))
    .join(', ');
  return { expression: expression || 'false', description: description || 'none', k6Statuses };
}

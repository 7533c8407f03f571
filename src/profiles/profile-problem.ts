import { invalid } from '../core/index.ts';

/**
 * One bad value of a profile definition, worded like every bad value of the kit (see `invalid`):
 * `"<what> must be <expected>, got <value>."`, then the hint. The problems of a definition are collected and
 * reported together in one `INVALID_PROFILE` error.
 *
 * @example
 * ```ts
 * profileProblem("'timeout'", 'longer than 0', 0); // "'timeout' must be longer than 0, got 0."
 * ```
 */
export function profileProblem(what: string, expected: string, got: unknown, hint?: string): string {
  return invalid('INVALID_PROFILE', what, expected, got, hint === undefined ? {} : { hint }).message;
}

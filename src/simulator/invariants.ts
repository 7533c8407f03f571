import {
  getProfile,
  isSuccessStatus,
  maxAttempts,
  nextAttemptAt,
  type ProfileRef,
} from '../profiles/index.ts';
import { faultRule } from './fault-table.ts';
import type { SimulationData } from './timeline.ts';

/**
 * Options of {@link checkInvariants}.
 *
 * @example
 * ```ts
 * checkInvariants(result, 'spike-forms', { timeoutMs: 5_000 }); // a run with { timeout: '5s' }
 * ```
 */
export interface InvariantOptions {
  /** The per-attempt timeout the simulation used; default the profile's. */
  readonly timeoutMs?: number;
}

/**
 * Checks a finished simulation against the rules every Spike delivery obeys, and returns the problems (none:
 * `[]`). Every event ends in exactly one outcome; no event exceeds the profile's attempts; delivery stops at the
 * first success; an event that is not delivered used every attempt and ends as the profile says (exhausted or
 * discarded); each status is classified by the profile's success rule; attempts that never reached the target were
 * stopped by an injected fault; and, in virtual time, each retry starts exactly when the schedule says and each
 * timeout lasts exactly the timeout.
 *
 * @example
 * ```ts
 * expect(checkInvariants(result, 'spike-forms')).toEqual([]);
 * ```
 */
export function checkInvariants(
  result: SimulationData,
  profileRef: ProfileRef,
  options: InvariantOptions = {},
): string[] {
  const profile = getProfile(profileRef);
  const max = maxAttempts(profile.retry);
  const timeoutMs = options.timeoutMs ?? profile.timeoutMs;
  const exact = result.time === 'virtual';
  const problems: string[] = [];
  for (const event of result.events) {
    const at = `event ${event.index}`;
    const attempts = event.attempts;
    if (!['delivered', 'exhausted', 'discarded'].includes(event.outcome))
      problems.push(`${at} ended without an outcome (${event.outcome})`);
    if (attempts.length === 0) problems.push(`${at} has no attempt`);
    if (attempts.length > max)
      problems.push(`${at} has ${attempts.length} attempts; the profile allows ${max}`);
    const successes = attempts.filter((a) => a.classification === 'success');
    if (successes.length > 1) problems.push(`${at} was delivered ${successes.length} times`);
    const firstSuccess = attempts.findIndex((a) => a.classification === 'success');
    if (firstSuccess !== -1 && firstSuccess !== attempts.length - 1)
      problems.push(`${at} kept retrying after its success at attempt ${firstSuccess + 1}`);
    if ((event.outcome === 'delivered') !== (firstSuccess !== -1))
      problems.push(`${at} is '${event.outcome}' but ${firstSuccess === -1 ? 'no' : 'an'} attempt succeeded`);
    if (event.outcome !== 'delivered' && event.outcome !== 'pending') {
      if (event.outcome !== profile.retry.afterLastFailure)
        problems.push(`${at} is '${event.outcome}'; the profile says '${profile.retry.afterLastFailure}'`);
      if (attempts.length !== max) problems.push(`${at} gave up after ${attempts.length} of ${max} attempts`);
    }
    attempts.forEach((a, i) => {
      const where = `${at} attempt ${a.n}`;
      if (a.n !== i + 1) problems.push(`${where} is numbered out of order`);
      if (a.endedAtMs === null || a.latencyMs === null) {
        problems.push(`${where} never ended`);
        return;
      }
      if (a.endedAtMs !== a.atMs + a.latencyMs) problems.push(`${where}: endedAtMs is not atMs + latencyMs`);
      if (a.status !== null && (a.classification === 'success') !== isSuccessStatus(profile, a.status))
        problems.push(`${where}: status ${a.status} classified '${a.classification}'`);
      if (a.status === null && !['timeout', 'network-error', 'lost-ack'].includes(a.classification))
        problems.push(`${where}: no status but classified '${a.classification}'`);
      if (!a.sent && faultRule(a.fault).reachesHandler)
        problems.push(`${where} was not sent, without a fault that stops it`);
      if (exact && a.classification === 'timeout' && a.latencyMs !== timeoutMs)
        problems.push(`${where} timed out after ${a.latencyMs} ms, not ${timeoutMs}`);
      const previous = attempts[i - 1];
      const first = attempts[0];
      if (previous !== undefined && first !== undefined && previous.endedAtMs !== null) {
        const expected = nextAttemptAt(profile.retry, previous.n, first.atMs, previous.endedAtMs);
        if (expected === undefined) problems.push(`${where} is past the end of the schedule`);
        else if (exact && a.atMs !== expected)
          problems.push(`${where} started at ${a.atMs} ms; the schedule says ${expected} ms`);
        else if (!exact && a.atMs < previous.endedAtMs)
          problems.push(`${where} started before attempt ${previous.n} ended`);
      }
    });
  }
  return problems;
}

import { formatMs } from '../core/index.ts';
import type { TransportResult } from '../delivery/index.ts';
import { isSuccessStatus, type Profile } from '../profiles/index.ts';
import type { AppliedFault, StatusBypass } from './faults.ts';
import type { Classification } from './timeline.ts';

/**
 * How Spike saw one attempt: its classification, the status it saw (`null` for none) and the network error kind.
 *
 * @internal
 */
export interface AttemptVerdict {
  readonly classification: Exclude<Classification, 'pending'>;
  readonly status: number | null;
  readonly error?: string;
}

/** The kinds of applied fault, one entry each in {@link faultTable}. @internal */
export type FaultKind = 'none' | 'status' | 'refused' | 'reset' | 'timeout' | 'slow' | 'lost-ack';

/**
 * What one kind of fault means. `F` is the applied fault of that kind.
 *
 * @internal
 */
export interface FaultRule<F extends AppliedFault | null = AppliedFault | null> {
  /** Does the attempt reach the handler (is the delivery sent)? */
  readonly reachesHandler: boolean;
  /** What Spike sees, in words (the table in the docs). */
  readonly spikeSees: string;
  /**
   * When Spike sees the outcome of an attempt that does not reach the handler: at once, or when the timeout has
   * passed. Attempts that reach the handler are seen when the answer arrives (plus {@link FaultRule.answerDelayMs}),
   * or at the timeout, whichever comes first.
   */
  readonly unsentSeenAfter: 'at-once' | 'timeout';
  /** How much later than it arrives Spike sees the handler's answer. */
  answerDelayMs(fault: F): number;
  /**
   * How Spike classifies the attempt, given what came back: the transport's result, or `null` when nothing came
   * back within the timeout (or the attempt was not sent).
   */
  classify(fault: F, result: TransportResult | null, profile: Profile): AttemptVerdict;
  /** The fault as written in timeline tables. */
  label(fault: F): string;
}

const TIMEOUT: AttemptVerdict = { classification: 'timeout', status: null };

/**
 * How Spike classifies a status under a profile: accepted (`success`), a 2xx the profile does not accept
 * (`unaccepted-2xx`: 201 or 204 on v3), a redirect (never followed), or an error. Read from the profile's
 * `success` ranges, never from its name.
 */
function classifyStatus(profile: Profile, status: number): AttemptVerdict['classification'] {
  if (isSuccessStatus(profile, status)) return 'success';
  if (status >= 300 && status < 400) return 'redirect';
  if (status >= 200 && status < 300) return 'unaccepted-2xx';
  return 'http-error';
}

/** What Spike makes of what came back from the handler when no fault changes it. */
function answered(result: TransportResult | null, profile: Profile): AttemptVerdict {
  if (result === null) return TIMEOUT;
  if (result.kind === 'network-error') {
    return result.error === 'timeout'
      ? TIMEOUT
      : { classification: 'network-error', status: null, error: result.error };
  }
  return { classification: classifyStatus(profile, result.status), status: result.status };
}

const none = () => 0;

function statusOf(fault: number | StatusBypass): number {
  return typeof fault === 'number' ? fault : fault.status;
}

/**
 * The meaning of every fault, one entry each: whether the attempt reaches the handler, what Spike sees, and how the
 * attempt is classified. The simulator only schedules what this table says.
 *
 * @internal
 */
export const faultTable: {
  readonly none: FaultRule<null>;
  readonly status: FaultRule<number | StatusBypass>;
  readonly refused: FaultRule<'refused'>;
  readonly reset: FaultRule<'reset'>;
  readonly timeout: FaultRule<'timeout'>;
  readonly slow: FaultRule<{ readonly slow: number }>;
  readonly 'lost-ack': FaultRule<'lost-ack'>;
} = {
  none: {
    reachesHandler: true,
    spikeSees: "the handler's answer",
    unsentSeenAfter: 'at-once',
    answerDelayMs: none,
    classify: (_fault, result, profile) => answered(result, profile),
    label: () => '-',
  },
  status: {
    reachesHandler: false,
    spikeSees: 'that status, at once (a proxy, a load balancer, a deploy)',
    unsentSeenAfter: 'at-once',
    answerDelayMs: none,
    classify: (fault, _result, profile) => {
      const status = statusOf(fault);
      return { classification: classifyStatus(profile, status), status };
    },
    label: (fault) => (typeof fault === 'number' ? String(fault) : `${fault.status} bypass`),
  },
  refused: {
    reachesHandler: false,
    spikeSees: 'connection refused, at once',
    unsentSeenAfter: 'at-once',
    answerDelayMs: none,
    classify: () => ({ classification: 'network-error', status: null, error: 'refused' }),
    label: () => 'refused',
  },
  reset: {
    reachesHandler: false,
    spikeSees: 'connection reset, at once',
    unsentSeenAfter: 'at-once',
    answerDelayMs: none,
    classify: () => ({ classification: 'network-error', status: null, error: 'reset' }),
    label: () => 'reset',
  },
  timeout: {
    reachesHandler: false,
    spikeSees: 'nothing, until the timeout: the attempt fails then',
    unsentSeenAfter: 'timeout',
    answerDelayMs: none,
    classify: () => TIMEOUT,
    label: () => 'timeout',
  },
  slow: {
    reachesHandler: true,
    spikeSees:
      'the answer, delayed by the duration; past the timeout it is a timeout (the answer is recorded late)',
    unsentSeenAfter: 'at-once',
    answerDelayMs: (fault) => fault.slow,
    classify: (_fault, result, profile) => answered(result, profile),
    label: (fault) => `slow ${formatMs(fault.slow)}`,
  },
  'lost-ack': {
    reachesHandler: true,
    spikeSees:
      'a failure when a success would have arrived: the handler did its work, Spike retries; any other answer as it is',
    unsentSeenAfter: 'at-once',
    answerDelayMs: none,
    classify: (_fault, result, profile) =>
      result?.kind === 'response' && isSuccessStatus(profile, result.status)
        ? { classification: 'lost-ack', status: null }
        : answered(result, profile),
    label: () => 'lost-ack',
  },
};

/** The kind of an applied fault: its entry in {@link faultTable}. @internal */
export function faultKind(fault: AppliedFault | null): FaultKind {
  if (fault === null) return 'none';
  if (typeof fault === 'number') return 'status';
  if (typeof fault === 'object') return 'slow' in fault ? 'slow' : 'status';
  return fault;
}

/**
 * The {@link faultTable} entry of an applied fault, typed for any fault.
 *
 * @internal
 */
export function faultRule(fault: AppliedFault | null): FaultRule {
  return faultTable[faultKind(fault)] as FaultRule;
}

/**
 * How Spike classifies an attempt: a pure function of its fault, what came back (the transport's result, or `null`
 * when nothing came back within the timeout) and the profile's success rule. A fault that stops the attempt before
 * the handler decides alone: there is no result to read.
 *
 * @internal
 */
export function classifyAttempt(
  fault: AppliedFault | null,
  result: TransportResult | null,
  profile: Profile,
): AttemptVerdict {
  const rule = faultRule(fault);
  return rule.classify(fault, rule.reachesHandler ? result : null, profile);
}

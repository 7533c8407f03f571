import { type Duration, invalid, listChoices, type SpikeKitError, showValue } from '../core/index.ts';
import { boundedMs, DURATION_EXPECTED } from './invalid-option.ts';

/**
 * The named faults; see {@link Fault}.
 *
 * @example
 * ```ts
 * const script: Fault[] = ['refused', 'lost-ack', 'pass'];
 * ```
 */
export type FaultName = 'timeout' | 'refused' | 'reset' | 'slow' | 'lost-ack' | 'pass';

/** Every {@link FaultName}. */
const faultNames: readonly FaultName[] = ['timeout', 'refused', 'reset', 'slow', 'lost-ack', 'pass'];

/**
 * What to do to one delivery attempt. Faults that happen before the handler is reached never call it; the others
 * call it and change what Spike sees (the simulator reads all of this from one table, `faultTable`):
 *
 * | fault | handler called | Spike sees |
 * |---|---|---|
 * | `null`, `'pass'`, `undefined` | yes | the handler's answer |
 * | a status that is not 2xx, e.g. `500`, or `{ status: 500 }` | **no** | that status at once (a proxy, a load balancer, a deploy) |
 * | `{ status: 200, reachesHandler: false }` (any status) | **no** | that status at once: the handler is bypassed on purpose (the only way a 2xx is scripted) |
 * | `'refused'` | **no** | connection refused at once (status `null`) |
 * | `'reset'` | **no** | connection reset at once (status `null`) |
 * | `'timeout'` | **no** | nothing, until the profile's timeout: the attempt fails then |
 * | `'slow'`, `{ slow: '45s' }` | yes | the answer, delayed by the duration (`'slow'`: 1.5 x the timeout); past the timeout it is a timeout, and the answer is recorded as late |
 * | `'lost-ack'` | yes | a failure when the answer would have arrived: the handler did its work, Spike retries (the duplicate that breaks non-idempotent handlers); an answer that is not a success is seen as it is |
 *
 * A 2xx in a plain script (`200`, `{ status: 204 }`) is an `INVALID_FAULT` error: it would report the event
 * delivered without the handler ever acknowledging it. Use `null` to let the handler answer, or write
 * `{ status: 200, reachesHandler: false }` to bypass it on purpose.
 *
 * @example
 * ```ts
 * await simulate({ profile: 'spike-forms', target, event, faults: [500, 'timeout', 'reset', 'lost-ack', { slow: '45s' }] });
 * ```
 */
export type Fault =
  | number
  | FaultName
  | null
  | undefined
  | { readonly status: number; readonly reachesHandler?: false }
  | { readonly slow: Duration };

/**
 * A fault as applied and recorded in a timeline: statuses as numbers (a 2xx bypass keeps its explicit form),
 * slowness in milliseconds, no fault as `null`.
 *
 * @example
 * ```ts
 * result.events[0].attempts[0].fault; // 500, 'timeout', { slow: 45000 }, { status: 200, reachesHandler: false } or null
 * ```
 */
export type AppliedFault =
  | number
  | 'timeout'
  | 'refused'
  | 'reset'
  | 'lost-ack'
  | { readonly slow: number }
  | StatusBypass;

/**
 * A scripted 2xx, written out so the test says it in words: the handler is bypassed and Spike sees that status.
 *
 * @example
 * ```ts
 * const bypass: StatusBypass = { status: 200, reachesHandler: false };
 * ```
 */
export interface StatusBypass {
  readonly status: number;
  readonly reachesHandler: false;
}

/**
 * What a fault function is told about the attempt it decides for.
 *
 * @example
 * ```ts
 * const everySecondAttempt: FaultFunction = ({ attempt }) => (attempt % 2 === 1 ? 503 : null);
 * ```
 */
export interface FaultContext {
  /** Index of the event in the simulation (duplicates come after the originals). */
  readonly event: number;
  /** For a concurrent duplicate, the index of the event it duplicates; else `null`. */
  readonly duplicateOf: number | null;
  /** 1 for the first attempt. */
  readonly attempt: number;
  /** The profile's timeout, in milliseconds. */
  readonly timeoutMs: number;
  /** A seeded random number in [0, 1): the same seed, event and attempt always draw the same numbers. */
  random(): number;
}

/**
 * Decides the fault of each attempt.
 *
 * @example
 * ```ts
 * const flaky: FaultFunction = ({ random }) => (random() < 0.1 ? 'reset' : null);
 * ```
 */
export type FaultFunction = (context: FaultContext) => Fault;

/**
 * The faults of a simulation:
 *
 * - a script, e.g. `[500, 'timeout', 'reset', 'lost-ack', null]`: attempt `j` of every event gets `script[j]`, and
 *   attempts past its end get none;
 * - one script per event: `[[500], [], ['lost-ack']]`;
 * - a function of the attempt, e.g. {@link randomFaults}.
 *
 * @example
 * ```ts
 * const perEvent: FaultPlan = [[500], [], ['lost-ack']]; // event 0 fails once, event 2 loses its ack
 * ```
 */
export type FaultPlan = readonly Fault[] | readonly (readonly Fault[])[] | FaultFunction;

const VALID = `a status code (100-599, not 2xx), ${listChoices([...faultNames])}, { status }, { status, reachesHandler: false }, { slow: '45s' } or null`;

const TWO_XX_HINT =
  'A scripted status replaces the handler, so a 2xx would report the event delivered without the handler acknowledging it: use null to let the handler answer, or { status: 200, reachesHandler: false } to bypass it on purpose.';

/**
 * Checks one fault and returns it as recorded in timelines (`null` for none): statuses as numbers, `'slow'` as 1.5
 * times the timeout, `'pass'` as none.
 *
 * @throws {SpikeKitError} `INVALID_FAULT` listing the valid faults.
 *
 * @internal
 */
export function normalizeFault(fault: unknown, timeoutMs: number): AppliedFault | null {
  if (fault === null || fault === undefined || fault === 'pass') return null;
  if (typeof fault === 'number') return plain(fault);
  if (fault === 'slow') return { slow: Math.round(timeoutMs * 1.5) };
  if (fault === 'timeout' || fault === 'refused' || fault === 'reset' || fault === 'lost-ack') return fault;
  if (typeof fault === 'object' && !Array.isArray(fault)) {
    const keys = Object.keys(fault).sort();
    if (keys.length === 1 && keys[0] === 'status') return plain((fault as { status: unknown }).status);
    if (keys.length === 2 && keys[0] === 'reachesHandler' && keys[1] === 'status') {
      const { status: code, reachesHandler } = fault as { status: unknown; reachesHandler: unknown };
      if (reachesHandler !== false)
        throw invalidFault(fault, {
          hint: 'reachesHandler can only be false: a scripted status never reaches the handler (use null or lost-ack for faults that do).',
        });
      const value = status(code);
      return value >= 200 && value < 300 ? { status: value, reachesHandler: false } : value;
    }
    if (keys.length === 1 && keys[0] === 'slow') {
      const slow = (fault as { slow: unknown }).slow;
      const ms = boundedMs(slow);
      if (ms === undefined)
        throw invalidFault(fault, {
          hint: `Its 'slow' must be ${DURATION_EXPECTED}, got ${showValue(slow)}.`,
        });
      return ms === 0 ? null : { slow: ms };
    }
  }
  throw invalidFault(fault);

  function status(value: unknown): number {
    if (typeof value === 'number' && Number.isInteger(value) && value >= 100 && value <= 599) return value;
    throw invalidFault(fault, { hint: 'A status is a whole number from 100 to 599.' });
  }

  /** A status written without `reachesHandler: false`: never a 2xx. */
  function plain(value: unknown): number {
    const code = status(value);
    if (code >= 200 && code < 300) throw invalidFault(fault, { hint: TWO_XX_HINT });
    return code;
  }
}

/**
 * The `INVALID_FAULT` error for a bad fault (or a bad part of a fault plan), listing the valid faults.
 *
 * @internal
 */
export function invalidFault(
  got: unknown,
  options: {
    readonly what?: string;
    readonly expected?: string;
    readonly hint?: string;
    readonly cause?: unknown;
  } = {},
): SpikeKitError {
  return invalid('INVALID_FAULT', options.what ?? 'A fault', options.expected ?? VALID, got, {
    details: {
      fault: got,
      valid: [...faultNames, '<status>', '{ status }', '{ status, reachesHandler: false }', '{ slow }', null],
    },
    ...(options.hint === undefined ? {} : { hint: options.hint }),
    ...(options.cause === undefined ? {} : { cause: options.cause }),
  });
}

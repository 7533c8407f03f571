import { type Duration, listChoices, SpikeKitError, toMs } from '../core/index.ts';

/**
 * The named faults; see {@link Fault}.
 *
 * @example
 * ```ts
 * const script: Fault[] = ['refused', 'lost-ack', 'pass'];
 * ```
 */
export type FaultName = 'timeout' | 'refused' | 'reset' | 'slow' | 'lost-ack' | 'pass';

/**
 * Every {@link FaultName}.
 *
 * @example
 * ```ts
 * faultNames.includes('lost-ack'); // true
 * ```
 */
export const faultNames: readonly FaultName[] = ['timeout', 'refused', 'reset', 'slow', 'lost-ack', 'pass'];

/**
 * What to do to one delivery attempt. Faults that happen before the handler is reached never call it; the others
 * call it and change what Spike sees:
 *
 * | fault | handler called | Spike sees |
 * |---|---|---|
 * | `null`, `'pass'`, `undefined` | yes | the handler's answer |
 * | a status, e.g. `500`, or `{ status: 500 }` | **no** | that status at once (a proxy, a load balancer, a deploy) |
 * | `'refused'` | **no** | connection refused at once (status `null`) |
 * | `'reset'` | **no** | connection reset at once (status `null`) |
 * | `'timeout'` | **no** | nothing, until the profile's timeout: the attempt fails then |
 * | `'slow'`, `{ slow: '45s' }` | yes | the answer, delayed by the duration (`'slow'`: 1.5 x the timeout); past the timeout it is a timeout, and the answer is recorded as late |
 * | `'lost-ack'` | yes | a failure when the answer would have arrived: the handler did its work, Spike retries (the duplicate that breaks non-idempotent handlers) |
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
  | { readonly status: number }
  | { readonly slow: Duration };

/**
 * A fault as applied and recorded in a timeline: statuses as numbers, slowness in milliseconds, no fault as `null`.
 *
 * @example
 * ```ts
 * result.events[0].attempts[0].fault; // 500, 'timeout', { slow: 45000 } or null
 * ```
 */
export type AppliedFault = number | 'timeout' | 'refused' | 'reset' | 'lost-ack' | { readonly slow: number };

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
 * - a script, e.g. `[500, 'timeout', 'reset', 'lost-ack', 200]`: attempt `j` of every event gets `script[j]`, and
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

const VALID = `a status code (100-599), ${listChoices([...faultNames])}, { status }, { slow: '45s' } or null`;

/**
 * Checks one fault and returns it as recorded in timelines (`null` for none).
 *
 * @throws {SpikeKitError} `INVALID_FAULT` listing the valid faults.
 *
 * @example
 * ```ts
 * normalizeFault('slow', 30_000);         // { slow: 45000 }
 * normalizeFault({ status: 503 }, 30_000); // 503
 * ```
 */
export function normalizeFault(fault: unknown, timeoutMs: number): AppliedFault | null {
  if (fault === null || fault === undefined || fault === 'pass') return null;
  if (typeof fault === 'number') return status(fault);
  if (fault === 'slow') return { slow: Math.round(timeoutMs * 1.5) };
  if (fault === 'timeout' || fault === 'refused' || fault === 'reset' || fault === 'lost-ack') return fault;
  if (typeof fault === 'object' && !Array.isArray(fault)) {
    const keys = Object.keys(fault);
    if (keys.length === 1 && keys[0] === 'status') return status((fault as { status: unknown }).status);
    if (keys.length === 1 && keys[0] === 'slow') {
      try {
        const ms = toMs((fault as { slow: Duration }).slow);
        return ms === 0 ? null : { slow: ms };
      } catch (error) {
        throw invalid(fault, (error as Error).message);
      }
    }
  }
  throw invalid(fault);

  function status(value: unknown): number {
    if (typeof value === 'number' && Number.isInteger(value) && value >= 100 && value <= 599) return value;
    throw invalid(fault, 'a status must be a whole number from 100 to 599');
  }
}

/** True when the fault keeps the attempt from reaching the handler. @internal */
export function stopsBeforeHandler(fault: AppliedFault | null): boolean {
  return typeof fault === 'number' || fault === 'timeout' || fault === 'refused' || fault === 'reset';
}

/**
 * Compiles a {@link FaultPlan} into one function, validating scripts up front so a typo fails before anything is
 * delivered.
 *
 * @internal
 */
export function compileFaultPlan(
  plan: FaultPlan | undefined,
  timeoutMs: number,
): (context: FaultContext) => AppliedFault | null {
  if (plan === undefined) return () => null;
  if (typeof plan === 'function') return (context) => normalizeFault(plan(context), timeoutMs);
  if (!Array.isArray(plan)) throw invalid(plan, 'faults must be a list, a list per event, or a function');
  const perEvent = plan.length > 0 && plan.every((item) => Array.isArray(item));
  if (!perEvent && plan.some((item) => Array.isArray(item))) {
    throw invalid(plan, 'mix of faults and lists: give one script for every event, or one list per event');
  }
  const scripts = (perEvent ? plan : [plan]) as readonly (readonly Fault[])[];
  const compiled = scripts.map((script) => script.map((fault) => normalizeFault(fault, timeoutMs)));
  return ({ event, duplicateOf, attempt }) => {
    const script = perEvent ? compiled[duplicateOf ?? event] : compiled[0];
    return script?.[attempt - 1] ?? null;
  };
}

/**
 * Options of {@link randomFaults}.
 *
 * @example
 * ```ts
 * randomFaults({ rate: 0.2, among: ['timeout', ['lost-ack', 3]] });
 * ```
 */
export interface RandomFaultsOptions {
  /** Probability that an attempt gets a fault. Default {@link randomFaultsDefaults}. */
  readonly rate?: number;
  /** The faults drawn, each optionally weighted as `[fault, weight]`. Default {@link randomFaultsDefaults}. */
  readonly among?: readonly (Fault | readonly [Fault, number])[];
}

/**
 * Defaults of {@link randomFaults}: every kind of fault, equally likely, on 30 % of attempts.
 *
 * @example
 * ```ts
 * randomFaults({ rate: randomFaultsDefaults.rate * 2 });
 * ```
 */
export const randomFaultsDefaults = {
  rate: 0.3,
  among: [500, 502, 503, 429, 404, 301, 'timeout', 'refused', 'reset', 'slow', 'lost-ack'],
} as const satisfies Required<RandomFaultsOptions>;

/**
 * A seeded fault distribution: each attempt gets a fault with probability `rate`, drawn from `among`. Draws come
 * from the simulation's seed, the event and the attempt, so the same seed gives the same faults.
 *
 * @throws {SpikeKitError} `INVALID_FAULT` for a bad rate, weight or fault.
 *
 * @example
 * ```ts
 * await simulate({ profile: 'spike-forms', target, events, seed: 7, faults: randomFaults({ rate: 0.5, among: ['timeout', [503, 3]] }) });
 * ```
 */
export function randomFaults(options: RandomFaultsOptions = {}): FaultFunction {
  const rate = options.rate ?? randomFaultsDefaults.rate;
  if (typeof rate !== 'number' || !(rate >= 0 && rate <= 1)) throw invalid(rate, 'rate must be from 0 to 1');
  const weighted = (options.among ?? randomFaultsDefaults.among).map((entry) =>
    Array.isArray(entry) ? (entry as readonly [Fault, number]) : ([entry as Fault, 1] as const),
  );
  if (weighted.length === 0) throw invalid([], "'among' needs at least one fault");
  for (const [fault, weight] of weighted) {
    normalizeFault(fault, 30_000);
    if (!(typeof weight === 'number' && weight > 0))
      throw invalid(weight, 'weights must be positive numbers');
  }
  const total = weighted.reduce((sum, [, weight]) => sum + weight, 0);
  return (context) => {
    if (context.random() >= rate) return null;
    let draw = context.random() * total;
    for (const [fault, weight] of weighted) {
      draw -= weight;
      if (draw < 0) return fault;
    }
    return weighted.at(-1)?.[0] ?? null;
  };
}

function invalid(fault: unknown, reason?: string): SpikeKitError {
  let shown: string;
  try {
    shown = JSON.stringify(fault) ?? String(fault);
  } catch {
    shown = String(fault);
  }
  return new SpikeKitError(
    'INVALID_FAULT',
    `Invalid fault ${shown}${reason ? ` (${reason})` : ''}: use ${VALID}.`,
    { fault, valid: [...faultNames, '<status>', '{ status }', '{ slow }', null] },
  );
}

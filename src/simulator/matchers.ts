import { type Duration, formatMs, toMs } from '../core/index.ts';
import { formatEvent, formatSimulation } from './format-timeline.ts';
import { type ProcessedProbe, probeCounter } from './processed-probe.ts';
import type { EventTimeline, SimulationData } from './timeline.ts';

export type { ProcessedProbe } from './processed-probe.ts';

/**
 * Options of `toHaveBeenDeliveredAfter` and `toHaveBeenDeliveredAt`.
 *
 * @example
 * ```ts
 * expect(result).toHaveBeenDeliveredAt('6m', { tolerance: '1s' }); // real time
 * ```
 */
export interface DeliveredAfterOptions {
  /** Accepted difference (for real time); default 0: exact (`At`), not a millisecond earlier (`After`). */
  readonly tolerance?: Duration;
}

/**
 * What a matcher returns, for Vitest's and Jest's `expect.extend`.
 *
 * @example
 * ```ts
 * const { pass, message } = toBeDelivered.call({ isNot: false }, result);
 * ```
 */
export interface MatcherResult {
  readonly pass: boolean;
  readonly message: () => string;
}

/**
 * The part of the matcher context used (Vitest and Jest both provide it).
 *
 * @example
 * ```ts
 * toHaveAttempts.call({ isNot: true }, result, 4);
 * ```
 */
export interface MatcherContext {
  readonly isNot?: boolean;
}

type Subject = {
  readonly events: readonly EventTimeline[];
  readonly table: () => string;
  readonly what: string;
};

/** Every event of a result (or the one event given) must pass `check`, which returns a problem or undefined. */
function every(
  context: MatcherContext | undefined,
  received: unknown,
  expectation: string,
  check: (event: EventTimeline) => string | undefined,
): MatcherResult {
  const subject = toSubject(received);
  if (typeof subject === 'string') return { pass: false, message: () => subject };
  const problems = subject.events
    .map((event) => [event, check(event)] as const)
    .filter((entry): entry is readonly [EventTimeline, string] => entry[1] !== undefined);
  const pass = problems.length === 0;
  return {
    pass,
    message: () => {
      const not = context?.isNot ? ' not' : '';
      const lines = context?.isNot
        ? subject.events.map((event) => `  event ${event.index}: ${describe(event)}`)
        : problems.map(([event, problem]) => `  event ${event.index}: ${problem}`);
      return `expected ${subject.what}${not} ${expectation}\n${lines.join('\n')}\n\n${subject.table()}`;
    },
  };
}

function toSubject(received: unknown): Subject | string {
  if (typeof (received as { then?: unknown } | null)?.then === 'function')
    return 'expected a simulation result, got a Promise: did you forget await? (expect(await simulate(...)))';
  const r = received as Partial<SimulationData & EventTimeline> | null;
  if (r !== null && typeof r === 'object' && Array.isArray(r.events) && r.summary !== undefined) {
    const data = r as SimulationData;
    const count = data.events.length;
    return {
      events: data.events,
      table: () => formatSimulation(data),
      what: count === 1 ? 'the event' : `every one of the ${count} events`,
    };
  }
  if (r !== null && typeof r === 'object' && Array.isArray(r.attempts) && typeof r.outcome === 'string') {
    const event = r as EventTimeline;
    return { events: [event], table: () => formatEvent(event), what: `event ${event.index}` };
  }
  return `expected a simulation result (what simulate() returns) or one of its events, got ${received === null ? 'null' : typeof received}`;
}

function describe(event: EventTimeline): string {
  const n = event.attempts.length;
  return `${event.outcome} after ${n} attempt${n === 1 ? '' : 's'}${event.deliveredAtMs === null ? '' : ` (at ${formatMs(event.deliveredAtMs)})`}`;
}

function outcomeMatcher(outcome: EventTimeline['outcome']) {
  return function (this: MatcherContext | undefined, received: unknown): MatcherResult {
    return every(this, received, `to be ${outcome}`, (event) =>
      event.outcome === outcome ? undefined : describe(event),
    );
  };
}

/**
 * Every event was delivered.
 *
 * @example
 * ```ts
 * expect(result).toBeDelivered();
 * expect(result.events[1]).not.toBeDelivered();
 * ```
 */
export const toBeDelivered = outcomeMatcher('delivered');
/**
 * Every event used all its attempts and ended `exhausted`.
 *
 * @example
 * ```ts
 * expect(await simulate({ profile: 'spike-forms', target, event, faults: [500, 500, 500, 500] })).toBeExhausted();
 * ```
 */
export const toBeExhausted = outcomeMatcher('exhausted');
/**
 * Every event used all its attempts and was `discarded` (as Spike v3 does).
 *
 * @example
 * ```ts
 * expect(await simulate({ profile: 'spike-health-v3', target: { fetch: () => new Response(null, { status: 204 }) }, event, secret })).toBeDiscarded();
 * ```
 */
export const toBeDiscarded = outcomeMatcher('discarded');

/**
 * Every event took exactly `count` attempts.
 *
 * @example
 * ```ts
 * expect(result).toHaveAttempts(3);
 * ```
 */
export function toHaveAttempts(
  this: MatcherContext | undefined,
  received: unknown,
  count: number,
): MatcherResult {
  return every(this, received, `to have ${count} attempt${count === 1 ? '' : 's'}`, (event) =>
    event.attempts.length === count ? undefined : `${event.attempts.length} attempts`,
  );
}

/** Every event was delivered, by an attempt starting a time after its first attempt that `fits`. */
function deliveredWhen(
  context: MatcherContext | undefined,
  received: unknown,
  expectation: string,
  fits: (tookMs: number) => boolean,
): MatcherResult {
  return every(context, received, expectation, (event) => {
    if (event.deliveredAtMs === null) return describe(event);
    const took = event.deliveredAtMs - event.arrivalMs;
    return fits(took) ? undefined : `delivered ${formatMs(took)} after its first attempt`;
  });
}

/**
 * Every event was delivered by an attempt starting at or after `after` past its first attempt (`tolerance` allows
 * that much earlier, for real time). For an exact time, use {@link toHaveBeenDeliveredAt}.
 *
 * @example
 * ```ts
 * expect(result).toHaveBeenDeliveredAfter('6m'); // forms: delivered at 6 min or later
 * ```
 */
export function toHaveBeenDeliveredAfter(
  this: MatcherContext | undefined,
  received: unknown,
  after: Duration,
  options: DeliveredAfterOptions = {},
): MatcherResult {
  const expected = toMs(after);
  const tolerance = toMs(options.tolerance ?? 0);
  return deliveredWhen(
    this,
    received,
    `to have been delivered at or after ${formatMs(expected)} past its first attempt`,
    (took) => took >= expected - tolerance,
  );
}

/**
 * Every event was delivered by an attempt starting exactly `at` after its first attempt (or within `tolerance`,
 * for real time).
 *
 * @example
 * ```ts
 * expect(result).toHaveBeenDeliveredAt('6m'); // forms: failed at 0 and 1 min, delivered at 6 min
 * ```
 */
export function toHaveBeenDeliveredAt(
  this: MatcherContext | undefined,
  received: unknown,
  at: Duration,
  options: DeliveredAfterOptions = {},
): MatcherResult {
  const expected = toMs(at);
  const tolerance = toMs(options.tolerance ?? 0);
  return deliveredWhen(
    this,
    received,
    `to have been delivered ${formatMs(expected)} after its first attempt`,
    (took) => Math.abs(took - expected) <= tolerance,
  );
}

/**
 * The receiver's side effect happened exactly once per dedup key the handler acknowledged (answered with a status
 * the profile accepts, even when Spike did not see it: a lost acknowledgement), and never more than once for the
 * others. Concurrent duplicates and retries share a key, so a non-idempotent handler fails here.
 *
 * @example
 * ```ts
 * const result = await simulate({ profile: 'spike-forms', target, event, faults: ['lost-ack'] });
 * expect(result).toHaveBeenProcessedOnce((key) => db.orders.count({ submissionId: key }));
 * ```
 */
export function toHaveBeenProcessedOnce(
  this: MatcherContext | undefined,
  received: unknown,
  probe: ProcessedProbe,
): MatcherResult {
  const subject = toSubject(received);
  if (typeof subject === 'string') return { pass: false, message: () => subject };
  const counter = probeCounter(probe, 'toHaveBeenProcessedOnce');
  if (typeof counter === 'string') return { pass: false, message: () => counter };
  const count = (key: string) => Number(counter(key) ?? 0);
  const acknowledged = new Map<string, boolean>();
  const problems: string[] = [];
  for (const event of subject.events) {
    if (event.dedupKeys.length === 0) problems.push(`event ${event.index} has no dedup key to probe`);
    const acked = event.attempts.some((a) => a.answer?.accepted === true);
    for (const key of event.dedupKeys) acknowledged.set(key, (acknowledged.get(key) ?? false) || acked);
  }
  for (const [key, acked] of acknowledged) {
    const times = count(key);
    if (acked ? times !== 1 : times > 1)
      problems.push(
        `${key}: processed ${times} times${acked ? ' (acknowledged, so exactly once expected)' : ''}`,
      );
  }
  return {
    pass: problems.length === 0,
    message: () =>
      `expected ${subject.what}${this?.isNot ? ' not' : ''} to have been processed once per dedup key\n${
        this?.isNot ? '  every key was processed once' : problems.map((p) => `  ${p}`).join('\n')
      }\n\n${subject.table()}`,
  };
}

/**
 * The simulator's matchers as plain functions, for `expect.extend` in Vitest or Jest. Vitest users can simply
 * `import 'spike-webhook-kit/vitest'`.
 * A received value that is not a simulation result (`undefined`, `NaN`, a circular object ...) fails the assertion
 * with a message saying so; a matcher never throws on it.
 *
 * @example
 * ```ts
 * // Jest: jest.setup.ts
 * import { simulatorMatchers } from 'spike-webhook-kit/simulator';
 * expect.extend(simulatorMatchers);
 * ```
 */
export const simulatorMatchers = {
  toBeDelivered,
  toBeExhausted,
  toBeDiscarded,
  toHaveAttempts,
  toHaveBeenDeliveredAfter,
  toHaveBeenDeliveredAt,
  toHaveBeenProcessedOnce,
};

/**
 * The matchers' signatures, for typing `expect` (`R` is what an assertion returns).
 *
 * @example
 * ```ts
 * // jest.d.ts
 * declare global { namespace jest { interface Matchers<R> extends SimulatorMatchers<R> {} } }
 * ```
 */
export interface SimulatorMatchers<R = unknown> {
  /** Every event was delivered. */
  toBeDelivered(): R;
  /** Every event used all its attempts and ended `exhausted`. */
  toBeExhausted(): R;
  /** Every event used all its attempts and was `discarded`. */
  toBeDiscarded(): R;
  /** Every event took exactly `count` attempts. */
  toHaveAttempts(count: number): R;
  /** Every event was delivered by an attempt starting at or after `after` past its first one, e.g. `'6m'`. */
  toHaveBeenDeliveredAfter(after: Duration, options?: DeliveredAfterOptions): R;
  /** Every event was delivered by an attempt starting exactly `at` after its first one, e.g. `'6m'`. */
  toHaveBeenDeliveredAt(at: Duration, options?: DeliveredAfterOptions): R;
  /** The side effect happened once per acknowledged dedup key (see {@link ProcessedProbe}). */
  toHaveBeenProcessedOnce(probe: ProcessedProbe): R;
}

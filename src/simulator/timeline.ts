import type { AppliedFault } from './faults.ts';

/**
 * How Spike saw an attempt:
 *
 * - `success`: a status the profile accepts (any 2xx; exactly 200 for v3);
 * - `unaccepted-2xx`: a 2xx the profile does not accept (201 or 204 on v3);
 * - `redirect`: a 3xx (never followed: it fails);
 * - `http-error`: any other status (4xx, 5xx, a handler that threw);
 * - `timeout`: no answer within the profile's timeout;
 * - `network-error`: refused, reset, DNS ... (`error` says which);
 * - `lost-ack`: the handler answered, Spike saw a failure;
 * - `pending`: still running (only in snapshots taken between steps).
 *
 * @example
 * ```ts
 * result.events[0].attempts.map((a) => a.classification); // ['timeout', 'lost-ack', 'success']
 * ```
 */
export type Classification =
  | 'success'
  | 'unaccepted-2xx'
  | 'redirect'
  | 'http-error'
  | 'timeout'
  | 'network-error'
  | 'lost-ack'
  | 'pending';

/**
 * How an event ended: delivered, or every attempt failed (`exhausted`, or `discarded` as v3 documents).
 *
 * @example
 * ```ts
 * result.events.filter((e) => e.outcome === 'discarded').length;
 * ```
 */
export type EventOutcome = 'delivered' | 'exhausted' | 'discarded' | 'pending';

/**
 * What the target answered, even when Spike did not see it (a lost acknowledgement, a late answer).
 *
 * @example
 * ```ts
 * const late = result.events[0].attempts.filter((a) => a.answer?.late); // the handler ran, Spike had given up
 * ```
 */
export interface AttemptAnswer {
  /** The status the handler answered. */
  readonly status: number;
  /** When the answer reached (or would have reached) Spike, on the simulation's time axis. */
  readonly atMs: number;
  /** True when the profile's success rule accepts the status: the handler says it processed the event. */
  readonly accepted: boolean;
  /** True when it arrived after the attempt had already failed (a timeout): the handler ran anyway. */
  readonly late: boolean;
}

/**
 * One delivery attempt in a timeline. Times are milliseconds since the simulation started.
 *
 * @example
 * ```ts
 * const [first] = result.events[0].attempts; // { n: 1, atMs: 0, status: 500, classification: 'http-error', ... }
 * ```
 */
export interface AttemptRecord {
  /** 1 for the first attempt. */
  readonly n: number;
  /** When the attempt started. */
  readonly atMs: number;
  /** Wait between the previous attempt being seen to fail and this one; `null` for the first. */
  readonly delayMs: number | null;
  /** The status Spike saw, or `null` (network failure, timeout, lost acknowledgement, pending). */
  readonly status: number | null;
  readonly classification: Classification;
  /** The injected fault, or `null`. */
  readonly fault: AppliedFault | null;
  /** How long until Spike saw the outcome (`null` while pending). */
  readonly latencyMs: number | null;
  /** When Spike saw the outcome: `atMs + latencyMs` (`null` while pending). */
  readonly endedAtMs: number | null;
  /** False when an injected fault stopped the attempt before the target (refused, reset, timeout, a status). */
  readonly sent: boolean;
  /** What the target answered, when it answered. */
  readonly answer: AttemptAnswer | null;
  /** The network error kind, or the handler's exception, when there was one. */
  readonly error?: string;
  /** Real milliseconds the request took, for targets behind a socket (not deterministic). */
  readonly wallMs?: number;
  /**
   * Set when virtual time moved on while the in-process handler was still busy with real I/O for longer than
   * `ioWait`: the simulator did not await it, so a timeout of this attempt may be the simulator's, not the handler's.
   */
  readonly ioNotAwaited?: true;
}

/**
 * One event's delivery: every attempt and the outcome.
 *
 * @example
 * ```ts
 * const event = result.events[0];
 * event.outcome;                      // 'delivered'
 * event.attempts.map((a) => a.atMs);  // [0, 60000]
 * ```
 */
export interface EventTimeline {
  /** Index in the simulation: events in the order given, then concurrent duplicates. */
  readonly index: number;
  /** For a concurrent duplicate delivery, the index of the event it repeats; else `null`. */
  readonly duplicateOf: number | null;
  /** The keys a receiver deduplicates this body on (`event_id`, `submissionId`, a body hash ...). */
  readonly dedupKeys: readonly string[];
  /** When Spike first tried to deliver it. */
  readonly arrivalMs: number;
  readonly outcome: EventOutcome;
  /** When the successful attempt started, or `null`. */
  readonly deliveredAtMs: number | null;
  readonly attempts: readonly AttemptRecord[];
}

/**
 * Counts over a whole simulation.
 *
 * @example
 * ```ts
 * result.summary; // { events: 10, delivered: 9, exhausted: 1, discarded: 0, pending: 0, attempts: 17, sent: 15, lateAnswers: 1 }
 * ```
 */
export interface SimulationSummary {
  readonly events: number;
  readonly delivered: number;
  readonly exhausted: number;
  readonly discarded: number;
  readonly pending: number;
  readonly attempts: number;
  /** Attempts that reached the target (not stopped by an injected fault). */
  readonly sent: number;
  /** Answers that arrived after their attempt had failed. */
  readonly lateAnswers: number;
}

/**
 * The data of a {@link SimulationResult}, exactly what `toJSON()` returns.
 *
 * @example
 * ```ts
 * writeFileSync('timeline.json', JSON.stringify(result.toJSON(), null, 2));
 * ```
 */
export interface SimulationData {
  /** The profile's id. */
  readonly profile: string;
  /** What the deliveries went to. */
  readonly target: string;
  /** `virtual` (no real waiting, deterministic) or `real` (wall time, scaled by `compress`). */
  readonly time: 'virtual' | 'real';
  readonly compress: number;
  readonly seed: number | string;
  /** The instant of `atMs` 0, ISO 8601. */
  readonly startAt: string;
  /** When the last attempt ended. */
  readonly durationMs: number;
  readonly summary: SimulationSummary;
  /** Event indexes in the order their successful attempt reached the receiver. */
  readonly deliveryOrder: readonly number[];
  readonly events: readonly EventTimeline[];
}

/**
 * What a simulation returns: the timeline of every event, `toJSON()` (stable JSON: the same seed gives the same
 * bytes) and `toString()` (a table for humans).
 *
 * @example
 * ```ts
 * const result = await simulate({ profile: 'spike-forms', target: { fetch: POST }, event, faults: [500, 500] });
 * result.events[0].outcome;                          // 'delivered'
 * result.events[0].attempts.map((a) => a.atMs);      // [0, 60000, 360000]
 * console.log(result.toString());
 * ```
 */
export interface SimulationResult extends SimulationData {
  toJSON(): SimulationData;
  toString(): string;
}

import type { AttemptState, EventState } from './event-state.ts';
import { formatSimulation } from './format-timeline.ts';
import type { AttemptRecord, EventTimeline, SimulationData, SimulationResult } from './timeline.ts';

/** The timeline record of an attempt, times relative to `t0`. @internal */
export function attemptRecord(
  attempt: AttemptState,
  previous: AttemptState | undefined,
  t0: number,
): AttemptRecord {
  const answer = attempt.answer;
  return {
    n: attempt.n,
    atMs: attempt.start - t0,
    delayMs: previous === undefined ? null : previous.final ? attempt.start - previous.endedAt : null,
    status: attempt.status,
    classification: attempt.final ? attempt.classification : 'pending',
    fault: attempt.fault,
    latencyMs: attempt.final ? attempt.endedAt - attempt.start : null,
    endedAtMs: attempt.final ? attempt.endedAt - t0 : null,
    sent: attempt.sent,
    answer:
      answer === null
        ? null
        : {
            status: answer.status,
            atMs: answer.at - t0,
            accepted: answer.accepted,
            late:
              attempt.final &&
              (answer.at > attempt.endedAt ||
                (answer.at === attempt.endedAt && attempt.classification === 'timeout')),
          },
    ...(attempt.error === undefined ? {} : { error: attempt.error }),
    ...(attempt.wallMs === undefined ? {} : { wallMs: attempt.wallMs }),
    ...(attempt.ioNotAwaited === true ? { ioNotAwaited: true as const } : {}),
  };
}

/** What a snapshot describes besides the events. @internal */
export interface SnapshotContext {
  readonly profile: string;
  readonly target: string;
  readonly time: 'virtual' | 'real';
  readonly compress: number;
  readonly seed: number | string;
  /** The instant of `atMs` 0 (epoch milliseconds). */
  readonly t0: number;
  readonly deliveryOrder: readonly number[];
}

/** The timeline of a simulation as it stands: finished, or a snapshot between steps. @internal */
export function snapshot(events: readonly EventState[], context: SnapshotContext): SimulationResult {
  const t0 = context.t0;
  const timelines: EventTimeline[] = events.map((event) => ({
    index: event.index,
    duplicateOf: event.duplicateOf,
    dedupKeys: event.dedupKeys,
    arrivalMs: event.arrivalMs,
    outcome: event.outcome,
    deliveredAtMs: event.deliveredAt === null ? null : event.deliveredAt - t0,
    attempts: event.attempts.map((attempt, i) => attemptRecord(attempt, event.attempts[i - 1], t0)),
  }));
  let attempts = 0;
  let sent = 0;
  let lateAnswers = 0;
  let durationMs = 0;
  const outcomes = { delivered: 0, exhausted: 0, discarded: 0, pending: 0 };
  for (const event of timelines) {
    outcomes[event.outcome]++;
    for (const a of event.attempts) {
      attempts++;
      if (a.sent) sent++;
      if (a.answer?.late) lateAnswers++;
      durationMs = Math.max(durationMs, a.endedAtMs ?? a.atMs);
    }
  }
  return toResult({
    profile: context.profile,
    target: context.target,
    time: context.time,
    compress: context.compress,
    seed: context.seed,
    startAt: new Date(t0).toISOString(),
    durationMs,
    summary: { events: timelines.length, ...outcomes, attempts, sent, lateAnswers },
    deliveryOrder: [...context.deliveryOrder],
    events: timelines,
  });
}

/** Wraps timeline data with `toJSON` and `toString` (both non-enumerable). */
function toResult(data: SimulationData): SimulationResult {
  const result = { ...data } as SimulationResult;
  Object.defineProperties(result, {
    toJSON: { value: () => data, enumerable: false },
    toString: { value: () => formatSimulation(data), enumerable: false },
  });
  return result;
}

import type { Delivery } from '../delivery/index.ts';
import type { AppliedFault } from './faults.ts';
import type { Classification, EventOutcome } from './timeline.ts';

/** One event as planned before anything is delivered: its delivery, dedup keys and arrival. @internal */
export interface PlannedEvent {
  readonly index: number;
  readonly duplicateOf: number | null;
  readonly delivery: Delivery;
  readonly dedupKeys: readonly string[];
  readonly arrivalMs: number;
  /** Position in arrival order (ties at the same instant start in this order). */
  readonly rank: number;
  /**
   * For profiles that sign a timestamp, and events the simulator built: the delivery signed at the instant an attempt
   * is sent (epoch milliseconds). Prebuilt deliveries have none: they are sent as given.
   */
  readonly signAt?: (atMs: number) => Delivery;
}

/** One event being delivered. @internal */
export interface EventState extends PlannedEvent {
  readonly attempts: AttemptState[];
  outcome: EventOutcome;
  deliveredAt: number | null;
}

/** One attempt being made. @internal */
export interface AttemptState {
  readonly event: EventState;
  readonly n: number;
  readonly start: number;
  readonly fault: AppliedFault | null;
  sent: boolean;
  final: boolean;
  endedAt: number;
  status: number | null;
  classification: Classification;
  error?: string;
  wallMs?: number;
  answer: { status: number; at: number; accepted: boolean } | null;
  /** Virtual time moved on while the handler was still busy with real I/O (past `ioWait`). */
  ioNotAwaited?: boolean;
  deadline?: unknown;
  observer?: unknown;
}

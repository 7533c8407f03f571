import type { Target, Transport } from '../delivery/index.ts';
import type { ProfileRef } from '../profiles/index.ts';
import type { Bytes } from '../signing/hmac.ts';
import type { ProcessedProbe } from '../simulator/matchers.ts';

/**
 * The public id of a conformance scenario: stable across releases, so teams filter (`only`, `skip`, `--only`) and
 * baseline on it.
 */
export type ScenarioId =
  | 'valid-signature'
  | 'invalid-signature'
  | 'missing-signature'
  | 'tampered-body'
  | 'signed-bytes'
  | 'duplicate-delivery'
  | 'concurrent-duplicate'
  | 'unknown-fields'
  | 'unknown-event-kind'
  | 'timeout'
  | 'success-status'
  | 'stale-timestamp';

/** A scenario's verdict. */
export type ScenarioStatus = 'passed' | 'failed' | 'skipped';

/** One request the scenario sent, exactly as sent (headers and body bytes). */
export interface EvidenceRequest {
  readonly method: 'POST';
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

/** What came back: a status and its latency, or no HTTP answer at all. */
export type EvidenceResponse =
  | {
      readonly kind: 'response';
      readonly status: number;
      readonly latencyMs: number;
      readonly handlerError?: string;
    }
  | {
      readonly kind: 'network-error';
      readonly error: string;
      readonly message: string;
      readonly latencyMs: number;
    };

/** One exchange of a scenario: what it sent, what it saw, and what the request was for. */
export interface Evidence {
  /** What this request tests, in a few words (`'the sleep event, correctly signed'`). */
  readonly label: string;
  readonly request: EvidenceRequest;
  readonly response: EvidenceResponse;
}

/** The verdict of one scenario. */
export interface ScenarioResult {
  readonly id: ScenarioId;
  /** What the scenario checks, in one line. */
  readonly title: string;
  readonly status: ScenarioStatus;
  /** Why, in one line a person understands (what went wrong and what to do, for a failure). */
  readonly reason: string;
  /** Every request sent and response seen (empty when skipped). */
  readonly evidence: readonly Evidence[];
}

/** A whole scorecard: the profile, where it went, and one result per scenario of the catalogue, in its order. */
export interface Scorecard {
  readonly profile: string;
  /** What the deliveries went to (a URL, `'fetch handler'`, `'Node app'` ...). */
  readonly target: string;
  readonly scenarios: readonly ScenarioResult[];
  /** True when no scenario failed. */
  readonly passed: boolean;
  /** Counts by status. */
  readonly counts: Readonly<Record<ScenarioStatus, number>>;
  /** The seed and reference date the events came from, to reproduce the run. */
  readonly seed: number;
  readonly refDate: string;
}

/** Options of {@link runConformance}. */
export interface ConformanceOptions {
  /** The dialect the receiver speaks: a profile id or a profile from `defineProfile`. */
  readonly profile: ProfileRef;
  /** Where the deliveries go: any target the simulator accepts (`{ fetch }`, `{ app }`, `{ url }`, `{ transport }`). */
  readonly target: Target | Transport;
  /** The secret the receiver verifies with (required: every scenario but a few needs signed deliveries). */
  readonly secret: Bytes;
  /**
   * How many times the receiver's side effect ran for a dedup key. Needed by `duplicate-delivery` and
   * `concurrent-duplicate`, which are skipped, with the reason, without it. May return a promise.
   */
  readonly probe?: ConformanceProbe | undefined;
  /** Run only these scenarios (the others are reported `skipped`, never dropped). */
  readonly only?: readonly ScenarioId[] | undefined;
  /** Skip these scenarios (reported `skipped`). */
  readonly skip?: readonly ScenarioId[] | undefined;
  /** Seed of the generated events; default 1. */
  readonly seed?: number | undefined;
  /** The instant events happen at and deliveries are stamped with; default now (real time). */
  readonly refDate?: Date | string | number | undefined;
}

/** A {@link ProcessedProbe}, or a function answering a count asynchronously (a database query, an HTTP call). */
export type ConformanceProbe = ProcessedProbe | ((key: string) => Promise<number>);

import { Rng } from '../core/index.ts';
import type { SendOptions, Transport, TransportResult } from '../delivery/index.ts';
import { isSuccessStatus, nextAttemptAt } from '../profiles/index.ts';
import type { Engine } from './engine.ts';
import type { AttemptState, EventState } from './event-state.ts';
import type { FakeClock } from './fake-clock.ts';
import { type AttemptVerdict, classifyAttempt, faultRule } from './fault-table.ts';
import type { ProgressSignal } from './progress-signal.ts';
import type { ResolvedSimulateOptions } from './resolve-options.ts';
import { invocationContext, type TimerOwner } from './shadow-globals.ts';

/** Wall-clock epoch milliseconds, whatever fakes are installed later. */
const realDateNow = Date.now.bind(Date);

/** One call of the target for one attempt, and the virtual timers its handler holds. @internal */
export interface Invocation extends TimerOwner {
  readonly attempt: AttemptState;
  done: Promise<void>;
}

/**
 * Spike's delivery of every event on an engine: it schedules attempts, deadlines and retries, and records what
 * Spike saw. What a fault means and how an attempt is classified come from the fault table; this only schedules.
 *
 * @internal
 */
export class DeliveryRun {
  readonly events: readonly EventState[];
  /** Every attempt, in the order they started. */
  readonly started: AttemptState[] = [];
  /** Event indexes in the order their successful attempt reached the receiver. */
  readonly order: number[] = [];
  /** Invocations still waiting for the target's answer. */
  readonly open = new Set<Invocation>();
  /** Settled invocations whose handler left timers behind. */
  readonly #background = new Set<Invocation>();
  readonly #options: ResolvedSimulateOptions;
  readonly #engine: Engine;
  readonly #progress: ProgressSignal;
  readonly #rng: Rng;
  #transport: Transport | undefined;
  #shadow: FakeClock | undefined;
  #fatal: { error: unknown } | undefined;

  constructor(options: ResolvedSimulateOptions, engine: Engine, progress: ProgressSignal) {
    this.#options = options;
    this.#engine = engine;
    this.#progress = progress;
    this.#rng = new Rng(options.seed);
    this.events = options.events.map((planned) => ({
      ...planned,
      attempts: [],
      outcome: 'pending',
      deliveredAt: null,
    }));
  }

  /**
   * Schedules every event's first attempt at `t0` plus its arrival, through `transport`; with a `shadow` clock,
   * each call of the target runs in its own invocation context so the handler's timers go to that clock and are
   * attributed to it.
   */
  start(transport: Transport, shadow: FakeClock | undefined, t0: number): void {
    this.#transport = transport;
    this.#shadow = shadow;
    const real = this.#engine.mode === 'real';
    const queue = [...this.events].sort((a, b) => a.arrivalMs - b.arrivalMs || a.rank - b.rank);
    for (const event of queue) {
      const attempt = this.#guard(() => this.#attempt(event));
      // In real time a timer would start the first attempts a few (compressed) milliseconds late.
      if (real && event.arrivalMs === 0) attempt();
      else this.#engine.at(t0 + event.arrivalMs, attempt);
    }
  }

  /** True when every event has an outcome. */
  allFinal(): boolean {
    return this.events.every((event) => event.outcome !== 'pending');
  }

  /** No handler is still running, and none left virtual timers behind (background work it started). */
  idle(): boolean {
    if (this.open.size > 0) return false;
    for (const invocation of this.#background) {
      if (invocation.timers.size > 0) return false;
      this.#background.delete(invocation);
    }
    return true;
  }

  /** Records the first error thrown in a scheduled callback; {@link DeliveryRun.throwIfFatal} rethrows it. */
  fail(error: unknown): void {
    this.#fatal ??= { error };
    this.#progress.notify();
  }

  throwIfFatal(): void {
    if (this.#fatal !== undefined) throw this.#fatal.error;
  }

  #attempt(event: EventState): void {
    const options = this.#options;
    const now = this.#engine.now();
    const n = event.attempts.length + 1;
    let rng: Rng | undefined;
    const fault = options.faultAt({
      event: event.index,
      duplicateOf: event.duplicateOf,
      attempt: n,
      timeoutMs: options.timeoutMs,
      random: () => {
        rng ??= this.#rng.fork(`fault/${event.index}/${n}`);
        return rng.next();
      },
    });
    const attempt: AttemptState = {
      event,
      n,
      start: now,
      fault,
      sent: false,
      final: false,
      endedAt: now,
      status: null,
      classification: 'pending',
      answer: null,
    };
    event.attempts.push(attempt);
    this.started.push(attempt);
    const rule = faultRule(fault);

    if (!rule.reachesHandler) {
      if (rule.unsentSeenAfter === 'at-once') this.#seen(attempt, null);
      else attempt.deadline = this.#deadline(attempt);
      return;
    }

    const transport = this.#transport as Transport;
    attempt.sent = true;
    attempt.deadline = this.#deadline(attempt);
    const realTimeout = this.#engine.mode === 'real' || !transport.inProcess;
    const sendOptions: SendOptions = realTimeout ? { timeoutMs: options.timeoutMs / options.compress } : {};
    const clock = this.#shadow;
    const invocation: Invocation = {
      attempt,
      timers: new Set(),
      clock: clock as FakeClock,
      onTimer: () => this.#progress.notify(),
      done: Promise.resolve(),
    };
    this.open.add(invocation);
    // Timestamped profiles sign each attempt when it is sent: in virtual time, the instant the handler's Date sees.
    const delivery = event.signAt?.(this.#engine.mode === 'virtual' ? now : realDateNow()) ?? event.delivery;
    const send = () => transport.send(delivery, sendOptions);
    const sending = clock === undefined ? send() : invocationContext.run(invocation, send);
    invocation.done = sending
      .then(
        (result) => this.#answered(attempt, result),
        (error: unknown) => this.fail(error),
      )
      .finally(() => {
        this.open.delete(invocation);
        if (invocation.timers.size > 0) this.#background.add(invocation);
        this.#progress.notify();
      });
  }

  /** Spike stops waiting at the timeout: what it saw by then is nothing. */
  #deadline(attempt: AttemptState): unknown {
    return this.#engine.at(
      attempt.start + this.#options.timeoutMs,
      this.#guard(() => this.#seen(attempt, null)),
    );
  }

  /** The target answered: record the answer, and let Spike see it (later, for a slow fault). */
  #answered(attempt: AttemptState, result: TransportResult): void {
    const at = this.#engine.now();
    if (!this.#transport?.inProcess) attempt.wallMs = Math.round(result.latencyMs);
    if (result.kind === 'response' && result.handlerError !== undefined)
      attempt.error = `handler threw: ${result.handlerError}`;
    const delay = faultRule(attempt.fault).answerDelayMs(attempt.fault);
    if (result.kind === 'response') {
      attempt.answer = {
        status: result.status,
        at: at + delay,
        accepted: isSuccessStatus(this.#options.profile, result.status),
      };
    }
    if (attempt.final) return;
    if (delay > 0)
      attempt.observer = this.#engine.at(
        at + delay,
        this.#guard(() => this.#seen(attempt, result)),
      );
    else this.#seen(attempt, result);
  }

  /** Spike sees what came back (`null`: nothing, by the timeout) and classifies the attempt. */
  #seen(attempt: AttemptState, result: TransportResult | null): void {
    if (attempt.final) return;
    const verdict = classifyAttempt(attempt.fault, result, this.#options.profile);
    const now = this.#engine.now();
    // A timeout is seen when the timeout has passed, even when a real client gave up a little earlier.
    const at =
      verdict.classification === 'timeout' ? Math.max(now, attempt.start + this.#options.timeoutMs) : now;
    this.#finish(attempt, verdict, at);
  }

  #finish(attempt: AttemptState, verdict: AttemptVerdict, at: number): void {
    attempt.final = true;
    attempt.classification = verdict.classification;
    attempt.status = verdict.status;
    attempt.endedAt = at;
    if (verdict.error !== undefined) attempt.error = verdict.error;
    if (attempt.deadline !== undefined) this.#engine.cancel(attempt.deadline);
    if (attempt.observer !== undefined) this.#engine.cancel(attempt.observer);
    const event = attempt.event;
    const profile = this.#options.profile;
    if (verdict.classification === 'success') {
      event.outcome = 'delivered';
      event.deliveredAt = attempt.start;
      this.order.push(event.index);
    } else {
      const first = event.attempts[0] as AttemptState;
      const next = nextAttemptAt(profile.retry, attempt.n, first.start, at);
      if (next === undefined) event.outcome = profile.retry.afterLastFailure;
      else
        this.#engine.at(
          next,
          this.#guard(() => this.#attempt(event)),
        );
    }
    this.#progress.notify();
  }

  #guard(callback: () => void): () => void {
    return () => {
      try {
        callback();
      } catch (error) {
        this.fail(error);
      }
    };
  }
}

import { type Duration, Rng, SpikeKitError, toEpochMs } from '../core/index.ts';
import {
  resolveTarget,
  type SendOptions,
  type Target,
  type Transport,
  type TransportResult,
} from '../delivery/index.ts';
import { getProfile, isSuccessStatus, nextAttemptAt, type Profile } from '../profiles/index.ts';
import {
  createFakeClock,
  type Engine,
  invocationContext,
  isFakeClock,
  RealEngine,
  realTime,
  shadowGlobals,
  type TimerOwner,
  VirtualEngine,
} from './clock.ts';
import { type AppliedFault, compileFaultPlan, type FaultContext, stopsBeforeHandler } from './faults.ts';
import { checkInvariants } from './invariants.ts';
import {
  checkOptionNames,
  durationOption,
  invalidOption,
  type SimulateOptions,
  simulateDefaults,
} from './options.ts';
import { classifyStatus } from './rules.ts';
import { attemptRecord, snapshot } from './snapshot.ts';
import { type AttemptState, type EventState, prepareEvents } from './state.ts';
import type { AttemptRecord, Classification, SimulationResult } from './timeline.ts';

interface Invocation extends TimerOwner {
  readonly attempt: AttemptState;
  done: Promise<void>;
}

/**
 * An attempt as {@link Simulation.runNext} returns it: the record and its event's index.
 *
 * @example
 * ```ts
 * const attempt = await sim.runNext(); // { event: 0, n: 1, atMs: 0, status: 500, ... }
 * ```
 */
export type SteppedAttempt = AttemptRecord & { readonly event: number };

/** Resolves every waiter when something happens (an answer, a fired timer, a new handler timer). */
class Signal {
  #waiters: (() => void)[] = [];
  wait(): Promise<void> {
    return new Promise((resolve) => this.#waiters.push(resolve));
  }
  notify(): void {
    if (this.#waiters.length === 0) return;
    const waiters = this.#waiters;
    this.#waiters = [];
    for (const resolve of waiters) resolve();
  }
}

const MAX_DRAIN_STEPS = 10_000;

/**
 * A controllable run of Spike's delivery of one or many events: step it with {@link Simulation.advanceBy},
 * {@link Simulation.runNext} and {@link Simulation.runAll}, and look at your own system between attempts.
 * Create it with {@link createSimulation}; {@link simulate} runs one to the end.
 *
 * @example
 * ```ts
 * const sim = createSimulation({ profile: 'spike-forms', target: { fetch: POST }, event, faults: [500] });
 * await sim.runNext();            // the 500 at 0 s
 * expect(db.rows).toHaveLength(0);
 * await sim.advanceBy('1m');      // the retry at 1 min
 * expect(db.rows).toHaveLength(1);
 * const result = await sim.runAll();
 * ```
 */
export class Simulation {
  /** The profile whose rules the simulation follows. */
  readonly profile: Profile;
  readonly #options: SimulateOptions;
  readonly #engine: Engine;
  readonly #events: EventState[];
  readonly #timeoutMs: number;
  readonly #compress: number;
  readonly #drainMs: number;
  readonly #ioWaitMs: number;
  readonly #seed: number | string;
  readonly #rng: Rng;
  readonly #faultPlan: (context: FaultContext) => AppliedFault | null;
  readonly #progress = new Signal();
  readonly #open = new Set<Invocation>();
  /** Settled invocations whose handler left timers behind. */
  readonly #background = new Set<Invocation>();
  readonly #started: AttemptState[] = [];
  readonly #order: number[] = [];
  #transport: Transport | undefined;
  #ownsTransport = false;
  #starting: Promise<void> | undefined;
  #t0 = 0;
  #shadow = false;
  #fatal: { error: unknown } | undefined;
  #driving = false;
  #closed = false;

  constructor(options: SimulateOptions) {
    checkOptionNames(options);
    this.#options = options;
    this.profile = getProfile(options.profile);
    this.#seed = options.seed ?? simulateDefaults.seed;
    if (typeof this.#seed !== 'number' && typeof this.#seed !== 'string')
      throw invalidOption('seed', 'a number or a string', this.#seed);
    this.#rng = new Rng(this.#seed);
    this.#timeoutMs =
      options.timeout === undefined ? this.profile.timeoutMs : durationOption('timeout', options.timeout);
    if (this.#timeoutMs <= 0) throw invalidOption('timeout', 'a duration longer than 0', options.timeout);
    this.#compress = options.compress ?? simulateDefaults.compress;
    if (typeof this.#compress !== 'number' || !(this.#compress > 0) || !Number.isFinite(this.#compress))
      throw invalidOption('compress', 'a positive number (Spike time per real time)', options.compress);
    this.#drainMs = durationOption('drain', options.drain ?? simulateDefaults.drain);
    this.#ioWaitMs = durationOption('ioWait', options.ioWait ?? simulateDefaults.ioWait);
    this.#faultPlan = compileFaultPlan(options.faults, this.#timeoutMs);
    this.#engine = this.#createEngine(options);
    this.#events = prepareEvents(this.profile, options, this.#rng);
  }

  /** Milliseconds of simulation time since the start (0 before the first step). */
  get now(): number {
    return this.#starting === undefined ? 0 : this.#engine.now() - this.#t0;
  }

  /** True when every event has an outcome. */
  get done(): boolean {
    return this.#allFinal();
  }

  /** The timeline so far: a snapshot (`outcome: 'pending'` for events still being delivered). */
  get result(): SimulationResult {
    return snapshot(this.#events, {
      profile: this.profile.id,
      target: this.#transport?.description ?? '(not started)',
      time: this.#engine.mode,
      compress: this.#compress,
      seed: this.#seed,
      t0: this.#starting === undefined ? this.#engine.now() : this.#t0,
      deliveryOrder: this.#order,
    });
  }

  /**
   * Moves time forward by `duration`, running every attempt (and handler timer) due on the way. An attempt still
   * running at the end stays running.
   *
   * @example
   * ```ts
   * await sim.advanceBy('1m');
   * ```
   */
  async advanceBy(duration: Duration): Promise<void> {
    const ms = durationOption('advanceBy', duration);
    await this.#start();
    let reached = false;
    const sentinel = this.#engine.at(this.#engine.now() + ms, () => {
      reached = true;
    });
    try {
      await this.#drive(() => reached);
    } finally {
      this.#engine.cancel(sentinel);
    }
  }

  /**
   * Runs until the next attempt has started and Spike has seen its outcome, and returns it; `undefined` when every
   * event already has an outcome. Attempts due at the same instant run together.
   *
   * @example
   * ```ts
   * const first = await sim.runNext(); // { event: 0, n: 1, atMs: 0, status: 500, classification: 'http-error', ... }
   * ```
   */
  async runNext(): Promise<SteppedAttempt | undefined> {
    const before = this.#started.length;
    await this.#start();
    await this.#drive(() => this.#started.length > before || this.#allFinal());
    const attempt = this.#started[before];
    if (attempt === undefined) return undefined;
    await this.#drive(() => attempt.final);
    return {
      event: attempt.event.index,
      ...attemptRecord(attempt, attempt.event.attempts[attempt.n - 2], this.#t0),
    };
  }

  /**
   * Runs every event to its outcome, then (in virtual time, up to `drain`) the handlers' late answers and the
   * timers they left behind, checks the invariants, closes what the simulation opened, and returns the timeline.
   *
   * @throws {SpikeKitError} `SIMULATION_FAILED` if an invariant does not hold (a bug in the kit: please report it).
   */
  async runAll(): Promise<SimulationResult> {
    try {
      await this.#drive(() => this.#allFinal());
      if (this.#engine.mode === 'virtual' && !this.#idle()) {
        let reached = false;
        const sentinel = this.#engine.at(this.#engine.now() + this.#drainMs, () => {
          reached = true;
        });
        await this.#drive(() => reached || this.#idle(), MAX_DRAIN_STEPS);
        this.#engine.cancel(sentinel);
      }
      const result = this.result;
      const problems = checkInvariants(result, this.profile, { timeoutMs: this.#timeoutMs });
      if (problems.length > 0) {
        throw new SpikeKitError(
          'SIMULATION_FAILED',
          `The simulation broke its invariants (a bug in spike-webhook-kit, please report it):\n${problems.map((p) => `  - ${p}`).join('\n')}\n\n${result.toString()}`,
          { problems },
        );
      }
      return result;
    } finally {
      await this.close();
    }
  }

  /** Closes what the simulation opened (a server started for an `{ app }` target). Idempotent. */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    if (this.#ownsTransport) await this.#transport?.close?.();
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await this.close();
  }

  #createEngine(options: SimulateOptions): Engine {
    const isUrl = typeof options.target === 'object' && options.target !== null && 'url' in options.target;
    const isFetch = isUrl && 'fetch' in options.target;
    const time = options.time ?? (isUrl && !isFetch ? 'real' : 'virtual');
    if (time !== 'virtual' && time !== 'real') throw invalidOption('time', "'virtual' or 'real'", time);
    if (time === 'real') {
      if (options.clock !== undefined)
        throw invalidOption('clock', "no clock with time: 'real' (a clock drives virtual time)", '<clock>');
      const startMs = toEpochMs(options.startAt ?? simulateDefaults.startAt, 'startAt');
      return new RealEngine(startMs, this.#compress, () => this.#progress.notify());
    }
    if (options.clock !== undefined && !isFakeClock(options.clock))
      throw invalidOption(
        'clock',
        'an @sinonjs/fake-timers clock (createClock, install, installedFakeClock())',
        '<clock>',
      );
    const clock =
      options.clock ?? createFakeClock(toEpochMs(options.startAt ?? simulateDefaults.startAt, 'startAt'));
    return new VirtualEngine(clock);
  }

  #start(): Promise<void> {
    this.#starting ??= (async () => {
      const target = this.#options.target as Target | Transport;
      if (typeof (target as Partial<Transport>)?.send === 'function') this.#transport = target as Transport;
      else {
        this.#transport = await resolveTarget(target as Target);
        this.#ownsTransport = true;
      }
      const shadow = this.#options.shadowGlobals ?? simulateDefaults.shadowGlobals;
      this.#shadow = this.#engine.mode === 'virtual' && this.#transport.inProcess && shadow;
      const real = this.#engine instanceof RealEngine;
      if (this.#engine instanceof RealEngine) this.#engine.restart();
      this.#t0 = this.#engine.now();
      const queue = [...this.#events].sort((a, b) => a.arrivalMs - b.arrivalMs || a.rank - b.rank);
      for (const event of queue) {
        const attempt = this.#guard(() => this.#attempt(event));
        // In real time a timer would start the first attempts a few (compressed) milliseconds late.
        if (real && event.arrivalMs === 0) attempt();
        else this.#engine.at(this.#t0 + event.arrivalMs, attempt);
      }
    })();
    return this.#starting;
  }

  /** Moves time until `until()` holds, with the simulator's clock standing in for the globals meanwhile. */
  async #drive(until: () => boolean, maxSteps = Number.POSITIVE_INFINITY): Promise<void> {
    if (this.#driving)
      throw new SpikeKitError(
        'SIMULATION_FAILED',
        'The simulation is already running: await each step before the next.',
      );
    this.#driving = true;
    let restore = () => {};
    try {
      await this.#start();
      if (this.#shadow)
        restore = shadowGlobals((this.#engine as VirtualEngine).clock, () => this.#progress.notify());
      for (let steps = 0; !until() && steps < maxSteps; steps++) {
        this.#throwIfFatal();
        if (this.#engine instanceof VirtualEngine) {
          await this.#gate();
          this.#throwIfFatal();
          if (until()) break;
          if (!this.#engine.advance()) break;
          await realTime.turn();
        } else {
          if (this.#engine.pending() === 0 && this.#open.size === 0) break;
          await this.#progress.wait();
        }
      }
      this.#throwIfFatal();
    } finally {
      restore();
      this.#driving = false;
    }
  }

  /**
   * Virtual time moves only when every attempt in flight waits on it: an in-process handler holding a virtual
   * timer. A request behind a socket is awaited (its time is real); a handler waiting on real I/O gets `ioWait`.
   */
  async #gate(): Promise<void> {
    let idleSince = realTime.now();
    for (;;) {
      const open = [...this.#open].filter((invocation) => !invocation.attempt.final);
      if (open.length === 0) return;
      if (!this.#transport?.inProcess) {
        await Promise.race(open.map((invocation) => invocation.done));
        continue;
      }
      if (open.every((invocation) => invocation.timers.size > 0)) return;
      const left = this.#ioWaitMs - (realTime.now() - idleSince);
      if (left <= 0) return;
      const sleep = realTime.sleep(left);
      const progressed = await Promise.race([
        this.#progress.wait().then(() => true),
        sleep.promise.then(() => false),
      ]);
      sleep.cancel();
      if (progressed) idleSince = realTime.now();
    }
  }

  #attempt(event: EventState): void {
    const now = this.#engine.now();
    const n = event.attempts.length + 1;
    let rng: Rng | undefined;
    const fault = this.#faultPlan({
      event: event.index,
      duplicateOf: event.duplicateOf,
      attempt: n,
      timeoutMs: this.#timeoutMs,
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
    this.#started.push(attempt);

    if (stopsBeforeHandler(fault)) {
      if (typeof fault === 'number') this.#finish(attempt, classifyStatus(this.profile, fault), fault, now);
      else if (fault === 'timeout')
        attempt.deadline = this.#engine.at(
          now + this.#timeoutMs,
          this.#guard(() => this.#finish(attempt, 'timeout', null, this.#engine.now())),
        );
      else this.#finish(attempt, 'network-error', null, now, fault === 'refused' ? 'refused' : 'reset');
      return;
    }

    const transport = this.#transport as Transport;
    attempt.sent = true;
    attempt.deadline = this.#engine.at(
      now + this.#timeoutMs,
      this.#guard(() => this.#finish(attempt, 'timeout', null, this.#engine.now())),
    );
    const realTimeout = this.#engine.mode === 'real' || !transport.inProcess;
    const sendOptions: SendOptions = realTimeout ? { timeoutMs: this.#timeoutMs / this.#compress } : {};
    const invocation: Invocation = { attempt, timers: new Set(), done: Promise.resolve() };
    this.#open.add(invocation);
    const send = () => transport.send(event.delivery, sendOptions);
    const sending = this.#shadow ? invocationContext.run(invocation, send) : send();
    invocation.done = sending
      .then(
        (result) => this.#answered(attempt, result),
        (error: unknown) => this.#fail(error),
      )
      .finally(() => {
        this.#open.delete(invocation);
        if (invocation.timers.size > 0) this.#background.add(invocation);
        this.#progress.notify();
      });
  }

  #answered(attempt: AttemptState, result: TransportResult): void {
    const at = this.#engine.now();
    if (!this.#transport?.inProcess) attempt.wallMs = Math.round(result.latencyMs);
    if (result.kind === 'response' && result.handlerError !== undefined)
      attempt.error = `handler threw: ${result.handlerError}`;
    const slow = typeof attempt.fault === 'object' && attempt.fault !== null ? attempt.fault.slow : 0;
    if (result.kind === 'response') {
      attempt.answer = {
        status: result.status,
        at: at + slow,
        accepted: isSuccessStatus(this.profile, result.status),
      };
    }
    if (attempt.final) return;
    if (slow > 0)
      attempt.observer = this.#engine.at(
        at + slow,
        this.#guard(() => this.#seen(attempt, result)),
      );
    else this.#seen(attempt, result);
  }

  /** Spike sees what came back. */
  #seen(attempt: AttemptState, result: TransportResult): void {
    if (attempt.final) return;
    const now = this.#engine.now();
    if (result.kind === 'network-error') {
      if (result.error === 'timeout')
        this.#finish(attempt, 'timeout', null, Math.max(now, attempt.start + this.#timeoutMs));
      else this.#finish(attempt, 'network-error', null, now, result.error);
    } else if (attempt.fault === 'lost-ack') this.#finish(attempt, 'lost-ack', null, now);
    else this.#finish(attempt, classifyStatus(this.profile, result.status), result.status, now);
  }

  #finish(
    attempt: AttemptState,
    classification: Classification,
    status: number | null,
    at: number,
    error?: string,
  ): void {
    if (attempt.final) return;
    attempt.final = true;
    attempt.classification = classification;
    attempt.status = status;
    attempt.endedAt = at;
    if (error !== undefined) attempt.error = error;
    if (attempt.deadline !== undefined) this.#engine.cancel(attempt.deadline);
    if (attempt.observer !== undefined) this.#engine.cancel(attempt.observer);
    const event = attempt.event;
    if (classification === 'success') {
      event.outcome = 'delivered';
      event.deliveredAt = attempt.start;
      this.#order.push(event.index);
    } else {
      const first = event.attempts[0] as AttemptState;
      const next = nextAttemptAt(this.profile.retry, attempt.n, first.start, at);
      if (next === undefined) event.outcome = this.profile.retry.afterLastFailure;
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
        this.#fail(error);
      }
    };
  }

  #fail(error: unknown): void {
    this.#fatal ??= { error };
    this.#progress.notify();
  }

  #throwIfFatal(): void {
    if (this.#fatal !== undefined) throw this.#fatal.error;
  }

  /** No handler is still running, and none left virtual timers behind (background work it started). */
  #idle(): boolean {
    if (this.#open.size > 0) return false;
    for (const invocation of this.#background) {
      if (invocation.timers.size > 0) return false;
      this.#background.delete(invocation);
    }
    return true;
  }

  #allFinal(): boolean {
    return this.#events.every((event) => event.outcome !== 'pending');
  }
}

/**
 * Prepares a simulation without running it: step it, or call `runAll()`. Options are checked at once.
 *
 * @throws {SpikeKitError} `INVALID_OPTION`, `INVALID_FAULT`, `INVALID_TARGET`, `UNKNOWN_PROFILE`,
 *   `SECRET_REQUIRED` or `INVALID_EVENT`, each saying what is valid.
 *
 * @example
 * ```ts
 * const sim = createSimulation({ profile: 'spike-forms', target: { fetch: POST }, event: submission, faults: [500] });
 * await sim.runNext();
 * await sim.advanceBy('1m');
 * ```
 */
export function createSimulation(options: SimulateOptions): Simulation {
  return new Simulation(options);
}

/**
 * Runs Spike's delivery of one or many events against a target, following the profile's success, timeout and
 * retry rules, with injected faults, on a virtual clock (the 36-minute forms schedule and the days-long v3 one
 * take milliseconds), and returns the timeline.
 *
 * @throws {SpikeKitError} see {@link createSimulation}; `SIMULATION_FAILED` if an invariant breaks.
 *
 * @example
 * ```ts
 * import { simulate } from 'spike-webhook-kit/simulator';
 * const result = await simulate({
 *   profile: 'spike-forms', target: { fetch: POST }, event: submission, secret: 's3cret',
 *   faults: [500, 'timeout'],
 * });
 * result.events[0].attempts.map((a) => a.atMs); // [0, 60000, 390000]: the timeout shifts the next attempt by 30 s
 * ```
 */
export async function simulate(options: SimulateOptions): Promise<SimulationResult> {
  return createSimulation(options).runAll();
}

import { type Duration, SpikeKitError } from '../core/index.ts';
import { resolveTarget, type Target, type Transport } from '../delivery/index.ts';
import type { Profile } from '../profiles/index.ts';
import { DeliveryRun } from './delivery-run.ts';
import type { Engine } from './engine.ts';
import { durationOption } from './invalid-option.ts';
import { checkInvariants } from './invariants.ts';
import { ProgressSignal } from './progress-signal.ts';
import { RealEngine } from './real-engine.ts';
import { realTime } from './real-timers.ts';
import { type ResolvedSimulateOptions, resolveSimulateOptions } from './resolve-options.ts';
import { shadowGlobals } from './shadow-globals.ts';
import type { SimulateOptions } from './simulate-options.ts';
import { attemptRecord, snapshot } from './snapshot.ts';
import type { AttemptRecord, SimulationResult } from './timeline.ts';
import { VirtualEngine } from './virtual-engine.ts';

/**
 * An attempt as {@link Simulation.runNext} returns it: the record and its event's index.
 *
 * @example
 * ```ts
 * const attempt = await sim.runNext(); // { event: 0, n: 1, atMs: 0, status: 500, ... }
 * ```
 */
export type SteppedAttempt = AttemptRecord & { readonly event: number };

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
  readonly #options: ResolvedSimulateOptions;
  readonly #progress = new ProgressSignal();
  readonly #engine: Engine;
  readonly #run: DeliveryRun;
  #transport: Transport | undefined;
  #ownsTransport = false;
  #starting: Promise<void> | undefined;
  #t0 = 0;
  #shadow = false;
  #shadowDate = false;
  #driving = false;
  #closed = false;

  constructor(options: SimulateOptions) {
    this.#options = resolveSimulateOptions(options);
    this.profile = this.#options.profile;
    const time = this.#options.time;
    this.#engine =
      time.mode === 'real'
        ? new RealEngine(time.startMs, this.#options.compress, () => this.#progress.notify())
        : new VirtualEngine(time.clock);
    this.#run = new DeliveryRun(this.#options, this.#engine, this.#progress);
  }

  /** Milliseconds of simulation time since the start (0 before the first step). */
  get now(): number {
    return this.#starting === undefined ? 0 : this.#engine.now() - this.#t0;
  }

  /** True when every event has an outcome. */
  get done(): boolean {
    return this.#run.allFinal();
  }

  /** The timeline so far: a snapshot (`outcome: 'pending'` for events still being delivered). */
  get result(): SimulationResult {
    return snapshot(this.#run.events, {
      profile: this.profile.id,
      target: this.#transport?.description ?? '(not started)',
      time: this.#engine.mode,
      compress: this.#options.compress,
      seed: this.#options.seed,
      t0: this.#starting === undefined ? this.#engine.now() : this.#t0,
      deliveryOrder: this.#run.order,
    });
  }

  /**
   * Moves time forward by `duration`, running every attempt (and handler timer) due on the way, whatever the
   * target: every attempt due in the window has finished when it resolves, unless its handler waits on a virtual
   * timer past the window (that attempt stays running).
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
      await this.#drive(() => reached, Number.POSITIVE_INFINITY, true);
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
    const started = this.#run.started;
    const before = started.length;
    await this.#start();
    await this.#drive(() => started.length > before || this.#run.allFinal());
    const attempt = started[before];
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
   *
   * @example
   * ```ts
   * const result = await createSimulation({ profile: 'spike-forms', target: { fetch: POST }, event }).runAll();
   * ```
   */
  async runAll(): Promise<SimulationResult> {
    try {
      await this.#drive(() => this.#run.allFinal());
      if (this.#engine.mode === 'virtual' && !this.#run.idle()) {
        let reached = false;
        const sentinel = this.#engine.at(this.#engine.now() + this.#options.drainMs, () => {
          reached = true;
        });
        await this.#drive(() => reached || this.#run.idle(), MAX_DRAIN_STEPS);
        this.#engine.cancel(sentinel);
      }
      const result = this.result;
      const problems = checkInvariants(result, this.profile, { timeoutMs: this.#options.timeoutMs });
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

  /**
   * Closes what the simulation opened (a server started for an `{ app }` target). Idempotent.
   *
   * @example
   * ```ts
   * await sim.close();
   * ```
   */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    if (this.#ownsTransport) await this.#transport?.close?.();
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await this.close();
  }

  #start(): Promise<void> {
    this.#starting ??= (async () => {
      const target = this.#options.target;
      let transport: Transport;
      if (typeof (target as Partial<Transport>)?.send === 'function') transport = target as Transport;
      else {
        transport = await resolveTarget(target as Target);
        this.#ownsTransport = true;
      }
      this.#transport = transport;
      const virtual = this.#engine.mode === 'virtual' && this.#options.shadowGlobals;
      this.#shadow = virtual && transport.inProcess;
      // A Node app served in this process behind a socket: its timers stay real (the socket's), but the time it
      // reads is Spike's, so a timestamped delivery signed at the attempt's virtual instant is fresh to it.
      this.#shadowDate = virtual && !transport.inProcess && transport.kind === 'app';
      if (this.#engine instanceof RealEngine) this.#engine.restart();
      this.#t0 = this.#engine.now();
      const clock = this.#shadow ? (this.#engine as VirtualEngine).clock : undefined;
      this.#run.start(transport, clock, this.#t0);
    })();
    return this.#starting;
  }

  /**
   * Moves time until `until()` holds, with the simulator's clock standing in for the globals meanwhile. With
   * `settle`, the attempts in flight then finish too, unless they wait on virtual time.
   */
  async #drive(until: () => boolean, maxSteps = Number.POSITIVE_INFINITY, settle = false): Promise<void> {
    if (this.#driving)
      throw new SpikeKitError(
        'SIMULATION_FAILED',
        'The simulation is already running: await each step before the next.',
      );
    this.#driving = true;
    let restore = () => {};
    const run = this.#run;
    try {
      await this.#start();
      if (this.#shadow || this.#shadowDate)
        restore = shadowGlobals((this.#engine as VirtualEngine).clock, { timers: this.#shadow });
      for (let steps = 0; !until() && steps < maxSteps; steps++) {
        run.throwIfFatal();
        if (this.#engine instanceof VirtualEngine) {
          await this.#gate();
          run.throwIfFatal();
          if (until()) break;
          if (!this.#engine.advance()) break;
          await realTime.turn();
        } else {
          if (this.#engine.pending() === 0 && run.open.size === 0) break;
          await this.#progress.wait();
        }
      }
      if (settle) {
        await realTime.turn();
        await this.#gate();
        await realTime.turn();
      }
      run.throwIfFatal();
    } finally {
      restore();
      this.#driving = false;
    }
  }

  /**
   * Virtual time moves only when every attempt in flight waits on it: an in-process handler holding a virtual
   * timer. A request behind a socket is awaited (its time is real, bounded by the real timeout); an in-process
   * handler busy with anything else (real I/O) is awaited for up to `ioWait` of real time without progress, after
   * which time moves on and its attempt says so (`ioNotAwaited`).
   */
  async #gate(): Promise<void> {
    let idleSince = realTime.now();
    for (;;) {
      const inProcess = this.#transport?.inProcess === true;
      const busy = [...this.#run.open].filter(
        (invocation) => !invocation.attempt.final && !(inProcess && invocation.timers.size > 0),
      );
      if (busy.length === 0) return;
      if (!inProcess || this.#engine.mode === 'real') {
        await Promise.race(busy.map((invocation) => invocation.done));
        continue;
      }
      const left = this.#options.ioWaitMs - (realTime.now() - idleSince);
      if (left <= 0) {
        for (const invocation of busy) invocation.attempt.ioNotAwaited = true;
        return;
      }
      const sleep = realTime.sleep(left);
      const progressed = await Promise.race([
        this.#progress.wait().then(() => true),
        sleep.promise.then(() => false),
      ]);
      sleep.cancel();
      if (progressed) idleSince = realTime.now();
    }
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

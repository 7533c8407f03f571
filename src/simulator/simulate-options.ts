import { type DateInput, type Duration, kitDefaults } from '../core/index.ts';
import type { BuildDeliveryOptions, Delivery, Target, Transport } from '../delivery/index.ts';
import type { ProfileRef } from '../profiles/index.ts';
import type { Bytes } from '../signing/index.ts';
import type { FakeClock } from './fake-clock.ts';
import type { FaultPlan } from './faults.ts';

/**
 * When events first reach Spike's delivery queue.
 *
 * @example
 * ```ts
 * await simulate({ profile, target, events, arrival: { order: 'shuffled', spacing: '2s' } });
 * ```
 */
export interface ArrivalOptions {
  /** The order events are first attempted in: as given, reversed, or a seeded shuffle. Default `'in-order'`. */
  readonly order?: 'in-order' | 'reversed' | 'shuffled';
  /** Time between consecutive first attempts. Default 0: all at once, in `order`. */
  readonly spacing?: Duration;
  /** Explicit first-attempt times, one per event (overrides `order` and `spacing`). */
  readonly offsets?: readonly Duration[];
}

/**
 * Concurrent duplicate deliveries: Spike delivering the same event twice at nearly the same time.
 *
 * @example
 * ```ts
 * await simulate({ profile, target, events, duplicates: { events: 'all' } }); // every event twice, at once
 * ```
 */
export interface DuplicateOptions {
  /** Indexes of the events delivered twice, or `'all'`. */
  readonly events?: readonly number[] | 'all';
  /** Or: the probability (seeded) that each event is delivered twice. */
  readonly rate?: number;
  /** How long after the original the duplicate starts. Default 0: the same instant. */
  readonly gap?: Duration;
}

/**
 * Options of {@link simulate} and {@link createSimulation}. Every bad value is a coded `SpikeKitError` before anything
 * is sent. Accepted on purpose: `null` for `time`, `compress`, `shadowGlobals`, `drain`, `ioWait` and the fields of
 * `arrival` and `duplicates` means "not given" (the default); `seed` takes any finite number or string, as
 * `generate` does; `undefined` and `null` items of a `faults` list mean "no fault" for that attempt.
 *
 * @example
 * ```ts
 * const options: SimulateOptions = { profile: 'spike-forms', target: { fetch: POST }, event, secret: 's3cret', faults: ['lost-ack'] };
 * const result = await simulate(options);
 * ```
 */
export interface SimulateOptions {
  /** The dialect: a built-in id or a profile from `defineProfile`. Its success, timeout and retry facts rule. */
  readonly profile: ProfileRef;
  /** Where deliveries go: `{ fetch }`, `{ app }`, `{ url }`, `{ msw }`, `{ transport }`, or a Transport. */
  readonly target: Target | Transport;
  /**
   * One event (what `generate` returns; for v3 the array Spike posts). Delivered as given, on purpose: only its
   * shape (an object, or an array for v3) is checked, never its fields, so `{}` or an own `__proto__` key is sent
   * as written (JSON data, never a prototype) to see how the receiver copes.
   */
  readonly event?: unknown;
  /** Several events, each delivered separately. */
  readonly events?: readonly unknown[];
  /** Prebuilt deliveries (from `buildDelivery`), instead of events. */
  readonly deliveries?: readonly Delivery[];
  /** The secret deliveries are signed with (required by profiles that always sign). */
  readonly secret?: Bytes;
  /** How deliveries are built from events: `bodyStyle`, extra `headers`, `url`, `timestamp`. */
  readonly delivery?: Omit<BuildDeliveryOptions, 'secret' | 'body'>;
  /** Injected faults: a script for every event, one script per event, or a function ({@link randomFaults}). */
  readonly faults?: FaultPlan;
  /** Seed of every random choice (random faults, shuffled arrival, random duplicates). */
  readonly seed?: number | string;
  /**
   * `'virtual'` (default, except for `{ url }`): no real waiting, the whole schedule runs in milliseconds.
   * `'real'` (default for `{ url }`): wall time, every Spike duration divided by `compress`.
   */
  readonly time?: 'virtual' | 'real';
  /**
   * Spike time per real time: 60 runs a 1-minute retry delay in 1 s. Applies to waits in `'real'` time and to the
   * real per-attempt timeout of targets behind a socket. Default 1.
   */
  readonly compress?: number;
  /** The virtual clock to drive (virtual time only); default a new one at `startAt`. See {@link installedFakeClock}. */
  readonly clock?: FakeClock | undefined;
  /** The instant the simulation starts at, as the handler's `Date` sees it. Default {@link simulateDefaults}. */
  readonly startAt?: DateInput;
  /**
   * Virtual time, in-process targets: while the simulator runs, point the global `setTimeout`, `setInterval`,
   * their `clear*` and `Date` at its clock so the handler's timers are virtual. Default true.
   */
  readonly shadowGlobals?: boolean;
  /** The per-attempt timeout, in Spike time, above 0 and at most 30 days. Default: the profile's `timeoutMs`. */
  readonly timeout?: Duration;
  /** When events first arrive. */
  readonly arrival?: ArrivalOptions;
  /** Concurrent duplicate deliveries. */
  readonly duplicates?: DuplicateOptions;
  /**
   * Virtual time: after the last outcome, keep running the handlers' timers (late answers, background work they
   * started) for at most this long. Default {@link simulateDefaults}.
   */
  readonly drain?: Duration;
  /**
   * Virtual time: the virtual clock does not move while an in-process handler is busy with real I/O (a database, a
   * file, a socket) and holds no virtual timer; it is awaited for up to this much real time without progress, then
   * virtual time moves on anyway and the attempt says so (`ioNotAwaited: true`). At most 30 days. Default
   * {@link simulateDefaults}.
   */
  readonly ioWait?: Duration;
}

/**
 * Defaults of {@link SimulateOptions}.
 *
 * @example
 * ```ts
 * await simulate({ profile, target, event, startAt: simulateDefaults.startAt });
 * ```
 */
export const simulateDefaults = {
  seed: kitDefaults.seed,
  /** The generators' default reference date, so generated events and the simulated clock agree. */
  startAt: kitDefaults.refDate,
  compress: 1,
  shadowGlobals: true,
  drain: '1h',
  ioWait: '1s',
  arrival: { order: 'in-order', spacing: 0 },
  duplicates: { gap: 0 },
} as const;

/** The option names {@link SimulateOptions} accepts. @internal */
export const simulateOptionNames = [
  'profile',
  'target',
  'event',
  'events',
  'deliveries',
  'secret',
  'delivery',
  'faults',
  'seed',
  'time',
  'compress',
  'clock',
  'startAt',
  'shadowGlobals',
  'timeout',
  'arrival',
  'duplicates',
  'drain',
  'ioWait',
] as const satisfies readonly (keyof SimulateOptions)[];

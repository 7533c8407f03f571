import { listChoices, SpikeKitError, toEpochMs } from '../core/index.ts';
import type { Target, Transport } from '../delivery/index.ts';
import { getProfile, type Profile } from '../profiles/index.ts';
import type { PlannedEvent } from './event-state.ts';
import { createFakeClock, type FakeClock, isFakeClock } from './fake-clock.ts';
import { compileFaultPlan } from './fault-plan.ts';
import type { AppliedFault, FaultContext } from './faults.ts';
import { durationOption, invalidOption } from './invalid-option.ts';
import { planEvents } from './plan-events.ts';
import { type SimulateOptions, simulateDefaults, simulateOptionNames } from './simulate-options.ts';

/** Bounds of `compress`: a thousand times slower than Spike to a million times faster. */
const MIN_COMPRESS = 0.001;
const MAX_COMPRESS = 1_000_000;

/**
 * How simulated time moves: a fake clock the simulator drives, or wall time starting at `startMs`.
 *
 * @internal
 */
type ResolvedTime =
  | { readonly mode: 'virtual'; readonly clock: FakeClock }
  | { readonly mode: 'real'; readonly startMs: number };

/**
 * {@link SimulateOptions} checked, with every default applied and every value in the unit the simulation uses.
 *
 * @internal
 */
export interface ResolvedSimulateOptions {
  readonly profile: Profile;
  /** The target as given: it is resolved to a transport when the simulation starts. */
  readonly target: Target | Transport;
  readonly seed: number | string;
  /** The per-attempt timeout in Spike milliseconds (the profile's unless `timeout` overrides it). */
  readonly timeoutMs: number;
  readonly compress: number;
  readonly drainMs: number;
  readonly ioWaitMs: number;
  readonly shadowGlobals: boolean;
  readonly time: ResolvedTime;
  /** The fault of each attempt, already normalized. */
  readonly faultAt: (context: FaultContext) => AppliedFault | null;
  /** Every event to deliver, originals then concurrent duplicates. */
  readonly events: readonly PlannedEvent[];
}

/**
 * Checks simulate options and resolves them in one step, before anything is delivered: unknown names, the profile,
 * the seed, durations, `compress`, the faults, the time mode and its clock, then the events (built and signed).
 *
 * @throws {SpikeKitError} `INVALID_OPTION`, `INVALID_FAULT`, `INVALID_TARGET` (no target), `UNKNOWN_PROFILE`,
 *   `SECRET_REQUIRED` or `INVALID_EVENT`, each saying what is valid.
 *
 * @internal
 */
export function resolveSimulateOptions(options: SimulateOptions): ResolvedSimulateOptions {
  checkOptionNames(options);
  const profile = getProfile(options.profile);
  const seed = options.seed === undefined ? simulateDefaults.seed : options.seed;
  if (!(typeof seed === 'string' || (typeof seed === 'number' && Number.isFinite(seed))))
    throw invalidOption('seed', 'a finite number or a string', seed);
  const timeoutMs =
    options.timeout === undefined ? profile.timeoutMs : durationOption('timeout', options.timeout);
  if (timeoutMs <= 0) throw invalidOption('timeout', 'a duration longer than 0', options.timeout);
  const compress = options.compress ?? simulateDefaults.compress;
  if (typeof compress !== 'number' || !(compress >= MIN_COMPRESS && compress <= MAX_COMPRESS))
    throw invalidOption(
      'compress',
      `a number from ${MIN_COMPRESS} to ${MAX_COMPRESS} (Spike time per real time)`,
      options.compress,
    );
  const drainMs = durationOption('drain', options.drain ?? simulateDefaults.drain);
  const ioWaitMs = durationOption('ioWait', options.ioWait ?? simulateDefaults.ioWait);
  const shadowGlobals = options.shadowGlobals ?? simulateDefaults.shadowGlobals;
  if (typeof shadowGlobals !== 'boolean')
    throw invalidOption('shadowGlobals', 'true or false', shadowGlobals);
  const faultAt = compileFaultPlan(options.faults, timeoutMs);
  const time = resolveTime(options);
  const events = planEvents(profile, options, seed);
  return {
    profile,
    target: options.target,
    seed,
    timeoutMs,
    compress,
    drainMs,
    ioWaitMs,
    shadowGlobals,
    time,
    faultAt,
    events,
  };
}

function checkOptionNames(options: SimulateOptions): void {
  if (options === null || typeof options !== 'object')
    throw new SpikeKitError(
      'INVALID_OPTION',
      'simulate needs an options object: { profile, target, event }.',
      {},
    );
  const unknown = Object.keys(options).filter(
    (key) => !(simulateOptionNames as readonly string[]).includes(key),
  );
  if (unknown.length > 0) {
    throw new SpikeKitError(
      'INVALID_OPTION',
      `Unknown simulate option${unknown.length > 1 ? 's' : ''} ${listChoices(unknown)}: valid options are ${listChoices([...simulateOptionNames])}.`,
      { unknown, valid: simulateOptionNames },
    );
  }
  if (options.profile === undefined)
    throw invalidOption('profile', 'a profile id or a defineProfile() profile', undefined);
  if (options.target === undefined)
    throw new SpikeKitError(
      'INVALID_TARGET',
      "simulate needs a 'target', e.g. { fetch: handler }, { app }, { url } or { msw }.",
      {},
    );
}

/** Virtual time by default, real time for `{ url }` targets (without `fetch`); a clock only in virtual time. */
function resolveTime(options: SimulateOptions): ResolvedTime {
  const target = options.target;
  const isUrl = typeof target === 'object' && target !== null && 'url' in target;
  const isFetch = isUrl && 'fetch' in target;
  const mode = options.time ?? (isUrl && !isFetch ? 'real' : 'virtual');
  if (mode !== 'virtual' && mode !== 'real') throw invalidOption('time', "'virtual' or 'real'", mode);
  if (mode === 'real') {
    if (options.clock !== undefined)
      throw new SpikeKitError(
        'INVALID_OPTION',
        "'clock' drives virtual time: give no clock with time: 'real'.",
        { option: 'clock' },
      );
    return {
      mode,
      startMs: toEpochMs(
        options.startAt === undefined ? simulateDefaults.startAt : options.startAt,
        'startAt',
      ),
    };
  }
  if (options.clock !== undefined && !isFakeClock(options.clock))
    throw invalidOption(
      'clock',
      'an @sinonjs/fake-timers clock (createClock, install, installedFakeClock())',
      options.clock,
    );
  const clock =
    options.clock ??
    createFakeClock(
      toEpochMs(options.startAt === undefined ? simulateDefaults.startAt : options.startAt, 'startAt'),
    );
  return { mode, clock };
}

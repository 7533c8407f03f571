import {
  clearImmediate as realClearImmediate,
  clearInterval as realClearInterval,
  clearTimeout as realClearTimeout,
  setImmediate as realSetImmediate,
  setInterval as realSetInterval,
  setTimeout as realSetTimeout,
} from 'node:timers';
import { withGlobal } from '@sinonjs/fake-timers';
import { invalid } from '../core/index.ts';

/**
 * The part of an @sinonjs/fake-timers clock the simulator drives. Any such clock fits: one from `createClock()`,
 * one from `FakeTimers.install()`, or the one behind `vi.useFakeTimers()` (see {@link installedFakeClock}).
 *
 * @example
 * ```ts
 * const clock: FakeClock = createFakeClock(Date.parse('2026-01-15T10:30:00Z'));
 * await simulate({ profile: 'spike-forms', target, event, clock });
 * clock.now; // where the simulation left the clock
 * ```
 */
export interface FakeClock {
  now: number;
  readonly Date: DateConstructor;
  setTimeout(callback: (...args: never[]) => unknown, delay?: number, ...args: unknown[]): unknown;
  clearTimeout(id: unknown): void;
  setInterval(callback: (...args: never[]) => unknown, delay?: number, ...args: unknown[]): unknown;
  clearInterval(id: unknown): void;
  /** Runs the first pending timer, moving `now` to its time. */
  next(): number;
  /** Moves `now` forward, running every timer due. */
  tick(ms: number): number;
  countTimers(): number;
}

/** Timer functions that keep real time whatever is installed on `globalThis` (`node:timers` is never faked). */
const realGlobal = {
  Date,
  Promise,
  setTimeout: realSetTimeout,
  clearTimeout: realClearTimeout,
  setImmediate: realSetImmediate,
  clearImmediate: realClearImmediate,
  setInterval: realSetInterval,
  clearInterval: realClearInterval,
};
const fakeTimers = withGlobal(realGlobal);

/**
 * A new virtual clock starting at `startMs` (epoch milliseconds). Nothing global is touched.
 *
 * @throws {SpikeKitError} `INVALID_DATE` for a `startMs` that is not a finite number within the `Date` range
 *   (±8.64e15); a fraction is floored, as fake-timers does.
 * @example
 * ```ts
 * const clock = createFakeClock(Date.parse('2026-01-15T10:30:00Z'));
 * await simulate({ profile: 'spike-forms', target, event, clock });
 * ```
 */
export function createFakeClock(startMs: number): FakeClock {
  if (typeof startMs !== 'number' || !(Math.abs(startMs) <= 8.64e15)) {
    throw invalid(
      'INVALID_DATE',
      'createFakeClock(startMs)',
      'epoch milliseconds within the Date range',
      startMs,
    );
  }
  return fakeTimers.createClock(startMs, 1_000_000) as unknown as FakeClock;
}

/**
 * The fake clock installed on `globalThis` right now, by `vi.useFakeTimers()` or `FakeTimers.install()`, if any.
 * Pass it as `clock` to share one virtual time between the simulation and your own fake timers.
 *
 * @example
 * ```ts
 * vi.useFakeTimers({ now: new Date('2026-01-15T10:30:00Z') });
 * const result = await simulate({ profile: 'spike-forms', target, event, clock: installedFakeClock() });
 * ```
 */
export function installedFakeClock(): FakeClock | undefined {
  const clock = (globalThis.setTimeout as { clock?: unknown }).clock;
  return isFakeClock(clock) ? clock : undefined;
}

/** True when `value` looks like an @sinonjs/fake-timers clock. @internal */
export function isFakeClock(value: unknown): value is FakeClock {
  const c = value as Partial<FakeClock> | null;
  return (
    c !== null &&
    typeof c === 'object' &&
    typeof c.now === 'number' &&
    typeof c.next === 'function' &&
    typeof c.tick === 'function' &&
    typeof c.setTimeout === 'function' &&
    typeof c.countTimers === 'function'
  );
}

import { AsyncLocalStorage } from 'node:async_hooks';
import {
  clearImmediate as realClearImmediate,
  clearInterval as realClearInterval,
  clearTimeout as realClearTimeout,
  setImmediate as realSetImmediate,
  setInterval as realSetInterval,
  setTimeout as realSetTimeout,
} from 'node:timers';
import { withGlobal } from '@sinonjs/fake-timers';
import { realNow } from '../delivery/real-time.ts';

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
 * @example
 * ```ts
 * const clock = createFakeClock(Date.parse('2026-01-15T10:30:00Z'));
 * await simulate({ profile: 'spike-forms', target, event, clock });
 * ```
 */
export function createFakeClock(startMs: number): FakeClock {
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

/** Real-time helpers that ignore whatever fake timers are installed. @internal */
export const realTime = {
  now: realNow,
  /** Resolves after the event loop has run everything queued (microtasks, I/O callbacks). */
  turn: (): Promise<void> => new Promise((resolve) => realSetImmediate(resolve)),
  sleep(ms: number): { promise: Promise<void>; cancel(): void } {
    let handle: ReturnType<typeof realSetTimeout> | undefined;
    const promise = new Promise<void>((resolve) => {
      handle = realSetTimeout(resolve, ms);
    });
    return { promise, cancel: () => realClearTimeout(handle) };
  },
  setTimeout: realSetTimeout,
  clearTimeout: realClearTimeout,
};

/** Something that owns virtual timers: one handler invocation. @internal */
export interface TimerOwner {
  readonly timers: Set<number>;
}

/** Which invocation the running code belongs to, so the handler's timers are attributed to it. @internal */
export const invocationContext = new AsyncLocalStorage<TimerOwner>();

type TimerCallback = (...args: unknown[]) => unknown;
const SHADOWED = ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] as const;

/**
 * Points `globalThis.setTimeout`, `clearTimeout`, `setInterval`, `clearInterval` and `Date` at `clock` until the
 * returned function is called, which restores exactly what was there (real timers, or a user's fake ones).
 * Timers created inside an invocation (see {@link invocationContext}) are attributed to it, so the simulator knows
 * the handler waits on virtual time. `setImmediate`, `process.nextTick`, microtasks and `performance` stay real.
 *
 * @internal
 */
export function shadowGlobals(clock: FakeClock, onTimer: () => void): () => void {
  const saved = SHADOWED.map((name) => [name, Object.getOwnPropertyDescriptor(globalThis, name)] as const);
  const owners = new Map<number, TimerOwner>();
  const schedule =
    (kind: 'setTimeout' | 'setInterval') =>
    (callback: TimerCallback, delay?: number, ...args: unknown[]): unknown => {
      const owner = invocationContext.getStore();
      if (owner === undefined || typeof callback !== 'function')
        return clock[kind](callback as () => unknown, delay, ...args);
      let id = 0;
      const handle = clock[kind](() => {
        if (kind === 'setTimeout') {
          owner.timers.delete(id);
          owners.delete(id);
        }
        return invocationContext.run(owner, () => callback(...args));
      }, delay);
      id = Number(handle);
      owner.timers.add(id);
      owners.set(id, owner);
      onTimer();
      return handle;
    };
  const clear =
    (kind: 'clearTimeout' | 'clearInterval') =>
    (handle: unknown): void => {
      clock[kind](handle);
      const id = Number(handle);
      owners.get(id)?.timers.delete(id);
      owners.delete(id);
    };
  const replacements: Record<(typeof SHADOWED)[number], unknown> = {
    setTimeout: schedule('setTimeout'),
    setInterval: schedule('setInterval'),
    clearTimeout: clear('clearTimeout'),
    clearInterval: clear('clearInterval'),
    Date: clock.Date,
  };
  for (const name of SHADOWED) {
    Object.defineProperty(globalThis, name, {
      value: replacements[name],
      writable: true,
      configurable: true,
      enumerable: false,
    });
  }
  return () => {
    for (const [name, descriptor] of saved) {
      if (descriptor === undefined) delete (globalThis as Record<string, unknown>)[name];
      else Object.defineProperty(globalThis, name, descriptor);
    }
  };
}

/** The longest delay a timer can wait in one go (larger ones are chained). */
const MAX_DELAY = 2 ** 31 - 1;

/**
 * How simulated time moves. `virtual`: a fake clock, moved only by the simulator (no real waiting); `real`: wall
 * time, scaled by `compress`.
 *
 * @internal
 */
export interface Engine {
  readonly mode: 'virtual' | 'real';
  /** The current instant on the simulation's time axis (epoch milliseconds). */
  now(): number;
  /** Runs `callback` at `atMs` (after the current task when that is not in the future). */
  at(atMs: number, callback: () => void): unknown;
  cancel(handle: unknown): void;
  /** Timers still pending on the engine. */
  pending(): number;
}

interface Bucket {
  readonly entries: Entry[];
  live: number;
  handle?: unknown;
}

interface Entry {
  readonly callback: () => void;
  readonly atMs: number;
  cancelled: boolean;
  bucket?: Bucket;
}

/**
 * Virtual time on a fake clock. Callbacks due at the same instant share one fake timer (thousands of attempts and
 * deadlines at the same millisecond cost one heap entry), and run in the order they were scheduled.
 *
 * @internal
 */
export class VirtualEngine implements Engine {
  readonly mode = 'virtual';
  readonly clock: FakeClock;
  readonly #buckets = new Map<number, Bucket>();
  #pending = 0;
  #ticking = false;

  constructor(clock: FakeClock) {
    this.clock = clock;
  }

  now(): number {
    return this.clock.now;
  }

  at(atMs: number, callback: () => void): unknown {
    const entry: Entry = { callback, atMs, cancelled: false };
    this.#pending++;
    if (atMs <= this.clock.now && this.#ticking) {
      // A zero-delay fake timer set during a tick would be pushed 1 ms later; run it after the current task instead.
      void Promise.resolve().then(() => this.#run(entry));
      return entry;
    }
    let bucket = this.#buckets.get(atMs);
    if (bucket === undefined) {
      const created: Bucket = { entries: [], live: 0 };
      bucket = created;
      this.#buckets.set(atMs, created);
      const arm = (wait: number) => {
        created.handle = this.clock.setTimeout(
          () => {
            const left = atMs - this.clock.now;
            if (left > 0) return arm(left);
            this.#buckets.delete(atMs);
            for (const due of created.entries) this.#run(due);
          },
          Math.min(Math.max(0, wait), MAX_DELAY),
        );
      };
      arm(atMs - this.clock.now);
    }
    bucket.entries.push(entry);
    bucket.live++;
    entry.bucket = bucket;
    return entry;
  }

  #run(entry: Entry): void {
    if (entry.cancelled) return;
    entry.cancelled = true;
    this.#pending--;
    entry.callback();
  }

  cancel(handle: unknown): void {
    const entry = handle as Entry | undefined;
    if (entry === undefined || entry.cancelled) return;
    entry.cancelled = true;
    this.#pending--;
    const bucket = entry.bucket;
    if (bucket !== undefined && --bucket.live === 0 && this.#buckets.get(entry.atMs) === bucket) {
      this.clock.clearTimeout(bucket.handle);
      this.#buckets.delete(entry.atMs);
    }
  }

  pending(): number {
    return this.#pending;
  }

  /** Runs the next due timer and everything due at the same instant; false when no timer is pending. */
  advance(): boolean {
    if (this.clock.countTimers() === 0) return false;
    this.#ticking = true;
    try {
      this.clock.next();
      this.clock.tick(0);
    } finally {
      this.#ticking = false;
    }
    return true;
  }
}

/** @internal */
export class RealEngine implements Engine {
  readonly mode = 'real';
  #origin = realTime.now();
  readonly #startMs: number;
  readonly #compress: number;
  readonly #onFire: () => void;
  readonly #timers = new Set<{ handle?: ReturnType<typeof realSetTimeout> }>();

  constructor(startMs: number, compress: number, onFire: () => void) {
    this.#startMs = startMs;
    this.#compress = compress;
    this.#onFire = onFire;
  }

  /** Makes `startMs` the current instant (the simulation starts now). */
  restart(): void {
    this.#origin = realTime.now();
  }

  now(): number {
    return this.#startMs + Math.round((realTime.now() - this.#origin) * this.#compress);
  }

  at(atMs: number, callback: () => void): unknown {
    const token: { handle?: ReturnType<typeof realSetTimeout> } = {};
    const arm = () => {
      // Real timers have millisecond granularity and may fire a little early: never run before `atMs`.
      const wait = Math.ceil((atMs - this.now()) / this.#compress);
      token.handle = realSetTimeout(
        () => {
          if (atMs > this.now()) return arm();
          this.#timers.delete(token);
          callback();
          this.#onFire();
        },
        Math.min(Math.max(0, wait), MAX_DELAY),
      );
    };
    arm();
    this.#timers.add(token);
    return token;
  }

  cancel(handle: unknown): void {
    const token = handle as { handle?: ReturnType<typeof realSetTimeout> };
    realClearTimeout(token.handle);
    this.#timers.delete(token);
  }

  pending(): number {
    return this.#timers.size;
  }
}

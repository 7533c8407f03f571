import { AsyncLocalStorage } from 'node:async_hooks';
import type { FakeClock } from './fake-clock.ts';

/**
 * Something that owns virtual timers: one handler invocation, on the clock of its simulation. `onTimer` is called
 * when it starts a timer (the simulation re-checks whether virtual time may move).
 *
 * @internal
 */
export interface TimerOwner {
  readonly timers: Set<number>;
  readonly clock: FakeClock;
  readonly onTimer: () => void;
}

/** Which invocation the running code belongs to, so the handler's timers are attributed to it. @internal */
export const invocationContext = new AsyncLocalStorage<TimerOwner>();

type TimerCallback = (...args: unknown[]) => unknown;
const SHADOWED = ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] as const;
type Shadowed = (typeof SHADOWED)[number];

/** One simulation shadowing the globals: every one of them, or only `Date` (`timers: false`). */
interface Shadow {
  readonly clock: FakeClock;
  readonly timers: boolean;
}

/** Every simulation shadowing the globals right now, the most recent last. */
const active: Shadow[] = [];
/** What the globals were before the first of {@link active} shadowed them. */
// Each global's own descriptor (to restore it exactly) and its value (an inherited one has no own descriptor: Jest's
// environment puts the timers and Date on its global's prototype).
let saved: (readonly [Shadowed, PropertyDescriptor | undefined, unknown])[] = [];
/** The clock each fake timer handle belongs to (so `clearTimeout` reaches the right clock). */
const handleClocks = new WeakMap<object, FakeClock>();
/** The owner of each owned timer, per clock (ids are per clock). */
const owners = new WeakMap<FakeClock, Map<number, TimerOwner>>();

function original<K extends Shadowed>(name: K): (typeof globalThis)[K] {
  return saved.find(([key]) => key === name)?.[2] as (typeof globalThis)[K];
}

/** The clock unowned code's `Date` reads: the most recent simulation's. */
function currentClock(): FakeClock | undefined {
  return invocationContext.getStore()?.clock ?? active.at(-1)?.clock;
}

/** The clock unowned code's timers go to: the most recent simulation that shadows timers. */
function timerClock(): FakeClock | undefined {
  return invocationContext.getStore()?.clock ?? active.findLast((shadow) => shadow.timers)?.clock;
}

function schedule(kind: 'setTimeout' | 'setInterval') {
  return (callback: TimerCallback, delay?: number, ...args: unknown[]): unknown => {
    const owner = invocationContext.getStore();
    const clock = owner?.clock ?? timerClock();
    if (clock === undefined)
      return (original(kind) as (callback: unknown, delay?: number, ...rest: unknown[]) => unknown)(
        callback,
        delay,
        ...args,
      );
    if (owner === undefined || typeof callback !== 'function') {
      const handle = clock[kind](callback as () => unknown, delay, ...args);
      if (typeof handle === 'object' && handle !== null) handleClocks.set(handle, clock);
      return handle;
    }
    const ids = owners.get(clock) ?? new Map<number, TimerOwner>();
    owners.set(clock, ids);
    let id = 0;
    const handle = clock[kind](() => {
      if (kind === 'setTimeout') {
        owner.timers.delete(id);
        ids.delete(id);
      }
      return invocationContext.run(owner, () => callback(...args));
    }, delay);
    id = Number(handle);
    if (typeof handle === 'object' && handle !== null) handleClocks.set(handle, clock);
    owner.timers.add(id);
    ids.set(id, owner);
    owner.onTimer();
    return handle;
  };
}

function clear(kind: 'clearTimeout' | 'clearInterval') {
  return (handle: unknown): void => {
    const clock = typeof handle === 'object' && handle !== null ? handleClocks.get(handle) : timerClock();
    if (clock === undefined) {
      // Not a fake timer of any simulation: a real one (or the user's fake one) created before.
      (original(kind) as (handle: unknown) => void)(handle);
      return;
    }
    clock[kind](handle);
    const id = Number(handle);
    owners.get(clock)?.get(id)?.timers.delete(id);
    owners.get(clock)?.delete(id);
  };
}

/** A `Date` that reads the clock of whoever runs: the handler's simulation, else the most recent one. */
function dispatchingDate(): DateConstructor {
  // After the last restore the proxy may still be reachable (code that kept a reference; Jest walks every global
  // object at teardown): it then reads the Date it replaced.
  const replaced = globalThis.Date;
  const dateOf = (): DateConstructor => currentClock()?.Date ?? original('Date') ?? replaced;
  // The proxy's own target only needs to be constructible: every trap reads the current clock's Date.
  const stand = function ShadowDate() {} as unknown as DateConstructor;
  const proxy: DateConstructor = new Proxy(stand, {
    apply: (_target, thisArg, args) => Reflect.apply(dateOf(), thisArg, args),
    construct: (_target, args, newTarget) => {
      const date = dateOf();
      return Reflect.construct(date, args, newTarget === proxy ? date : newTarget);
    },
    get: (_target, property) => Reflect.get(dateOf(), property),
    has: (_target, property) => Reflect.has(dateOf(), property),
  });
  return proxy;
}

/**
 * Points `globalThis.setTimeout`, `clearTimeout`, `setInterval`, `clearInterval` and `Date` at `clock` until the
 * returned function is called (with `timers: false`, only `Date`: for handlers behind a real socket, whose timers
 * must stay real while the time they read is Spike's). Timers created inside an invocation (see {@link invocationContext}) go to that
 * invocation's clock and are attributed to it, so the simulator knows the handler waits on virtual time; code outside
 * any invocation sees the clock of the most recent simulation. Several simulations may shadow at once (they stay
 * independent); what was there before (real timers, or a user's fake ones) is restored exactly when the last of
 * them restores, whatever order they end in. `setImmediate`, `process.nextTick`, microtasks and `performance` stay
 * real.
 *
 * @internal
 */
export function shadowGlobals(clock: FakeClock, options: { readonly timers?: boolean } = {}): () => void {
  const shadow: Shadow = { clock, timers: options.timers ?? true };
  if (active.length === 0) {
    saved = SHADOWED.map(
      (name) => [name, Object.getOwnPropertyDescriptor(globalThis, name), globalThis[name]] as const,
    );
    const replacements: Record<Shadowed, unknown> = {
      setTimeout: schedule('setTimeout'),
      setInterval: schedule('setInterval'),
      clearTimeout: clear('clearTimeout'),
      clearInterval: clear('clearInterval'),
      Date: dispatchingDate(),
    };
    for (const name of SHADOWED) {
      Object.defineProperty(globalThis, name, {
        value: replacements[name],
        writable: true,
        configurable: true,
        enumerable: false,
      });
    }
  }
  active.push(shadow);
  let restored = false;
  return () => {
    if (restored) return;
    restored = true;
    active.splice(active.indexOf(shadow), 1);
    if (active.length > 0) return;
    for (const [name, descriptor] of saved) {
      if (descriptor === undefined) delete (globalThis as Record<string, unknown>)[name];
      else Object.defineProperty(globalThis, name, descriptor);
    }
    saved = [];
  };
}

import { type Engine, MAX_TIMER_DELAY } from './engine.ts';
import { realTime } from './real-timers.ts';

/**
 * Wall time scaled by `compress`: an instant on the simulation's axis is `startMs` plus the real milliseconds since
 * {@link RealEngine.restart}, times `compress`. Timers never run before their instant.
 *
 * @internal
 */
export class RealEngine implements Engine {
  readonly mode = 'real';
  #origin = realTime.now();
  readonly #startMs: number;
  readonly #compress: number;
  readonly #onFire: () => void;
  readonly #timers = new Set<{ handle?: ReturnType<typeof realTime.setTimeout> }>();

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
    const token: { handle?: ReturnType<typeof realTime.setTimeout> } = {};
    const arm = () => {
      // Real timers have millisecond granularity and may fire a little early: never run before `atMs`.
      const wait = Math.ceil((atMs - this.now()) / this.#compress);
      token.handle = realTime.setTimeout(
        () => {
          if (atMs > this.now()) return arm();
          this.#timers.delete(token);
          callback();
          this.#onFire();
        },
        Math.min(Math.max(0, wait), MAX_TIMER_DELAY),
      );
    };
    arm();
    this.#timers.add(token);
    return token;
  }

  cancel(handle: unknown): void {
    const token = handle as { handle?: ReturnType<typeof realTime.setTimeout> };
    realTime.clearTimeout(token.handle);
    this.#timers.delete(token);
  }

  pending(): number {
    return this.#timers.size;
  }
}

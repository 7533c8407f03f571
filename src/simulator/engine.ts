/** The longest delay a timer can wait in one go (larger ones are chained). @internal */
export const MAX_TIMER_DELAY = 2 ** 31 - 1;

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

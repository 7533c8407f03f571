import { performance } from 'node:perf_hooks';

/**
 * Real milliseconds (monotonic), captured when the kit loads: fake timers installed later (`vi.useFakeTimers()`
 * fakes `performance.now` too) do not freeze it, so latencies and real-time waits stay real.
 *
 * @example
 * ```ts
 * const start = realNow();
 * await transport.send(delivery);
 * console.log(realNow() - start, 'ms');
 * ```
 */
export const realNow: () => number = performance.now.bind(performance);

import type { Fault, FaultFunction } from './faults.ts';
import { invalidFault, normalizeFault } from './faults.ts';
import { optionObject } from './invalid-option.ts';

/**
 * Options of {@link randomFaults}.
 *
 * @example
 * ```ts
 * randomFaults({ rate: 0.2, among: ['timeout', ['lost-ack', 3]] });
 * ```
 */
export interface RandomFaultsOptions {
  /** Probability that an attempt gets a fault. Default {@link randomFaultsDefaults}. */
  readonly rate?: number;
  /** The faults drawn, each optionally weighted as `[fault, weight]`. Default {@link randomFaultsDefaults}. */
  readonly among?: readonly (Fault | readonly [Fault, number])[];
}

/**
 * Defaults of {@link randomFaults}: every kind of fault, equally likely, on 30 % of attempts.
 *
 * @example
 * ```ts
 * randomFaults({ rate: randomFaultsDefaults.rate * 2 });
 * ```
 */
export const randomFaultsDefaults = {
  rate: 0.3,
  among: [500, 502, 503, 429, 404, 301, 'timeout', 'refused', 'reset', 'slow', 'lost-ack'],
} as const satisfies Required<RandomFaultsOptions>;

/**
 * A seeded fault distribution: each attempt gets a fault with probability `rate`, drawn from `among`. Draws come
 * from the simulation's seed, the event and the attempt, so the same seed gives the same faults.
 *
 * @throws {SpikeKitError} `INVALID_FAULT` for a bad rate, weight or fault.
 *
 * @example
 * ```ts
 * await simulate({ profile: 'spike-forms', target, events, seed: 7, faults: randomFaults({ rate: 0.5, among: ['timeout', [503, 3]] }) });
 * ```
 */
export function randomFaults(options: RandomFaultsOptions = {}): FaultFunction {
  optionObject('randomFaults options', options, "{ rate: 0.3, among: ['timeout', 503] }", ['rate', 'among']);
  const rate = options.rate === undefined ? randomFaultsDefaults.rate : options.rate;
  if (typeof rate !== 'number' || !(rate >= 0 && rate <= 1))
    throw invalidFault(rate, { what: "randomFaults' 'rate'", expected: 'a probability from 0 to 1' });
  const weighted = (options.among ?? randomFaultsDefaults.among).map((entry) =>
    Array.isArray(entry) ? (entry as readonly [Fault, number]) : ([entry as Fault, 1] as const),
  );
  if (weighted.length === 0)
    throw invalidFault([], { what: "randomFaults' 'among'", expected: 'a list of at least one fault' });
  for (const [fault, weight] of weighted) {
    normalizeFault(fault, 30_000);
    if (!(typeof weight === 'number' && weight > 0 && Number.isFinite(weight)))
      throw invalidFault(weight, {
        what: "A weight in randomFaults' 'among'",
        expected: 'a positive finite number',
      });
  }
  const total = weighted.reduce((sum, [, weight]) => sum + weight, 0);
  return (context) => {
    if (context.random() >= rate) return null;
    let draw = context.random() * total;
    for (const [fault, weight] of weighted) {
      draw -= weight;
      if (draw < 0) return fault;
    }
    return weighted.at(-1)?.[0] ?? null;
  };
}

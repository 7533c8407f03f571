// The shape check of simulation timelines handed to the report: what `simulate` returns (or its `toJSON()`, read
// back from a file). Bad input is an `INVALID_OPTION` error naming the path of the offending value.
import { listChoices } from '../core/index.ts';
import type { Classification, SimulationData } from '../simulator/index.ts';
import { arrayAt, badInput, isRecord, numberAt, stringAt } from './bad-input.ts';

/** Every classification an attempt can have, in the order the report lists them. @internal */
export const classifications: readonly Classification[] = [
  'success',
  'unaccepted-2xx',
  'redirect',
  'http-error',
  'timeout',
  'network-error',
  'lost-ack',
  'pending',
];

/**
 * Checks a list of simulations, field by field, the fields the report reads.
 *
 * @throws {SpikeKitError} `INVALID_OPTION` naming the first value that is not what a simulation holds.
 * @internal
 */
export function checkSimulations(value: unknown, what: string): readonly SimulationData[] {
  const hint = 'Pass what simulate returns (or its toJSON()), one per simulation.';
  const list = arrayAt(value, what, hint);
  list.forEach((simulation, i) => {
    const at = `${what}[${i}]`;
    if (!isRecord(simulation)) throw badInput(at, 'a simulation result (an object)', simulation, hint);
    stringAt(simulation.profile, `${at}.profile`);
    stringAt(simulation.target, `${at}.target`);
    arrayAt(simulation.events, `${at}.events`, hint).forEach((event, j) => {
      const eat = `${at}.events[${j}]`;
      if (!isRecord(event)) throw badInput(eat, 'an event timeline (an object)', event, hint);
      numberAt(event.index, `${eat}.index`);
      stringAt(event.outcome, `${eat}.outcome`);
      arrayAt(event.attempts, `${eat}.attempts`).forEach((attempt, k) => {
        const aat = `${eat}.attempts[${k}]`;
        if (!isRecord(attempt)) throw badInput(aat, 'an attempt record (an object)', attempt);
        numberAt(attempt.n, `${aat}.n`);
        numberAt(attempt.atMs, `${aat}.atMs`);
        if (!classifications.includes(attempt.classification as Classification))
          throw badInput(`${aat}.classification`, listChoices(classifications), attempt.classification);
        if (attempt.status !== null) numberAt(attempt.status, `${aat}.status`);
        if (attempt.latencyMs !== null) numberAt(attempt.latencyMs, `${aat}.latencyMs`);
      });
    });
  });
  return list as readonly SimulationData[];
}

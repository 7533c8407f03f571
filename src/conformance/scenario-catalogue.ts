import { behaviourScenarios } from './behaviour-scenarios.ts';
import type { Scenario } from './scenario.ts';
import { signatureScenarios } from './signature-scenarios.ts';
import type { ScenarioId } from './types.ts';

const byId = new Map<ScenarioId, Scenario>(
  [...signatureScenarios, ...behaviourScenarios].map((scenario) => [scenario.id, scenario]),
);

/**
 * Every scenario id, in the order a scorecard runs and lists them. `timeout` runs last: it also judges every answer
 * the scenarios before it saw.
 *
 * @example
 * ```ts
 * scenarioIds.includes('signed-bytes'); // true
 * ```
 */
export const scenarioIds: readonly ScenarioId[] = [
  'valid-signature',
  'invalid-signature',
  'missing-signature',
  'tampered-body',
  'signed-bytes',
  'stale-timestamp',
  'duplicate-delivery',
  'concurrent-duplicate',
  'unknown-fields',
  'unknown-event-kind',
  'success-status',
  'timeout',
];

/** The catalogue, in {@link scenarioIds} order. @internal */
export const scenarioCatalogue: readonly Scenario[] = scenarioIds.map((id) => {
  const scenario = byId.get(id);
  if (scenario === undefined) throw new Error(`scenario ${id} has no entry`);
  return scenario;
});

/**
 * What each scenario checks, in one line, by id.
 *
 * @example
 * ```ts
 * scenarioTitles['tampered-body']; // 'a delivery whose signed content changed after signing is rejected'
 * ```
 */
export const scenarioTitles: Readonly<Record<ScenarioId, string>> = Object.fromEntries(
  scenarioCatalogue.map((scenario) => [scenario.id, scenario.title]),
) as Record<ScenarioId, string>;

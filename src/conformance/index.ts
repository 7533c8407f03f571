// `spike-webhook-kit/conformance`: the scorecard of a receiver, scenario by scenario, against any target.
export { runConformance } from './run-conformance.ts';
export { scenarioIds, scenarioTitles } from './scenario-catalogue.ts';
export type {
  ConformanceOptions,
  ConformanceProbe,
  Evidence,
  EvidenceRequest,
  EvidenceResponse,
  ScenarioId,
  ScenarioResult,
  ScenarioStatus,
  Scorecard,
} from './types.ts';

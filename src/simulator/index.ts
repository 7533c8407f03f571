export {
  createFakeClock,
  type FakeClock,
  installedFakeClock,
} from './clock.ts';
export {
  type AppliedFault,
  type Fault,
  type FaultContext,
  type FaultFunction,
  type FaultName,
  type FaultPlan,
  faultNames,
  normalizeFault,
  type RandomFaultsOptions,
  randomFaults,
  randomFaultsDefaults,
} from './faults.ts';
export { checkInvariants, type InvariantOptions } from './invariants.ts';
export {
  type DeliveredAfterOptions,
  type MatcherContext,
  type MatcherResult,
  type ProcessedProbe,
  type SimulatorMatchers,
  simulatorMatchers,
  toBeDelivered,
  toBeDiscarded,
  toBeExhausted,
  toHaveAttempts,
  toHaveBeenDeliveredAfter,
  toHaveBeenProcessedOnce,
} from './matchers.ts';
export {
  type ArrivalOptions,
  type DuplicateOptions,
  type SimulateOptions,
  simulateDefaults,
} from './options.ts';
export { classifyStatus } from './rules.ts';
export { createSimulation, Simulation, type SteppedAttempt, simulate } from './simulation.ts';
export {
  type AttemptAnswer,
  type AttemptRecord,
  type Classification,
  type EventOutcome,
  type EventTimeline,
  formatEvent,
  formatFault,
  formatSimulation,
  type SimulationData,
  type SimulationResult,
  type SimulationSummary,
} from './timeline.ts';

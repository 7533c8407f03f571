export { createFakeClock, type FakeClock, installedFakeClock } from './fake-clock.ts';
export type {
  AppliedFault,
  Fault,
  FaultContext,
  FaultFunction,
  FaultName,
  FaultPlan,
  StatusBypass,
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
  toHaveBeenDeliveredAt,
  toHaveBeenProcessedOnce,
} from './matchers.ts';
export { type RandomFaultsOptions, randomFaults, randomFaultsDefaults } from './random-faults.ts';
export {
  type ArrivalOptions,
  type DuplicateOptions,
  type SimulateOptions,
  simulateDefaults,
} from './simulate-options.ts';
export { createSimulation, Simulation, type SteppedAttempt, simulate } from './simulation.ts';
export type {
  AttemptAnswer,
  AttemptRecord,
  Classification,
  EventOutcome,
  EventTimeline,
  SimulationData,
  SimulationResult,
  SimulationSummary,
} from './timeline.ts';

import type { AppliedFault, Fault, FaultContext, FaultPlan } from './faults.ts';
import { invalidFault, normalizeFault } from './faults.ts';

/**
 * Compiles a {@link FaultPlan} into the one function the simulation asks for each attempt's fault, validating
 * scripts up front so a typo fails before anything is delivered. What it returns is already normalized (as
 * recorded in timelines).
 *
 * @throws {SpikeKitError} `INVALID_FAULT` for a bad plan or fault.
 *
 * @internal
 */
export function compileFaultPlan(
  plan: FaultPlan | undefined,
  timeoutMs: number,
): (context: FaultContext) => AppliedFault | null {
  if (plan === undefined) return () => null;
  if (typeof plan === 'function') return (context) => normalizeFault(plan(context), timeoutMs);
  if (!Array.isArray(plan))
    throw invalidFault(plan, {
      what: "'faults'",
      expected: 'a list of faults, one list per event, or a function of the attempt',
    });
  const perEvent = plan.length > 0 && plan.every((item) => Array.isArray(item));
  if (!perEvent && plan.some((item) => Array.isArray(item))) {
    throw invalidFault(plan, {
      what: "'faults'",
      expected: 'one script for every event or one list per event, not a mix of faults and lists',
    });
  }
  const scripts = (perEvent ? plan : [plan]) as readonly (readonly Fault[])[];
  const compiled = scripts.map((script) => script.map((fault) => normalizeFault(fault, timeoutMs)));
  return ({ event, duplicateOf, attempt }) => {
    const script = perEvent ? compiled[duplicateOf ?? event] : compiled[0];
    return script?.[attempt - 1] ?? null;
  };
}

import type { Profile } from '../profiles/index.ts';
import type { ScenarioContext } from './scenario-context.ts';
import type { ScenarioId, ScenarioStatus } from './types.ts';

/** What a scenario decided: its status and the one-line reason. */
export interface Verdict {
  readonly status: ScenarioStatus;
  readonly reason: string;
}

/** One entry of the catalogue: the id, what it checks, when it applies and how it runs. */
export interface Scenario {
  readonly id: ScenarioId;
  readonly title: string;
  /** Why the scenario does not apply to a profile (it is then skipped with this reason), or undefined. */
  readonly notFor?: (profile: Profile) => string | undefined;
  readonly run: (ctx: ScenarioContext) => Promise<Verdict>;
}

/** A passed verdict. */
export const pass = (reason: string): Verdict => ({ status: 'passed', reason });
/** A failed verdict. */
export const fail = (reason: string): Verdict => ({ status: 'failed', reason });
/** A skipped verdict. */
export const skip = (reason: string): Verdict => ({ status: 'skipped', reason });

import { beforeAll, describe, it } from 'vitest';
import { runConformance } from '../conformance/run-conformance.ts';
import { scenarioIds, scenarioTitles } from '../conformance/scenario-catalogue.ts';
import type { ConformanceOptions, Evidence, Scorecard } from '../conformance/types.ts';
import type { Target, Transport } from '../delivery/index.ts';
import { getProfile } from '../profiles/index.ts';

/** Options of {@link describeConformance}: those of `runConformance`, with a target that may be made lazily. */
export interface DescribeConformanceOptions extends Omit<ConformanceOptions, 'target'> {
  /** The target, or a function making it once the suite's own `beforeAll` hooks ran (a server they started). */
  readonly target: Target | Transport | (() => Target | Transport | Promise<Target | Transport>);
  /** The describe block's name; default `Spike conformance (<profile>)`. */
  readonly name?: string;
}

/**
 * Declares one Vitest test per conformance scenario (`valid-signature`, `tampered-body` ...): the scorecard runs once,
 * in a `beforeAll`, and each test passes, fails with the scenario's reason and evidence, or is skipped with its reason
 * (`only`/`skip`, no probe, a scenario that does not apply to the profile).
 *
 * @example
 * ```ts
 * import { describeConformance } from 'spike-webhook-kit/vitest';
 * describeConformance({ profile: 'spike-forms', target: { app }, secret: 's3cret', probe: (key) => db.count(key) });
 * ```
 */
export function describeConformance(options: DescribeConformanceOptions): void {
  const { name, target, ...rest } = options;
  const profileId = getProfile(options.profile).id;
  describe(name ?? `Spike conformance (${profileId})`, () => {
    let card: Scorecard | undefined;
    let failure: unknown;
    beforeAll(async () => {
      try {
        const resolved = typeof target === 'function' ? await target() : target;
        card = await runConformance({ ...rest, target: resolved });
      } catch (error) {
        failure = error;
      }
    }, 10 * 60_000);
    for (const id of scenarioIds) {
      it(`${id}: ${scenarioTitles[id]}`, (context) => {
        if (card === undefined) throw failure;
        const result = card.scenarios.find((s) => s.id === id);
        if (result === undefined) throw new Error(`the scorecard has no ${id} result`);
        if (result.status === 'skipped') context.skip(result.reason);
        if (result.status === 'failed')
          throw new Error(`${id}: ${result.reason}\n${result.evidence.map(describeEvidence).join('\n')}`);
      });
    }
  });
}

function describeEvidence(item: Evidence): string {
  const r = item.response;
  const answer =
    r.kind === 'response' ? `${r.status} in ${Math.round(r.latencyMs)} ms` : `no answer (${r.error})`;
  return `  ${item.label}: ${answer}`;
}

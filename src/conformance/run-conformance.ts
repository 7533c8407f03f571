import { invalid, listChoices, SpikeKitError } from '../core/index.ts';
import { resolveTarget, type Target, type Transport } from '../delivery/index.ts';
import { getProfile } from '../profiles/index.ts';
import { checkSecret } from '../signing/check-secret.ts';
import { scenarioCatalogue, scenarioIds } from './scenario-catalogue.ts';
import { createScenarioContext, refMsOf } from './scenario-context.ts';
import type {
  ConformanceOptions,
  Evidence,
  ScenarioId,
  ScenarioResult,
  ScenarioStatus,
  Scorecard,
} from './types.ts';

const optionKeys = ['profile', 'target', 'secret', 'probe', 'only', 'skip', 'seed', 'refDate'];

/**
 * Runs the conformance scorecard against a receiver: every scenario of the catalogue ({@link scenarioIds}), in
 * order, each one passed, failed or skipped with a one-line reason and the evidence (requests sent, responses
 * seen). Deliveries go over the target's transport with the profile's timeout; events come from `seed`, so a run
 * is reproducible.
 *
 * @throws {SpikeKitError} `UNKNOWN_PROFILE`; `SECRET_REQUIRED` without a secret; `INVALID_TARGET`; `INVALID_OPTION`
 *   for an unknown option, an unknown scenario id in `only` or `skip`, a seed that is not a non-negative integer, or
 *   a probe that is not one or answers something other than a count.
 *
 * @example
 * ```ts
 * import { runConformance } from 'spike-webhook-kit/conformance';
 * const card = await runConformance({ profile: 'spike-forms', target: { fetch: POST }, secret: 's3cret' });
 * for (const s of card.scenarios) console.log(s.id, s.status, s.reason);
 * ```
 */
export async function runConformance(options: ConformanceOptions): Promise<Scorecard> {
  checkKeys(options);
  const profile = getProfile(options.profile);
  const secret = checkSecret(options.secret, { caller: 'runConformance', required: true }) as NonNullable<
    ConformanceOptions['secret']
  >;
  const only = checkIds(options.only, 'only');
  const skipped = checkIds(options.skip, 'skip') ?? [];
  const seed = options.seed ?? 1;
  if (!Number.isSafeInteger(seed) || seed < 0)
    throw invalid('INVALID_OPTION', "runConformance's 'seed'", 'a non-negative integer', seed, {
      details: { option: 'seed' },
    });
  const refMs = refMsOf(options.refDate);
  const given = options.target as Partial<Transport>;
  const owned = typeof given?.send !== 'function';
  const transport = owned ? await resolveTarget(options.target as Target) : (options.target as Transport);
  const runEvidence: Evidence[] = [];
  const scenarios: ScenarioResult[] = [];
  try {
    for (const [index, scenario] of scenarioCatalogue.entries()) {
      const base = { id: scenario.id, title: scenario.title };
      const notSelected =
        only !== undefined && !only.includes(scenario.id)
          ? `not selected (only: ${only.join(', ')})`
          : skipped.includes(scenario.id)
            ? 'skipped on request (skip)'
            : scenario.notFor?.(profile);
      if (notSelected !== undefined) {
        scenarios.push({ ...base, status: 'skipped', reason: notSelected, evidence: [] });
        continue;
      }
      const ctx = createScenarioContext({
        profile,
        transport,
        secret,
        seed,
        refMs,
        probe: options.probe,
        runEvidence,
        slotBase: index,
      });
      const verdict = await scenario.run(ctx);
      scenarios.push({ ...base, ...verdict, evidence: [...ctx.evidence] });
    }
  } finally {
    if (owned) await transport.close?.();
  }
  const counts: Record<ScenarioStatus, number> = { passed: 0, failed: 0, skipped: 0 };
  for (const result of scenarios) counts[result.status]++;
  return {
    profile: profile.id,
    target: transport.description,
    scenarios,
    passed: counts.failed === 0,
    counts,
    seed,
    refDate: new Date(refMs).toISOString(),
  };
}

function checkKeys(options: unknown): void {
  if (options === null || typeof options !== 'object' || Array.isArray(options))
    throw invalid(
      'INVALID_OPTION',
      "runConformance's options",
      'an object with profile, target and secret',
      options,
    );
  const unknown = Object.keys(options).filter((key) => !optionKeys.includes(key));
  if (unknown.length > 0)
    throw new SpikeKitError(
      'INVALID_OPTION',
      `runConformance has no option ${listChoices(unknown)}: use ${listChoices(optionKeys)}.`,
      { option: unknown[0], valid: optionKeys },
    );
}

function checkIds(ids: unknown, option: 'only' | 'skip'): ScenarioId[] | undefined {
  if (ids === undefined) return undefined;
  const list = Array.isArray(ids) ? ids : [ids];
  const wrong = list.filter((id) => !scenarioIds.includes(id as ScenarioId));
  if (wrong.length > 0)
    throw new SpikeKitError(
      'INVALID_OPTION',
      `Unknown scenario id ${listChoices(wrong.map(String))} in '${option}': the ids are ${listChoices(scenarioIds)}.`,
      { option, valid: scenarioIds },
    );
  return list as ScenarioId[];
}

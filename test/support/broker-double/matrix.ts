// `GET /matrix` of the broker double: what `pact broker can-i-deploy` asks (pact_broker:
// lib/pact_broker/api/resources/matrix.rb, lib/pact_broker/matrix/service.rb,
// lib/pact_broker/matrix/deployment_status_summary.rb, lib/pact_broker/api/decorators/reason_decorator.rb).
import { type Answer, type BrokerState, isDeployed, latestVerification } from './state.ts';

interface Row {
  readonly consumer: string;
  readonly cv: string;
  readonly provider: string;
  readonly pv: string | undefined;
  /** How the reasons name the consumer and provider versions (lib/pact_broker/matrix/resolved_selector.rb). */
  readonly consumerDescription: string;
  readonly providerDescription: string;
  readonly success: boolean | undefined;
}

/**
 * can-i-deploy for `q[][pacticipant]` at `q[][version]`, to `environment` (or against the latest versions).
 *
 * - An unknown pacticipant or environment is a 400 with the broker's messages (`validate_selectors`,
 *   `validate_options` in lib/pact_broker/matrix/service.rb; `environment_with_name_not_found` in
 *   lib/pact_broker/locale/en.yml), so the CLI gives no answer.
 * - An unknown version of a known pacticipant is `deployable: false`, reason "No pacts or verifications have been
 *   published for version …" (`deployable?` returns false for `considered_specified_selectors_that_do_not_exist`;
 *   `version_does_not_exist_description` in resolved_selector.rb).
 * - A consumer requires its providers: a provider with no version currently recorded in the environment gives a
 *   row without a provider version, so the answer is not deployable ("a version of P currently in production (no
 *   version is currently recorded as deployed/released in this environment)"). A provider does not require its
 *   consumers (lib/pact_broker/matrix/integrations_repository.rb).
 * - `deployable` is false when the version does not exist, null (unknown) when any row has no result, else true
 *   only when every row succeeded (`deployable?` in deployment_status_summary.rb).
 */
export function matrix(state: BrokerState, query: URLSearchParams): Answer {
  const name = query.get('q[][pacticipant]');
  const number = query.get('q[][version]');
  const environment = query.get('environment') || undefined;
  const errors: string[] = [];
  if (name === null) errors.push('Please provide 1 or more version selectors.');
  else if (!state.pacticipants.has(name)) errors.push(`Pacticipant ${name} not found`);
  if (environment !== undefined && !state.environments.some((e) => e.name === environment))
    errors.push(`Environment with name '${environment}' does not exist`);
  if (errors.length > 0 || name === null) return [400, { errors }];
  const warnings =
    environment === undefined
      ? [
          'WARN: It is recommended to specify the environment into which you are deploying. Without the environment, this result will not be reliable.',
        ]
      : [];
  if (number === null || state.pacticipants.get(name)?.versions.get(number) === undefined) {
    const reason =
      number === null
        ? `No pacts or verifications have been published for ${name}`
        : `No pacts or verifications have been published for version ${number} of ${name}`;
    return answer(false, [...warnings, reason], [], { success: 0, failed: 0, unknown: 0 });
  }
  const counterparts = (other: string): { number: string; description: string }[] => {
    const versions = [...(state.pacticipants.get(other)?.versions.values() ?? [])].sort(
      (a, b) => a.order - b.order,
    );
    if (environment !== undefined) {
      return versions
        .filter((v) => isDeployed(state, other, v.number, environment))
        .map((v) => ({
          number: v.number,
          description: `the version of ${other} currently in ${environment} (${v.number})`,
        }));
    }
    const latest = versions.at(-1);
    return latest === undefined
      ? []
      : [{ number: latest.number, description: `the latest version of ${other} (${latest.number})` }];
  };
  const self = `version ${number} of ${name}`;
  const rows: Row[] = [];
  // As the consumer: every pact this version published, against the provider versions in the target.
  for (const pact of state.pacts.filter((p) => p.consumer === name && p.consumerVersion === number)) {
    const targets = counterparts(pact.provider);
    if (targets.length === 0) {
      const where =
        environment === undefined
          ? `any version of ${pact.provider}`
          : `a version of ${pact.provider} currently in ${environment} (no version is currently recorded as deployed/released in this environment)`;
      rows.push({
        consumer: name,
        cv: number,
        provider: pact.provider,
        pv: undefined,
        consumerDescription: self,
        providerDescription: where,
        success: undefined,
      });
    }
    for (const target of targets) {
      rows.push({
        consumer: name,
        cv: number,
        provider: pact.provider,
        pv: target.number,
        consumerDescription: self,
        providerDescription: target.description,
        success: latestVerification(state, pact.sha, pact.provider, target.number)?.success,
      });
    }
  }
  // As the provider: the pacts of the consumer versions in the target, verified by this version.
  const consumers = [...new Set(state.pacts.filter((p) => p.provider === name).map((p) => p.consumer))];
  for (const consumer of consumers) {
    for (const target of counterparts(consumer)) {
      const pact = state.pacts
        .filter((p) => p.consumer === consumer && p.provider === name && p.consumerVersion === target.number)
        .at(-1);
      if (pact === undefined) continue;
      rows.push({
        consumer,
        cv: target.number,
        provider: name,
        pv: number,
        consumerDescription: target.description,
        providerDescription: self,
        success: latestVerification(state, pact.sha, name, number)?.success,
      });
    }
  }
  const failed = rows.filter((r) => r.success === false);
  const unknown = rows.filter((r) => r.success === undefined);
  const success = rows.filter((r) => r.success === true).length;
  const deployable = unknown.length > 0 ? null : failed.length === 0;
  const problems = [
    ...failed.map(
      (r) =>
        `The verification for the pact between ${r.consumerDescription} and ${r.providerDescription} failed`,
    ),
    ...unknown.map(
      (r) => `There is no verified pact between ${r.consumerDescription} and ${r.providerDescription}`,
    ),
  ];
  const reasons =
    problems.length > 0
      ? problems
      : [
          rows.length === 0
            ? 'There are no missing dependencies'
            : 'All required verification results are published and successful',
        ];
  return answer(deployable, [...warnings, ...reasons], rows, {
    success,
    failed: failed.length,
    unknown: unknown.length,
  });

  function answer(
    deployable: boolean | null,
    reasons: readonly string[],
    rows: readonly Row[],
    counts: { success: number; failed: number; unknown: number },
  ): Answer {
    return [
      200,
      {
        summary: { deployable, reason: reasons.join('\n'), ...counts },
        notices: reasons.map((text) => ({
          type: text.startsWith('WARN') ? 'warning' : deployable === true ? 'success' : 'error',
          text,
        })),
        matrix: rows.map((r) => ({
          consumer: { name: r.consumer, version: { number: r.cv } },
          provider: { name: r.provider, version: r.pv === undefined ? null : { number: r.pv } },
          verificationResult:
            r.success === undefined
              ? null
              : { success: r.success, _links: { self: { href: `${state.base}/verification-results` } } },
        })),
      },
    ];
  }
}

// Environments, deployments and releases of the broker double (pact_broker: lib/pact_broker/api/resources/
// environments.rb, deployed_versions_for_version_and_environment.rb, released_versions_for_version_and_environment.rb,
// lib/pact_broker/deployments/*).
import { type Answer, type BrokerState, type Environment, newEnvironment } from './state.ts';

const describe = (state: BrokerState, e: Environment) => ({
  uuid: e.uuid,
  name: e.name,
  displayName: e.displayName,
  production: e.production,
  _links: { self: { href: `${state.base}/environments/${e.uuid}` } },
});

/** `GET /environments`. */
export function listEnvironments(state: BrokerState): Answer {
  return [200, { _embedded: { environments: state.environments.map((e) => describe(state, e)) } }];
}

/**
 * `POST /environments` (`pact broker create-environment`): `name` is required, without spaces or line breaks, and
 * unique; `production` is required, true or false (lib/pact_broker/api/contracts/environment_schema.rb; messages
 * `no_spaces`, `environment_name_must_be_unique` in lib/pact_broker/locale/en.yml). 201 with the environment.
 */
export function createEnvironment(state: BrokerState, body: unknown): Answer {
  const fields = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  const errors: Record<string, string[]> = {};
  const name = fields.name;
  if (typeof name !== 'string' || name === '') errors.name = ['is missing'];
  else if (/\s/.test(name)) errors.name = ['cannot contain spaces'];
  else if (state.environments.some((e) => e.name === name))
    errors.name = [`name '${name}' is already used by an existing environment.`];
  if (typeof fields.production !== 'boolean') errors.production = ['must be one of: true, false'];
  if (Object.keys(errors).length > 0) return [400, { errors }];
  const displayName = typeof fields.displayName === 'string' ? fields.displayName : (name as string);
  const environment = newEnvironment(name as string, fields.production as boolean, displayName);
  state.environments.push(environment);
  return [201, describe(state, environment)];
}

/**
 * `POST …/versions/{v}/deployed-versions/environment/{uuid}` (`pact broker record-deployment`): recording a
 * deployment marks the pacticipant's previously deployed version in that environment undeployed, and recording the
 * version already deployed there changes nothing (`find_or_create` and `record_previous_version_undeployed` in
 * lib/pact_broker/deployments/deployed_version_service.rb). Releases (`…/released-versions/…`) do not replace
 * each other: several versions can be supported at once (lib/pact_broker/deployments/released_version_service.rb).
 */
export function recordDeployment(
  state: BrokerState,
  pacticipant: string,
  version: string,
  kind: 'deployed' | 'released',
  uuid: string,
): Answer {
  const environment = state.environments.find((e) => e.uuid === uuid);
  if (environment === undefined) return [404, { error: 'No such environment' }];
  if (state.pacticipants.get(pacticipant)?.versions.get(version) === undefined)
    return [404, { error: `No version ${version} of ${pacticipant}` }];
  const same = (d: { pacticipant: string; environment: string; kind: string }) =>
    d.pacticipant === pacticipant && d.environment === environment.name && d.kind === kind;
  const existing = state.deployments.find((d) => same(d) && d.version === version && d.currentlyDeployed);
  if (existing === undefined) {
    if (kind === 'deployed') {
      for (const d of state.deployments) if (same(d)) d.currentlyDeployed = false;
    }
    state.deployments.push({
      pacticipant,
      version,
      environment: environment.name,
      kind,
      currentlyDeployed: true,
    });
  }
  return [
    201,
    {
      [kind === 'deployed' ? 'currentlyDeployed' : 'currentlySupported']: true,
      _embedded: { environment: { name: environment.name } },
    },
  ];
}

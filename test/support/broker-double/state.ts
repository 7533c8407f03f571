// The broker double's in-memory store: pacticipants, versions, environments, pacts, verifications, deployments, and
// the small queries every resource shares. pact_broker paths cited are in github.com/pact-foundation/pact_broker.
import { randomUUID } from 'node:crypto';

/** One request the double received. */
export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly query: string;
  readonly authorization: string | undefined;
  readonly body: unknown;
}

/** A published pact. */
export interface StoredPact {
  readonly consumer: string;
  readonly provider: string;
  readonly consumerVersion: string;
  readonly sha: string;
  readonly content: Record<string, unknown>;
  readonly createdAt: Date;
}

/** A published verification result. */
export interface StoredVerification {
  readonly consumer: string;
  readonly provider: string;
  readonly sha: string;
  readonly providerVersion: string;
  readonly providerBranch: string | undefined;
  readonly success: boolean;
  readonly body: Record<string, unknown>;
}

/** A recorded deployment or release. `currentlyDeployed` turns false when a later version is deployed. */
export interface Deployment {
  readonly pacticipant: string;
  readonly version: string;
  readonly environment: string;
  readonly kind: 'deployed' | 'released';
  currentlyDeployed: boolean;
}

export interface Version {
  readonly number: string;
  branch: string | undefined;
  readonly tags: Set<string>;
  readonly order: number;
}

export interface Pacticipant {
  readonly name: string;
  mainBranch: string | undefined;
  readonly versions: Map<string, Version>;
}

export interface Environment {
  readonly uuid: string;
  readonly name: string;
  readonly displayName: string;
  readonly production: boolean;
}

/** A resource's answer: HTTP status and JSON body. */
export type Answer = [number, unknown];

/** Everything the double knows. */
export interface BrokerState {
  base: string;
  order: number;
  readonly now: () => Date;
  readonly pacticipants: Map<string, Pacticipant>;
  readonly environments: Environment[];
  readonly pacts: StoredPact[];
  readonly verifications: StoredVerification[];
  readonly deployments: Deployment[];
}

// pact_broker sets a pacticipant's main branch from the first of these it sees (config `auto_detect_main_branch`,
// `main_branch_candidates`: lib/pact_broker/config/runtime_configuration.rb).
const AUTO_MAIN_BRANCHES = ['main', 'master', 'develop'];

export const enc = encodeURIComponent;

/** A new environment record. */
export function newEnvironment(name: string, production: boolean, displayName = name): Environment {
  return { uuid: randomUUID(), name, displayName, production };
}

/** An empty store with these environments. */
export function createState(environments: readonly string[], now: () => Date): BrokerState {
  return {
    base: '',
    order: 0,
    now,
    pacticipants: new Map(),
    environments: environments.map((name) => newEnvironment(name, name === 'production')),
    pacts: [],
    verifications: [],
    deployments: [],
  };
}

/** The pacticipant, created on first use (as publishing creates it). */
export function pacticipant(state: BrokerState, name: string): Pacticipant {
  let found = state.pacticipants.get(name);
  if (found === undefined) {
    found = { name, mainBranch: undefined, versions: new Map() };
    state.pacticipants.set(name, found);
  }
  return found;
}

/** The version, created on first use; a branch given is recorded (and may become the main branch). */
export function version(state: BrokerState, name: string, number: string, branch?: string): Version {
  const p = pacticipant(state, name);
  let v = p.versions.get(number);
  if (v === undefined) {
    v = { number, branch: undefined, tags: new Set(), order: state.order++ };
    p.versions.set(number, v);
  }
  if (branch) {
    v.branch = branch;
    if (p.mainBranch === undefined && AUTO_MAIN_BRANCHES.includes(branch)) p.mainBranch = branch;
  }
  return v;
}

/** The URL of a pact version. */
export function pactUrl(state: BrokerState, pact: StoredPact): string {
  return `${state.base}/pacts/provider/${enc(pact.provider)}/consumer/${enc(pact.consumer)}/pact-version/${pact.sha}`;
}

/**
 * Whether a version is currently deployed or released (in `environment`, or anywhere). Only current deployments
 * count: pact_broker's selectors and matrix join `deployed_versions` where `undeployed_at` is null
 * (lib/pact_broker/deployments/deployed_version.rb `currently_deployed`).
 */
export function isDeployed(state: BrokerState, name: string, number: string, environment?: string): boolean {
  return state.deployments.some(
    (d) =>
      d.currentlyDeployed &&
      d.pacticipant === name &&
      d.version === number &&
      (environment === undefined || d.environment === environment),
  );
}

/** The last verification of a pact version by the provider (by this provider version, when given). */
export function latestVerification(
  state: BrokerState,
  sha: string,
  provider: string,
  providerVersion?: string,
): StoredVerification | undefined {
  return state.verifications
    .filter(
      (v) =>
        v.sha === sha &&
        v.provider === provider &&
        (providerVersion === undefined || v.providerVersion === providerVersion),
    )
    .at(-1);
}

/** The pacts of a consumer for a provider with their consumer versions, oldest first. */
export function pactsOf(
  state: BrokerState,
  consumer: string,
  provider: string,
): { pact: StoredPact; v: Version }[] {
  return state.pacts
    .filter((p) => p.provider === provider && p.consumer === consumer)
    .map((p) => ({ pact: p, v: pacticipant(state, consumer).versions.get(p.consumerVersion) as Version }))
    .sort((a, b) => a.v.order - b.v.order);
}

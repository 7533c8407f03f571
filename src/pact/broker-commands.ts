import { SpikeKitError } from '../core/index.ts';
import { type BrokerOptions, resolveBroker } from './broker-options.ts';
import { ciBuildUrl } from './ci-vendors.ts';
import { type GitVersion, gitVersion, gitVersionIfKnown } from './git-version.ts';
import { runPactCli } from './pact-cli.ts';

/** Options of {@link publishPacts}. */
export interface PublishPactsOptions {
  /** Pact files, directories or globs. */
  readonly pacts: readonly string[];
  /** The consumer version. Default: the git commit ({@link gitVersion}). */
  readonly consumerVersion?: string;
  /** The consumer branch. Default: the git branch. */
  readonly branch?: string;
  readonly tags?: readonly string[];
  readonly buildUrl?: string;
  /** Default: `brokerFromEnv`. */
  readonly broker?: Partial<BrokerOptions>;
}

/** What {@link publishPacts} did. */
export interface PublishResult {
  readonly consumerVersion: string;
  readonly branch: string | undefined;
  /** The CLI's output. */
  readonly output: string;
}

/**
 * Publishes pacts with `pact broker publish` (the official CLI), versioned by the git commit and branch.
 *
 * @throws {SpikeKitError} `BROKER_FAILED` with the CLI's output when publishing fails.
 * @example
 * ```ts
 * await publishPacts({ pacts: ['pacts'] }); // version = git sha, branch = git branch, broker from PACT_BROKER_*
 * ```
 */
export async function publishPacts(options: PublishPactsOptions): Promise<PublishResult> {
  const broker = resolveBroker(options.broker);
  const git = options.consumerVersion === undefined ? gitVersion() : gitVersionIfKnown();
  const consumerVersion = options.consumerVersion ?? (git as GitVersion).version;
  const branch = options.branch ?? git?.branch;
  const args = ['broker', 'publish', ...options.pacts, '--consumer-app-version', consumerVersion];
  if (branch) args.push('--branch', branch);
  for (const tag of options.tags ?? []) args.push('--tag', tag);
  const buildUrl = options.buildUrl ?? ciBuildUrl();
  if (buildUrl) args.push('--build-url', buildUrl);
  const result = await runPactCli(args, { broker });
  const output = `${result.stdout}${result.stderr}`;
  // The CLI reports a failed publication of one pact with a ❌ line (its exit code may still be 0).
  if (result.code !== 0 || output.includes('❌')) {
    throw new SpikeKitError(
      'BROKER_FAILED',
      `pact broker publish failed (exit ${result.code}):\n${output.trim()}`,
      { code: result.code, output },
    );
  }
  return { consumerVersion, branch, output };
}

/** Options of {@link canIDeploy}. */
export interface CanIDeployOptions {
  readonly pacticipant: string;
  /** Default: the git commit. */
  readonly version?: string;
  /** The environment to deploy to, e.g. `'production'`. */
  readonly toEnvironment?: string;
  /** Poll this many times while results are missing. */
  readonly retryWhileUnknown?: number;
  readonly retryIntervalSeconds?: number;
  readonly broker?: Partial<BrokerOptions>;
}

/** The answer of {@link canIDeploy}. */
export interface CanIDeployResult {
  readonly deployable: boolean;
  readonly reason: string;
  /** The broker's matrix rows: which consumer/provider versions were checked and their verification result. */
  readonly matrix: readonly {
    readonly consumer: string;
    readonly consumerVersion: string | undefined;
    readonly provider: string;
    readonly providerVersion: string | undefined;
    readonly success: boolean | undefined;
  }[];
  readonly output: string;
}

/**
 * Asks the broker, with `pact broker can-i-deploy`, whether a version can be deployed: every integration must
 * have a successful verification with the versions already in the environment.
 *
 * @throws {SpikeKitError} `BROKER_FAILED` when the broker cannot answer (not when the answer is "no").
 * @example
 * ```ts
 * const { deployable, reason } = await canIDeploy({ pacticipant: 'orders-api', toEnvironment: 'production' });
 * ```
 */
export async function canIDeploy(options: CanIDeployOptions): Promise<CanIDeployResult> {
  const broker = resolveBroker(options.broker);
  const version = options.version ?? gitVersion().version;
  const args = ['broker', 'can-i-deploy', '--pacticipant', options.pacticipant, '--version', version];
  if (options.toEnvironment) args.push('--to-environment', options.toEnvironment);
  if (options.retryWhileUnknown !== undefined) {
    args.push('--retry-while-unknown', String(options.retryWhileUnknown));
    args.push('--retry-interval', String(options.retryIntervalSeconds ?? 10));
  }
  args.push('--output', 'json');
  const result = await runPactCli(args, { broker });
  const output = `${result.stdout}${result.stderr}`;
  const json = lastJson(result.stdout) as
    | {
        summary?: { deployable?: boolean | null; reason?: string };
        matrix?: {
          consumer?: { name?: string; version?: { number?: string } };
          provider?: { name?: string; version?: { number?: string } };
          verificationResult?: { success?: boolean } | null;
        }[];
      }
    | undefined;
  if (json?.summary === undefined) {
    throw new SpikeKitError(
      'BROKER_FAILED',
      `pact broker can-i-deploy gave no answer (exit ${result.code}):\n${output.trim()}`,
      { code: result.code, output },
    );
  }
  return {
    deployable: json.summary.deployable === true,
    reason: json.summary.reason ?? '',
    matrix: (json.matrix ?? []).map((row) => ({
      consumer: row.consumer?.name ?? '',
      consumerVersion: row.consumer?.version?.number,
      provider: row.provider?.name ?? '',
      providerVersion: row.provider?.version?.number,
      success: row.verificationResult?.success ?? undefined,
    })),
    output,
  };
}

/** Options of {@link recordDeployment}. */
export interface RecordDeploymentOptions {
  readonly pacticipant: string;
  /** Default: the git commit. */
  readonly version?: string;
  readonly environment: string;
  readonly broker?: Partial<BrokerOptions>;
}

/**
 * Records that a version was deployed to an environment (`pact broker record-deployment`), so `deployedOrReleased`
 * selectors and `can-i-deploy` know about it.
 *
 * @throws {SpikeKitError} `BROKER_FAILED` with the CLI's output.
 * @example
 * ```ts
 * await recordDeployment({ pacticipant: 'orders-api', environment: 'production' });
 * ```
 */
export async function recordDeployment(options: RecordDeploymentOptions): Promise<string> {
  const broker = resolveBroker(options.broker);
  const version = options.version ?? gitVersion().version;
  const result = await runPactCli(
    [
      'broker',
      'record-deployment',
      '--pacticipant',
      options.pacticipant,
      '--version',
      version,
      '--environment',
      options.environment,
    ],
    { broker },
  );
  const output = `${result.stdout}${result.stderr}`;
  if (result.code !== 0 || output.includes('❌')) {
    throw new SpikeKitError(
      'BROKER_FAILED',
      `pact broker record-deployment failed (exit ${result.code}):\n${output.trim()}`,
      { code: result.code, output },
    );
  }
  return output;
}

/** Options of {@link createEnvironment}. */
export interface CreateEnvironmentOptions {
  /** The environment's name as deployments use it, e.g. `'production'` (no spaces). */
  readonly name: string;
  readonly displayName?: string;
  /** Whether it is a production environment. Default false. */
  readonly production?: boolean;
  /** Succeed when an environment of that name already exists (so CI can run it on every build). Default true. */
  readonly ifMissing?: boolean;
  readonly broker?: Partial<BrokerOptions>;
}

/**
 * Creates an environment at the broker (`pact broker create-environment`), which `recordDeployment` and
 * `canIDeploy({ toEnvironment })` need: the broker refuses both for an environment it does not know.
 *
 * @returns whether the environment was created (false: it existed and `ifMissing` is on).
 * @throws {SpikeKitError} `BROKER_FAILED` with the CLI's output.
 * @example
 * ```ts
 * await createEnvironment({ name: 'production', production: true });
 * ```
 */
export async function createEnvironment(options: CreateEnvironmentOptions): Promise<boolean> {
  const broker = resolveBroker(options.broker);
  const args = ['broker', 'create-environment', '--name', options.name];
  if (options.displayName) args.push('--display-name', options.displayName);
  if (options.production) args.push('--production');
  const result = await runPactCli(args, { broker });
  const output = `${result.stdout}${result.stderr}`;
  if (result.code === 0 && !output.includes('❌')) return true;
  // pact_broker: "name '<name>' is already used by an existing environment." (environment_schema.rb)
  if ((options.ifMissing ?? true) && /already used by an existing environment/.test(output)) return false;
  throw new SpikeKitError(
    'BROKER_FAILED',
    `pact broker create-environment failed (exit ${result.code}):\n${output.trim()}`,
    { code: result.code, output },
  );
}

/** The last JSON object in a CLI's output, if any. */
function lastJson(text: string): unknown {
  const start = text.indexOf('{');
  const end = text.lastIndexOf('}');
  if (start === -1 || end <= start) return undefined;
  try {
    return JSON.parse(text.slice(start, end + 1));
  } catch {
    return undefined;
  }
}

import { spawn, spawnSync } from 'node:child_process';
import { SpikeKitError } from '../core/index.ts';
import { pactCliPath, pactEnv } from './load.ts';

/**
 * Where a Pact Broker (or PactFlow) is and how to log in: a bearer token, or a username and password. Read from
 * the standard variables by {@link brokerFromEnv}.
 */
export interface BrokerOptions {
  /** `PACT_BROKER_BASE_URL`. */
  readonly url: string;
  /** `PACT_BROKER_TOKEN` (PactFlow, or a broker behind a token). */
  readonly token?: string | undefined;
  /** `PACT_BROKER_USERNAME` (basic auth). */
  readonly username?: string | undefined;
  /** `PACT_BROKER_PASSWORD` (basic auth). */
  readonly password?: string | undefined;
}

/**
 * Which consumer versions to verify, as the Pact docs define them (docs.pact.io/selectors). The defaults verify
 * the pacts of each consumer's main branch and of every version deployed or released somewhere.
 */
export interface ConsumerVersionSelector {
  readonly mainBranch?: boolean;
  readonly branch?: string;
  readonly matchingBranch?: boolean;
  readonly deployedOrReleased?: boolean;
  readonly deployed?: boolean;
  readonly released?: boolean;
  readonly environment?: string;
  readonly consumer?: string;
  readonly tag?: string;
  readonly latest?: boolean;
  readonly fallbackTag?: string;
}

/**
 * The selectors used when none are given: main branch, and whatever is deployed or released.
 *
 * @example
 * ```ts
 * const selectors = [...defaultConsumerVersionSelectors, { matchingBranch: true }];
 * await verifyMessages({ profile: 'spike-forms', broker: { consumerVersionSelectors: selectors } });
 * ```
 */
export const defaultConsumerVersionSelectors: readonly ConsumerVersionSelector[] = [
  { mainBranch: true },
  { deployedOrReleased: true },
];

/** How a provider verification talks to the broker. Everything defaults from the environment and git. */
export interface BrokerVerificationOptions extends Partial<BrokerOptions> {
  /** Default {@link defaultConsumerVersionSelectors}. */
  readonly consumerVersionSelectors?: readonly ConsumerVersionSelector[];
  /** The provider version results are published for. Default: the git commit ({@link gitVersion}). */
  readonly providerVersion?: string;
  /** The provider's branch. Default: the git branch ({@link gitVersion}). */
  readonly providerVersionBranch?: string;
  /** Publish verification results. Default: only in CI (`CI=true`), never from a developer's machine. */
  readonly publishVerificationResult?: boolean;
  /** Pending pacts (a new expectation does not break the provider's build until it passed once). Default true. */
  readonly enablePending?: boolean;
  /** Include work-in-progress pacts created since this date (ISO 8601). */
  readonly includeWipPactsSince?: string;
  /** Link to the CI build, stored with the results. Default: the GitHub Actions run URL when known. */
  readonly buildUrl?: string;
}

/**
 * The broker configured by the standard variables: `PACT_BROKER_BASE_URL`, and `PACT_BROKER_TOKEN` or
 * `PACT_BROKER_USERNAME`/`PACT_BROKER_PASSWORD`. `undefined` when no URL is set.
 *
 * @example
 * ```ts
 * const broker = brokerFromEnv(); // { url: 'https://acme.pactflow.io', token: '…' }
 * ```
 */
export function brokerFromEnv(env: NodeJS.ProcessEnv = process.env): BrokerOptions | undefined {
  const url = env.PACT_BROKER_BASE_URL?.trim();
  if (!url) return undefined;
  return {
    url,
    ...(env.PACT_BROKER_TOKEN ? { token: env.PACT_BROKER_TOKEN } : {}),
    ...(env.PACT_BROKER_USERNAME ? { username: env.PACT_BROKER_USERNAME } : {}),
    ...(env.PACT_BROKER_PASSWORD ? { password: env.PACT_BROKER_PASSWORD } : {}),
  };
}

/** The given options completed from the environment; throws when no URL is known. */
export function resolveBroker(options: Partial<BrokerOptions> | undefined): BrokerOptions {
  const env = brokerFromEnv();
  const url = options?.url ?? env?.url;
  if (!url) {
    throw new SpikeKitError(
      'BROKER_FAILED',
      'No Pact Broker configured: set PACT_BROKER_BASE_URL (and PACT_BROKER_TOKEN or PACT_BROKER_USERNAME/PACT_BROKER_PASSWORD), or pass { broker: { url } }.',
      {},
    );
  }
  const explicitAuth =
    options?.token !== undefined || options?.username !== undefined || options?.password !== undefined;
  const auth = explicitAuth ? options : env;
  return {
    url,
    ...(auth?.token ? { token: auth.token } : {}),
    ...(auth?.username ? { username: auth.username } : {}),
    ...(auth?.password ? { password: auth.password } : {}),
  };
}

/** A version and branch for publishing. */
export interface GitVersion {
  readonly version: string;
  readonly branch: string | undefined;
}

/**
 * The application version (the commit sha) and branch, from CI variables first (GitHub Actions, GitLab, CircleCI,
 * Buildkite, Jenkins; the PR head branch on pull requests), then from git. Pact recommends the commit as version.
 *
 * @throws {SpikeKitError} `BROKER_FAILED` when neither CI variables nor git give a commit.
 * @example
 * ```ts
 * gitVersion(); // { version: '5556b8149bf8bac76bc30f50a8a2dd4c22c85f30', branch: 'main' }
 * ```
 */
export function gitVersion(cwd: string = process.cwd(), env: NodeJS.ProcessEnv = process.env): GitVersion {
  const git = (...args: string[]): string | undefined => {
    const result = spawnSync('git', args, { cwd, encoding: 'utf8' });
    const out = result.status === 0 ? result.stdout.trim() : '';
    return out === '' ? undefined : out;
  };
  const version =
    env.GITHUB_SHA ??
    env.CI_COMMIT_SHA ??
    env.CIRCLE_SHA1 ??
    env.BUILDKITE_COMMIT ??
    env.GIT_COMMIT ??
    git('rev-parse', 'HEAD');
  if (version === undefined) {
    throw new SpikeKitError(
      'BROKER_FAILED',
      'Cannot tell the application version: not a git checkout and no CI commit variable (GITHUB_SHA ...). Pass the version explicitly.',
      { cwd },
    );
  }
  const gitBranch = git('rev-parse', '--abbrev-ref', 'HEAD');
  const branch =
    env.GITHUB_HEAD_REF ||
    env.GITHUB_REF_NAME ||
    env.CI_COMMIT_REF_NAME ||
    env.CIRCLE_BRANCH ||
    env.BUILDKITE_BRANCH ||
    env.GIT_BRANCH ||
    (gitBranch === 'HEAD' ? undefined : gitBranch);
  return { version, branch };
}

/** What a `pact` CLI run printed. */
export interface PactCliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs the `pact` CLI of `@pact-foundation/pact-cli` (`broker ...`, `verifier ...`) with `PACT_DO_NOT_TRACK=true`
 * and the broker credentials in the environment (never on the command line).
 *
 * @example
 * ```ts
 * const { code, stdout } = await runPactCli(['broker', 'list-pacticipants'], { broker: brokerFromEnv() });
 * ```
 */
export function runPactCli(
  args: readonly string[],
  options: { readonly broker?: BrokerOptions | undefined; readonly cwd?: string } = {},
): Promise<PactCliResult> {
  pactEnv();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PACT_DO_NOT_TRACK: process.env.PACT_DO_NOT_TRACK ?? 'true',
  };
  if (options.broker !== undefined) {
    for (const name of ['PACT_BROKER_TOKEN', 'PACT_BROKER_USERNAME', 'PACT_BROKER_PASSWORD'])
      delete env[name];
    env.PACT_BROKER_BASE_URL = options.broker.url;
    if (options.broker.token) env.PACT_BROKER_TOKEN = options.broker.token;
    if (options.broker.username) env.PACT_BROKER_USERNAME = options.broker.username;
    if (options.broker.password) env.PACT_BROKER_PASSWORD = options.broker.password;
  }
  const cli = pactCliPath();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], {
      env,
      cwd: options.cwd ?? process.cwd(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
}

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
  /** Default: {@link brokerFromEnv}. */
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
  const git = options.consumerVersion === undefined ? gitVersion() : safeGitVersion();
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

/**
 * The URL of the running CI build, when known (GitHub Actions).
 *
 * @example
 * ```ts
 * ciBuildUrl(); // 'https://github.com/acme/orders/actions/runs/123' on GitHub Actions
 * ```
 */
export function ciBuildUrl(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID) {
    return `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`;
  }
  return env.CI_JOB_URL ?? env.BUILD_URL ?? env.CIRCLE_BUILD_URL ?? undefined;
}

/**
 * The Pact verifier's broker options from {@link BrokerVerificationOptions}: selectors, pending, the provider
 * version and branch from git, and results published only when `CI=true` unless told otherwise.
 */
export function verifierBrokerOptions(
  provider: string,
  options: BrokerVerificationOptions,
): Record<string, unknown> {
  const broker = resolveBroker(options);
  const publish = options.publishVerificationResult ?? process.env.CI === 'true';
  const needsGit =
    options.providerVersion === undefined || (options.providerVersionBranch === undefined && publish);
  const git = needsGit ? safeGitVersion() : undefined;
  const providerVersion = options.providerVersion ?? git?.version;
  const providerVersionBranch = options.providerVersionBranch ?? git?.branch;
  if (publish && providerVersion === undefined) {
    throw new SpikeKitError(
      'BROKER_FAILED',
      'Publishing verification results needs the provider version: run in a git checkout or pass { providerVersion }.',
      { provider },
    );
  }
  const buildUrl = options.buildUrl ?? ciBuildUrl();
  return {
    provider,
    pactBrokerUrl: broker.url,
    ...(broker.token ? { pactBrokerToken: broker.token } : {}),
    ...(broker.username ? { pactBrokerUsername: broker.username } : {}),
    ...(broker.password ? { pactBrokerPassword: broker.password } : {}),
    consumerVersionSelectors: (options.consumerVersionSelectors ?? defaultConsumerVersionSelectors).map(
      (s) => ({
        ...s,
      }),
    ),
    enablePending: options.enablePending ?? true,
    ...(options.includeWipPactsSince ? { includeWipPactsSince: options.includeWipPactsSince } : {}),
    publishVerificationResult: publish,
    ...(providerVersion ? { providerVersion } : {}),
    ...(providerVersionBranch ? { providerVersionBranch } : {}),
    ...(publish && buildUrl ? { buildUrl } : {}),
  };
}

function safeGitVersion(): GitVersion | undefined {
  try {
    return gitVersion();
  } catch {
    return undefined;
  }
}

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

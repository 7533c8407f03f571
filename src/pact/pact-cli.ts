// The `pact` executable of `@pact-foundation/pact-cli` (the Rust CLI with `pact broker ...` and `pact verifier ...`):
// finding it and running it.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { SpikeKitError } from '../core/index.ts';
import type { BrokerOptions } from './broker-options.ts';
import { pactEnv } from './load-pact.ts';
import { runNode } from './run-node.ts';

/**
 * The path of the `pact` executable shipped by `@pact-foundation/pact-cli` (an optional peer dependency).
 *
 * @throws {SpikeKitError} `OPTIONAL_DEPENDENCY_MISSING` when the package or its platform binary is missing.
 * @example
 * ```ts
 * spawnSync(process.execPath, [pactCliPath(), 'broker', 'publish', 'pacts', ...]);
 * ```
 */
export function pactCliPath(): string {
  const require = createRequire(import.meta.url);
  try {
    const manifest = require.resolve('@pact-foundation/pact-cli/package.json');
    return join(dirname(manifest), 'bin', 'pact.js');
  } catch (error) {
    throw new SpikeKitError(
      'OPTIONAL_DEPENDENCY_MISSING',
      `Broker commands need @pact-foundation/pact-cli (>= 18): npm install --save-dev @pact-foundation/pact-cli.`,
      { dependency: '@pact-foundation/pact-cli' },
      { cause: error },
    );
  }
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
  return runNode([pactCliPath(), ...args], { env, cwd: options.cwd ?? process.cwd() }).then((run) => ({
    code: run.code ?? 1,
    stdout: run.stdout,
    stderr: run.stderr,
  }));
}

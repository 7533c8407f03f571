// Runs the built `spike-webhook-kit` executable (dist/cli.mjs) as a user would: a child process of the Node that runs
// the tests, with its own environment and optional bytes on stdin. Build first: `npx tsdown --logLevel warn`.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { type NodeRun, runNode } from '../../src/pact/run-node.ts';

export const root = new URL('../../', import.meta.url).pathname;
export const cliPath = join(root, 'dist/cli.mjs');

/** What a run printed and how it ended. */
export type CliRun = NodeRun;

/** The environment of every run: only what Node needs, no colour variables unless a test adds them. */
export function baseEnv(extra: Record<string, string> = {}): Record<string, string> {
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp' };
  return { ...env, ...extra };
}

/** Runs `node dist/cli.mjs ...args`; resolves when it exits (killed after 20 s). */
export function runCli(
  args: readonly string[],
  options: { env?: Record<string, string>; input?: string | Uint8Array; cwd?: string } = {},
): Promise<CliRun> {
  if (!existsSync(cliPath))
    throw new Error(`${cliPath} is missing: build first (npx tsdown --logLevel warn).`);
  return runNode([cliPath, ...args], {
    env: (options.env ?? baseEnv()) as NodeJS.ProcessEnv,
    cwd: options.cwd ?? root,
    ...(options.input === undefined ? {} : { input: options.input }),
    timeoutMs: 20_000,
  });
}

// Runs the built `spike-webhook-kit` executable (dist/cli.mjs) as a user would: a child process of the Node that runs
// the tests, with its own environment and optional bytes on stdin. Build first: `npx tsdown --logLevel warn`.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const root = new URL('../../', import.meta.url).pathname;
export const cliPath = join(root, 'dist/cli.mjs');

/** What a run printed and how it ended. */
export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

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
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cliPath, ...args], {
      env: (options.env ?? baseEnv()) as NodeJS.ProcessEnv,
      cwd: options.cwd ?? root,
      stdio: ['pipe', 'pipe', 'pipe'],
      timeout: 20_000,
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
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });
}

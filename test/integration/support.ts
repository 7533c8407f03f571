import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The package root (where package.json and dist/ live). */
export const root = new URL('../../', import.meta.url).pathname;

/**
 * Writes `source` as a module inside the package (so `spike-webhook-kit` resolves to the BUILT package through
 * the exports map, exactly as in a user's project) and runs it with the pinned Node.
 */
export async function runAsUser(
  name: string,
  source: string,
  options: { args?: string[]; env?: Record<string, string> } = {},
): Promise<{ stdout: string; stderr: string }> {
  const dir = join(root, 'test/.tmp');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, name);
  writeFileSync(file, source);
  return run(process.execPath, [...(options.args ?? []), file], {
    cwd: root,
    env: { ...process.env, PACT_DO_NOT_TRACK: 'true', ...options.env },
    maxBuffer: 16 * 1024 * 1024,
  });
}

/** The package.json `exports` subpaths, e.g. `['.', './profiles', ...]`. */
export async function exportedSubpaths(): Promise<string[]> {
  const { default: pkg } = (await import(join(root, 'package.json'), { with: { type: 'json' } })) as {
    default: { exports: Record<string, unknown> };
  };
  return Object.keys(pkg.exports).filter((key) => key !== './package.json');
}

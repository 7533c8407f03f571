// Every ```sh block of docs/cli.md runs as written, with bash, in a scratch folder where `spike-webhook-kit` is the
// built executable (dist/cli.mjs) on PATH, and must exit 0. Illustrative blocks (they need your endpoint) are ```text.
import { execFile } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliPath, root } from './run-cli.ts';

const exec = promisify(execFile);
const doc = readFileSync(join(root, 'docs/cli.md'), 'utf8');
const blocks = [...doc.matchAll(/^```(\w+)\n([\s\S]*?)^```$/gm)].map((match) => ({
  language: match[1] as string,
  code: match[2] as string,
  line: doc.slice(0, match.index).split('\n').length,
}));
const shell = blocks.filter((block) => block.language === 'sh');
// The README's own command-line section runs the same way.
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const readmeSection = readme.slice(
  readme.indexOf('\n## Command line\n'),
  readme.indexOf('\n## ', readme.indexOf('\n## Command line\n') + 1),
);
const readmeShell = [...readmeSection.matchAll(/^```sh\n([\s\S]*?)^```$/gm)].map(
  (match) => match[1] as string,
);

let bin: string;
beforeAll(() => {
  bin = mkdtempSync(join(tmpdir(), 'spike-cli-bin-'));
  const shim = join(bin, 'spike-webhook-kit');
  writeFileSync(shim, `#!/bin/sh\nexec "${process.execPath}" "${cliPath}" "$@"\n`);
  chmodSync(shim, 0o755);
});
afterAll(() => rmSync(bin, { recursive: true, force: true }));

describe('docs/cli.md', () => {
  it('has runnable sh blocks, and marks every other block as text', () => {
    expect(shell.length).toBeGreaterThanOrEqual(3);
    expect(readmeShell).toHaveLength(1);
    expect(blocks.filter((block) => block.language !== 'sh' && block.language !== 'text')).toEqual([]);
  });

  it.each([
    ...shell.map((block) => [`docs/cli.md:${block.line}`, block.code] as const),
    ...readmeShell.map((code, index) => [`README.md Command line #${index + 1}`, code] as const),
  ])('runs the sh block at %s', async (_where, code) => {
    const cwd = mkdtempSync(join(tmpdir(), 'spike-cli-doc-'));
    try {
      const { stdout } = await exec('bash', ['-euo', 'pipefail', '-c', code], {
        cwd,
        env: { PATH: `${bin}:${process.env.PATH ?? ''}`, HOME: cwd, PACT_DO_NOT_TRACK: 'true' } as Record<
          string,
          string
        > as NodeJS.ProcessEnv,
        timeout: 40_000,
      });
      expect(stdout).not.toContain('\u001b[');
    } finally {
      rmSync(cwd, { recursive: true, force: true });
    }
  });
});

// What the docs tests share: the Markdown files a user reads, their fenced blocks, and the package as npm packs it.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

export const exec = promisify(execFile);

/** The package root (where package.json, README.md and dist/ live). */
export const root = new URL('../../', import.meta.url).pathname;

/** The Markdown files that ship with the package, relative to the root: README.md and docs/*.md. */
export const docFiles: string[] = [
  'README.md',
  ...readdirSync(join(root, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => `docs/${name}`),
];

/** One fenced code block of a Markdown file. */
export interface Block {
  /** The file, relative to the root. */
  file: string;
  /** 1-based line of the opening fence. */
  line: number;
  /** The language, e.g. `ts`. */
  language: string;
  /** The rest of the info string, e.g. `no-run` in ```` ```ts no-run ````. */
  flags: string[];
  code: string;
}

/** Every fenced block of `file`, in order. */
export function blocksOf(file: string): Block[] {
  const lines = readFileSync(join(root, file), 'utf8').split('\n');
  const blocks: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(\S+)(.*)$/.exec(lines[i] ?? '');
    if (!open) continue;
    const end = lines.findIndex((text, j) => j > i && text === '```');
    if (end < 0) throw new Error(`${file}:${i + 1}: a code fence that is never closed`);
    blocks.push({
      file,
      line: i + 1,
      language: open[1] ?? '',
      flags: (open[2] ?? '').trim().split(/\s+/).filter(Boolean),
      code: `${lines.slice(i + 1, end).join('\n')}\n`,
    });
    i = end;
  }
  return blocks;
}

const npm = process.env.npm_execpath
  ? { file: process.execPath, args: [process.env.npm_execpath] }
  : { file: 'npm', args: [] as string[] };

/** Runs npm in the package root (the npm that runs `npm test`, else the one on PATH). */
function runNpm(args: string[]): Promise<{ stdout: string; stderr: string }> {
  return exec(npm.file, [...npm.args, ...args], {
    cwd: root,
    env: { ...process.env, npm_config_update_notifier: 'false', npm_config_fund: 'false' },
    maxBuffer: 16 * 1024 * 1024,
  });
}

/** The files `npm pack` would put in the tarball (paths relative to the package root). */
export async function packedFiles(): Promise<string[]> {
  const { stdout } = await runNpm(['pack', '--dry-run', '--json', '--ignore-scripts']);
  const [report] = JSON.parse(stdout) as [{ files: { path: string }[] }];
  return report.files.map((file) => file.path);
}

/**
 * Packs the package as it is (the `dist/` that `npm test` just built: `--ignore-scripts`, so prepack does not build
 * again) and installs the tarball in a scratch project under the OS temp dir, without the network: the tarball is
 * extracted into `node_modules/spike-webhook-kit`, and every other package (its dependencies, the optional peers,
 * express ...) is a symlink into the repository's node_modules. Returns the scratch project's directory.
 */
export async function installPackedPackage(): Promise<string> {
  const project = mkdtempSync(join(tmpdir(), 'spike-kit-docs-'));
  const { stdout } = await runNpm(['pack', '--json', '--ignore-scripts', '--pack-destination', project]);
  const [report] = JSON.parse(stdout) as [{ filename: string }];
  const modules = join(project, 'node_modules');
  const installed = join(modules, 'spike-webhook-kit');
  mkdirSync(installed, { recursive: true });
  await exec('tar', ['-xzf', join(project, report.filename), '-C', installed, '--strip-components=1']);
  for (const name of readdirSync(join(root, 'node_modules'))) {
    if (name === 'spike-webhook-kit' || name.startsWith('.')) continue;
    symlinkSync(join(root, 'node_modules', name), join(modules, name));
  }
  writeFileSync(
    join(project, 'package.json'),
    JSON.stringify({ name: 'docs-snippets', private: true, type: 'module' }, null, 2),
  );
  return project;
}

// Every ```ts block of README.md and docs/*.md runs as written, the way a user's project would run it: from the
// packed tarball installed in a scratch project under the OS temp dir (see installPackedPackage), with the pinned
// Node 24. A block that is a vitest test file (it imports `it`/`test` from vitest) runs under vitest there; any other
// runs as a script. Output comments are checked: `console.log(x); // -> text` (and the `//` lines right below it)
// must appear in the block's output, in order.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Block, blocksOf, docFiles, exec, installPackedPackage } from './support.ts';

/**
 * Blocks that cannot run, marked ```` ```ts no-run ````, each with the reason: a distinctive piece of the block's
 * code -> why. Keep this list very short: prefer a complete, honest example.
 */
const noRun: Record<string, string> = {};

/**
 * Blocks that show behaviour being changed in src/ right now, and fail until that change lands: a distinctive piece of
 * the block's code -> why, and the error it fails with today. Any other failure, or a run that passes, fails this
 * test (then move the block out of here).
 */
const pending: Record<string, { reason: string; error: RegExp }> = {};

/** How many snippets run at once (each in its own Node process). */
const PARALLEL = 3;

const blocks = docFiles.flatMap(blocksOf).filter((block) => block.language === 'ts');
const name = (block: Block) => `${block.file}:${block.line}`;
const matching = (table: Record<string, unknown>, block: Block) =>
  Object.keys(table).filter((piece) => block.code.includes(piece));

/** The texts a block promises in its output: `// -> text` and the comment lines that continue it. */
function promisedOutput(code: string): string[] {
  const promised: string[] = [];
  let continuing = false;
  for (const line of code.split('\n')) {
    const arrow = /\/\/ -> (.*)$/.exec(line);
    if (arrow) promised.push((arrow[1] ?? '').trim());
    else if (continuing && /^\s*\/\/ /.test(line)) promised.push(line.replace(/^\s*\/\//, '').trim());
    else {
      continuing = false;
      continue;
    }
    continuing = true;
  }
  return promised.map((text) => text.replace(/\s*(…|\.\.\.)$/, '')).filter(Boolean);
}

let project: string;
let slots = PARALLEL;
const waiting: (() => void)[] = [];
async function limited<T>(work: () => Promise<T>): Promise<T> {
  while (slots === 0) await new Promise<void>((resolve) => waiting.push(resolve));
  slots--;
  try {
    return await work();
  } finally {
    slots++;
    waiting.shift()?.();
  }
}

/** Runs a block in its own directory of the scratch project; resolves with its output, rejects when it fails. */
function run(block: Block, index: number): Promise<string> {
  const dir = join(project, `snippet-${index}`);
  mkdirSync(dir, { recursive: true });
  const isTest = /\bfrom 'vitest'/.test(block.code) && /^\s*(it|test|describe)\(/m.test(block.code);
  const file = join(dir, isTest ? 'snippet.test.ts' : 'snippet.ts');
  writeFileSync(file, block.code);
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' };
  for (const key of Object.keys(env)) if (key.startsWith('VITEST') || key === 'NODE_OPTIONS') delete env[key];
  const args = isTest ? [join(project, 'node_modules/vitest/vitest.mjs'), 'run', '--root', dir] : [file];
  return limited(async () => {
    const { stdout } = await exec(process.execPath, args, {
      cwd: dir,
      env: { ...env, PACT_DO_NOT_TRACK: 'true' },
      timeout: 50_000,
      maxBuffer: 16 * 1024 * 1024,
    }).catch((error: Error & { stdout?: string; stderr?: string }) => {
      throw new Error(`${name(block)} failed:\n${error.stderr ?? ''}\n${error.stdout ?? ''}`.slice(0, 6000));
    });
    return stdout;
  });
}

describe('the ts blocks of README.md and docs/*.md', () => {
  beforeAll(async () => {
    project = await installPackedPackage();
  });
  afterAll(() => {
    if (project) rmSync(project, { recursive: true, force: true });
  });

  it('are all run, unless marked no-run with a reason here', () => {
    expect(blocks.length).toBeGreaterThan(10);
    for (const block of blocks) {
      const reasons = matching(noRun, block);
      if (block.flags.includes('no-run'))
        expect(reasons, `${name(block)} is no-run: say why`).toHaveLength(1);
      else expect(reasons, `${name(block)} is listed as no-run but runs`).toEqual([]);
    }
    for (const table of [noRun, pending]) {
      for (const piece of Object.keys(table)) {
        expect(
          blocks.filter((b) => b.code.includes(piece)),
          `exactly one block has ${piece}`,
        ).toHaveLength(1);
      }
    }
  });

  blocks.forEach((block, index) => {
    if (block.flags.includes('no-run')) return;
    const known = pending[matching(pending, block)[0] ?? ''];
    it.concurrent(`${name(block)} runs as written${known ? ` (pending: ${known.reason})` : ''}`, async () => {
      if (known) return void (await expect(run(block, index)).rejects.toThrow(known.error));
      const stdout = await run(block, index);
      let from = 0;
      for (const text of promisedOutput(block.code)) {
        const at = stdout.indexOf(text, from);
        expect(
          at,
          `${name(block)} promises '${text}' in its output:\n${stdout.slice(from, from + 3000)}`,
        ).toBeGreaterThan(-1);
        from = at + text.length;
      }
    }, 60_000);
  });
});

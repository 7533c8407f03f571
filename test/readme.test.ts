// The README is part of the product: its two set-up commands must be real scripts, and its quick start must run,
// as written, against the BUILT package (the way a user's project imports it).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runAsUser } from './integration/support.ts';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  scripts: Record<string, string>;
};

/** The first fenced block of `language` after `heading`. */
function block(heading: string, language: string): string {
  const at = readme.indexOf(`\n## ${heading}\n`);
  expect(at, `README has a '## ${heading}' section`).toBeGreaterThan(-1);
  const open = readme.indexOf(`\`\`\`${language}\n`, at);
  const close = readme.indexOf('\n```', open + 1);
  return readme.slice(open + language.length + 4, close + 1);
}

describe('README', () => {
  it('starts with the two set-up commands, and both name real scripts', () => {
    const [first, second] = readme.slice(readme.indexOf('```sh\n') + 6).split('\n');
    expect(first).toMatch(/^npm ci && npm run demo\b/);
    expect(second).toMatch(/^npm test\b/);
    expect(pkg.scripts.demo).toContain('dist/cli.mjs demo');
    expect(pkg.scripts.test).toContain('vitest run');
    expect(readFileSync(new URL('../.ci/run', import.meta.url), 'utf8')).toMatch(/\nnpm test\n/);
  });

  it('has a quick start of at most 15 lines that runs as written', async () => {
    const code = block('Quick start', 'ts');
    expect(code.trimEnd().split('\n').length).toBeLessThanOrEqual(15);
    expect(code).toContain("from 'spike-webhook-kit'");
    const { stdout } = await runAsUser('readme-quick-start.ts', code);
    const [verified, outcome] = stdout.split('\n');
    expect(verified).toBe('{ ok: true, secretIndex: 0 }');
    // What the comment in the README promises: delivered on the third attempt, after a 500 and a 30 s timeout.
    expect(outcome).toBe('delivered [ 0, 60000, 390000 ]');
    expect(stdout).toMatch(/delivered at 6m30s, attempt 3/);
    expect(stdout).toMatch(/1 +0s +- +500 +http-error/);
  });
});

import { execFile } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { exportedSubpaths, root, runAsUser } from './support.ts';

const exec = promisify(execFile);

describe('the built package, used as a dependency', () => {
  it('resolves every exports subpath to built JavaScript and declarations', async () => {
    const subpaths = await exportedSubpaths();
    expect(subpaths).toContain('.');
    const specifiers = subpaths.map((s) =>
      s === '.' ? 'spike-webhook-kit' : `spike-webhook-kit/${s.slice(2)}`,
    );
    const { stdout } = await runAsUser(
      'exports.mjs',
      // spike-webhook-kit/jest registers on Jest's global expect: a stand-in records what it registers.
      `const out = {};
const extended = [];
globalThis.expect = { extend: (m) => extended.push(...Object.keys(m)) };
for (const s of ${JSON.stringify(specifiers)}) out[s] = Object.keys(await import(s)).length;
console.log(JSON.stringify({ out, extended }));`,
    );
    const { out: counts, extended } = JSON.parse(stdout) as {
      out: Record<string, number>;
      extended: string[];
    };
    const missing = (
      await runAsUser(
        'jest-without-expect.mjs',
        `try { await import('spike-webhook-kit/jest'); } catch (error) { console.log(error.code); }`,
      )
    ).stdout.trim();
    for (const specifier of specifiers) expect(counts[specifier], specifier).toBeGreaterThan(0);
    // Without Jest's expect it says so with a code; with one it registers the simulator's matchers.
    expect(missing).toBe('OPTIONAL_DEPENDENCY_MISSING');
    expect(extended).toContain('toHaveBeenProcessedOnce');
    type Files = { types?: string; default?: string };
    const { default: pkg } = (await import(join(root, 'package.json'), { with: { type: 'json' } })) as {
      default: { exports: Record<string, string | Files | { import: Files; require: Files }> };
    };
    for (const [subpath, target] of Object.entries(pkg.exports)) {
      if (typeof target === 'string') continue;
      // A subpath with a CommonJS build (receive) lists both conditions, each with its own files.
      const conditions =
        'import' in target ? { import: target.import, require: target.require } : { import: target };
      for (const [condition, files] of Object.entries(conditions)) {
        expect(existsSync(join(root, files.types!)), `${subpath} ${condition} types`).toBe(true);
        expect(existsSync(join(root, files.default!)), `${subpath} ${condition} js`).toBe(true);
      }
    }
  });

  it('loads neither msw, pact, supertest nor vitest on import: not even /msw and /pact until used', async () => {
    const core = [
      'spike-webhook-kit',
      'spike-webhook-kit/profiles',
      'spike-webhook-kit/signing',
      'spike-webhook-kit/generators',
      'spike-webhook-kit/schemas',
      'spike-webhook-kit/delivery',
      'spike-webhook-kit/simulator',
      'spike-webhook-kit/msw',
      'spike-webhook-kit/pact',
    ];
    const { stdout } = await runAsUser(
      'no-optional-peers.mjs',
      `import { registerHooks } from 'node:module';
const seen = [];
registerHooks({ resolve(specifier, context, next) { const r = next(specifier, context); seen.push(r.url); return r; } });
for (const s of ${JSON.stringify(core)}) await import(s);
console.log(JSON.stringify(seen));`,
    );
    const urls = JSON.parse(stdout) as string[];
    expect(urls.some((u) => u.includes('/dist/index.mjs'))).toBe(true);
    for (const peer of [
      '/node_modules/msw/',
      '/node_modules/@pact-foundation/',
      '/node_modules/supertest/',
      '/node_modules/vitest/',
    ]) {
      expect(urls.filter((u) => u.includes(peer))).toEqual([]);
    }
  });

  // The API's types are tested in test/types/*.test-d.ts (against src/). What only the BUILT declarations can get
  // wrong stays here: every subpath's dist/*.d.mts resolves from a consumer (nodenext), the literal types survive
  // bundling, and `import 'spike-webhook-kit/vitest'` alone types the matchers.
  it('type-checks user code against the published declarations', async () => {
    const specifiers = (await exportedSubpaths()).map((s) =>
      s === '.' ? 'spike-webhook-kit' : `spike-webhook-kit/${s.slice(2)}`,
    );
    const file = join(root, 'test/.tmp/types-user.ts');
    writeFileSync(
      file,
      `${specifiers.map((s, i) => `import * as subpath${i} from '${s}';`).join('\n')}
import { expect } from 'vitest';
import 'spike-webhook-kit/vitest';
import { buildDelivery, generate, type SimulationResult } from 'spike-webhook-kit';
void [${specifiers.map((_, i) => `subpath${i}`).join(', ')}];
// @ts-expect-error an unknown profile id is a type error
buildDelivery('spike-sms', {}, {});
const rating: 1 | 2 | 3 | 4 | 5 | '1' | '2' | '3' | '4' | '5' = generate('spike-forms', { kind: 'feedback' }).data.rating;
void rating;
export function check(result: SimulationResult): void {
  expect(result).toHaveBeenDeliveredAfter('1m');
  // @ts-expect-error the matchers are typed: toHaveAttempts takes a number
  expect(result).toHaveAttempts('three');
}
`,
    );
    const config = join(root, 'test/.tmp/tsconfig.user.json');
    writeFileSync(
      config,
      JSON.stringify({
        compilerOptions: {
          noEmit: true,
          strict: true,
          exactOptionalPropertyTypes: true,
          module: 'nodenext',
          moduleResolution: 'nodenext',
          target: 'es2023',
          // A Node project: no DOM lib. fetch, Request, Response and Headers come from @types/node.
          lib: ['es2023'],
          skipLibCheck: true,
          types: ['node'],
          typeRoots: [join(root, 'node_modules/@types')],
        },
        files: [file],
      }),
    );
    const tsc = join(root, 'node_modules/typescript/bin/tsc');
    const result = await exec(process.execPath, [tsc, '-p', config], { cwd: root }).catch(
      (error: { stdout: string }) => ({ stdout: error.stdout, failed: true }),
    );
    expect(result.stdout).toBe('');
  });
});

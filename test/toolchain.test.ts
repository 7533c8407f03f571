import { readdirSync, readFileSync } from 'node:fs';
import { matchesGlob } from 'node:path';
import { describe, expect, it } from 'vitest';
import vitestConfig from '../vitest.config.ts';

describe('toolchain', () => {
  it('runs on Node >= 22.12 (the supported floor)', () => {
    const [major, minor] = process.versions.node.split('.').map(Number) as [number, number];
    expect(major > 22 || (major === 22 && minor >= 12)).toBe(true);
  });

  it('runs on the Node pinned by the `node` devDependency, not the machine Node', () => {
    const pinned = JSON.parse(
      readFileSync(new URL('../node_modules/node/package.json', import.meta.url), 'utf8'),
    ) as {
      version: string;
    };
    expect(process.version).toBe(`v${pinned.version}`);
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
      engines: { node: string };
    };
    expect(pkg.engines.node).toBe('>=22.12');
  });

  it('type-checks the type tests (test/types/*.test-d.ts) with tsc, and never runs them as runtime tests', () => {
    const typeTests = readdirSync(new URL('types/', import.meta.url)).filter((f) => f.endsWith('.test-d.ts'));
    expect(typeTests.length).toBeGreaterThan(0);
    const tsconfig = JSON.parse(readFileSync(new URL('../tsconfig.json', import.meta.url), 'utf8')) as {
      include: string[];
    };
    expect(tsconfig.include).toContain('test');
    const include = vitestConfig.test?.include ?? [];
    expect(include.length).toBeGreaterThan(0);
    for (const file of typeTests) {
      expect(include.filter((glob) => matchesGlob(`test/types/${file}`, glob))).toEqual([]);
    }
  });
});

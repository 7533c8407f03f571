import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

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
});

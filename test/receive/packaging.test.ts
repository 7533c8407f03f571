// spike-webhook-kit/receive is what a production server loads: only node:crypto and the schemas (zod), never faker,
// msw, pact or vitest. Read from the built dist/ (npm test builds it first), following every static import.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dist = join(import.meta.dirname, '../../dist');

/** Every bare specifier the file imports, following its relative imports (comments, which hold examples, skipped). */
function externalsOf(entry: string): { files: Set<string>; externals: Set<string>; code: string } {
  const files = new Set<string>();
  const externals = new Set<string>();
  let all = '';
  const walk = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    const code = readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => !/^\s*(\*|\/\/|\/\*)/.test(line))
      .join('\n');
    all += code;
    for (const m of code.matchAll(/(?:^|[;\s])(?:import|export)\s*(?:[^'"]*?\sfrom\s*)?["']([^"']+)["']/g)) {
      const spec = m[1] as string;
      if (spec.startsWith('.')) walk(join(dirname(file), spec));
      else externals.add(spec);
    }
    for (const m of code.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g)) externals.add(m[1] as string);
    for (const m of code.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)) {
      const spec = m[1] as string;
      if (spec.startsWith('.')) walk(join(dirname(file), spec));
      else externals.add(spec);
    }
  };
  walk(join(dist, entry));
  return { files, externals, code: all };
}

describe('spike-webhook-kit/receive is production-safe', () => {
  const optional = ['@faker-js/faker', 'msw', '@pact-foundation', 'vitest', 'supertest'];

  it('loads node:crypto and zod only, and names no optional or generator package anywhere', () => {
    const { files, externals, code } = externalsOf('receive.mjs');
    expect(files.size).toBeGreaterThan(1);
    expect([...externals].sort()).toEqual(['node:crypto', 'zod']);
    expect(
      optional.filter(
        (name) => code.includes(`'${name}`) || code.includes(`"${name}`) || code.includes(`\`${name}`),
      ),
    ).toEqual([]);
  });

  it('the check can fail: the root entry reaches faker (loaded by name at run time)', () => {
    const { code } = externalsOf('index.mjs');
    expect(code.includes('`@faker-js/faker')).toBe(true);
  });

  it('the CommonJS build too: receive.cjs requires node:crypto and zod only, never the bundled faker', () => {
    const { files, externals, code } = externalsOf('receive.cjs');
    expect(files.size).toBeGreaterThan(1);
    expect([...externals].sort()).toEqual(['node:crypto', 'zod']);
    expect(code).not.toMatch(/rawDefinitions|faker/i);
    // ... while the root entry's closure holds Faker's locale data (the check reads what it claims to).
    expect(externalsOf('index.cjs').code).toMatch(/rawDefinitions/);
  });
});

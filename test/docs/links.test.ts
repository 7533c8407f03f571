// The README and the docs ship in the package (npm shows them on the package page, and they sit in
// node_modules/spike-webhook-kit): every relative link in them must resolve to a file in the tarball, and every
// #anchor to a heading. Anything else (DEVELOPERS.md, the tests) is linked by URL.
import { readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { docFiles, packedFiles, root } from './support.ts';

/** The anchor GitHub (and npm) give a heading: lower case, punctuation dropped, spaces to hyphens. */
function slug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/`/g, '')
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

function anchorsOf(file: string): Set<string> {
  const text = readFileSync(join(root, file), 'utf8').replace(/^```[\s\S]*?^```$/gm, '');
  return new Set([...text.matchAll(/^#{1,6} (.+)$/gm)].map((match) => slug(match[1] ?? '')));
}

/** The link targets of a Markdown file, outside code blocks and code spans. */
function linksOf(file: string): string[] {
  const text = readFileSync(join(root, file), 'utf8')
    .replace(/^```[\s\S]*?^```$/gm, '')
    .replace(/`[^`\n]*`/g, '');
  return [...text.matchAll(/\]\(([^)\s]+)\)/g)].map((match) => match[1] ?? '');
}

let packed: Set<string>;
beforeAll(async () => {
  packed = new Set(await packedFiles());
});

describe('the package npm packs', () => {
  it('ships the built code, the README, the docs, the license and the CI workflow they tell you to copy', () => {
    for (const file of [
      'package.json',
      'README.md',
      'LICENSE',
      'dist/index.mjs',
      'dist/index.d.mts',
      'dist/pact-bin.mjs',
      'examples/ci/spike-contracts.yml',
      ...docFiles,
    ]) {
      expect(packed.has(file), file).toBe(true);
    }
    expect([...packed].filter((file) => /^(src|test|scripts|bench)\//.test(file))).toEqual([]);
  });

  it('builds before packing, and says where it comes from', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Record<string, unknown> & {
      scripts: Record<string, string>;
    };
    expect(pkg.scripts.prepack).toMatch(/^tsdown\b/);
    for (const key of ['repository', 'homepage', 'bugs', 'keywords', 'license'])
      expect(pkg[key], key).toBeTruthy();
  });

  it.each(docFiles)('every relative link and #anchor in %s resolves in the tarball', (file) => {
    const links = linksOf(file);
    expect(links.length, `${file} has links`).toBeGreaterThan(0);
    for (const link of links) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(link)) {
        expect(link, `${file}: an absolute link is https`).toMatch(/^(https|mailto):/);
        continue;
      }
      const [path = '', anchor] = link.split('#');
      const target = path === '' ? file : normalize(join(dirname(file), path)).replace(/\/$/, '');
      const isFile = packed.has(target);
      const isFolder = [...packed].some((f) => f.startsWith(`${target}/`));
      expect(isFile || isFolder, `${file} links to ${link}, which is not in the package`).toBe(true);
      if (anchor !== undefined) {
        expect(isFile && target.endsWith('.md'), `${file}: #${anchor} points into a Markdown file`).toBe(
          true,
        );
        expect(anchorsOf(target).has(anchor), `${file} links to ${link}: no such heading in ${target}`).toBe(
          true,
        );
      }
    }
  });
});

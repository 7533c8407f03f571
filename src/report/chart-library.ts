// The chart library the report inlines: Chart.js's UMD build, read from the installed `chart.js` package (a
// dependency of the kit) at render time, so the HTML file needs no network.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { SpikeKitError } from '../core/index.ts';

let cached: string | undefined;

/**
 * The source of Chart.js's UMD build (it defines the global `Chart`), safe to put inside a `<script>` element.
 * `chart.js`'s `exports` map does not export its `package.json`, so the package folder is found from its main entry.
 *
 * @throws {SpikeKitError} `OPTIONAL_DEPENDENCY_MISSING` when `chart.js` (v4) cannot be found.
 * @example
 * ```ts
 * const html = `<script>${chartLibrary()}</script>`;
 * ```
 * @internal
 */
export function chartLibrary(): string {
  if (cached !== undefined) return cached;
  const file = join(packageFolder(), 'dist', 'chart.umd.min.js');
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch (error) {
    throw missing(`its UMD build ${file} cannot be read`, error);
  }
  // Nothing in the library may close the script element or open an HTML comment inside it.
  cached = source.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
  return cached;
}

function packageFolder(): string {
  let entry: string;
  try {
    entry = createRequire(import.meta.url).resolve('chart.js');
  } catch (error) {
    throw missing('it is not installed', error);
  }
  for (let dir = dirname(entry); dir !== dirname(dir); dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (!existsSync(manifest)) continue;
    try {
      const { name } = JSON.parse(readFileSync(manifest, 'utf8')) as { name?: unknown };
      if (name === 'chart.js') return dir;
    } catch {
      // a package.json that does not parse is not chart.js's: keep walking up
    }
  }
  throw missing(`no package.json named chart.js above ${entry}`, undefined);
}

function missing(why: string, cause: unknown): SpikeKitError {
  return new SpikeKitError(
    'OPTIONAL_DEPENDENCY_MISSING',
    `The HTML report inlines Chart.js, but ${why}: reinstall the kit's dependencies (npm install; chart.js 4 is one of them).`,
    { dependency: 'chart.js' },
    cause === undefined ? undefined : { cause },
  );
}

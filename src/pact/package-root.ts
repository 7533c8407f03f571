// The installed spike-webhook-kit package: where it is (its canonical pacts ship there) and its version.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SpikeKitError } from '../core/index.ts';

let root: string | undefined;

/** The installed package's root (where `contracts/pacts` ships), found from this module's location. */
export function packageRoot(): string {
  if (root !== undefined) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) {
      try {
        if ((JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'spike-webhook-kit') {
          root = dir;
          return dir;
        }
      } catch {
        // not ours: keep walking up
      }
    }
    const parent = dirname(dir);
    if (parent === dir) {
      throw new SpikeKitError(
        'PACT_FAILED',
        'Cannot find the spike-webhook-kit package root to read its contracts.',
        {},
      );
    }
    dir = parent;
  }
}

/**
 * The version spike-webhook-kit publishes under when it stands in for Spike at a broker (`verifyMessages` results,
 * canonical HTTP pacts): `spike-webhook-kit@<package version>`.
 *
 * @example
 * ```ts
 * kitVersion(); // 'spike-webhook-kit@0.1.0'
 * ```
 */
export function kitVersion(): string {
  const manifest = JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as {
    version?: string;
  };
  return `spike-webhook-kit@${manifest.version ?? '0.0.0'}`;
}

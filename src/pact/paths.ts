import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SpikeKitError } from '../core/index.ts';
import type { Profile } from '../profiles/index.ts';
import { pactNames } from './names.ts';

/** The two framings of the kit's contracts. */
export type Framing = 'messages' | 'http';

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

/**
 * The directory of the canonical pacts of one framing: `contracts/pacts/<framing>`.
 *
 * @example
 * ```ts
 * readdirSync(canonicalPactDir('http')); // ['spike-forms-spike-webhook-receiver.json', …]
 * ```
 */
export function canonicalPactDir(framing: Framing): string {
  return join(packageRoot(), 'contracts', 'pacts', framing);
}

/**
 * The pact file name Pact writes for a consumer and provider.
 *
 * @example
 * ```ts
 * pactFileName('sleep-service', 'spike-health-v2'); // 'sleep-service-spike-health-v2.json'
 * ```
 */
export function pactFileName(consumer: string, provider: string): string {
  return `${consumer}-${provider}.json`;
}

/**
 * The canonical pact file of a profile, shipped with the package: the message pact (the receiver consumes Spike's
 * messages) or the HTTP pact (Spike's sender calls the receiver's endpoint).
 *
 * @example
 * ```ts
 * canonicalPactFile(profiles['spike-health-v3'], 'http');
 * // …/contracts/pacts/http/spike-health-v3-spike-webhook-receiver.json
 * ```
 */
export function canonicalPactFile(profile: Profile, framing: Framing): string {
  const file =
    framing === 'messages'
      ? pactFileName(pactNames.receiver, profile.id)
      : pactFileName(profile.id, pactNames.receiver);
  return join(canonicalPactDir(framing), file);
}

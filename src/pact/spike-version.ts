// "Spike's version" at a broker: a stable hash of what the kit knows Spike sends for one profile.
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getProfile, type Profile, type ProfileRef, profiles } from '../profiles/index.ts';
import { canonicalPactFile, canonicalPolicyPactFile, type Framing } from './canonical-pact-files.ts';

const framings: readonly Framing[] = ['messages', 'http'];

/** The facts of a pact file: everything but `metadata` (which names the Pact library versions that wrote it). */
function facts(file: string): string {
  const { metadata: _metadata, ...rest } = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  return JSON.stringify(rest);
}

/**
 * The version the kit publishes under when it stands in for Spike at a broker: `verifyMessages` results (provider
 * `<profile id>`), the canonical HTTP contract (consumer `<profile id>`) and the kit-policy one (consumer
 * `<profile id>-kit-policy`). It is `facts-<12 hex>`, a sha256 of the profile's canonical message, HTTP and
 * kit-policy contracts (without their metadata), so it changes exactly when what the
 * kit says Spike sends changes: upgrading the kit without such a change keeps the version, and can-i-deploy keeps
 * treating the Spike recorded as deployed as the one verified; and the broker never sees changed content under a
 * version it already has (which it refuses). Custom profiles hash the contracts generated for them.
 *
 * @example
 * ```ts
 * const version = await spikeVersion('spike-health-v3'); // 'facts-…', the same on every kit release with these facts
 * ```
 */
export async function spikeVersion(ref: ProfileRef | string): Promise<string> {
  const profile = getProfile(ref);
  const hash = createHash('sha256').update(profile.id);
  const builtIn = (profiles as Readonly<Record<string, Profile>>)[profile.id] === profile;
  // The kit-policy pact is published under this version too, so its facts are part of it.
  const shipped = builtIn
    ? [...framings.map((f) => canonicalPactFile(profile, f)), canonicalPolicyPactFile(profile)]
    : [];
  if (shipped.length > 0 && shipped.every((file) => existsSync(file))) {
    for (const file of shipped) hash.update('\n').update(facts(file));
  } else {
    const { writeProfileContracts } = await import('./write-profile-contracts.ts');
    const dir = mkdtempSync(join(tmpdir(), 'spike-version-'));
    try {
      // In the order of the shipped files: messages, Spike's HTTP contract, the kit policy.
      const written = await writeProfileContracts(profile, { framings, dir });
      for (const { file } of written) hash.update('\n').update(facts(file));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return `facts-${hash.digest('hex').slice(0, 12)}`;
}

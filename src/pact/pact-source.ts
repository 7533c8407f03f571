import { existsSync } from 'node:fs';
import { invalid, SpikeKitError } from '../core/index.ts';
import { type Profile, profiles } from '../profiles/index.ts';
import { type BrokerVerificationOptions, verifierBrokerOptions } from './broker-verification.ts';
import { canonicalPactFile, type Framing } from './canonical-pact-files.ts';

/**
 * Where the pacts come from: given URLs, a broker, or the canonical contract of a built-in profile (generated into
 * a temp directory for a custom profile).
 */
export async function pactSource(
  profile: Profile,
  framing: Framing,
  provider: string,
  pactUrls: readonly string[] | undefined,
  broker: BrokerVerificationOptions | true | undefined,
): Promise<Record<string, unknown>> {
  if (pactUrls !== undefined && broker !== undefined) {
    throw new SpikeKitError('INVALID_OPTION', 'Pass either pactUrls or broker, not both.', {});
  }
  if (pactUrls !== undefined) {
    if (pactUrls.length === 0) {
      throw invalid('INVALID_OPTION', "'pactUrls'", 'at least one pact file or URL', pactUrls, {
        details: { option: 'pactUrls' },
      });
    }
    return { provider, pactUrls: [...pactUrls] };
  }
  if (broker !== undefined) return verifierBrokerOptions(provider, broker === true ? {} : broker);
  const builtIn = (profiles as Readonly<Record<string, Profile>>)[profile.id] === profile;
  const file = builtIn ? canonicalPactFile(profile, framing) : undefined;
  if (file !== undefined && existsSync(file)) return { provider, pactUrls: [file] };
  const { writeProfileContracts } = await import('./write-profile-contracts.ts');
  const written = await writeProfileContracts(profile, { framings: [framing] });
  return { provider, pactUrls: written.map((w) => w.file) };
}

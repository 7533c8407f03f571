// The canonical Pact contracts of spike-webhook-kit: for every built-in Spike dialect, what Spike documents, in both
// framings. `npm run contracts` writes them to contracts/pacts/; `npm run contracts:check` fails when the checked-in
// files drift from these definitions. The interactions themselves are data built by src/pact (one per event kind,
// bodies derived from the zod schemas and seeded generator samples, field rules in src/schemas/contract-facts.ts).
import { join } from 'node:path';
import type { Framing } from '../src/pact/canonical-pact-files.ts';
import { contractDefaults } from '../src/pact/contract-defaults.ts';
import { pactNames } from '../src/pact/pact-names.ts';
import { type WrittenPact, writeProfileContracts } from '../src/pact/write-profile-contracts.ts';
import { type ProfileId, profileIds } from '../src/profiles/index.ts';

/** One canonical contract file: a profile in one framing. */
interface CanonicalContract {
  readonly profile: ProfileId;
  readonly framing: Framing;
  /**
   * - `messages`: the receiving application (`spike-webhook-receiver`) consumes the messages Spike (the profile)
   *   provides; one interaction per event kind.
   * - `http`: Spike's sender (the profile) is the consumer of the receiver's endpoint, because it makes the request:
   *   realistic signed deliveries (full items, a v3 batch, non-ASCII text and decimals, an unknown event kind, a
   *   duplicate) expecting the success status. Beside it, the kit-policy pact (consumer `<profile>-kit-policy`):
   *   the rotated secret, and two bad signatures expecting a 4xx, which Spike does not promise.
   */
  readonly describes: string;
}

/** Every canonical contract, in a stable order. */
const canonicalContracts: readonly CanonicalContract[] = profileIds.flatMap((profile) => [
  {
    profile,
    framing: 'messages' as const,
    describes: `${pactNames.receiver} consumes the messages ${profile} sends`,
  },
  {
    profile,
    framing: 'http' as const,
    describes: `${profile}'s sender calls the ${pactNames.receiver} endpoint`,
  },
]);

/** The generation settings of the canonical contracts: fixed seed and reference date, so output is reproducible. */
const canonicalSettings = {
  seed: contractDefaults.seed,
  refDate: contractDefaults.refDate,
  samples: contractDefaults.samples,
} as const;

/** Writes every canonical contract under `dir` (`<dir>/messages`, `<dir>/http`). */
export async function writeCanonicalContracts(dir: string): Promise<WrittenPact[]> {
  const written: WrittenPact[] = [];
  for (const profile of profileIds) {
    const framings = canonicalContracts.filter((c) => c.profile === profile).map((c) => c.framing);
    written.push(...(await writeProfileContracts(profile, { dir, framings, ...canonicalSettings })));
  }
  return written;
}

/** Where the canonical pact files are checked in. */
export const canonicalPactRoot = join(import.meta.dirname, 'pacts');

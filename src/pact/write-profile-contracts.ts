import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SpikeKitError } from '../core/index.ts';
import { getProfile, type ProfileRef } from '../profiles/index.ts';
import { contractFacts } from '../schemas/contract-facts.ts';
import type { Framing } from './canonical-pact-files.ts';
import type { ContractOptions } from './contract-defaults.ts';
import { httpInteractions } from './http-interactions.ts';
import { messageInteractions } from './message-interactions.ts';
import { pactNames } from './pact-names.ts';
import { writeHttpPact, writeMessagePact } from './pact-writer.ts';

/** Where a pact was written. */
export interface WrittenPact {
  readonly framing: Framing;
  readonly file: string;
  readonly interactions: number;
}

/** Options of {@link writeProfileContracts}. */
export interface WriteProfileContractsOptions extends ContractOptions {
  /** Root directory; pacts go to `<dir>/messages` and `<dir>/http`. Default: a new temp directory. */
  readonly dir?: string;
  /** Default both. */
  readonly framings?: readonly Framing[];
  /** The receiving application's name. Default `'spike-webhook-receiver'`. */
  readonly receiver?: string;
}

/**
 * Writes the canonical contracts of one profile (built-in or made with `defineProfile`): the message pact
 * (receiver consumes, Spike provides) and the HTTP pact (Spike's sender consumes the receiver's endpoint). Message
 * examples are checked against the family's schema as they are written.
 *
 * @example
 * ```ts
 * const written = await writeProfileContracts('spike-forms', { dir: 'pacts' });
 * ```
 */
export async function writeProfileContracts(
  profileRef: ProfileRef,
  options: WriteProfileContractsOptions = {},
): Promise<WrittenPact[]> {
  const profile = getProfile(profileRef);
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), 'spike-pacts-'));
  const receiver = options.receiver ?? pactNames.receiver;
  const framings = options.framings ?? ['messages', 'http'];
  const written: WrittenPact[] = [];
  if (framings.includes('messages')) {
    const interactions = messageInteractions(profile, options);
    const schemaFor = contractFacts[profile.payload].schemaFor;
    const file = await writeMessagePact(
      { consumer: receiver, provider: profile.id, dir: join(dir, 'messages') },
      interactions,
      (message, interaction) => {
        const kind = interaction.states[0]?.params?.kind as string;
        const result = schemaFor(kind).safeParse(message);
        if (!result.success) {
          throw new SpikeKitError(
            'PACT_FAILED',
            `The example of '${interaction.description}' is not a valid ${profile.id} payload: ${result.error.message}`,
            { profile: profile.id, kind },
          );
        }
      },
    );
    written.push({ framing: 'messages', file, interactions: interactions.length });
  }
  if (framings.includes('http')) {
    const interactions = httpInteractions(profile, options);
    const file = await writeHttpPact(
      { consumer: profile.id, provider: receiver, dir: join(dir, 'http') },
      interactions,
    );
    written.push({ framing: 'http', file, interactions: interactions.length });
  }
  return written;
}

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
import { policyInteractions } from './policy-interactions.ts';

/** Where a pact was written. */
export interface WrittenPact {
  readonly framing: Framing;
  /** The pact's consumer: the receiver (messages), the profile (HTTP), or the profile's kit-policy consumer. */
  readonly consumer: string;
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
  /**
   * Also write the kit-policy HTTP pact (consumer `<profile>-kit-policy`: bad signatures rejected, rotation
   * accepted), beside Spike's. Default true.
   */
  readonly policy?: boolean;
}

/**
 * Writes the canonical contracts of one profile (built-in or made with `defineProfile`): the message pact
 * (receiver consumes, Spike provides), the HTTP pact (Spike's sender consumes the receiver's endpoint) and the
 * kit-policy HTTP pact (consumer `<profile>-kit-policy`: what the kit asks beyond Spike's documentation). Message
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
    written.push({ framing: 'messages', consumer: receiver, file, interactions: interactions.length });
  }
  if (framings.includes('http')) {
    const contracts = [{ consumer: profile.id, interactions: httpInteractions(profile, options) }];
    if (options.policy !== false) {
      const consumer = pactNames.policyConsumer(profile.id);
      contracts.push({ consumer, interactions: policyInteractions(profile, options) });
    }
    for (const { consumer, interactions } of contracts) {
      const file = await writeHttpPact(
        { consumer, provider: receiver, dir: join(dir, 'http') },
        interactions,
      );
      written.push({ framing: 'http', consumer, file, interactions: interactions.length });
    }
  }
  return written;
}

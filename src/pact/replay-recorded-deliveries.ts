// Recorded deliveries replayed through consumer message pacts with Pact's own matching: Pact's verifier asks a
// provider for each interaction's message, and this provider answers with a recorded body of the interaction's kind.

import type { Profile } from '../profiles/index.ts';
import { anyKindOperationId } from '../schemas/asyncapi-document.ts';
import { SOURCE_TIMEOUT_MS } from './fetch-pact-source.ts';
import { isRecord } from './json-values.ts';
import { checkPactInstalled } from './load-pact.ts';
import { pactSource } from './pact-source.ts';
import { type MessageRequest, resolveMessageRequest } from './produce-message.ts';
import { type InteractionOutcome, parseVerifierOutput } from './verification-report.ts';
import { runVerifier } from './verifier-process.ts';

/** A recorded body to replay: its position in the capture, its kind (if the schemas tell) and its JSON. */
export interface ReplayedBody {
  readonly index: number;
  readonly kind: string | undefined;
  readonly body: unknown;
}

/** What the replay found: per delivery, the pact problems; and what it could not check. */
export interface PactReplay {
  /** Keyed by delivery index: one line per pact problem (empty or absent when the pacts accept the delivery). */
  readonly problems: ReadonlyMap<number, readonly string[]>;
  readonly notices: readonly string[];
}

/** The kind of a pact interaction: its AsyncAPI reference, else its states' `params.kind` or a kind it names. */
function interactionKind(profile: Profile, interaction: Record<string, unknown>): string | undefined {
  const comments = isRecord(interaction.comments) ? interaction.comments : {};
  const references = isRecord(comments.references) ? comments.references : {};
  const asyncApi = isRecord(references.AsyncAPI) ? references.AsyncAPI : {};
  const prefix = `${anyKindOperationId}_`;
  if (typeof asyncApi.operationId === 'string' && asyncApi.operationId.startsWith(prefix))
    return asyncApi.operationId.slice(prefix.length);
  try {
    return resolveMessageRequest(profile, interaction as unknown as MessageRequest).kind;
  } catch {
    return undefined;
  }
}

const tag = (description: string, index: number) => `${description} [recorded delivery ${index}]`;
const untag = (description: string) => {
  const match = /^(.*) \[recorded delivery (\d+)\]$/s.exec(description);
  return match === null ? undefined : { description: match[1] as string, index: Number(match[2]) };
};

/**
 * Replays each recorded body through every message interaction of its kind in the consumer pacts, with Pact's
 * verifier (its matching rules, as in a provider verification): a delivery is described by the pacts when one
 * interaction of its kind accepts it; otherwise its problems name the closest interaction and Pact's mismatches
 * (path and what differs).
 *
 * @throws {SpikeKitError} what `pactSource` throws for a missing or malformed pact; `OPTIONAL_DEPENDENCY_MISSING`
 *   without Pact.
 */
export async function replayThroughPacts(
  profile: Profile,
  pactUrls: readonly string[],
  bodies: readonly ReplayedBody[],
): Promise<PactReplay> {
  const notices: string[] = [];
  const byKind = new Map<string, ReplayedBody[]>();
  for (const body of bodies) {
    if (body.kind === undefined) continue;
    byKind.set(body.kind, [...(byKind.get(body.kind) ?? []), body]);
  }
  const untyped = bodies.filter((b) => b.kind === undefined).map((b) => b.index);
  if (untyped.length > 0)
    notices.push(
      `deliveries ${untyped.join(', ')} were not replayed through the pacts: their kind is unknown (see their schema problems)`,
    );
  const covered = new Map<number, number>();
  let unkinded = 0;
  const source = await pactSource({
    profile,
    framing: 'messages',
    provider: profile.id,
    pactUrls,
    broker: undefined,
    timeoutMs: SOURCE_TIMEOUT_MS,
    expand: (interaction) => {
      if (interaction.type !== undefined && interaction.type !== 'Asynchronous/Messages') return [];
      const kind = interactionKind(profile, interaction);
      if (kind === undefined || typeof interaction.description !== 'string') {
        unkinded++;
        return [];
      }
      const { pending: _pending, key: _key, ...rest } = interaction;
      return (byKind.get(kind) ?? []).map((body) => {
        covered.set(body.index, (covered.get(body.index) ?? 0) + 1);
        return { ...rest, description: tag(interaction.description as string, body.index) };
      });
    },
  });
  try {
    if (unkinded > 0)
      notices.push(
        `${unkinded} message interaction${unkinded === 1 ? '' : 's'} of the pacts name${unkinded === 1 ? 's' : ''} no ${profile.id} kind (no AsyncAPI reference, no state params { kind }): not replayed`,
      );
    const uncovered = bodies.filter((b) => b.kind !== undefined && !covered.has(b.index));
    for (const [kind, list] of groupBy(uncovered)) {
      notices.push(
        `no interaction of the pacts expects '${kind}' (deliveries ${list.join(', ')}): the consumer does not consume them`,
      );
    }
    if (covered.size === 0) return { problems: new Map(), notices };
    checkPactInstalled();
    const bodyOf = new Map(bodies.map((b) => [b.index, b.body]));
    let raw: unknown;
    try {
      raw = (
        await runVerifier({
          config: { ...source.verifier, logLevel: 'error' },
          onMessage: (description) => bodyOf.get(untag(description)?.index ?? -1),
        })
      ).output;
    } catch (error) {
      raw = error;
    }
    const report = parseVerifierOutput(raw);
    if (report === undefined) throw raw;
    return { problems: problemsOf(report.interactions), notices };
  } finally {
    source.cleanup();
  }
}

function groupBy(bodies: readonly ReplayedBody[]): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  for (const b of bodies) groups.set(b.kind as string, [...(groups.get(b.kind as string) ?? []), b.index]);
  return groups;
}

/** Per delivery: nothing when one interaction accepted it, else the closest interaction's mismatches. */
function problemsOf(outcomes: readonly InteractionOutcome[]): Map<number, string[]> {
  const byDelivery = new Map<number, { description: string; outcome: InteractionOutcome }[]>();
  for (const outcome of outcomes) {
    const tagged = untag(outcome.description);
    if (tagged === undefined) continue;
    byDelivery.set(tagged.index, [
      ...(byDelivery.get(tagged.index) ?? []),
      { description: tagged.description, outcome },
    ]);
  }
  const problems = new Map<number, string[]>();
  for (const [index, tried] of byDelivery) {
    if (tried.some((t) => t.outcome.ok)) continue;
    const closest = [...tried].sort((a, b) => a.outcome.mismatches.length - b.outcome.mismatches.length)[0];
    if (closest === undefined) continue;
    const of = tried.length === 1 ? '' : ` (closest of ${tried.length} interactions of its kind)`;
    const mismatches = closest.outcome.mismatches.length > 0 ? closest.outcome.mismatches : ['did not match'];
    problems.set(
      index,
      mismatches.map((m) => `${closest.outcome.consumer}: '${closest.description}'${of}: ${m}`),
    );
  }
  return problems;
}

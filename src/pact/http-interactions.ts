import { kindsOf } from '../../generators/index.ts';
import { type DedupRule, getProfile, type ProfileRef } from '../profiles/index.ts';
import { awkwardTextOverrides } from './awkward-text-overrides.ts';
import { type ContractOptions, contractDefaults } from './contract-defaults.ts';
import { successStatus } from './contract-success.ts';
import { fullEventBody } from './full-event-body.ts';
import { type HttpInteraction, httpRequest, signatureComment } from './http-request.ts';
import { httpDescriptions, sampleVariant } from './interaction-descriptions.ts';
import { endpointStates } from './provider-states.ts';
import { batchBody, type RequestBody, unknownKindBody } from './realistic-bodies.ts';

export type { HttpInteraction } from './http-request.ts';

/**
 * Seed offsets of the bodies beyond one per kind: far apart and from the per-kind samples, so that each replay is
 * an event no other replay sends (a deduplicating receiver sees a duplicate only where the contract means one).
 */
export const contractSeedOffsets = {
  batch: 100,
  duplicate: 200,
  awkwardText: 300,
  unknownKind: 400,
  policy: 500,
} as const;

/**
 * The canonical HTTP interactions of a profile, what Spike's documentation says a delivery is (the consumer is
 * Spike's sender): a signed POST per event kind with full generated items, and, expecting the same success status,
 * a batch of several users' events of mixed types (array bodies), a body with non-ASCII text and decimals (so the
 * re-signed bytes differ from a re-serialisation), an event kind Spike does not document yet (a receiver must accept
 * and ignore it, or Spike retries it), and the same event delivered twice (retries mean duplicates: both must
 * succeed). A narrower unconfirmed success rule is a pending interaction of its own. What the kit asks beyond
 * Spike's documentation (bad signatures, rotation) is in {@link policyInteractions}' contract.
 *
 * @example
 * ```ts
 * httpInteractions('spike-health-v3').length; // 7: 3 event types, a batch, an unknown kind, one event twice
 * ```
 */
export function httpInteractions(profileRef: ProfileRef, options: ContractOptions = {}): HttpInteraction[] {
  const profile = getProfile(profileRef);
  const success = successStatus(profile);
  const kinds = kindsOf(profile) as readonly string[];
  const firstKind = kinds[0] as string;
  const seed = options.seed ?? contractDefaults.seed;
  const at = (offset: number): ContractOptions => ({ ...options, seed: seed + offset });
  const signed = (description: string, body: RequestBody, comments: readonly string[]): HttpInteraction => ({
    description,
    states: [{ name: endpointStates.secretConfigured, params: { signature: 'valid' } }],
    request: httpRequest(profile, body, 'valid'),
    status: success.status,
    comments: [...success.comments, ...comments, ...signatureComment(profile)],
    pending: false,
  });
  const interactions: HttpInteraction[] = [];
  let first: RequestBody | undefined;
  for (const kind of kinds) {
    const body = fullEventBody(profile, kind, options);
    first ??= body;
    interactions.push(
      signed(httpDescriptions.signed(profile, kind, sampleVariant(body.samples[0])), body, [
        'The body carries every field of a generated event, each typed by the schema.',
      ]),
    );
  }
  if (success.assumed !== undefined && first !== undefined) {
    interactions.push({
      description: httpDescriptions.assumedStatus(profile),
      states: [{ name: endpointStates.secretConfigured, params: { signature: 'valid' } }],
      request: httpRequest(profile, first, 'valid'),
      status: success.assumed.status,
      comments: [...success.assumed.comments, ...signatureComment(profile)],
      pending: true,
    });
  }
  if (profile.body.shape === 'array') {
    interactions.push(
      signed(httpDescriptions.batch(profile), batchBody(profile, kinds, at(contractSeedOffsets.batch)), [
        `${profile.id} may batch several users' events in one delivery: the array contains one event of each type, each of another user (Pact's arrayContains: in any order, beside any others). Process every item, not the first.`,
      ]),
    );
  }
  const text = awkwardTextOverrides[profile.payload];
  if (text !== undefined && kinds.includes(text.kind)) {
    const body = fullEventBody(profile, text.kind, {
      ...at(contractSeedOffsets.awkwardText),
      overrides: text.overrides,
    });
    interactions.push(
      signed(httpDescriptions.awkwardText(profile), body, [
        `Non-ASCII text and decimals in ${text.where}: replayed as written awkwardly (\\u escapes, padded decimals), the signed bytes differ from JSON.stringify(JSON.parse(body)).`,
      ]),
    );
  }
  interactions.push(
    signed(
      httpDescriptions.unknownKind(profile),
      unknownKindBody(profile, firstKind, at(contractSeedOffsets.unknownKind)),
      [
        `An event kind Spike does not document yet, matched by type only: accept it with the success status and ignore what you do not know, or Spike retries it until it gives up.`,
      ],
    ),
  );
  const again = fullEventBody(profile, firstKind, at(contractSeedOffsets.duplicate));
  for (const attempt of [1, 2] as const) {
    interactions.push(
      signed(httpDescriptions.duplicate(profile, attempt), again, [
        `Spike retries a delivery it did not see succeed, so the same event arrives again (dedup key: ${dedupKey(profile.dedup)}). Both deliveries must get the success status: a receiver that answers 409 or 500 to a duplicate is retried until Spike gives up.`,
      ]),
    );
  }
  return interactions;
}

/** A dedup rule in words, for comments. */
function dedupKey(rule: DedupRule): string {
  if (rule.kind === 'field') return rule.path.join('.');
  if (rule.kind === 'tuple') return `the tuple of ${rule.fields.join(', ')}`;
  return `the ${rule.algorithm} of the raw body`;
}

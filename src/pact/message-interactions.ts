import { kindsOf } from '../../generators/index.ts';
import { getProfile, type ProfileRef } from '../profiles/index.ts';
import type { ContractOptions } from './contract-defaults.ts';
import { type EventBody, eventBody } from './event-body.ts';
import { messageDescription, sampleVariant } from './interaction-descriptions.ts';
import type { PactTemplate } from './pact-json-matchers.ts';
import { eventState, type PactState } from './provider-states.ts';

/** One message interaction as data (the receiver consumes it; Spike provides it). */
export interface MessageInteraction {
  readonly description: string;
  readonly states: readonly PactState[];
  readonly body: PactTemplate;
  readonly comments: readonly string[];
  readonly pending: boolean;
}

/**
 * The canonical message interactions of a profile: one per event kind, each under the state
 * `Spike sends an event of kind '<kind>'` (params `{ kind }`), its body from {@link eventBody}.
 *
 * @example
 * ```ts
 * messageInteractions('spike-health-v2').length; // 13: one per data_type
 * ```
 */
export function messageInteractions(
  profileRef: ProfileRef,
  options: ContractOptions = {},
): MessageInteraction[] {
  const profile = getProfile(profileRef);
  return (kindsOf(profile) as readonly string[]).map((kind) => {
    const body = eventBody(profile, kind, options);
    return {
      description: messageDescription(profile, kind, sampleVariant(body.samples[0])),
      states: [{ name: eventState(kind), params: { kind } }],
      body: body.template,
      comments: unpinnedComment(body.unpinned),
      pending: profile.provenance.body === 'unconfirmed',
    };
  });
}

function unpinnedComment(unpinned: EventBody['unpinned']): string[] {
  const byReason = new Map<string, string[]>();
  for (const { path, why } of unpinned) byReason.set(why, [...(byReason.get(why) ?? []), path]);
  return [...byReason].map(([why, paths]) => `Not pinned (${why}): ${paths.join(', ')}.`);
}

import { join } from 'node:path';
import type { Profile } from '../profiles/index.ts';
import { packageRoot } from './package-root.ts';
import { pactNames } from './pact-names.ts';

/** The two framings of the kit's contracts. */
export type Framing = 'messages' | 'http';

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
 * The canonical pact file of a profile, shipped with the package in `contracts/pacts/<framing>`: the message pact
 * (the receiver consumes Spike's messages) or the HTTP pact (Spike's sender calls the receiver's endpoint).
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
  return join(packageRoot(), 'contracts', 'pacts', framing, file);
}

/**
 * The canonical kit-policy HTTP pact of a profile (consumer `<profile>-kit-policy`), beside its HTTP pact: bad
 * signatures rejected, the rotated secret accepted. Kit policy, not Spike's promise.
 *
 * @example
 * ```ts
 * canonicalPolicyPactFile(profiles['spike-forms']);
 * // …/contracts/pacts/http/spike-forms-kit-policy-spike-webhook-receiver.json
 * ```
 */
export function canonicalPolicyPactFile(profile: Profile): string {
  const file = pactFileName(pactNames.policyConsumer(profile.id), pactNames.receiver);
  return join(packageRoot(), 'contracts', 'pacts', 'http', file);
}

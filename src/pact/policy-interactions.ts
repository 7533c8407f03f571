import { kindsOf } from '../../generators/index.ts';
import { getProfile, type ProfileRef } from '../profiles/index.ts';
import { type ContractOptions, contractDefaults } from './contract-defaults.ts';
import { successStatus } from './contract-success.ts';
import { fullEventBody } from './full-event-body.ts';
import { contractSeedOffsets } from './http-interactions.ts';
import { type HttpInteraction, httpRequest } from './http-request.ts';
import { httpDescriptions } from './interaction-descriptions.ts';
import { MATCHER_KEY } from './pact-json-matchers.ts';
import { endpointStates } from './provider-states.ts';

/** The comment every kit-policy interaction starts with. */
const POLICY =
  '[kit policy] Not a promise of Spike: what spike-webhook-kit asks of a receiver (consumer <profile>-kit-policy).';

/**
 * The kit-policy HTTP interactions of a profile, the contract of the consumer `pactNames.policyConsumer(profile)`:
 * Spike documents how it signs, not what a receiver does with a bad signature, nor rotations. The kit asks that a
 * delivery signed with another secret and an unsigned one are rejected with a 4xx, and that one signed with the
 * rotated secret is accepted (state `the webhook secret was rotated`; `verifyEndpoint` skips it, saying so, when no
 * `rotatedSecret` is given).
 *
 * @example
 * ```ts
 * policyInteractions('spike-health-v3').map((i) => i.description);
 * // rotated secret, another secret, without a X-Body-Signature header
 * ```
 */
export function policyInteractions(profileRef: ProfileRef, options: ContractOptions = {}): HttpInteraction[] {
  const profile = getProfile(profileRef);
  const success = successStatus(profile);
  const clientError = { [MATCHER_KEY]: 'statusCode', status: 'clientError', value: 401 };
  const kind = (kindsOf(profile) as readonly string[])[0] as string;
  const seed = (options.seed ?? contractDefaults.seed) + contractSeedOffsets.policy;
  const first = fullEventBody(profile, kind, { ...options, seed });
  const policy = POLICY.replace('<profile>', profile.id);
  return [
    {
      description: httpDescriptions.rotated(profile),
      states: [{ name: endpointStates.secretRotated, params: { signature: 'valid' } }],
      request: httpRequest(profile, first, 'valid'),
      status: success.status,
      comments: [
        policy,
        ...success.comments,
        'After a rotation the endpoint must accept deliveries signed with the new secret (verifyEndpoint signs this replay with rotatedSecret, and skips it, with a notice, when none is given).',
      ],
      pending: false,
    },
    {
      description: httpDescriptions.wrongSecret(profile),
      states: [{ name: endpointStates.secretConfigured, params: { signature: 'wrong-secret' } }],
      request: httpRequest(profile, first, 'wrong-secret'),
      status: clientError,
      comments: [
        policy,
        `A forged delivery: signed with the key '${contractDefaults.wrongSecret}', not the webhook secret (verifyEndpoint re-signs the replay with that key). The endpoint must reject it with a 4xx before processing it.`,
      ],
      pending: false,
    },
    {
      description: httpDescriptions.missing(profile),
      states: [{ name: endpointStates.secretConfigured, params: { signature: 'missing' } }],
      request: httpRequest(profile, first, 'missing'),
      status: clientError,
      comments: [
        policy,
        `An unsigned delivery to an endpoint that has a secret: reject it with a 4xx${profile.signature.required === 'when-secret-set' ? ' (Spike only omits the header for forms without a secret)' : ''}.`,
      ],
      pending: false,
    },
  ];
}

import type { Profile } from '../profiles/index.ts';

/**
 * Pacticipant names, provider states and descriptions of the kit's contracts. Spike's side of every contract is
 * named after the profile id (`spike-health-v3` ...): it is the **provider** of the messages a receiving application
 * consumes, and the **consumer** of the receiving endpoint, because Spike's sender makes the HTTP request.
 *
 * @example
 * ```ts
 * pactNames.receiver; // 'spike-webhook-receiver'
 * ```
 */
export const pactNames = {
  /** The receiving application in the kit's canonical contracts. Teams use their own name in theirs. */
  receiver: 'spike-webhook-receiver',
  /** The path of the example request in HTTP contracts (matched by `^/`; Spike calls whatever URL you set). */
  examplePath: '/webhooks/spike',
} as const;

/**
 * Provider states of the HTTP contracts (the endpoint is the provider). `verifyEndpoint` sets the signature of each
 * replayed request from the state's `signature` parameter, so a team's state handlers only need to act on
 * `secretRotated` (make the endpoint accept the new secret), if at all.
 *
 * @example
 * ```ts
 * const stateHandlers = { [endpointStates.secretRotated]: { setup: () => app.acceptSecrets([next, current]) } };
 * ```
 */
export const endpointStates = {
  /** The endpoint knows the webhook secret. Params: `{ signature: 'valid' | 'wrong-secret' | 'missing' }`. */
  secretConfigured: 'the webhook secret is configured',
  /** The secret was rotated: the delivery is signed with the new secret, which the endpoint must accept. */
  secretRotated: 'the webhook secret was rotated',
} as const;

/** How `verifyEndpoint` signs a replayed request, from the state's `signature` parameter. */
export type SignatureMode = 'valid' | 'wrong-secret' | 'missing';

/** Every {@link SignatureMode}. */
export const signatureModes: readonly SignatureMode[] = ['valid', 'wrong-secret', 'missing'];

/**
 * The provider state of a message interaction: Spike has an event of `kind` to send. Its params carry the kind, so
 * the kit's reference provider (`verifyMessages`) knows what to generate.
 *
 * @example
 * ```ts
 * eventState('sleep'); // "Spike sends an event of kind 'sleep'"
 * ```
 */
export function eventState(kind: string): string {
  return `Spike sends an event of kind '${kind}'`;
}

/** The description of a canonical message interaction. */
export function messageDescription(profile: Profile, kind: string, variant?: string): string {
  return `a ${profile.id} '${kind}' event${variant ? ` (${variant})` : ''}`;
}

/** Descriptions of the canonical HTTP interactions. */
export const httpDescriptions = {
  signed: (profile: Profile, kind: string, variant?: string) =>
    `a signed ${profile.id} delivery of a '${kind}' event${variant ? ` (${variant})` : ''}`,
  rotated: (profile: Profile) => `a ${profile.id} delivery signed with the rotated secret`,
  wrongSecret: (profile: Profile) => `a ${profile.id} delivery signed with another secret`,
  missing: (profile: Profile) => `a ${profile.id} delivery without a ${profile.signature.header} header`,
} as const;

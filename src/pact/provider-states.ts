/** A provider state with parameters. */
export interface PactState {
  readonly name: string;
  readonly params?: Readonly<Record<string, unknown>>;
}

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

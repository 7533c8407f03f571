/**
 * Pacticipant names of the kit's contracts. Spike's side of every contract is named after the profile id
 * (`spike-health-v3` ...): it is the **provider** of the messages a receiving application consumes, and the
 * **consumer** of the receiving endpoint, because Spike's sender makes the HTTP request.
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

/**
 * Pacticipant names of the kit's contracts. Spike's side of every contract is named after the profile id
 * (`spike-health-v3` ...): it is the **provider** of the messages a receiving application consumes, and the
 * **consumer** of the receiving endpoint, because Spike's sender makes the HTTP request.
 *
 * @example
 * ```ts
 * pactNames.receiver; // 'spike-webhook-receiver'
 * pactNames.policyConsumer('spike-forms'); // 'spike-forms-kit-policy'
 * ```
 */
export const pactNames = {
  /** The receiving application in the kit's canonical contracts. Teams use their own name in theirs. */
  receiver: 'spike-webhook-receiver',
  /**
   * The consumer of a profile's kit-policy HTTP contract (`spike-health-v3-kit-policy`): what the kit asks of a
   * receiver beyond what Spike documents (reject a forged or unsigned delivery, accept the rotated secret). Spike
   * promises none of it, so it is a pacticipant of its own, not Spike's sender.
   */
  policyConsumer: (profileId: string): string => `${profileId}-kit-policy`,
  /** The path of the example request in HTTP contracts (matched by `^/`; Spike calls whatever URL you set). */
  examplePath: '/webhooks/spike',
} as const;

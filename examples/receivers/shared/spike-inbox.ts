// What every recipe does with a received delivery, written once: one receiver per Spike dialect, deduplicated on the
// profile's key, answering the status Spike counts as delivered (exactly 200 for v3). In your app this is where you
// enqueue work; here it keeps what it processed so the tests can look.
import { isSpikeKitError, type ProfileId, profileIds, receive } from 'spike-webhook-kit';

/** What a recipe's app processed: each delivery's dedup key once, and every event kind in order. */
export interface SpikeInbox {
  readonly processed: string[];
  readonly kinds: string[];
}

/** The secrets of each dialect (your app reads them from its environment). */
export const secrets: Readonly<Record<ProfileId, string>> = {
  'spike-health-v2': 'whsec_v2_app_secret',
  'spike-health-v3': 'whsec_v3_signature_key',
  'spike-forms': 'whsec_forms_secret',
  'spike-forms-timestamped': 'whsec_forms_ts_secret',
};

/** The URL path of each dialect's webhook. */
export const paths: Readonly<Record<ProfileId, string>> = Object.fromEntries(
  profileIds.map((id) => [id, `/webhooks/${id}`]),
) as Record<ProfileId, string>;

/** A framework-neutral answer: the status, and a JSON body for errors. */
export interface InboxAnswer {
  readonly status: number;
  readonly body?: { readonly code: string; readonly message: string };
}

/**
 * Receives one delivery (raw body, headers) for a dialect: 200 once processed (or already processed: a retry or a
 * duplicate), 401 for a delivery that is not authentic, 400 for an authentic but invalid one or a body that is not
 * raw. Unknown event kinds are acknowledged.
 */
export function handleSpike(
  inbox: SpikeInbox,
  profile: ProfileId,
  headers: Record<string, string | string[] | undefined> | Headers,
  body: string | Uint8Array,
  now?: Date,
): InboxAnswer {
  try {
    const delivery = receive(
      profile,
      { headers, body },
      { secret: secrets[profile], ...(now ? { now } : {}) },
    );
    if (!inbox.processed.includes(delivery.dedupKey)) {
      inbox.processed.push(delivery.dedupKey);
      for (const event of delivery.events) inbox.kinds.push(event.kind);
    }
    return { status: 200 };
  } catch (error) {
    if (!isSpikeKitError(error)) throw error;
    return {
      status: error.code === 'SIGNATURE_INVALID' ? 401 : 400,
      body: { code: error.code, message: error.message },
    };
  }
}

/** A fresh inbox. */
export function createInbox(): SpikeInbox {
  return { processed: [], kinds: [] };
}

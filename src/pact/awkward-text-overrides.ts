import type { PayloadFamilyId } from '../profiles/index.ts';

/** A generator override that puts non-ASCII text and decimals into a body of `kind`. */
export interface AwkwardTextOverride {
  readonly kind: string;
  readonly overrides: unknown;
  /** Where the text and decimals sit, for the interaction's comment. */
  readonly where: string;
}

/**
 * Per payload family, where a real delivery carries non-ASCII text and decimals, so the replayed bytes differ from a
 * re-serialisation (`\u00eb` escapes, `0.920`): the HTTP contract's "non-ASCII text and decimals" interaction.
 * `undefined`: the family's documented fields hold neither (v3 events carry ids, slugs and timestamps only).
 *
 * @example
 * ```ts
 * awkwardTextOverrides['health-v2']?.where; // 'client_user_id (your own id of the user) and the sleep item's decimals'
 * ```
 */
export const awkwardTextOverrides: { readonly [F in PayloadFamilyId]: AwkwardTextOverride | undefined } = {
  // client_user_id is the receiver's own id, any string (spike-webhooks.md §2); sleep items carry decimals
  // (efficiency 0..1, temperature_delta, respiratory_rate).
  'health-v2': {
    kind: 'sleep',
    overrides: { client_user_id: 'zoë.müller-größe@example.de' },
    where: "client_user_id (your own id of the user) and the sleep item's decimals",
  },
  'health-v3': undefined,
  // Form fields are whatever the visitor typed: any keys, unicode and emoji (spike-webhooks.md §6).
  forms: {
    kind: 'feedback',
    overrides: { data: { comment: 'Très bien ! Ça marche — 5 étoiles 👍', score: 4.5 } },
    where: 'the submitted fields (data.comment, data.score)',
  },
  'forms-timestamped': {
    kind: 'feedback',
    overrides: { submission: { data: { comment: 'Très bien ! Ça marche — 5 étoiles 👍', score: 4.5 } } },
    where: 'the submitted fields (submission.data.comment, submission.data.score)',
  },
};

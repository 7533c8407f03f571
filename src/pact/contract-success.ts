import type { Profile } from '../profiles/index.ts';
import { MATCHER_KEY, type PactTemplate } from './pact-json-matchers.ts';

/**
 * How the contract states the profile's success rule: exactly 200 as a plain status; "any 2xx" as Pact's
 * status-code matcher of class `success` (200-299); other lists as a matcher of the listed codes. An `unconfirmed`
 * rule is not pinned: the interaction expects a status of class `success` (a genuine signed delivery must be
 * accepted, whatever exact status Spike counts) and is enforced, so a receiver that rejects genuine deliveries
 * fails; only a narrower assumed rule (exactly 200, a list) is written as a second, pending interaction.
 *
 * @example
 * ```ts
 * successStatus(profiles['spike-health-v3']).status; // 200
 * successStatus(profiles['spike-forms']).status; // { 'pact:matcher:type': 'statusCode', status: 'success', value: 200 }
 * ```
 */
export function successStatus(profile: Profile): {
  readonly status: number | PactTemplate;
  readonly comments: string[];
  /** The exact rule the kit assumes where Spike does not document one, as a pending interaction's status. */
  readonly assumed?: { readonly status: number | PactTemplate; readonly comments: string[] };
} {
  const stated = statedSuccess(profile);
  if (profile.provenance.success !== 'unconfirmed') return stated;
  const anySuccess = { [MATCHER_KEY]: 'statusCode', status: 'success', value: 200 };
  const comments = [
    `[policy] Spike does not document the success rule of ${profile.id}: the kit expects any 2xx for a genuine signed delivery (a receiver that rejects it fails), and pins nothing narrower.`,
  ];
  const narrower = JSON.stringify(stated.status) !== JSON.stringify(anySuccess);
  return {
    status: anySuccess,
    comments,
    ...(narrower
      ? {
          assumed: {
            status: stated.status,
            comments: [
              ...stated.comments,
              `[unconfirmed] This exact rule is the kit's assumption for ${profile.id}, so this interaction is pending (a failure is reported, never fatal).`,
            ],
          },
        }
      : {}),
  };
}

/** The profile's success rule as a status or status-code matcher, with the comment that says it. */
function statedSuccess(profile: Profile): {
  readonly status: number | PactTemplate;
  readonly comments: string[];
} {
  const ranges = profile.success;
  const only = ranges.length === 1 ? ranges[0] : undefined;
  if (only && only.from === only.to) {
    return {
      status: only.from,
      comments: [`${profile.id} counts exactly ${only.from} as delivered: any other status is a failure.`],
    };
  }
  if (only && only.from === 200 && only.to === 299) {
    return {
      status: { [MATCHER_KEY]: 'statusCode', status: 'success', value: 200 },
      comments: [
        `${profile.id} counts any 2xx as delivered (a status-code matcher of class success, 200-299).`,
      ],
    };
  }
  const codes = ranges.flatMap((r) => Array.from({ length: r.to - r.from + 1 }, (_, i) => r.from + i));
  return {
    status: { [MATCHER_KEY]: 'statusCode', status: codes, value: codes[0] },
    comments: [`${profile.id} counts these statuses as delivered: ${codes.join(', ')}.`],
  };
}

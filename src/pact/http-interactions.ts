import { kindsOf } from '../../generators/index.ts';
import { buildDelivery } from '../delivery/index.ts';
import { getProfile, type Profile, type ProfileRef } from '../profiles/index.ts';
import { type ContractOptions, contractDefaults } from './contract-defaults.ts';
import { type EventBody, eventBody } from './event-body.ts';
import { httpDescriptions, sampleVariant } from './interaction-descriptions.ts';
import { stableStringify } from './json-values.ts';
import { MATCHER_KEY, type PactTemplate, pactJsonMatchers } from './pact-json-matchers.ts';
import { pactNames } from './pact-names.ts';
import { endpointStates, type PactState, type SignatureMode } from './provider-states.ts';
import { escapeRegex } from './regex-syntax.ts';

/** One HTTP interaction as data (Spike's sender calls the receiver's endpoint). */
export interface HttpInteraction {
  readonly description: string;
  readonly states: readonly PactState[];
  readonly request: {
    readonly path: PactTemplate;
    readonly headers: Readonly<Record<string, PactTemplate>>;
    readonly body: PactTemplate;
    /** The concrete request the consumer side sends to Pact's mock server. */
    readonly example: {
      readonly path: string;
      readonly headers: Readonly<Record<string, string>>;
      readonly body: string;
    };
  };
  /** A status, or a status-code matcher (`{ "pact:matcher:type": "statusCode", status: 'success' | [codes] }`). */
  readonly status: number | PactTemplate;
  readonly comments: readonly string[];
  readonly pending: boolean;
}

/**
 * The canonical HTTP interactions of a profile: a signed POST per event kind expecting the profile's success
 * status, one signed with the rotated secret, and two negatives (signed with another secret; unsigned) expecting
 * a 4xx. States carry `{ signature }` so `verifyEndpoint` signs each replay accordingly.
 *
 * @example
 * ```ts
 * httpInteractions('spike-health-v3').length; // 6: 3 event types, the rotated secret, 2 bad signatures
 * ```
 */
export function httpInteractions(profileRef: ProfileRef, options: ContractOptions = {}): HttpInteraction[] {
  const profile = getProfile(profileRef);
  const success = successStatus(profile);
  const clientError = { [MATCHER_KEY]: 'statusCode', status: 'clientError', value: 401 };
  const kinds = kindsOf(profile) as readonly string[];
  const interactions: HttpInteraction[] = [];
  const bodies = new Map(kinds.map((kind) => [kind, eventBody(profile, kind, options)]));
  const first = bodies.get(kinds[0] as string) as EventBody;
  for (const kind of kinds) {
    const body = bodies.get(kind) as EventBody;
    interactions.push({
      description: httpDescriptions.signed(profile, kind, sampleVariant(body.samples[0])),
      states: [{ name: endpointStates.secretConfigured, params: { signature: 'valid' } }],
      request: httpRequest(profile, body, 'valid'),
      status: success.status,
      comments: [...success.comments, ...signatureComment(profile)],
      pending: false,
    });
  }
  if (success.assumed !== undefined) {
    interactions.push({
      description: httpDescriptions.assumedStatus(profile),
      states: [{ name: endpointStates.secretConfigured, params: { signature: 'valid' } }],
      request: httpRequest(profile, first, 'valid'),
      status: success.assumed.status,
      comments: [...success.assumed.comments, ...signatureComment(profile)],
      pending: true,
    });
  }
  interactions.push({
    description: httpDescriptions.rotated(profile),
    states: [{ name: endpointStates.secretRotated, params: { signature: 'valid' } }],
    request: httpRequest(profile, first, 'valid'),
    status: success.status,
    comments: [
      ...success.comments,
      'After a rotation Spike signs with the new secret: the endpoint must accept it (verifyEndpoint signs this replay with rotatedSecret).',
    ],
    pending: false,
  });
  interactions.push({
    description: httpDescriptions.wrongSecret(profile),
    states: [{ name: endpointStates.secretConfigured, params: { signature: 'wrong-secret' } }],
    request: httpRequest(profile, first, 'wrong-secret'),
    status: clientError,
    comments: [
      `A forged delivery: signed with the key '${contractDefaults.wrongSecret}', not the webhook secret (verifyEndpoint re-signs the replay with that key). The endpoint must reject it with a 4xx before processing it.`,
    ],
    pending: false,
  });
  interactions.push({
    description: httpDescriptions.missing(profile),
    states: [{ name: endpointStates.secretConfigured, params: { signature: 'missing' } }],
    request: httpRequest(profile, first, 'missing'),
    status: clientError,
    comments: [
      `An unsigned delivery to an endpoint that has a secret: reject it with a 4xx${profile.signature.required === 'when-secret-set' ? ' (Spike only omits the header for forms without a secret)' : ''}.`,
    ],
    pending: false,
  });
  return interactions;
}

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
function successStatus(profile: Profile): {
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

function signatureComment(profile: Profile): string[] {
  const spec = profile.signature;
  return [
    `${spec.header} is matched by its format (the example is an HMAC with the secret '${contractDefaults.exampleSecret}' over ${spec.signs}); verifyEndpoint re-signs every replayed request over the bytes it sends.`,
  ];
}

function httpRequest(profile: Profile, body: EventBody, mode: SignatureMode): HttpInteraction['request'] {
  const spec = profile.signature;
  const raw = stableStringify(body.example);
  const delivery = buildDelivery(profile, body.example, {
    secret: mode === 'wrong-secret' ? contractDefaults.wrongSecret : contractDefaults.exampleSecret,
    body: raw,
  });
  const exampleHeaders: Record<string, string> = { 'Content-Type': profile.body.contentType };
  const headers: Record<string, PactTemplate> = { 'Content-Type': profile.body.contentType };
  if (spec.timestampHeader !== undefined) {
    const stamp = delivery.headers[spec.timestampHeader] as string;
    exampleHeaders[spec.timestampHeader] = stamp;
    headers[spec.timestampHeader] = pactJsonMatchers.regex('^[0-9]{1,12}$', stamp);
  }
  if (mode !== 'missing') {
    const value = delivery.headers[spec.header] as string;
    exampleHeaders[spec.header] = value;
    headers[spec.header] = pactJsonMatchers.regex(signaturePattern(profile), value);
  }
  return {
    path: pactJsonMatchers.regex('^/.*$', pactNames.examplePath),
    headers,
    body: body.template,
    example: { path: pactNames.examplePath, headers: exampleHeaders, body: raw },
  };
}

/**
 * The regex of a profile's signature header value: an accepted prefix, then 64 lower-case hex digits.
 *
 * @example
 * ```ts
 * signaturePattern(profiles['spike-forms']); // '^(?:sha256=)[0-9a-f]{64}$'
 * ```
 */
export function signaturePattern(profile: Profile): string {
  const prefixes = [...new Set(profile.signature.acceptedPrefixes)];
  const hex = '[0-9a-f]{64}';
  if (prefixes.length === 1 && prefixes[0] === '') return `^${hex}$`;
  return `^(?:${prefixes.map((p) => escapeRegex(p)).join('|')})${hex}$`;
}

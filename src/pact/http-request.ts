import { buildDelivery } from '../delivery/index.ts';
import type { Profile } from '../profiles/index.ts';
import { contractDefaults } from './contract-defaults.ts';
import type { EventBody } from './event-body.ts';
import { stableStringify } from './json-values.ts';
import { type PactTemplate, pactJsonMatchers } from './pact-json-matchers.ts';
import { pactNames } from './pact-names.ts';
import type { PactState, SignatureMode } from './provider-states.ts';
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

/** The comment saying how an interaction's signature header is matched and re-signed. */
export function signatureComment(profile: Profile): string[] {
  const spec = profile.signature;
  return [
    `${spec.header} is matched by its format (the example is an HMAC with the secret '${contractDefaults.exampleSecret}' over ${spec.signs}); verifyEndpoint re-signs every replayed request over the bytes it sends.`,
  ];
}

/**
 * The request of an HTTP interaction: a POST of `body` with the profile's headers, signed (the example with
 * {@link contractDefaults}`.exampleSecret`, or `.wrongSecret`) or not, the signature matched by its format.
 */
export function httpRequest(
  profile: Profile,
  body: Pick<EventBody, 'template' | 'example'>,
  mode: SignatureMode,
): HttpInteraction['request'] {
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

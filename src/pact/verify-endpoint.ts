import type { BodyStyle } from '../delivery/index.ts';
import { getProfile, type ProfileRef } from '../profiles/index.ts';
import type { Bytes } from '../signing/index.ts';
import type { BrokerVerificationOptions } from './broker-verification.ts';
import { loadPact } from './load-pact.ts';
import { pactNames } from './pact-names.ts';
import { pactSource } from './pact-source.ts';
import { endpointStates } from './provider-states.ts';
import { Resigner } from './resigner.ts';
import { signingRequestFilter } from './signing-request-filter.ts';
import { endpointHints } from './verification-hints.ts';
import { parseVerifierOutput, type VerificationReport, verificationError } from './verification-report.ts';

/** A provider-state handler: a function run on setup, or `{ setup, teardown }`. */
export type StateHandler =
  | ((params?: Readonly<Record<string, unknown>>) => unknown)
  | {
      readonly setup?: (params?: Readonly<Record<string, unknown>>) => unknown;
      readonly teardown?: (params?: Readonly<Record<string, unknown>>) => unknown;
    };

/** Options of {@link verifyEndpoint}. */
export interface VerifyEndpointOptions {
  /** The dialect the endpoint receives. */
  readonly profile: ProfileRef;
  /** Where the endpoint runs, e.g. `http://127.0.0.1:3000`. */
  readonly baseUrl: string;
  /** The endpoint's path; replayed requests are sent there. Default: the contract's example path. */
  readonly path?: string;
  /** The webhook secret the endpoint is configured with (requests are re-signed with it). */
  readonly secret: Bytes;
  /**
   * The new secret after a rotation: under the state `'the webhook secret was rotated'` requests are signed with it
   * and the endpoint must accept them (handle that state to switch your endpoint, or accept both secrets).
   */
  readonly rotatedSecret?: Bytes;
  /** Pact files or URLs. Default: the kit's canonical HTTP contract of the profile. */
  readonly pactUrls?: readonly string[];
  /** Fetch the pacts from a broker instead (`true`: everything from `PACT_BROKER_*` and git). */
  readonly broker?: BrokerVerificationOptions | true;
  /** The provider name in the pacts. Default `'spike-webhook-receiver'` (the canonical contracts). */
  readonly provider?: string;
  /** Handlers for provider states, by name; the kit's own states need none unless you want to act on them. */
  readonly stateHandlers?: Readonly<Record<string, StateHandler>>;
  /** How replayed bodies are written; default `'awkward'` (see `Resigner`). */
  readonly bodyStyle?: BodyStyle | readonly BodyStyle[];
  /** The clock for timestamp headers, epoch ms. Default `Date.now`. */
  readonly now?: () => number;
  /** Pact's log level. Default `'error'`. */
  readonly logLevel?: 'error' | 'warn' | 'info' | 'debug' | 'trace';
  /** Per-request timeout, ms. Default 30000 (Spike's own timeout). */
  readonly timeoutMs?: number;
}

/**
 * Verifies a team's running webhook endpoint against the HTTP contracts (Spike's sender is the consumer): each
 * interaction is replayed as a signed POST, re-signed per profile over exactly the bytes forwarded (v2: the
 * `event_id`; v3 and forms: the raw body, written awkwardly by default so re-serialising receivers fail;
 * timestamped: a fresh timestamp + body), and the endpoint must answer the profile's success status (exactly 200
 * for v3) or a 4xx for a wrong or missing signature.
 *
 * @throws {SpikeKitError} `PACT_FAILED` listing each failing interaction, what did not match and a hint.
 * @example
 * ```ts
 * import { verifyEndpoint } from 'spike-webhook-kit/pact';
 * await verifyEndpoint({
 *   profile: 'spike-health-v3', baseUrl: 'http://127.0.0.1:3000', path: '/webhooks/spike',
 *   secret: process.env.SPIKE_KEY!, rotatedSecret: 'new-key',
 *   stateHandlers: { 'the webhook secret was rotated': { setup: () => app.acceptSecrets(['new-key']) } },
 * });
 * ```
 */
export async function verifyEndpoint(options: VerifyEndpointOptions): Promise<VerificationReport> {
  const profile = getProfile(options.profile);
  const resigner = new Resigner({
    profile,
    secret: options.secret,
    ...(options.rotatedSecret === undefined ? {} : { rotatedSecret: options.rotatedSecret }),
    ...(options.bodyStyle === undefined ? {} : { bodyStyle: options.bodyStyle }),
    ...(options.now === undefined ? {} : { now: options.now }),
  });
  const provider = options.provider ?? pactNames.receiver;
  const source = await pactSource(profile, 'http', provider, options.pactUrls, options.broker);
  const notes: string[] = [];
  const noop = async () => undefined;
  const stateHandlers: Record<string, StateHandler> = {
    [endpointStates.secretConfigured]: noop,
    [endpointStates.secretRotated]: noop,
    ...options.stateHandlers,
  };
  const { Verifier } = await loadPact();
  const verifier = new Verifier({
    providerBaseUrl: options.baseUrl.replace(/\/+$/, ''),
    ...source,
    requestFilter: signingRequestFilter(resigner, {
      ...(options.path === undefined ? {} : { path: options.path }),
      notes,
    }) as never,
    stateHandlers: stateHandlers as never,
    logLevel: options.logLevel ?? 'error',
    timeout: options.timeoutMs ?? profile.timeoutMs,
  });
  try {
    const output = await verifier.verifyProvider();
    return parseVerifierOutput(output) ?? { ok: true, interactions: [] };
  } catch (error) {
    throw verificationError(
      `Verifying the endpoint ${options.baseUrl}${options.path ?? ''} against the ${profile.id} HTTP contract`,
      error,
      (outcome) => endpointHints(profile, outcome),
      notes,
    );
  }
}

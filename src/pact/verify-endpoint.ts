import { existsSync } from 'node:fs';
import { SpikeKitError } from '../core/index.ts';
import type { BodyStyle } from '../delivery/index.ts';
import { getProfile, type Profile, type ProfileRef, profiles } from '../profiles/index.ts';
import type { Bytes } from '../signing/index.ts';
import { type BrokerVerificationOptions, verifierBrokerOptions } from './broker.ts';
import { loadPact } from './load.ts';
import { endpointStates, pactNames } from './names.ts';
import { canonicalPactFile } from './paths.ts';
import { endpointHints, parseVerifierOutput, type VerificationReport, verificationError } from './report.ts';
import { isStateCall, Resigner } from './resign.ts';

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

/** The parts of an Express request the filter touches (Pact's verifier proxy is an Express app). */
interface FilterRequest {
  url: string;
  readonly path: string;
  body: unknown;
  headers: Record<string, string | string[] | undefined>;
}
interface FilterResponse {
  status(code: number): FilterResponse;
  type(type: string): FilterResponse;
  send(body: string): unknown;
}

/**
 * The request filter `verifyEndpoint` gives Pact's verifier: provider-state calls pass untouched (it only watches
 * them), every replayed request is restyled, re-signed over exactly the bytes forwarded and sent to `path`.
 * Exposed for teams that drive `Verifier` themselves.
 *
 * @example
 * ```ts
 * const resigner = new Resigner({ profile: 'spike-health-v3', secret });
 * new Verifier({ providerBaseUrl, pactUrls, requestFilter: signingRequestFilter(resigner, { path: '/hooks' }) });
 * ```
 */
export function signingRequestFilter(
  resigner: Resigner,
  options: { readonly path?: string; readonly notes?: string[] } = {},
): (req: FilterRequest, res: FilterResponse, next: () => void) => void {
  return (req, res, next) => {
    if (req.path === '/_pactSetup' || isStateCall(req.body)) {
      if (isStateCall(req.body)) resigner.observe(req.body);
      next();
      return;
    }
    if (req.path === '/_messages') {
      next();
      return;
    }
    const out = resigner.resign(req.body, req.headers);
    if (!out.ok) {
      options.notes?.push(out.message);
      res.status(500).type('text/plain').send(out.message);
      return;
    }
    for (const name of Object.keys(req.headers)) delete req.headers[name];
    Object.assign(req.headers, out.headers);
    req.body = out.body;
    if (options.path !== undefined) {
      const query = req.url.indexOf('?');
      req.url = options.path + (query === -1 ? '' : req.url.slice(query));
    }
    next();
  };
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

/**
 * Where the pacts come from: given URLs, a broker, or the canonical contract of a built-in profile (generated into
 * a temp directory for a custom profile).
 */
export async function pactSource(
  profile: Profile,
  framing: 'messages' | 'http',
  provider: string,
  pactUrls: readonly string[] | undefined,
  broker: BrokerVerificationOptions | true | undefined,
): Promise<Record<string, unknown>> {
  if (pactUrls !== undefined && broker !== undefined) {
    throw new SpikeKitError('INVALID_OPTION', 'Pass either pactUrls or broker, not both.', {});
  }
  if (pactUrls !== undefined) {
    if (pactUrls.length === 0) throw new SpikeKitError('INVALID_OPTION', 'pactUrls is empty.', {});
    return { provider, pactUrls: [...pactUrls] };
  }
  if (broker !== undefined) return verifierBrokerOptions(provider, broker === true ? {} : broker);
  const builtIn = (profiles as Readonly<Record<string, Profile>>)[profile.id] === profile;
  const file = builtIn ? canonicalPactFile(profile, framing) : undefined;
  if (file !== undefined && existsSync(file)) return { provider, pactUrls: [file] };
  const { writeProfileContracts } = await import('./contracts.ts');
  const written = await writeProfileContracts(profile, { framings: [framing] });
  return { provider, pactUrls: written.map((w) => w.file) };
}

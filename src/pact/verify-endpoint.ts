import { isSpikeKitError } from '../core/index.ts';
import type { BodyStyle } from '../delivery/index.ts';
import { getProfile, type ProfileRef } from '../profiles/index.ts';
import { type Bytes, checkSecret } from '../signing/index.ts';
import type { BrokerVerificationOptions } from './broker-verification.ts';
import {
  checkBaseUrl,
  checkCommonOptions,
  checkEndpointOptions,
  checkOptionsObject,
} from './check-verify-options.ts';
import { SOURCE_TIMEOUT_MS } from './fetch-pact-source.ts';
import type { KitAnswer } from './forward-request.ts';
import { checkPactInstalled } from './load-pact.ts';
import type { LocalServer } from './local-server.ts';
import { pactNames } from './pact-names.ts';
import { pactSource } from './pact-source.ts';
import { probeEndpoint } from './probe-endpoint.ts';
import { endpointStates } from './provider-states.ts';
import { Resigner } from './resigner.ts';
import { signingRequestFilter } from './signing-request-filter.ts';
import { endpointHints } from './verification-hints.ts';
import { passedReport, type VerificationReport, verificationError } from './verification-report.ts';
import { prepareVerifier, runVerifier, type VerifierResult } from './verifier-process.ts';
import { startVerifierProxy } from './verifier-proxy.ts';
import { withTranscript } from './verifier-transcript.ts';

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
   * and the endpoint must accept them (handle that state to switch your endpoint, or accept both secrets). Without
   * it, the interactions under that state are skipped and the report's `notices` say so (pacts from a broker
   * cannot be filtered: there, a rotation interaction fails as a kit/setup error asking for it).
   */
  readonly rotatedSecret?: Bytes;
  /**
   * Also verify the kit-policy contract (consumer `<profile>-kit-policy`): a delivery signed with another secret or
   * unsigned is rejected with a 4xx, one signed with `rotatedSecret` is accepted. That is the kit's policy, not
   * Spike's promise; `false` verifies Spike's contract alone. Default true. Only with the canonical contracts (not
   * with `pactUrls` or `broker`).
   */
  readonly policy?: boolean;
  /** Pact files or URLs. Default: the kit's canonical HTTP contracts of the profile (Spike's and the kit policy). */
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
  /** Pact's log level. Default `'error'`; any other level also streams the transcript (see `verbose`). */
  readonly logLevel?: 'error' | 'warn' | 'info' | 'debug' | 'trace';
  /**
   * Stream Pact's verifier transcript to stdout/stderr as it runs. Default: only with a `logLevel` above
   * `'error'`; otherwise it is captured, and a failure carries it (`error.details.transcript`; the message says so).
   */
  readonly verbose?: boolean;
  /** Per-request timeout, ms. Default 30000 (Spike's own timeout). */
  readonly timeoutMs?: number;
  /** How long a pact URL or the broker may take to answer, ms. Default 30000. */
  readonly sourceTimeoutMs?: number;
}

/**
 * Verifies a team's running webhook endpoint against the HTTP contracts (Spike's sender is the consumer): each
 * interaction is replayed as a signed POST, re-signed per profile over exactly the bytes forwarded (v2: the
 * `event_id`; v3 and forms: the raw body, written awkwardly by default so re-serialising receivers fail;
 * timestamped: a fresh timestamp + body), and the endpoint must answer the profile's success status (exactly 200
 * for v3) to every delivery Spike's documentation describes (full items, batches, an unknown event kind, a
 * duplicate), and, in the kit-policy contract (`policy`, default on), a 4xx for a wrong or missing signature and
 * the success status for the rotated secret. Each result in the report names its consumer (`<profile>` or
 * `<profile>-kit-policy`). A pass means the endpoint agrees with the kit's model of Spike's documentation, not with
 * Spike itself.
 *
 * Nothing listening at `baseUrl` is found out first, with a short connection probe. Answers the kit produces itself
 * (a request it cannot re-sign, an endpoint that stops answering) are reported as kit/setup errors with their real
 * cause, never as the endpoint's answers. Pact's verifier runs in a child process, so its transcript stays out of
 * your output (`verbose: true` shows it); your `stateHandlers` run in your process.
 *
 * @throws {SpikeKitError} `PACT_FAILED` listing each failing interaction, what did not match and a hint, or when
 *   the pacts verify no interaction; `TRANSPORT_FAILED` when nothing accepts connections at `baseUrl`;
 *   `INVALID_OPTION` for a bad option (a secret of the wrong type, a missing pact file, an unknown option key, a
 *   wrongly typed `broker` field ...); `BROKER_FAILED` when
 *   the broker cannot be reached in `sourceTimeoutMs`.
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
  const caller = 'verifyEndpoint';
  checkOptionsObject(options, caller);
  const profile = getProfile(options.profile);
  const secret = checkSecret(options.secret, { caller, required: true }) as Bytes;
  const rotatedSecret = checkSecret(options.rotatedSecret, { caller, option: 'rotatedSecret' });
  const baseUrl = checkBaseUrl(options.baseUrl, caller);
  checkCommonOptions(options as unknown as Record<string, unknown>, caller);
  checkEndpointOptions(options as unknown as Record<string, unknown>, caller);
  const resigner = new Resigner({
    profile,
    secret,
    ...(rotatedSecret === undefined ? {} : { rotatedSecret }),
    ...(options.bodyStyle === undefined ? {} : { bodyStyle: options.bodyStyle }),
    ...(options.now === undefined ? {} : { now: options.now }),
  });
  const provider = options.provider ?? pactNames.receiver;
  // OPTIONAL_DEPENDENCY_MISSING first when Pact is not installed; else its verifier starts loading in a child
  // process while this one probes the endpoint and reads the pacts.
  checkPactInstalled();
  prepareVerifier();
  await probeEndpoint(baseUrl);
  const source = await pactSource({
    profile,
    framing: 'http',
    provider,
    pactUrls: options.pactUrls,
    broker: options.broker,
    timeoutMs: options.sourceTimeoutMs ?? SOURCE_TIMEOUT_MS,
    ...(options.policy === undefined ? {} : { policy: options.policy }),
    ...(rotatedSecret === undefined
      ? {
          skip: {
            state: endpointStates.secretRotated,
            reason:
              'no rotatedSecret was given. Pass { rotatedSecret } (the new secret your endpoint accepts after a rotation) to verify it.',
          },
        }
      : {}),
  });
  const notes: string[] = [];
  const kitAnswers: KitAnswer[] = [];
  const contracts =
    options.pactUrls === undefined && options.broker === undefined && options.policy !== false
      ? `the ${profile.id} HTTP contract and the kit policy (${pactNames.policyConsumer(profile.id)})`
      : `the ${profile.id} HTTP contract`;
  const what = `Verifying the endpoint ${options.baseUrl}${options.path ?? ''} against ${contracts}`;
  // The kit's own states need no handler: the resigner follows them.
  const stateHandlers: Readonly<Record<string, StateHandler>> = options.stateHandlers ?? {};
  const timeout = options.timeoutMs ?? profile.timeoutMs;
  const providerBaseUrl = options.baseUrl.replace(/\/+$/, '');
  // The filter sends each re-signed request to the endpoint itself (every socket error handled, each answer the
  // kit produces recorded); it runs here, behind a local proxy the verifier in the child process replays to.
  let proxy: LocalServer | undefined;
  try {
    proxy = await startVerifierProxy(
      signingRequestFilter(resigner, {
        ...(options.path === undefined ? {} : { path: options.path }),
        notes,
        forwardTo: providerBaseUrl,
        timeoutMs: timeout,
        kitAnswers,
      }),
    );
    let run: VerifierResult;
    try {
      run = await runVerifier({
        config: {
          ...source.verifier,
          providerBaseUrl: proxy.url,
          logLevel: options.logLevel ?? 'error',
          timeout,
        },
        onState: (state, action, params) => {
          const call = { state, action, ...(isRecord(params) ? { params } : {}) };
          resigner.observe(call);
          return runStateHandler(
            Object.hasOwn(stateHandlers, state) ? stateHandlers[state] : undefined,
            call,
          );
        },
        ...(options.verbose === undefined ? {} : { verbose: options.verbose }),
      });
    } catch (error) {
      throw withTranscript(
        verificationError(
          what,
          error,
          (outcome) => endpointHints(profile, outcome),
          [...source.notices, ...notes],
          kitAnswers,
        ),
        error,
      );
    }
    if (kitAnswers.length > 0) {
      // Pact counted them as passed (a pending interaction, a broker's lenient pact): still a setup problem.
      throw withTranscript(
        verificationError(what, run.output, () => [], [...source.notices, ...notes], kitAnswers),
        run,
      );
    }
    try {
      return passedReport(what, source.origin, run.output, source.notices);
    } catch (error) {
      throw isSpikeKitError(error) ? withTranscript(error, run) : error;
    }
  } finally {
    await proxy?.close();
    source.cleanup();
  }
}

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Runs the user's handler for a provider state (a function is its setup), in this process. */
function runStateHandler(
  handler: StateHandler | undefined,
  call: { readonly action: 'setup' | 'teardown'; readonly params?: Readonly<Record<string, unknown>> },
): unknown {
  if (handler === undefined) return undefined;
  const run =
    typeof handler === 'function' ? (call.action === 'setup' ? handler : undefined) : handler[call.action];
  return run?.(call.params);
}

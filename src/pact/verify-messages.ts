import { isSpikeKitError, SpikeKitError } from '../core/index.ts';
import { getProfile, type Profile, type ProfileRef } from '../profiles/index.ts';
import type { BrokerVerificationOptions } from './broker-verification.ts';
import { checkCommonOptions, checkOptionsObject } from './check-verify-options.ts';
import { SOURCE_TIMEOUT_MS } from './fetch-pact-source.ts';
import { checkPactInstalled } from './load-pact.ts';
import { pactSource } from './pact-source.ts';
import type { MessageRequest, ProduceMessageOptions } from './produce-message.ts';
import { produceVariant, splitVariant, variantDescription, variantsOf } from './produce-variant.ts';
import { spikeVersion } from './spike-version.ts';
import { type StaticAsyncApiCheck, staticAsyncApiCheck } from './static-asyncapi-check.ts';
import { collapseVariants } from './variant-failures.ts';
import { messageHints } from './verification-hints.ts';
import { passedReport, type VerificationReport, verificationError } from './verification-report.ts';
import { prepareVerifier, runVerifier, type VerifierResult } from './verifier-process.ts';
import { withTranscript } from './verifier-transcript.ts';

/** Options of {@link verifyMessages}. */
export interface VerifyMessagesOptions extends ProduceMessageOptions {
  /** The dialect whose messages the consumer pacts expect. */
  readonly profile: ProfileRef;
  /** Consumer pacts (files or URLs). Default: the kit's canonical message contract of the profile. */
  readonly pactUrls?: readonly string[];
  /**
   * Fetch the consumer pacts from a broker (`true`: from `PACT_BROKER_*`). Results are published (in CI) as
   * provider `<profile id>` version {@link spikeVersion} (a hash of the profile's facts) on branch `main` unless you set `providerVersion`.
   */
  readonly broker?: BrokerVerificationOptions | true;
  /** The provider name in the pacts. Default: the profile id (e.g. `'spike-health-v2'`). */
  readonly provider?: string;
  /** Pact's log level. Default `'error'`; any other level also streams the transcript (see `verbose`). */
  readonly logLevel?: 'error' | 'warn' | 'info' | 'debug' | 'trace';
  /**
   * Stream Pact's verifier transcript to stdout/stderr as it runs. Default: only with a `logLevel` above `'error'`;
   * otherwise nothing is printed: it is captured, and a failure carries it (`error.details.transcript`).
   */
  readonly verbose?: boolean;
  /** How long a pact URL or the broker may take to answer, ms. Default 30000. */
  readonly sourceTimeoutMs?: number;
}

/**
 * Verifies consumer message pacts against what Spike documents: the kit plays Spike (the provider), produces each
 * message an interaction describes with the generators ({@link produceMessage}), and Pact matches it against the
 * consumer's expectations. A pact expecting a field Spike never sends fails, naming the field. Pact's verifier runs
 * in a child process, so its transcript stays out of your output (`verbose: true` shows it; a failure carries it in
 * `error.details.transcript`).
 *
 * @throws {SpikeKitError} `PACT_FAILED` listing each failing interaction, the mismatches and a hint, or naming a
 *   pact source that is malformed, empty or does not answer in `sourceTimeoutMs`; `INVALID_OPTION` for a bad
 *   option (an unknown option key, a wrongly typed `broker` field ...) or a missing pact file; `BROKER_FAILED` when the broker cannot be reached.
 * @example
 * ```ts
 * import { verifyMessages } from 'spike-webhook-kit/pact';
 * await verifyMessages({ profile: 'spike-health-v2', pactUrls: ['pacts/sleep-service-spike-health-v2.json'] });
 * ```
 */
export async function verifyMessages(options: VerifyMessagesOptions): Promise<VerificationReport> {
  const caller = 'verifyMessages';
  checkOptionsObject(options, caller);
  const profile = getProfile(options.profile);
  checkCommonOptions(options as unknown as Record<string, unknown>, caller);
  const provider = options.provider ?? profile.id;
  // OPTIONAL_DEPENDENCY_MISSING first when Pact is not installed; else its verifier starts loading in a child
  // process while this one reads the pacts and checks them statically.
  checkPactInstalled();
  prepareVerifier();
  // At a broker the kit stands in for Spike: results are published as the kit's version, not the team's commit.
  const broker =
    options.broker === undefined
      ? undefined
      : {
          providerVersion: await spikeVersion(profile),
          providerVersionBranch: 'main',
          ...(options.broker === true ? {} : options.broker),
        };
  const source = await pactSource({
    profile,
    framing: 'messages',
    provider,
    pactUrls: options.pactUrls,
    broker,
    timeoutMs: options.sourceTimeoutMs ?? SOURCE_TIMEOUT_MS,
    // Every message interaction is verified against each variant of what Spike may send.
    expand: (interaction) => variantInteractions(profile, interaction),
  });
  const rewrite = collapseVariants(profile);
  let statics: StaticAsyncApiCheck;
  try {
    statics = await staticAsyncApiCheck(profile, source.given);
  } catch (error) {
    source.cleanup();
    throw error;
  }
  const brokerSelected = source.unfiltered && source.given.length === 0;
  const notices = [
    ...source.notices,
    ...(source.unfiltered
      ? [
          "the broker's pacts were verified against the canonical message only (Pact fetches them itself): verify the pact files with pactUrls to check every variant of what Spike may send",
        ]
      : []),
    ...(brokerSelected
      ? [
          "the broker's pacts were not checked statically against Spike's AsyncAPI document (Pact fetches them itself): check the pact files with pactUrls, or with checkPactAgainstAsyncApi",
        ]
      : []),
    ...statics.notices,
  ];
  const what = `Verifying the consumer pacts against what Spike sends (${profile.id})`;
  const notes: string[] = [];
  const produce = async (request: MessageRequest) => {
    const { description, variant } = splitVariant(profile, request.description);
    try {
      return produceVariant(profile, { ...request, description }, variant, options);
    } catch (error) {
      notes.push(
        isSpikeKitError(error) ? error.message : `producing '${request.description}': ${String(error)}`,
      );
      throw error;
    }
  };
  try {
    // Pact runs in a child process (its transcript is captured there); the messages are produced here, by name.
    let run: VerifierResult;
    try {
      run = await runVerifier({
        config: { ...source.verifier, logLevel: options.logLevel ?? 'error' },
        onMessage: (description, message) => produce({ ...message, description } as MessageRequest),
        ...(options.verbose === undefined ? {} : { verbose: options.verbose }),
      });
    } catch (error) {
      throw withTranscript(
        withStaticFailures(
          verificationError(what, error, (outcome) => messageHints(profile, outcome), notes, [], rewrite),
          statics,
          profile.id,
        ),
        error,
      );
    }
    let report: VerificationReport;
    try {
      report = passedReport(what, source.origin, run.output, notices, rewrite);
    } catch (error) {
      throw isSpikeKitError(error) ? withTranscript(error, run) : error;
    }
    if (statics.failures.length > 0) {
      throw withTranscript(
        withStaticFailures(
          new SpikeKitError(
            'PACT_FAILED',
            `${what} failed: Pact's replay passed, but ${statics.failures.length} interaction${statics.failures.length === 1 ? '' : 's'} expect what Spike does not send.`,
            { interactions: report.interactions, notes: [...notices] },
          ),
          statics,
          profile.id,
        ),
        run,
      );
    }
    return { ...report, warnings: [...report.warnings, ...statics.warnings] };
  } finally {
    source.cleanup();
  }
}

/**
 * `error` with the static check's failures appended (the lines and `details.asyncApi`), or as it is without any.
 */
function withStaticFailures(
  error: SpikeKitError,
  statics: StaticAsyncApiCheck,
  profileId: string,
): SpikeKitError {
  if (statics.failures.length === 0) return error;
  const lines = [
    error.message,
    `  Checked statically against Spike's AsyncAPI document (${profileId}):`,
    ...statics.failures.map((failure) => `  ✗ ${failure}`),
  ];
  return new SpikeKitError(
    error.code,
    lines.join('\n'),
    { ...error.details, asyncApi: [...statics.failures] },
    { cause: error.cause },
  );
}

/** A message interaction once per variant of what Spike may send (other interactions as they are). */
function variantInteractions(
  profile: Profile,
  interaction: Record<string, unknown>,
): Record<string, unknown>[] {
  const type = interaction.type;
  if ((type !== undefined && type !== 'Asynchronous/Messages') || typeof interaction.description !== 'string')
    return [interaction];
  const { key: _key, ...rest } = interaction;
  return variantsOf(profile).map((variant) => ({
    ...rest,
    description: variantDescription(interaction.description as string, variant),
  }));
}

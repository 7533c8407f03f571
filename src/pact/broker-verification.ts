import { SpikeKitError } from '../core/index.ts';
import { type BrokerOptions, resolveBroker } from './broker-options.ts';
import { ciBuildUrl } from './ci-vendors.ts';
import { gitVersionIfKnown } from './git-version.ts';

/**
 * Which consumer versions to verify, as the Pact docs define them (docs.pact.io/selectors). The defaults verify
 * the pacts of each consumer's main branch and of every version deployed or released somewhere.
 */
export interface ConsumerVersionSelector {
  readonly mainBranch?: boolean;
  readonly branch?: string;
  readonly matchingBranch?: boolean;
  readonly deployedOrReleased?: boolean;
  readonly deployed?: boolean;
  readonly released?: boolean;
  readonly environment?: string;
  readonly consumer?: string;
  readonly tag?: string;
  readonly latest?: boolean;
  readonly fallbackTag?: string;
}

/**
 * The selectors used when none are given: main branch, and whatever is deployed or released.
 *
 * @example
 * ```ts
 * const selectors = [...defaultConsumerVersionSelectors, { matchingBranch: true }];
 * await verifyMessages({ profile: 'spike-forms', broker: { consumerVersionSelectors: selectors } });
 * ```
 */
export const defaultConsumerVersionSelectors: readonly ConsumerVersionSelector[] = [
  { mainBranch: true },
  { deployedOrReleased: true },
];

/** How a provider verification talks to the broker. Everything defaults from the environment and git. */
export interface BrokerVerificationOptions extends Partial<BrokerOptions> {
  /** Default {@link defaultConsumerVersionSelectors}. */
  readonly consumerVersionSelectors?: readonly ConsumerVersionSelector[];
  /** The provider version results are published for. Default: the git commit (`gitVersion`). */
  readonly providerVersion?: string;
  /** The provider's branch. Default: the git branch (`gitVersion`). */
  readonly providerVersionBranch?: string;
  /** Publish verification results. Default: only in CI (`CI=true`), never from a developer's machine. */
  readonly publishVerificationResult?: boolean;
  /** Pending pacts (a new expectation does not break the provider's build until it passed once). Default true. */
  readonly enablePending?: boolean;
  /** Include work-in-progress pacts created since this date (ISO 8601). */
  readonly includeWipPactsSince?: string;
  /** Link to the CI build, stored with the results. Default: the CI run's URL when its variables give one. */
  readonly buildUrl?: string;
}

/**
 * The Pact verifier's broker options from {@link BrokerVerificationOptions}: selectors, pending, the provider
 * version and branch from git, and results published only when `CI=true` unless told otherwise.
 */
export function verifierBrokerOptions(
  provider: string,
  options: BrokerVerificationOptions,
): Record<string, unknown> {
  const broker = resolveBroker(options);
  const publish = options.publishVerificationResult ?? process.env.CI === 'true';
  const needsGit =
    options.providerVersion === undefined || (options.providerVersionBranch === undefined && publish);
  const git = needsGit ? gitVersionIfKnown() : undefined;
  const providerVersion = options.providerVersion ?? git?.version;
  const providerVersionBranch = options.providerVersionBranch ?? git?.branch;
  if (publish && providerVersion === undefined) {
    throw new SpikeKitError(
      'BROKER_FAILED',
      'Publishing verification results needs the provider version: run in a git checkout or pass { providerVersion }.',
      { provider },
    );
  }
  const buildUrl = options.buildUrl ?? ciBuildUrl();
  return {
    provider,
    pactBrokerUrl: broker.url,
    ...(broker.token ? { pactBrokerToken: broker.token } : {}),
    ...(broker.username ? { pactBrokerUsername: broker.username } : {}),
    ...(broker.password ? { pactBrokerPassword: broker.password } : {}),
    consumerVersionSelectors: (options.consumerVersionSelectors ?? defaultConsumerVersionSelectors).map(
      (s) => ({
        ...s,
      }),
    ),
    enablePending: options.enablePending ?? true,
    ...(options.includeWipPactsSince ? { includeWipPactsSince: options.includeWipPactsSince } : {}),
    publishVerificationResult: publish,
    ...(providerVersion ? { providerVersion } : {}),
    ...(providerVersionBranch ? { providerVersionBranch } : {}),
    ...(publish && buildUrl ? { buildUrl } : {}),
  };
}

import { invalid } from '../core/index.ts';
import { type BrokerVerificationOptions, verifierBrokerOptions } from './broker-verification.ts';

/** Broker options that choose pacts at the broker: meaningless when the pact URLs are given. */
const selectionOptions = ['consumerVersionSelectors', 'includeWipPactsSince', 'enablePending'] as const;

/**
 * The verifier's options for a webhook-triggered verification: the broker's `contract_requiring_verification_published`
 * webhook hands the build the changed pact's URL (`${pactbroker.pactUrl}`), and the provider verifies exactly that
 * pact, fetched with the broker's credentials, then publishes the result to the pact's
 * `pb:publish-verification-results` link with the provider version and branch (docs.pact.io/pact_broker/webhooks).
 * No broker selection is made: there is no `pactBrokerUrl`, so the verifier adds no "pacts for verification" source.
 *
 * @throws {SpikeKitError} `INVALID_OPTION` for a pact URL that is not http(s), or selection options given with URLs.
 */
export function webhookVerifierOptions(
  provider: string,
  pactUrls: readonly string[],
  broker: BrokerVerificationOptions,
): Record<string, unknown> {
  pactUrls.forEach((url, i) => {
    if (!/^https?:\/\//i.test(url)) {
      throw invalid('INVALID_OPTION', `'pactUrls[${i}]'`, "the broker's http(s) URL of a pact", url, {
        details: { option: 'pactUrls' },
        hint: 'With broker options, pactUrls are the pacts a broker webhook names (its pactbroker.pactUrl); verify local files without broker.',
      });
    }
  });
  const given = selectionOptions.filter((key) => broker[key] !== undefined);
  if (given.length > 0) {
    throw invalid(
      'INVALID_OPTION',
      `'broker.${given[0]}'`,
      'not given together with pactUrls',
      broker[given[0] as keyof BrokerVerificationOptions],
      {
        details: { option: 'broker' },
        hint: 'Selectors, WIP and pending choose pacts at the broker; with pactUrls exactly those pacts are verified.',
      },
    );
  }
  const {
    pactBrokerUrl: _selection,
    consumerVersionSelectors: _selectors,
    enablePending: _pending,
    ...publishing
  } = verifierBrokerOptions(provider, broker);
  return { ...publishing, pactUrls: [...pactUrls] };
}

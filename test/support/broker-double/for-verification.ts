// `POST /pacts/provider/{provider}/for-verification` of the broker double (pact_broker:
// lib/pact_broker/api/resources/provider_pacts_for_verification.rb, documented in
// lib/pact_broker/doc/views/provider-pacts-for-verification.markdown).
import {
  type Answer,
  type BrokerState,
  enc,
  isDeployed,
  pacticipant,
  pactsOf,
  pactUrl,
  type StoredPact,
  type Version,
} from './state.ts';

interface Selector {
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
}

export interface ForVerificationBody {
  consumerVersionSelectors?: Selector[];
  providerVersionBranch?: string;
  includePendingStatus?: boolean;
  includeWipPactsSince?: string;
}

/**
 * The pacts a provider verifies. Selectors as lib/pact_broker/pacts/selector.rb and the markdown above define them:
 * `mainBranch`, `branch` and `matchingBranch` (the latest pact of the consumer branch named like
 * `providerVersionBranch`) pick the latest pact of a branch; `deployedOrReleased`/`deployed`/`released` the
 * versions currently in an environment; `tag` (+ `latest`). A pact is `pending` until a verification from the
 * provider branch succeeded. WIP pacts (`includeWipPactsSince` with a provider branch): the head pact of every
 * consumer branch or tag created since that date, not selected explicitly and not yet verified successfully by the
 * provider branch, is added with `wip: true` and `pending: true`; without a provider branch there are none
 * (`find_wip` and `find_wip_pact_versions_for_provider_by_provider_branch` in
 * lib/pact_broker/pacts/pacts_for_verification_repository.rb, `wip` in
 * lib/pact_broker/api/decorators/verifiable_pact_decorator.rb).
 */
export function forVerification(state: BrokerState, provider: string, body: ForVerificationBody): Answer {
  const selected = new Map<string, { pact: StoredPact; reasons: string[]; wip: boolean }>();
  const select = (pact: StoredPact, reason: string, wip = false) => {
    const entry = selected.get(pact.sha) ?? { pact, reasons: [], wip };
    entry.reasons.push(reason);
    selected.set(pact.sha, entry);
  };
  const branch = body.providerVersionBranch;
  const consumers = [...new Set(state.pacts.filter((p) => p.provider === provider).map((p) => p.consumer))];
  for (const selector of body.consumerVersionSelectors ?? [{ mainBranch: true }]) {
    for (const consumer of consumers) {
      if (selector.consumer !== undefined && selector.consumer !== consumer) continue;
      const mine = pactsOf(state, consumer, provider);
      const latestOn = (name: string | undefined, reason: string) => {
        const hit = mine.filter((x) => name !== undefined && x.v.branch === name).at(-1);
        if (hit) select(hit.pact, reason);
      };
      if (selector.mainBranch)
        latestOn(pacticipant(state, consumer).mainBranch, 'latest from the main branch');
      if (selector.branch !== undefined) latestOn(selector.branch, `latest from branch ${selector.branch}`);
      if (selector.matchingBranch) latestOn(branch, `latest from the matching branch ${branch}`);
      if (selector.deployedOrReleased || selector.deployed || selector.released) {
        for (const x of mine) {
          if (isDeployed(state, consumer, x.v.number, selector.environment))
            select(x.pact, 'currently deployed or released');
        }
      }
      if (selector.tag !== undefined) {
        const tagged = mine.filter((x) => x.v.tags.has(selector.tag as string));
        for (const x of selector.latest ? tagged.slice(-1) : tagged) select(x.pact, `tagged ${selector.tag}`);
      }
    }
  }
  const verifiedByBranch = (pact: StoredPact) =>
    state.verifications.some(
      (v) =>
        v.sha === pact.sha &&
        v.provider === provider &&
        v.success &&
        (branch === undefined || v.providerBranch === branch),
    );
  if (body.includeWipPactsSince !== undefined && branch !== undefined) {
    const since = new Date(body.includeWipPactsSince);
    for (const consumer of consumers) {
      for (const head of heads(pactsOf(state, consumer, provider))) {
        if (head.pact.createdAt < since || selected.has(head.pact.sha) || verifiedByBranch(head.pact))
          continue;
        select(head.pact, 'work in progress', true);
      }
    }
  }
  return [
    200,
    {
      _embedded: {
        pacts: [...selected.values()].map(({ pact, reasons, wip }) => {
          const pending = body.includePendingStatus === true && !verifiedByBranch(pact);
          return {
            shortDescription: reasons.join(', '),
            verificationProperties: {
              pending: wip || pending,
              ...(wip ? { wip: true } : {}),
              notices: [
                {
                  when: 'before_verification',
                  text: `The pact at ${pactUrl(state, pact)} is being verified because it matches: ${reasons.join(', ')}`,
                },
              ],
            },
            _links: {
              self: {
                href: pactUrl(state, pact),
                name: `Pact between ${pact.consumer} (${pact.consumerVersion}) and ${pact.provider}`,
              },
            },
          };
        }),
      },
      _links: { self: { href: `${state.base}/pacts/provider/${enc(provider)}/for-verification` } },
    },
  ];
}

/** The latest pact of each consumer branch and of each tag (`for_all_branch_heads`, `for_all_tag_heads`). */
function heads(mine: readonly { pact: StoredPact; v: Version }[]): { pact: StoredPact; v: Version }[] {
  const byHead = new Map<string, { pact: StoredPact; v: Version }>();
  for (const x of mine) {
    if (x.v.branch !== undefined) byHead.set(`branch:${x.v.branch}`, x);
    for (const tag of x.v.tags) byHead.set(`tag:${tag}`, x);
  }
  return [...new Set(byHead.values())];
}

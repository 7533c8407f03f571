// `POST /contracts/publish` of the broker double (pact_broker: lib/pact_broker/api/resources/publish_contracts.rb,
// lib/pact_broker/contracts/service.rb).
import { createHash } from 'node:crypto';
import {
  type Answer,
  type BrokerState,
  enc,
  pacticipant,
  pactUrl,
  type StoredPact,
  version,
} from './state.ts';

export interface PublishBody {
  pacticipantName?: string;
  pacticipantVersionNumber?: string;
  branch?: string;
  tags?: string[];
  contracts?: { consumerName?: string; providerName?: string; specification?: string; content?: string }[];
}

/**
 * Stores each pact for the consumer version. Republishing the same content under a version is allowed; changed
 * content under an existing consumer version is refused with 409 and the broker's message, before anything is
 * stored (`conflict_notices` in lib/pact_broker/contracts/service.rb, `disallowed_modification?` in
 * lib/pact_broker/pacts/service.rb, the `pact_content_modification_not_allowed` text in
 * lib/pact_broker/locale/en.yml; `allow_dangerous_contract_modification` is false by default).
 */
export function publish(state: BrokerState, body: PublishBody): Answer {
  const errors: string[] = [];
  if (!body.pacticipantName) errors.push('pacticipantName is missing');
  if (!body.pacticipantVersionNumber) errors.push('pacticipantVersionNumber is missing');
  if (!Array.isArray(body.contracts) || body.contracts.length === 0) errors.push('contracts is missing');
  if (errors.length > 0) return [400, { errors }];
  const name = body.pacticipantName as string;
  const number = body.pacticipantVersionNumber as string;
  const parsed: StoredPact[] = [];
  for (const contract of body.contracts ?? []) {
    const text = Buffer.from(contract.content ?? '', 'base64').toString('utf8');
    let content: Record<string, unknown>;
    try {
      content = JSON.parse(text) as Record<string, unknown>;
    } catch {
      return [400, { errors: [`contract for ${contract.providerName} is not JSON`] }];
    }
    const provider = contract.providerName as string;
    const sha = createHash('sha1').update(JSON.stringify(content)).digest('hex');
    parsed.push({ consumer: name, provider, consumerVersion: number, sha, content, createdAt: state.now() });
  }
  const conflicts = parsed
    .filter((next) =>
      state.pacts.some(
        (p) =>
          p.consumer === name &&
          p.provider === next.provider &&
          p.consumerVersion === number &&
          p.sha !== next.sha,
      ),
    )
    .map(
      (next) =>
        `Cannot change the content of the pact for ${name} version ${number} and provider ${next.provider}, as race conditions will cause unreliable results for can-i-deploy. Each pact must be published with a unique consumer version number. For more information see https://docs.pact.io/go/versioning`,
    );
  if (conflicts.length > 0) {
    return [
      409,
      { notices: conflicts.map((text) => ({ type: 'error', text })), errors: { contracts: conflicts } },
    ];
  }
  const v = version(state, name, number, body.branch);
  for (const tag of body.tags ?? []) v.tags.add(tag);
  const links: { href: string; name: string; title: string }[] = [];
  for (const stored of parsed) {
    pacticipant(state, stored.provider);
    const existing = state.pacts.findIndex(
      (p) => p.consumer === name && p.provider === stored.provider && p.consumerVersion === number,
    );
    // Same content again: the broker keeps the original publication (and its date).
    if (existing === -1) state.pacts.push(stored);
    const kept = existing === -1 ? stored : (state.pacts[existing] as StoredPact);
    links.push({
      href: pactUrl(state, kept),
      name: `Pact between ${name} (${number}) and ${stored.provider}`,
      title: 'Pact',
    });
  }
  const pacticipantHref = `${state.base}/pacticipants/${enc(name)}`;
  const versionHref = `${pacticipantHref}/versions/${enc(number)}`;
  return [
    200,
    {
      notices: links.map((l) => ({ type: 'success', text: `Published ${l.name}` })),
      logs: links.map((l) => ({ level: 'info', message: `Published ${l.name}`, deprecationWarning: '' })),
      _embedded: {
        pacticipant: { name, _links: { self: { href: pacticipantHref } } },
        version: { number, _links: { self: { href: versionHref, name: number, title: 'Version' } } },
      },
      _links: {
        'pb:pacticipant': { href: pacticipantHref, name, title: 'Pacticipant' },
        'pb:pacticipant-version': { href: versionHref, name: number, title: 'Version' },
        'pb:pacticipant-version-tags': [...v.tags].map((t) => ({
          name: t,
          href: `${versionHref}/tags/${enc(t)}`,
        })),
        'pb:contracts': links,
      },
    },
  ];
}

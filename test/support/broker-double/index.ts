/**
 * PACT BROKER TEST DOUBLE: not a Pact Broker. A real broker needs Ruby or Docker, which these machines do not have,
 * so the broker flow (publish, pacts for verification, verification results, can-i-deploy, record-deployment) is
 * tested against this in-memory stand-in. It serves the documented HAL resources the official clients call
 * (`pact broker ...` of @pact-foundation/pact-cli and the Rust verifier inside pact-js), with simplified selection
 * and matrix rules: enough to prove the kit drives them correctly, not a model of every broker behaviour.
 * See README.md beside this file for what is implemented.
 *
 * Binds 127.0.0.1 on a free port, does not keep the process alive, and closes with `close()` (or `await using`).
 */
import { createHash, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';

/** One request the double received. */
interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly query: string;
  readonly authorization: string | undefined;
  readonly body: unknown;
}

/** A published pact. */
interface StoredPact {
  readonly consumer: string;
  readonly provider: string;
  readonly consumerVersion: string;
  readonly sha: string;
  readonly content: Record<string, unknown>;
}

/** A published verification result. */
interface StoredVerification {
  readonly consumer: string;
  readonly provider: string;
  readonly sha: string;
  readonly providerVersion: string;
  readonly providerBranch: string | undefined;
  readonly success: boolean;
  readonly body: Record<string, unknown>;
}

interface Version {
  readonly number: string;
  branch: string | undefined;
  readonly tags: Set<string>;
  readonly order: number;
}

interface Pacticipant {
  readonly name: string;
  mainBranch: string | undefined;
  readonly versions: Map<string, Version>;
}

interface Environment {
  readonly uuid: string;
  readonly name: string;
  readonly production: boolean;
}

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

/** Options of {@link startBrokerDouble}. */
export interface BrokerDoubleOptions {
  /** Require `Authorization: Bearer <token>`. */
  readonly token?: string;
  /** Require basic auth with these credentials. */
  readonly username?: string;
  readonly password?: string;
  /** Environments that exist. Default `test` and `production` (what a new broker is seeded with). */
  readonly environments?: readonly string[];
}

/** A running broker double. */
export interface BrokerDouble {
  readonly url: string;
  readonly requests: RecordedRequest[];
  readonly pacts: StoredPact[];
  readonly verifications: StoredVerification[];
  readonly deployments: {
    readonly pacticipant: string;
    readonly version: string;
    readonly environment: string;
  }[];
  close(): Promise<void>;
  [Symbol.asyncDispose](): Promise<void>;
}

const HAL = 'application/hal+json;charset=utf-8';
const AUTO_MAIN_BRANCHES = ['main', 'master', 'develop'];

/** Starts the double on 127.0.0.1, port 0. */
export async function startBrokerDouble(options: BrokerDoubleOptions = {}): Promise<BrokerDouble> {
  const pacticipants = new Map<string, Pacticipant>();
  const environments: Environment[] = (options.environments ?? ['test', 'production']).map((name) => ({
    uuid: randomUUID(),
    name,
    production: name === 'production',
  }));
  const requests: RecordedRequest[] = [];
  const pacts: StoredPact[] = [];
  const verifications: StoredVerification[] = [];
  const deployments: { pacticipant: string; version: string; environment: string }[] = [];
  let order = 0;
  let base = '';

  const pacticipant = (name: string): Pacticipant => {
    let found = pacticipants.get(name);
    if (found === undefined) {
      found = { name, mainBranch: undefined, versions: new Map() };
      pacticipants.set(name, found);
    }
    return found;
  };
  const version = (name: string, number: string, branch?: string): Version => {
    const p = pacticipant(name);
    let v = p.versions.get(number);
    if (v === undefined) {
      v = { number, branch: undefined, tags: new Set(), order: order++ };
      p.versions.set(number, v);
    }
    if (branch) {
      v.branch = branch;
      if (p.mainBranch === undefined && AUTO_MAIN_BRANCHES.includes(branch)) p.mainBranch = branch;
    }
    return v;
  };
  const enc = encodeURIComponent;
  const pactUrl = (pact: StoredPact) =>
    `${base}/pacts/provider/${enc(pact.provider)}/consumer/${enc(pact.consumer)}/pact-version/${pact.sha}`;
  const isDeployed = (name: string, number: string, environment?: string) =>
    deployments.some(
      (d) =>
        d.pacticipant === name &&
        d.version === number &&
        (environment === undefined || d.environment === environment),
    );
  const latestVerification = (sha: string, provider: string, providerVersion?: string) =>
    verifications
      .filter(
        (v) =>
          v.sha === sha &&
          v.provider === provider &&
          (providerVersion === undefined || v.providerVersion === providerVersion),
      )
      .at(-1);

  const authorised = (req: IncomingMessage): boolean => {
    const header = req.headers.authorization;
    if (options.token !== undefined) return header === `Bearer ${options.token}`;
    if (options.username !== undefined) {
      const expected = Buffer.from(`${options.username}:${options.password ?? ''}`).toString('base64');
      return header === `Basic ${expected}`;
    }
    return true;
  };

  const routes: {
    method: string;
    pattern: RegExp;
    handle: (match: string[], body: unknown, query: URLSearchParams) => [number, unknown];
  }[] = [
    {
      method: 'GET',
      pattern: /^\/$/,
      handle: () => [
        200,
        {
          _links: {
            self: { href: base, title: 'Index' },
            'pb:publish-contracts': {
              href: `${base}/contracts/publish`,
              title: 'Publish contracts',
              templated: false,
            },
            'pb:provider-pacts-for-verification': {
              href: `${base}/pacts/provider/{provider}/for-verification`,
              title: 'Pacts to be verified by a provider',
              templated: true,
            },
            'pb:pacticipant': { href: `${base}/pacticipants/{pacticipant}`, templated: true },
            'pb:pacticipant-version': {
              href: `${base}/pacticipants/{pacticipant}/versions/{version}`,
              templated: true,
            },
            'pb:environments': { href: `${base}/environments`, templated: false },
          },
        },
      ],
    },
    {
      method: 'POST',
      pattern: /^\/contracts\/publish$/,
      handle: (_m, body) => publish(body as PublishBody),
    },
    {
      method: 'GET',
      pattern: /^\/pacts\/provider\/([^/]+)\/for-verification$/,
      handle: ([, provider]) => [
        200,
        { _links: { self: { href: `${base}/pacts/provider/${enc(provider as string)}/for-verification` } } },
      ],
    },
    {
      method: 'POST',
      pattern: /^\/pacts\/provider\/([^/]+)\/for-verification$/,
      handle: ([, provider], body) => forVerification(provider as string, body as ForVerificationBody),
    },
    {
      method: 'GET',
      pattern: /^\/pacts\/provider\/([^/]+)\/consumer\/([^/]+)\/pact-version\/([0-9a-f]+)$/,
      handle: ([, provider, consumer, sha]) => {
        const pact = pacts.find((p) => p.provider === provider && p.consumer === consumer && p.sha === sha);
        if (pact === undefined) return [404, { error: 'No such pact' }];
        return [
          200,
          {
            ...pact.content,
            _links: {
              self: { href: pactUrl(pact), title: 'Pact' },
              'pb:provider': { href: `${base}/pacticipants/${enc(pact.provider)}`, name: pact.provider },
              'pb:consumer': { href: `${base}/pacticipants/${enc(pact.consumer)}`, name: pact.consumer },
              'pb:publish-verification-results': {
                href: `${pactUrl(pact)}/verification-results`,
                title: 'Publish verification results',
              },
            },
          },
        ];
      },
    },
    {
      method: 'POST',
      pattern:
        /^\/pacts\/provider\/([^/]+)\/consumer\/([^/]+)\/pact-version\/([0-9a-f]+)\/verification-results$/,
      handle: ([, provider, consumer, sha], body) => {
        const result = body as { success?: unknown; providerApplicationVersion?: unknown };
        if (typeof result.success !== 'boolean' || typeof result.providerApplicationVersion !== 'string') {
          return [400, { errors: { success: ['is required'], providerApplicationVersion: ['is required'] } }];
        }
        const providerVersion = version(provider as string, result.providerApplicationVersion);
        verifications.push({
          consumer: consumer as string,
          provider: provider as string,
          sha: sha as string,
          providerVersion: result.providerApplicationVersion,
          providerBranch: providerVersion.branch,
          success: result.success,
          body: body as Record<string, unknown>,
        });
        return [
          201,
          {
            success: result.success,
            _links: { self: { href: `${base}/verification-results/${verifications.length}` } },
          },
        ];
      },
    },
    {
      method: 'GET',
      pattern: /^\/pacticipants\/([^/]+)$/,
      handle: ([, name]) => {
        const p = pacticipants.get(name as string);
        if (p === undefined) return [404, { error: 'No such pacticipant' }];
        const self = `${base}/pacticipants/${enc(p.name)}`;
        return [
          200,
          {
            name: p.name,
            mainBranch: p.mainBranch ?? null,
            _links: {
              self: { href: self },
              'pb:branch-version': { href: `${self}/branches/{branch}/versions/{version}`, templated: true },
              'pb:version-tag': { href: `${self}/versions/{version}/tags/{tag}`, templated: true },
            },
          },
        ];
      },
    },
    {
      method: 'PUT',
      pattern: /^\/pacticipants\/([^/]+)\/branches\/([^/]+)\/versions\/([^/]+)$/,
      handle: ([, name, branch, number]) => {
        version(name as string, number as string, branch as string);
        return [
          200,
          {
            number,
            _links: {
              self: { href: `${base}/pacticipants/${enc(name as string)}/versions/${enc(number as string)}` },
            },
          },
        ];
      },
    },
    {
      method: 'PUT',
      pattern: /^\/pacticipants\/([^/]+)\/versions\/([^/]+)\/tags\/([^/]+)$/,
      handle: ([, name, number, tag]) => {
        version(name as string, number as string).tags.add(tag as string);
        return [200, { name: tag }];
      },
    },
    {
      method: 'GET',
      pattern: /^\/pacticipants\/([^/]+)\/versions\/([^/]+)$/,
      handle: ([, name, number]) => {
        const v = pacticipants.get(name as string)?.versions.get(number as string);
        if (v === undefined) return [404, { error: `No version ${number} of ${name}` }];
        const self = `${base}/pacticipants/${enc(name as string)}/versions/${enc(number as string)}`;
        return [
          200,
          {
            number: v.number,
            branch: v.branch ?? null,
            _links: {
              self: { href: self },
              'pb:record-deployment': environments.map((e) => ({
                name: e.name,
                title: `Record deployment to ${e.name}`,
                href: `${self}/deployed-versions/environment/${e.uuid}`,
              })),
              'pb:record-release': environments.map((e) => ({
                name: e.name,
                href: `${self}/released-versions/environment/${e.uuid}`,
              })),
            },
          },
        ];
      },
    },
    {
      method: 'POST',
      pattern:
        /^\/pacticipants\/([^/]+)\/versions\/([^/]+)\/(deployed|released)-versions\/environment\/([^/]+)$/,
      handle: ([, name, number, , uuid]) => {
        const environment = environments.find((e) => e.uuid === uuid);
        if (environment === undefined) return [404, { error: 'No such environment' }];
        deployments.push({
          pacticipant: name as string,
          version: number as string,
          environment: environment.name,
        });
        return [201, { currentlyDeployed: true, _embedded: { environment: { name: environment.name } } }];
      },
    },
    {
      method: 'GET',
      pattern: /^\/environments$/,
      handle: () => [
        200,
        {
          _embedded: {
            environments: environments.map((e) => ({
              uuid: e.uuid,
              name: e.name,
              displayName: e.name,
              production: e.production,
            })),
          },
        },
      ],
    },
    {
      method: 'GET',
      pattern: /^\/matrix$/,
      handle: (_m, _b, query) => matrix(query),
    },
  ];

  interface PublishBody {
    pacticipantName?: string;
    pacticipantVersionNumber?: string;
    branch?: string;
    tags?: string[];
    contracts?: { consumerName?: string; providerName?: string; specification?: string; content?: string }[];
  }

  function publish(body: PublishBody): [number, unknown] {
    const errors: string[] = [];
    if (!body.pacticipantName) errors.push('pacticipantName is missing');
    if (!body.pacticipantVersionNumber) errors.push('pacticipantVersionNumber is missing');
    if (!Array.isArray(body.contracts) || body.contracts.length === 0) errors.push('contracts is missing');
    if (errors.length > 0) return [400, { errors }];
    const name = body.pacticipantName as string;
    const number = body.pacticipantVersionNumber as string;
    const v = version(name, number, body.branch);
    for (const tag of body.tags ?? []) v.tags.add(tag);
    const links: { href: string; name: string; title: string }[] = [];
    for (const contract of body.contracts ?? []) {
      const text = Buffer.from(contract.content ?? '', 'base64').toString('utf8');
      let content: Record<string, unknown>;
      try {
        content = JSON.parse(text) as Record<string, unknown>;
      } catch {
        return [400, { errors: [`contract for ${contract.providerName} is not JSON`] }];
      }
      const provider = contract.providerName as string;
      pacticipant(provider);
      const sha = createHash('sha1').update(JSON.stringify(content)).digest('hex');
      const existing = pacts.findIndex(
        (p) => p.consumer === name && p.provider === provider && p.consumerVersion === number,
      );
      const stored = { consumer: name, provider, consumerVersion: number, sha, content };
      if (existing === -1) pacts.push(stored);
      else pacts[existing] = stored;
      links.push({
        href: pactUrl(stored),
        name: `Pact between ${name} (${number}) and ${provider}`,
        title: 'Pact',
      });
    }
    const pacticipantHref = `${base}/pacticipants/${enc(name)}`;
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

  interface ForVerificationBody {
    consumerVersionSelectors?: Selector[];
    providerVersionBranch?: string;
    includePendingStatus?: boolean;
  }

  function forVerification(provider: string, body: ForVerificationBody): [number, unknown] {
    const selected = new Map<string, { pact: StoredPact; reasons: string[] }>();
    const select = (pact: StoredPact, reason: string) => {
      const entry = selected.get(pact.sha) ?? { pact, reasons: [] };
      entry.reasons.push(reason);
      selected.set(pact.sha, entry);
    };
    const consumers = [...new Set(pacts.filter((p) => p.provider === provider).map((p) => p.consumer))];
    for (const selector of body.consumerVersionSelectors ?? [{ mainBranch: true }]) {
      for (const consumer of consumers) {
        if (selector.consumer !== undefined && selector.consumer !== consumer) continue;
        const mine = pacts
          .filter((p) => p.provider === provider && p.consumer === consumer)
          .map((p) => ({ pact: p, v: pacticipant(consumer).versions.get(p.consumerVersion) as Version }))
          .sort((a, b) => a.v.order - b.v.order);
        const latestOn = (branch: string | undefined, reason: string) => {
          const hit = mine.filter((x) => branch !== undefined && x.v.branch === branch).at(-1);
          if (hit) select(hit.pact, reason);
        };
        if (selector.mainBranch) latestOn(pacticipant(consumer).mainBranch, 'latest from the main branch');
        if (selector.branch !== undefined) latestOn(selector.branch, `latest from branch ${selector.branch}`);
        if (selector.matchingBranch) latestOn(body.providerVersionBranch, 'latest from the matching branch');
        if (selector.deployedOrReleased || selector.deployed || selector.released) {
          for (const x of mine) {
            if (isDeployed(consumer, x.v.number, selector.environment))
              select(x.pact, 'currently deployed or released');
          }
        }
        if (selector.tag !== undefined) {
          const tagged = mine.filter((x) => x.v.tags.has(selector.tag as string));
          for (const x of selector.latest ? tagged.slice(-1) : tagged)
            select(x.pact, `tagged ${selector.tag}`);
        }
      }
    }
    return [
      200,
      {
        _embedded: {
          pacts: [...selected.values()].map(({ pact, reasons }) => {
            const pending =
              body.includePendingStatus === true &&
              !verifications.some(
                (v) =>
                  v.sha === pact.sha &&
                  v.provider === provider &&
                  v.success &&
                  (body.providerVersionBranch === undefined ||
                    v.providerBranch === body.providerVersionBranch),
              );
            return {
              shortDescription: reasons.join(', '),
              verificationProperties: {
                pending,
                notices: [
                  {
                    when: 'before_verification',
                    text: `The pact at ${pactUrl(pact)} is being verified because it matches: ${reasons.join(', ')}`,
                  },
                ],
              },
              _links: {
                self: {
                  href: pactUrl(pact),
                  name: `Pact between ${pact.consumer} (${pact.consumerVersion}) and ${pact.provider}`,
                },
              },
            };
          }),
        },
        _links: { self: { href: `${base}/pacts/provider/${enc(provider)}/for-verification` } },
      },
    ];
  }

  function matrix(query: URLSearchParams): [number, unknown] {
    const name = query.get('q[][pacticipant]');
    const number = query.get('q[][version]');
    const environment = query.get('environment') ?? undefined;
    if (name === null || number === null)
      return [400, { errors: ['Give q[][pacticipant] and q[][version]'] }];
    if (pacticipants.get(name)?.versions.get(number) === undefined) {
      return [400, { errors: [`No pacticipant version found for ${name} version ${number}`] }];
    }
    type Row = {
      consumer: string;
      cv: string | undefined;
      provider: string;
      pv: string | undefined;
      success: boolean | undefined;
    };
    const rows: Row[] = [];
    const counterparts = (other: string): (string | undefined)[] => {
      const versions = [...(pacticipants.get(other)?.versions.values() ?? [])].sort(
        (a, b) => a.order - b.order,
      );
      if (environment !== undefined)
        return versions.filter((v) => isDeployed(other, v.number, environment)).map((v) => v.number);
      const latest = versions.at(-1);
      return latest === undefined ? [undefined] : [latest.number];
    };
    // As the consumer: every pact this version published, against the provider versions in the target.
    for (const pact of pacts.filter((p) => p.consumer === name && p.consumerVersion === number)) {
      for (const pv of counterparts(pact.provider)) {
        const verification = pv === undefined ? undefined : latestVerification(pact.sha, pact.provider, pv);
        rows.push({
          consumer: name,
          cv: number,
          provider: pact.provider,
          pv,
          success: verification?.success,
        });
      }
    }
    // As the provider: the pacts of the consumer versions in the target, verified by this version.
    const consumers = [...new Set(pacts.filter((p) => p.provider === name).map((p) => p.consumer))];
    for (const consumer of consumers) {
      for (const cv of counterparts(consumer)) {
        const pact = pacts
          .filter((p) => p.consumer === consumer && p.provider === name && p.consumerVersion === cv)
          .at(-1);
        if (pact === undefined) continue;
        const verification = latestVerification(pact.sha, name, number);
        rows.push({ consumer, cv, provider: name, pv: number, success: verification?.success });
      }
    }
    const failed = rows.filter((r) => r.success === false).length;
    const unknown = rows.filter((r) => r.success === undefined).length;
    const success = rows.filter((r) => r.success === true).length;
    const deployable = failed === 0 && unknown === 0;
    const reason =
      rows.length === 0
        ? 'There are no missing dependencies'
        : failed > 0
          ? 'One or more of the verification results failed'
          : unknown > 0
            ? 'Missing one or more required verification results'
            : 'All required verification results are published and successful';
    return [
      200,
      {
        summary: { deployable, reason, success, failed, unknown },
        notices: [{ type: deployable ? 'success' : 'error', text: reason }],
        matrix: rows.map((r) => ({
          consumer: { name: r.consumer, version: r.cv === undefined ? null : { number: r.cv } },
          provider: { name: r.provider, version: r.pv === undefined ? null : { number: r.pv } },
          verificationResult:
            r.success === undefined
              ? null
              : { success: r.success, _links: { self: { href: `${base}/verification-results` } } },
        })),
      },
    ];
  }

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', base);
      const text = Buffer.concat(chunks).toString('utf8');
      let body: unknown;
      try {
        body = text ? JSON.parse(text) : undefined;
      } catch {
        body = text;
      }
      requests.push({
        method: req.method ?? 'GET',
        path: url.pathname,
        query: url.search,
        authorization: req.headers.authorization,
        body,
      });
      const send = (status: number, payload: unknown) => {
        res.writeHead(status, { 'Content-Type': HAL });
        res.end(JSON.stringify(payload));
      };
      if (!authorised(req)) {
        send(401, { error: 'Unauthorized: this broker double requires the configured credentials' });
        return;
      }
      const path = url.pathname.replace(/\/+$/, '') || '/';
      for (const route of routes) {
        const match = route.method === req.method ? route.pattern.exec(path) : null;
        if (match) {
          const [status, payload] = route.handle(
            match.map((part, i) => (i === 0 ? part : decodeURIComponent(part))),
            body,
            url.searchParams,
          );
          send(status, payload);
          return;
        }
      }
      send(404, { error: `The broker double does not implement ${req.method} ${url.pathname}` });
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  server.unref();
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address !== null ? address.port : 0}`;
  const close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return {
    url: base,
    requests,
    pacts,
    verifications,
    deployments,
    close,
    [Symbol.asyncDispose]: close,
  };
}

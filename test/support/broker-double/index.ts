/**
 * PACT BROKER TEST DOUBLE: not a Pact Broker. A real broker needs Ruby or Docker, which these machines do not have,
 * so the broker flow (publish, pacts for verification, verification results, can-i-deploy, record-deployment,
 * create-environment) is tested against this in-memory stand-in. It serves the documented HAL resources the official
 * clients call (`pact broker ...` of @pact-foundation/pact-cli and the Rust verifier inside pact-js). Where the flow
 * is fragile it answers as pact_broker does, each rule citing the pact_broker source it follows (publish.ts,
 * for-verification.ts, matrix.ts, environments.ts); elsewhere it is simplified. See README.md beside this file.
 *
 * Binds 127.0.0.1 on a free port, does not keep the process alive, and closes with `close()` (or `await using`).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createEnvironment, listEnvironments, recordDeployment } from './environments.ts';
import { type ForVerificationBody, forVerification } from './for-verification.ts';
import { matrix } from './matrix.ts';
import { type PublishBody, publish } from './publish.ts';
import {
  type Answer,
  createState,
  type Deployment,
  type Environment,
  enc,
  pactUrl,
  type RecordedRequest,
  type StoredPact,
  type StoredVerification,
  version,
} from './state.ts';

/** Options of {@link startBrokerDouble}. */
export interface BrokerDoubleOptions {
  /** Require `Authorization: Bearer <token>`. */
  readonly token?: string;
  /** Require basic auth with these credentials. */
  readonly username?: string;
  readonly password?: string;
  /** Environments that exist. Default `test` and `production` (what a new broker is seeded with). */
  readonly environments?: readonly string[];
  /** The clock pacts are dated by (WIP pacts are those published since a date). Default: the system clock. */
  readonly now?: () => Date;
}

/** A running broker double. */
export interface BrokerDouble {
  readonly url: string;
  readonly requests: RecordedRequest[];
  readonly pacts: StoredPact[];
  readonly verifications: StoredVerification[];
  readonly deployments: readonly Deployment[];
  readonly environments: readonly Environment[];
  close(): Promise<void>;
  [Symbol.asyncDispose](): Promise<void>;
}

const HAL = 'application/hal+json;charset=utf-8';

/** Starts the double on 127.0.0.1, port 0. */
export async function startBrokerDouble(options: BrokerDoubleOptions = {}): Promise<BrokerDouble> {
  const state = createState(
    options.environments ?? ['test', 'production'],
    options.now ?? (() => new Date()),
  );
  const { pacticipants, environments, pacts, verifications } = state;
  const requests: RecordedRequest[] = [];

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
    handle: (match: string[], body: unknown, query: URLSearchParams) => Answer;
  }[] = [
    {
      method: 'GET',
      pattern: /^\/$/,
      handle: () => [
        200,
        {
          _links: {
            self: { href: state.base, title: 'Index' },
            'pb:publish-contracts': {
              href: `${state.base}/contracts/publish`,
              title: 'Publish contracts',
              templated: false,
            },
            'pb:provider-pacts-for-verification': {
              href: `${state.base}/pacts/provider/{provider}/for-verification`,
              title: 'Pacts to be verified by a provider',
              templated: true,
            },
            'pb:pacticipant': { href: `${state.base}/pacticipants/{pacticipant}`, templated: true },
            'pb:pacticipant-version': {
              href: `${state.base}/pacticipants/{pacticipant}/versions/{version}`,
              templated: true,
            },
            'pb:environments': { href: `${state.base}/environments`, templated: false },
          },
        },
      ],
    },
    {
      method: 'POST',
      pattern: /^\/contracts\/publish$/,
      handle: (_m, body) => publish(state, body as PublishBody),
    },
    {
      method: 'GET',
      pattern: /^\/pacts\/provider\/([^/]+)\/for-verification$/,
      handle: ([, provider]) => [
        200,
        {
          _links: {
            self: { href: `${state.base}/pacts/provider/${enc(provider as string)}/for-verification` },
          },
        },
      ],
    },
    {
      method: 'POST',
      pattern: /^\/pacts\/provider\/([^/]+)\/for-verification$/,
      handle: ([, provider], body) => forVerification(state, provider as string, body as ForVerificationBody),
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
              self: { href: pactUrl(state, pact), title: 'Pact' },
              'pb:provider': {
                href: `${state.base}/pacticipants/${enc(pact.provider)}`,
                name: pact.provider,
              },
              'pb:consumer': {
                href: `${state.base}/pacticipants/${enc(pact.consumer)}`,
                name: pact.consumer,
              },
              'pb:publish-verification-results': {
                href: `${pactUrl(state, pact)}/verification-results`,
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
        const providerVersion = version(state, provider as string, result.providerApplicationVersion);
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
            _links: { self: { href: `${state.base}/verification-results/${verifications.length}` } },
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
        const self = `${state.base}/pacticipants/${enc(p.name)}`;
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
        version(state, name as string, number as string, branch as string);
        return [
          200,
          {
            number,
            _links: {
              self: {
                href: `${state.base}/pacticipants/${enc(name as string)}/versions/${enc(number as string)}`,
              },
            },
          },
        ];
      },
    },
    {
      method: 'PUT',
      pattern: /^\/pacticipants\/([^/]+)\/versions\/([^/]+)\/tags\/([^/]+)$/,
      handle: ([, name, number, tag]) => {
        version(state, name as string, number as string).tags.add(tag as string);
        return [200, { name: tag }];
      },
    },
    {
      method: 'GET',
      pattern: /^\/pacticipants\/([^/]+)\/versions\/([^/]+)$/,
      handle: ([, name, number]) => {
        const v = pacticipants.get(name as string)?.versions.get(number as string);
        if (v === undefined) return [404, { error: `No version ${number} of ${name}` }];
        const self = `${state.base}/pacticipants/${enc(name as string)}/versions/${enc(number as string)}`;
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
      handle: ([, name, number, kind, uuid]) =>
        recordDeployment(
          state,
          name as string,
          number as string,
          kind as 'deployed' | 'released',
          uuid as string,
        ),
    },
    { method: 'GET', pattern: /^\/environments$/, handle: () => listEnvironments(state) },
    { method: 'POST', pattern: /^\/environments$/, handle: (_m, body) => createEnvironment(state, body) },
    {
      method: 'GET',
      pattern: /^\/matrix$/,
      handle: (_m, _b, query) => matrix(state, query),
    },
  ];

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', state.base);
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
  state.base = `http://127.0.0.1:${typeof address === 'object' && address !== null ? address.port : 0}`;
  const close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return {
    url: state.base,
    requests,
    pacts,
    verifications,
    deployments: state.deployments,
    environments,
    close,
    [Symbol.asyncDispose]: close,
  };
}

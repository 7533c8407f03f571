import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SpikeKitError } from '../core/index.ts';
import { runExchange } from './attempt.ts';
import { importOptional } from './optional.ts';
import { deliveryDefaults } from './request.ts';
import type { Transport } from './types.ts';

/**
 * Options of {@link appTransport}.
 *
 * @example
 * ```ts
 * await appTransport(app, { path: '/webhooks/spike' });
 * ```
 */
export interface AppTransportOptions {
  /** The path requested on the app; default `'/'`. */
  readonly path?: string | undefined;
}

/** The part of supertest the adapter uses (typed here so the core does not need its types). */
interface SupertestRequest extends PromiseLike<{ status: number; headers: Record<string, unknown> }> {
  set(name: string, value: string): SupertestRequest;
  ok(accept: (response: unknown) => boolean): SupertestRequest;
  send(body: string): SupertestRequest;
  abort(): unknown;
}
type Supertest = (server: Server) => { post(path: string): SupertestRequest };

/**
 * A {@link Transport} delivering to a Node HTTP app through supertest: an Express app, a plain
 * `(req, res) => void` listener, Koa (the app itself or `app.callback()`), or an `http.Server` such as Fastify's
 * `fastify.server` (after `await fastify.ready()`). The app is served on 127.0.0.1 on a free port for the life of
 * the transport (`close()` stops what the adapter started). supertest is an optional peer, loaded on first use.
 *
 * @throws {SpikeKitError} `INVALID_TARGET` for anything else; `OPTIONAL_DEPENDENCY_MISSING` without supertest.
 *
 * @example
 * ```ts
 * const transport = await appTransport(expressApp, { path: '/webhooks/spike' });
 * const result = await transport.send(delivery); // { kind: 'response', status: 200, ... }
 * await transport.close?.();
 * ```
 */
export async function appTransport(app: unknown, options: AppTransportOptions = {}): Promise<Transport> {
  const { server, owned } = toServer(app);
  const supertest = await importOptional<{ default: Supertest }>('supertest', 'The { app } target');
  let started = false;
  if (server.address() === null) {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
    started = true;
  }
  const path = options.path ?? deliveryDefaults.path;
  const port = (server.address() as AddressInfo | null)?.port;
  let closed = false;
  return {
    kind: 'app',
    description: `node app on 127.0.0.1:${port}${path}`,
    inProcess: false,
    send: (delivery, sendOptions) =>
      runExchange(async (signal) => {
        // supertest would listen again (on every interface) on a closed server: report it as refused instead.
        if (server.address() === null)
          throw Object.assign(new Error('the app is not listening (closed)'), { code: 'ECONNREFUSED' });
        let request = supertest.default(server).post(path);
        for (const [name, value] of Object.entries(delivery.headers)) request = request.set(name, value);
        request = request.ok(() => true).send(delivery.body);
        signal?.addEventListener('abort', () => request.abort(), { once: true });
        const response = await request;
        return { status: response.status, headers: stringHeaders(response.headers) };
      }, sendOptions),
    async close() {
      if (closed || !(owned || started)) return;
      closed = true;
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function toServer(app: unknown): { server: Server; owned: boolean } {
  if (typeof app === 'function') return { server: createServer(app as RequestListener), owned: true };
  if (app !== null && typeof app === 'object') {
    const candidate = app as { listen?: unknown; address?: unknown; callback?: unknown };
    if (typeof candidate.address === 'function' && typeof candidate.listen === 'function')
      return { server: app as Server, owned: false };
    if (typeof candidate.callback === 'function')
      return { server: createServer((candidate.callback as () => RequestListener)()), owned: true };
  }
  throw new SpikeKitError(
    'INVALID_TARGET',
    `An app target needs a Node request listener (an Express app, (req, res) => void), a Koa app or an http.Server (e.g. fastify.server), got ${app === null ? 'null' : typeof app}.`,
    { target: 'app' },
  );
}

function stringHeaders(headers: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined)
      out[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
  }
  return out;
}

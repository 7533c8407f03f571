import {
  Agent,
  createServer,
  request as httpRequest,
  type IncomingHttpHeaders,
  type RequestListener,
  type Server,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import { invalid } from '../core/index.ts';
import type { Delivery } from './build-delivery.ts';
import { type Exchange, runExchange } from './run-exchange.ts';
import { deliveryDefaults } from './to-request.ts';
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

/**
 * A {@link Transport} delivering to a Node HTTP app: an Express app, a plain `(req, res) => void` listener, Koa (the
 * app itself or `app.callback()`), or an `http.Server` such as Fastify's `fastify.server` (after
 * `await fastify.ready()`). The app is served on 127.0.0.1 on a free port for the life of the transport (a server
 * already listening is used as it is) and each delivery is one `POST` with node's `http` client, over connections
 * the transport keeps alive; `close()` stops what the adapter started.
 *
 * @throws {SpikeKitError} `INVALID_TARGET` for anything else, or a `path` not starting with `/`; `INVALID_OPTION`
 *   for options that are not an object.
 *
 * @example
 * ```ts
 * const transport = await appTransport(expressApp, { path: '/webhooks/spike' });
 * const result = await transport.send(delivery); // { kind: 'response', status: 200, ... }
 * await transport.close?.();
 * ```
 */
export async function appTransport(app: unknown, options: AppTransportOptions = {}): Promise<Transport> {
  if (options === null || typeof options !== 'object')
    throw invalid('INVALID_OPTION', "appTransport's options", 'an object such as { path }', options);
  if (options.path !== undefined && (typeof options.path !== 'string' || !options.path.startsWith('/')))
    throw invalid('INVALID_TARGET', "An app target's 'path'", "a path starting with '/'", options.path, {
      details: { target: 'app' },
    });
  const { server, owned } = toServer(app);
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
  // One pool of kept-alive connections per transport: a delivery does not pay for a new connection each time.
  const agent = new Agent({ keepAlive: true });
  let closed = false;
  return {
    kind: 'app',
    description: `node app on 127.0.0.1:${port}${path}`,
    inProcess: false,
    send: (delivery, sendOptions) =>
      runExchange(async (signal) => {
        const address = server.address() as AddressInfo | null;
        if (address === null)
          throw Object.assign(new Error('the app is not listening (closed)'), { code: 'ECONNREFUSED' });
        return post(delivery, { port: address.port, path, agent, signal });
      }, sendOptions),
    async close() {
      if (closed) return;
      closed = true;
      agent.destroy();
      if (!(owned || started)) return;
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

interface PostOptions {
  readonly port: number;
  readonly path: string;
  readonly agent: Agent;
  readonly signal: AbortSignal | undefined;
}

/** One POST of the delivery's exact body and headers; settles when the whole answer has arrived. */
function post(delivery: Delivery, options: PostOptions): Promise<Exchange> {
  return new Promise<Exchange>((resolve, reject) => {
    const body = Buffer.from(delivery.body, 'utf8');
    const headers: Record<string, string | number> = { ...delivery.headers };
    if (!Object.keys(headers).some((name) => name.toLowerCase() === 'content-length'))
      headers['Content-Length'] = body.length;
    const request = httpRequest({
      host: '127.0.0.1',
      port: options.port,
      path: options.path,
      method: 'POST',
      headers,
      agent: options.agent,
      ...(options.signal === undefined ? {} : { signal: options.signal }),
    });
    // Listen for every error, not once: an aborted request (the timeout) can emit more than one, and an unheard
    // 'error' event would take the process down.
    request.on('error', reject);
    request.once('response', (response) => {
      response.on('error', reject);
      response.once('end', () =>
        resolve({ status: response.statusCode ?? 0, headers: stringHeaders(response.headers) }),
      );
      response.resume();
    });
    request.end(body);
  });
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
  throw invalid(
    'INVALID_TARGET',
    'An app target',
    'a Node request listener (an Express app, (req, res) => void), a Koa app or an http.Server (e.g. fastify.server)',
    app,
    { details: { target: 'app' } },
  );
}

function stringHeaders(headers: IncomingHttpHeaders): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) out[name] = Array.isArray(value) ? value.join(', ') : String(value);
  }
  return out;
}

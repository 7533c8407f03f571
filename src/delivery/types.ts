import type { Delivery } from './build-delivery.ts';

/**
 * Why a delivery got no HTTP answer: the connection was refused, reset, timed out, the host did not resolve, the
 * caller aborted, or something else went wrong below HTTP.
 *
 * @example
 * ```ts
 * if (result.kind === 'network-error' && result.error === 'refused') console.log('is the server running?');
 * ```
 */
export type NetworkErrorKind = 'refused' | 'reset' | 'timeout' | 'dns' | 'aborted' | 'other';

/**
 * The target answered with an HTTP status (any status: classifying it is the profile's business).
 *
 * @example
 * ```ts
 * const ok: TransportResponse = { kind: 'response', status: 200, headers: {}, latencyMs: 0.4 };
 * ```
 */
export interface TransportResponse {
  readonly kind: 'response';
  readonly status: number;
  /** Response headers, names in lower case. */
  readonly headers: Readonly<Record<string, string>>;
  /** Real (wall-clock) milliseconds from sending to the status line. */
  readonly latencyMs: number;
  /**
   * Set when an in-process handler threw instead of answering; the status is then 500, as web frameworks answer
   * an uncaught exception.
   */
  readonly handlerError?: string;
}

/**
 * The delivery got no HTTP answer.
 *
 * @example
 * ```ts
 * const reset: TransportFailure = { kind: 'network-error', error: 'reset', message: 'ECONNRESET', latencyMs: 2 };
 * ```
 */
export interface TransportFailure {
  readonly kind: 'network-error';
  readonly error: NetworkErrorKind;
  /** What went wrong, for humans (the underlying error code or message). */
  readonly message: string;
  /** Real (wall-clock) milliseconds from sending to the failure. */
  readonly latencyMs: number;
}

/**
 * What one delivery attempt produced, whatever the target: an HTTP response or a network-level failure. Every
 * adapter reports in this one type.
 *
 * @example
 * ```ts
 * const result = await deliver({ fetch: handler }, delivery);
 * if (result.kind === 'response') console.log(result.status, result.latencyMs);
 * else console.log('no answer:', result.error);
 * ```
 */
export type TransportResult = TransportResponse | TransportFailure;

/**
 * Options of one {@link Transport.send}.
 *
 * @example
 * ```ts
 * await transport.send(delivery, { timeoutMs: 30_000, signal: AbortSignal.timeout(60_000) });
 * ```
 */
export interface SendOptions {
  /** Give up after this many real milliseconds and report `{ kind: 'network-error', error: 'timeout' }`. */
  readonly timeoutMs?: number | undefined;
  /** Abort the attempt; it then reports `error: 'aborted'`. */
  readonly signal?: AbortSignal | undefined;
}

/**
 * The port every target implements: send one delivery, exactly as built (body bytes and headers untouched), and
 * report what came back. The delivery logic and the simulator are written once against it; adapters exist for
 * fetch handlers, Node apps and real URLs here, msw in `spike-webhook-kit/msw`. Implement it to deliver
 * anywhere else.
 *
 * @example
 * ```ts
 * const logging: Transport = {
 *   kind: 'custom', description: 'logger', inProcess: true,
 *   async send(delivery) {
 *     console.log(delivery.body);
 *     return { kind: 'response', status: 200, headers: {}, latencyMs: 0 };
 *   },
 * };
 * await simulate({ profile: 'spike-forms', target: { transport: logging }, event });
 * ```
 */
export interface Transport {
  /** A short name of the adapter: `'fetch'`, `'app'`, `'url'`, `'msw'` or your own. */
  readonly kind: string;
  /** What the deliveries go to, for timelines and messages (e.g. `'fetch handler'`, a URL). */
  readonly description: string;
  /**
   * True when the receiving code runs in this process and is reached without a socket (a fetch handler, msw), so
   * its timers can run on the simulator's virtual clock. False for anything behind a socket.
   */
  readonly inProcess: boolean;
  /** Sends one delivery. Never rejects for network failures: they are results. */
  send(delivery: Delivery, options?: SendOptions): Promise<TransportResult>;
  /** Releases what the adapter opened (a server it started). Idempotent. */
  close?(): Promise<void>;
}

/**
 * A fetch-style handler: Next.js route handlers, Hono, Remix, Cloudflare-style workers.
 *
 * @example
 * ```ts
 * const POST: FetchHandler = async (request) => new Response(null, { status: 200 });
 * ```
 */
export type FetchHandler = (request: Request) => Response | Promise<Response>;

/**
 * Where deliveries go:
 *
 * - `{ fetch: handler }`: a fetch-style handler, called in-process with a `Request` (`url` sets its URL);
 * - `{ app }`: a Node HTTP handler or server (Express, Koa's `app.callback()`, Fastify's `fastify.server`, a plain
 *   `http` listener), served once on 127.0.0.1 and reached with node's http client (`path` default `'/'`);
 * - `{ url }`: a running server, reached with `fetch` over the network (`client` swaps the fetch implementation,
 *   e.g. undici's with its own dispatcher);
 * - `{ transport }`: any {@link Transport}, for example msw's (`mswTarget` in `spike-webhook-kit/msw`).
 *
 * @example
 * ```ts
 * await simulate({ profile: 'spike-forms', target: { app: expressApp, path: '/webhooks/spike' }, event });
 * ```
 */
export type Target =
  | { readonly fetch: FetchHandler; readonly url?: string }
  | { readonly app: unknown; readonly path?: string }
  | { readonly url: string | URL; readonly client?: typeof fetch }
  | { readonly transport: Transport };

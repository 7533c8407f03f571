import { invalid, SpikeKitError } from '../core/index.ts';
import { headersToObject, runExchange } from './run-exchange.ts';
import type { Transport } from './types.ts';

/**
 * Options of {@link urlTransport}.
 *
 * @example
 * ```ts
 * urlTransport('http://127.0.0.1:3000/hook', { client: undiciFetch });
 * ```
 */
export interface UrlTransportOptions {
  /** The fetch implementation; default the global `fetch` (swap in undici's to choose a dispatcher). */
  readonly client?: typeof fetch | undefined;
  /** Adapter name in timelines; default `'url'`. */
  readonly kind?: string;
  /** What the target is, for timelines; default the URL. */
  readonly description?: string;
  /**
   * True when the request never leaves the process (an msw server intercepts it). Default false: the receiver is
   * behind a socket and its time is real.
   */
  readonly inProcess?: boolean;
}

/**
 * A {@link Transport} POSTing each delivery with `fetch` to a URL: real network, real timeout, redirects not
 * followed (Spike counts a 3xx as a failure). Refused, reset and timed-out connections are classified from the
 * error's `cause` chain.
 *
 * @throws {SpikeKitError} `INVALID_TARGET` for a URL that is not http(s) or a `client` that is not a function;
 *   `INVALID_OPTION` for options that are not an object.
 *
 * @example
 * ```ts
 * const transport = urlTransport('http://127.0.0.1:3000/webhooks/spike');
 * await transport.send(delivery, { timeoutMs: 30_000 }); // { kind: 'network-error', error: 'refused', ... }
 * ```
 */
export function urlTransport(url: string | URL, options: UrlTransportOptions = {}): Transport {
  if (options === null || typeof options !== 'object')
    throw invalid('INVALID_OPTION', "urlTransport's options", 'an object such as { client }', options);
  if (options.client !== undefined && typeof options.client !== 'function')
    throw invalid('INVALID_TARGET', "A url target's 'client'", 'a fetch function', options.client, {
      details: { target: 'url' },
    });
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw invalidUrl(url);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw invalidUrl(url);
  const client = options.client ?? globalThis.fetch;
  const href = parsed.href;
  return {
    kind: options.kind ?? 'url',
    description: options.description ?? href,
    inProcess: options.inProcess ?? false,
    send: (delivery, sendOptions) =>
      runExchange(async (signal) => {
        const response = await client(href, {
          method: delivery.method,
          headers: delivery.headers,
          body: delivery.body,
          redirect: 'manual',
          ...(signal === undefined ? {} : { signal }),
        });
        // Spike ignores response bodies; release the connection without reading it.
        await response.body?.cancel().catch(() => undefined);
        return { status: response.status, headers: headersToObject(response.headers) };
      }, sendOptions),
  };
}

function invalidUrl(url: unknown): SpikeKitError {
  return new SpikeKitError(
    'INVALID_TARGET',
    `A url target needs an absolute http:// or https:// URL, got ${JSON.stringify(String(url))}.`,
    { target: 'url', url: String(url) },
  );
}

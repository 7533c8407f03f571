import { invalid, SpikeKitError } from '../core/index.ts';
import { describeError } from './network-errors.ts';
import { handlerFailure, headersToObject, runExchange } from './run-exchange.ts';
import { toRequest } from './to-request.ts';
import type { FetchHandler, Transport } from './types.ts';

/**
 * Options of {@link fetchTransport}.
 *
 * @example
 * ```ts
 * fetchTransport(POST, { url: 'https://example.test/api/webhooks/spike' });
 * ```
 */
export interface FetchTransportOptions {
  /** The URL each `Request` carries. Default: the delivery's `url`, else {@link deliveryDefaults}`.url`. */
  readonly url?: string | URL | undefined;
  /** Adapter name in timelines; default `'fetch'`. */
  readonly kind?: string;
  /** What the target is, for timelines; default `'fetch handler'`. */
  readonly description?: string;
}

/**
 * A {@link Transport} calling a fetch-style handler in-process with a `Request` (no socket). A thrown exception is
 * reported as a 500 with `handlerError` (what frameworks answer); a `Response.error()` is a network failure.
 *
 * @throws {SpikeKitError} `INVALID_TARGET` for a handler that is not a function or a `url` that is not absolute, and
 *   (when sending) if the handler returns something that is not a `Response`; `INVALID_OPTION` for options that are
 *   not an object; `TRANSPORT_FAILED` (when sending) for a delivery a `Request` cannot carry.
 *
 * @example
 * ```ts
 * import { POST } from './app/api/webhooks/spike/route.ts';
 * const transport = fetchTransport(POST, { url: 'https://example.test/api/webhooks/spike' });
 * const result = await transport.send(delivery); // { kind: 'response', status: 200, ... }
 * ```
 */
export function fetchTransport(handler: FetchHandler, options: FetchTransportOptions = {}): Transport {
  if (typeof handler !== 'function') {
    throw new SpikeKitError(
      'INVALID_TARGET',
      `A fetch target needs a function (request: Request) => Response, got ${typeof handler}.`,
      { target: 'fetch' },
    );
  }
  if (options === null || typeof options !== 'object')
    throw invalid('INVALID_OPTION', "fetchTransport's options", 'an object such as { url }', options);
  const { url } = options;
  if (url !== undefined && !(url instanceof URL) && !(typeof url === 'string' && URL.canParse(url)))
    throw invalid('INVALID_TARGET', "A fetch target's 'url'", 'an absolute URL', url, {
      details: { target: 'fetch' },
    });
  const description = options.description ?? 'fetch handler';
  return {
    kind: options.kind ?? 'fetch',
    description,
    inProcess: true,
    send: (delivery, sendOptions) =>
      runExchange(async () => {
        let request: Request;
        try {
          request = toRequest(delivery, options.url ?? delivery.url);
        } catch (error) {
          // The kit could not build the request: not the handler's failure, and not a network one.
          throw invalid(
            'TRANSPORT_FAILED',
            `The delivery to the ${description}`,
            'something a fetch Request can carry (an absolute URL, header names and values without line breaks)',
            delivery.headers,
            {
              details: { target: 'fetch' },
              hint: `Building the Request failed (${describeError(error)}); the handler was not called.`,
              cause: error,
            },
          );
        }
        let response: unknown;
        try {
          response = await handler(request);
        } catch (error) {
          if (error instanceof SpikeKitError) throw error;
          return handlerFailure(error);
        }
        if (!(response instanceof Response)) {
          throw new SpikeKitError(
            'INVALID_TARGET',
            `The ${description} returned ${describeValue(response)} instead of a Response: return new Response(null, { status: 200 }).`,
            { target: 'fetch' },
          );
        }
        if (response.type === 'error') throw new TypeError(`the ${description} answered Response.error()`);
        return { status: response.status, headers: headersToObject(response.headers) };
      }, sendOptions),
  };
}

function describeValue(value: unknown): string {
  if (value === null || value === undefined) return String(value);
  if (typeof value === 'object') return `an object (${Object.prototype.toString.call(value).slice(8, -1)})`;
  return `a ${typeof value}`;
}

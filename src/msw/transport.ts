import { fetchTransport } from '../delivery/fetch-handler.ts';
import { importOptional } from '../delivery/optional.ts';
import type { MswTargetOptions, Transport } from '../delivery/types.ts';
import { urlTransport } from '../delivery/url.ts';
import { SpikeKitError } from '../errors/index.ts';

type GetResponse = (handlers: unknown[], request: Request) => Promise<Response | undefined>;

/**
 * A {@link Transport} delivering to msw:
 *
 * - `{ url, handlers }`: msw request handlers resolved in-process with msw's `getResponse` (no socket, nothing
 *   patched globally); their timers (`await delay('...')`) run on the simulator's virtual clock;
 * - `{ url, server }`: a listening `setupServer(...)`: each delivery is a real `fetch(url)` that the server
 *   intercepts, as your app's own requests are (its `onUnhandledFrame` and `Response.error()` apply).
 *
 * msw is an optional peer, loaded on first use.
 *
 * @throws {SpikeKitError} `INVALID_TARGET` for a bad shape, or (when sending) when no handler matches the URL;
 *   `OPTIONAL_DEPENDENCY_MISSING` without msw.
 *
 * @example
 * ```ts
 * import { http, HttpResponse } from 'msw';
 * import { mswTransport } from 'spike-webhook-kit/msw';
 * const url = 'https://hooks.example.test/spike';
 * const transport = await mswTransport({ url, handlers: [http.post(url, () => new HttpResponse(null, { status: 200 }))] });
 * ```
 */
export async function mswTransport(options: MswTargetOptions): Promise<Transport> {
  const o = (options ?? {}) as { url?: unknown; handlers?: unknown; server?: unknown };
  const url = String(o.url ?? '');
  if (o.url === undefined || !/^https?:\/\//.test(url)) {
    throw invalid(`needs an absolute http(s) url to deliver to, got ${JSON.stringify(o.url)}`);
  }
  if (o.server !== undefined) {
    const server = o.server as { listHandlers?: unknown; readyState?: unknown };
    if (typeof server.listHandlers !== 'function')
      throw invalid('server must be what msw/node setupServer() returns, listening');
    // msw 3 reports 0 until listen(): without it the request would leave the process.
    if (server.readyState === 0) throw invalid('server is not listening: call server.listen() first');
    return urlTransport(url, { kind: 'msw', description: `msw server ${url}`, inProcess: true });
  }
  if (!Array.isArray(o.handlers))
    throw invalid('needs handlers (an array of msw request handlers) or server');
  const handlers = o.handlers as unknown[];
  const { getResponse } = await importOptional<{ getResponse: GetResponse }>('msw', 'The { msw } target');
  return fetchTransport(
    async (request) => {
      const response = await getResponse(handlers, request);
      if (response === undefined) {
        throw new SpikeKitError(
          'INVALID_TARGET',
          `No msw handler matched ${request.method} ${request.url}: add http.post('${request.url}', resolver) to the handlers.`,
          { target: 'msw', url: request.url },
        );
      }
      return response;
    },
    { url, kind: 'msw', description: `msw handlers ${url}` },
  );
}

function invalid(problem: string): SpikeKitError {
  return new SpikeKitError(
    'INVALID_TARGET',
    `The msw target ${problem}. Use { msw: { url, handlers: [http.post(url, resolver)] } } or { msw: { url, server } }.`,
    { target: 'msw' },
  );
}

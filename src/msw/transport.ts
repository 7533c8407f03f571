import { SpikeKitError } from '../core/index.ts';
import { fetchTransport } from '../delivery/fetch-transport.ts';
import { importOptional } from '../delivery/import-optional.ts';
import type { Target, Transport } from '../delivery/types.ts';
import { urlTransport } from '../delivery/url-transport.ts';

/**
 * An msw target. `handlers`: msw request handlers (e.g. `[http.post(url, resolver)]`), resolved in-process with
 * msw's `getResponse`: no socket, nothing global. `server`: a listening `setupServer(...)` instance: the delivery
 * is a real `fetch(url)` that the server intercepts, exactly as your app's own requests are.
 *
 * @example
 * ```ts
 * const target = mswTarget({ url, handlers: [http.post(url, () => new HttpResponse(null, { status: 200 }))] });
 * ```
 */
export type MswTargetOptions =
  | { readonly url: string | URL; readonly handlers: readonly unknown[] }
  | { readonly url: string | URL; readonly server: { listHandlers(): readonly unknown[] } };

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
  const checked = checkMswOptions(options);
  if (checked.server)
    return urlTransport(checked.url, {
      kind: 'msw',
      description: `msw server ${checked.url}`,
      inProcess: true,
    });
  const { url, handlers } = checked;
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

/**
 * A target delivering to msw, for `simulate` and `deliver`: `{ url, handlers }` (msw request handlers, resolved
 * in-process) or `{ url, server }` (a listening `setupServer`). The shape is checked at once; msw loads on the first
 * delivery.
 *
 * @throws {SpikeKitError} `INVALID_TARGET` for a bad shape; `OPTIONAL_DEPENDENCY_MISSING` (on first send) without msw.
 * @example
 * ```ts
 * import { mswTarget } from 'spike-webhook-kit/msw';
 * await simulate({ profile: 'spike-forms', target: mswTarget({ url, handlers }), event, secret });
 * ```
 */
export function mswTarget(options: MswTargetOptions): Target {
  const { url, server } = checkMswOptions(options);
  let loading: Promise<Transport> | undefined;
  const transport: Transport = {
    kind: 'msw',
    description: server ? `msw server ${url}` : `msw handlers ${url}`,
    inProcess: true,
    async send(delivery, sendOptions) {
      loading ??= mswTransport(options);
      return (await loading).send(delivery, sendOptions);
    },
    async close() {
      if (loading !== undefined) await (await loading).close?.();
    },
  };
  return { transport };
}

type CheckedOptions = { url: string; server: true } | { url: string; server: false; handlers: unknown[] };

function checkMswOptions(options: MswTargetOptions): CheckedOptions {
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
    return { url, server: true };
  }
  if (!Array.isArray(o.handlers))
    throw invalid('needs handlers (an array of msw request handlers) or server');
  return { url, server: false, handlers: o.handlers as unknown[] };
}

function invalid(problem: string): SpikeKitError {
  return new SpikeKitError(
    'INVALID_TARGET',
    `The msw target ${problem}. Use mswTarget({ url, handlers: [http.post(url, resolver)] }) or mswTarget({ url, server }).`,
    { target: 'msw' },
  );
}

// The transport of `send --rate/--concurrency`: node:http(s) over a keep-alive pool sized to the concurrency. fetch
// (undici) is the kit's general URL transport; for load, Node's own http client on reused sockets sends about three
// times as many requests per second from one process (bench/cli-send.bench.ts measures it against autocannon).
import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { SpikeKitError } from '../core/index.ts';
import { classifyNetworkError, type Transport, type TransportResult } from '../delivery/index.ts';

/**
 * A {@link Transport} POSTing each delivery to `url` with node:http (or node:https) over at most `sockets` kept-alive
 * connections: redirects are not followed (Spike counts a 3xx as a failure), response bodies are drained unread, a
 * request idle for `timeoutMs` is a `timeout`. Call `close()` to release the sockets.
 *
 * @throws {SpikeKitError} `INVALID_TARGET` for a URL that is not absolute http(s).
 * @example
 * ```ts
 * const transport = keepAliveTransport('http://127.0.0.1:3000/webhooks/spike', 10);
 * try { await deliver(transport, delivery, { timeoutMs: 30_000 }); } finally { await transport.close?.(); }
 * ```
 */
export function keepAliveTransport(url: string, sockets: number): Transport {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    parsed = new URL('invalid:');
  }
  const secure = parsed.protocol === 'https:';
  if (!secure && parsed.protocol !== 'http:')
    throw new SpikeKitError(
      'INVALID_TARGET',
      `send needs an absolute http:// or https:// URL, got ${JSON.stringify(url)}.`,
      { target: 'url', url },
    );
  const agent = new (secure ? HttpsAgent : HttpAgent)({
    keepAlive: true,
    maxSockets: sockets,
    scheduling: 'lifo',
  });
  const send = secure ? httpsRequest : httpRequest;
  const target = {
    protocol: parsed.protocol,
    hostname: parsed.hostname.replace(/^\[|\]$/g, ''),
    port: parsed.port,
    path: `${parsed.pathname}${parsed.search}`,
    method: 'POST',
    agent,
  };
  return {
    kind: 'url',
    description: parsed.href,
    inProcess: false,
    send: (delivery, options = {}) =>
      new Promise<TransportResult>((resolve) => {
        const start = performance.now();
        let settled = false;
        const finish = (result: TransportResult) => {
          if (settled) return;
          settled = true;
          resolve(result);
        };
        const failed = (error: unknown) =>
          finish({
            kind: 'network-error',
            ...classifyNetworkError(error),
            latencyMs: performance.now() - start,
          });
        const request = send({ ...target, headers: delivery.headers }, (response: IncomingMessage) => {
          const latencyMs = performance.now() - start;
          const status = response.statusCode ?? 0;
          const headers: Record<string, string> = {};
          for (const [name, value] of Object.entries(response.headers))
            if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
          response.on('error', () => {});
          response.on('end', () => finish({ kind: 'response', status, headers, latencyMs }));
          response.on('close', () => finish({ kind: 'response', status, headers, latencyMs }));
          response.resume();
        });
        request.on('error', failed);
        if (options.timeoutMs !== undefined)
          request.setTimeout(options.timeoutMs, () =>
            request.destroy(Object.assign(new Error('timed out'), { code: 'ETIMEDOUT' })),
          );
        const signal = options.signal;
        if (signal !== undefined) {
          if (signal.aborted) request.destroy(Object.assign(new Error('aborted'), { name: 'AbortError' }));
          else
            signal.addEventListener(
              'abort',
              () => request.destroy(Object.assign(new Error('aborted'), { name: 'AbortError' })),
              { once: true },
            );
        }
        request.end(delivery.body);
      }),
    close: async () => {
      agent.destroy();
    },
  };
}

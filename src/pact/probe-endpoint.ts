import { connect } from 'node:net';
import { SpikeKitError } from '../core/index.ts';

/** How long {@link probeEndpoint} waits for a TCP connection by default, ms. */
const PROBE_TIMEOUT_MS = 1500;

/**
 * Checks that something accepts TCP connections at `baseUrl` before a verification starts, so an endpoint that is
 * not running is one clear error at once instead of a failure inside Pact's proxy.
 *
 * @throws {SpikeKitError} `TRANSPORT_FAILED` when the connection is refused, fails, or takes longer than `timeoutMs`.
 */
export function probeEndpoint(baseUrl: URL, timeoutMs: number = PROBE_TIMEOUT_MS): Promise<void> {
  const port = Number(baseUrl.port || (baseUrl.protocol === 'https:' ? 443 : 80));
  const host = baseUrl.hostname.replace(/^\[|\]$/g, '');
  return new Promise((resolve, reject) => {
    const socket = connect({ host, port });
    const fail = (reason: string, cause?: unknown) => {
      socket.destroy();
      reject(
        new SpikeKitError(
          'TRANSPORT_FAILED',
          `Cannot reach the endpoint at ${baseUrl.origin}: ${reason}. Start your receiver (listening on ${host}:${port}) before verifying it, or fix { baseUrl }.`,
          { baseUrl: baseUrl.href },
          cause === undefined ? undefined : { cause },
        ),
      );
    };
    socket.setTimeout(timeoutMs, () => fail(`no connection within ${timeoutMs} ms`));
    socket.once('connect', () => {
      socket.end();
      resolve();
    });
    socket.once('error', (error: NodeJS.ErrnoException) =>
      fail(
        error.code === 'ECONNREFUSED' ? 'connection refused (nothing listens there)' : error.message,
        error,
      ),
    );
  });
}

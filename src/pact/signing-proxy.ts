import { createServer } from 'node:http';
import { invalid } from '../core/index.ts';
import { checkSecret } from '../signing/index.ts';
import { checkHttpUrl } from './check-verify-options.ts';
import { answerAsKit, forwardRequest } from './forward-request.ts';
import { listen } from './local-server.ts';
import { isStateCall, Resigner, type ResignOptions } from './resigner.ts';

/** Options of {@link startSigningProxy}. */
export interface SigningProxyOptions extends ResignOptions {
  /** The endpoint under test, full URL: every replayed request is forwarded there, e.g. `http://127.0.0.1:3000/webhooks/spike`. */
  readonly target: string;
  /**
   * Your own provider-state URL, if your endpoint needs to act on states (e.g. switch to the rotated secret): state
   * calls are forwarded to it after the proxy has noted them.
   */
  readonly stateChangeUrl?: string;
  /** Default 0 (any free port). */
  readonly port?: number;
  /** Default `'127.0.0.1'`. */
  readonly host?: string;
}

/** A running signing proxy. */
export interface SigningProxy {
  /** Base URL of the proxy: point `pact verifier` at its host and port. */
  readonly url: string;
  readonly port: number;
  /** The URL to give `pact verifier --state-change-url`. */
  readonly stateChangeUrl: string;
  close(): Promise<void>;
}

/** The path the proxy serves provider-state calls on (`stateChangeUrl` is the proxy's URL with it). */
const STATE_CHANGE_PATH = '/_pact/state';

/**
 * For the standalone `pact verifier` CLI, which has no request filter: an HTTP proxy on 127.0.0.1 that does what
 * `verifyEndpoint`'s filter does. The CLI replays each contract request to the proxy; the proxy restyles the body,
 * re-signs it over exactly the bytes it forwards (following the provider states sent to {@link STATE_CHANGE_PATH})
 * and passes it to `target`, then returns the endpoint's response unchanged.
 *
 * @example
 * ```ts
 * const proxy = await startSigningProxy({ profile: 'spike-health-v3', secret, target: 'http://127.0.0.1:3000/webhooks/spike' });
 * // pact verifier --file contracts/pacts/http/spike-health-v3-spike-webhook-receiver.json \
 * //   --hostname 127.0.0.1 --port <proxy.port> --state-change-url <proxy.stateChangeUrl>
 * ```
 */
export async function startSigningProxy(options: SigningProxyOptions): Promise<SigningProxy> {
  checkProxyOptions(options);
  const resigner = new Resigner(options);
  const target = new URL(options.target); // checked above
  let stateChangeUrl = () => `<proxy URL>${STATE_CHANGE_PATH}`;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const raw = Buffer.concat(chunks);
      const path = (req.url ?? '/').split('?')[0];
      if (path === STATE_CHANGE_PATH) {
        let call: unknown;
        try {
          call = JSON.parse(raw.toString('utf8') || '{}');
        } catch {
          call = undefined;
        }
        if (isStateCall(call)) resigner.observe(call);
        if (options.stateChangeUrl === undefined) {
          res.writeHead(200, { 'Content-Type': 'application/json' });
          res.end('{}');
          return;
        }
        let stateUrl: URL;
        try {
          stateUrl = new URL(options.stateChangeUrl);
        } catch (error) {
          answerAsKit(
            res,
            500,
            `spike-webhook-kit signing proxy: bad stateChangeUrl: ${(error as Error).message}`,
          );
          return;
        }
        forwardRequest(stateUrl, 'POST', { 'content-type': 'application/json' }, raw, res);
        return;
      }
      const headers = req.headers as Record<string, string | string[] | undefined>;
      if (!resigner.sawStateCall && headers[resigner.profile.signature.header.toLowerCase()] !== undefined) {
        // Without state calls the proxy cannot tell a valid delivery from a forged one: never sign blindly.
        answerAsKit(
          res,
          500,
          `spike-webhook-kit signing proxy: a signed request arrived before any provider-state call, so the proxy cannot tell how to sign it (valid, rotated or wrong secret). Pass --state-change-url ${stateChangeUrl()} to pact verifier${options.stateChangeUrl === undefined ? '' : ' (the proxy forwards state calls to your stateChangeUrl)'}.`,
        );
        return;
      }
      const out = resigner.resign(raw, headers);
      if (!out.ok) {
        answerAsKit(res, 500, out.message);
        return;
      }
      delete out.headers.host;
      delete out.headers.connection;
      forwardRequest(target, req.method ?? 'POST', out.headers, out.body, res);
    });
    req.on('error', () => res.destroy());
  });
  server.on('clientError', (_error, socket) => socket.destroy());
  const running = await listen(server, options.host ?? '127.0.0.1', options.port ?? 0);
  const stateUrl = `${running.url}${STATE_CHANGE_PATH}`;
  stateChangeUrl = () => stateUrl;
  return { ...running, stateChangeUrl: stateUrl };
}

/** Every bad option of {@link startSigningProxy} is a coded `INVALID_OPTION` before anything listens. */
function checkProxyOptions(options: SigningProxyOptions): void {
  const caller = 'startSigningProxy';
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw invalid(
      'INVALID_OPTION',
      `${caller}'s options`,
      'an object such as { profile, target, secret }',
      options,
    );
  }
  checkSecret(options.secret, { caller, required: true });
  checkSecret(options.rotatedSecret, { caller, option: 'rotatedSecret' });
  for (const option of ['target', 'stateChangeUrl'] as const) {
    const value: unknown = options[option];
    if (value === undefined && option === 'stateChangeUrl') continue;
    checkHttpUrl(value, caller, option, 'an absolute http(s) URL');
  }
  const { port, host } = options as { port?: unknown; host?: unknown };
  if (
    port !== undefined &&
    !(Number.isInteger(port) && (port as number) >= 0 && (port as number) <= 65_535)
  ) {
    throw invalid('INVALID_OPTION', `${caller}'s 'port'`, 'a whole number from 0 to 65535', port, {
      details: { option: 'port' },
    });
  }
  if (host !== undefined && (typeof host !== 'string' || host.trim() === '')) {
    throw invalid(
      'INVALID_OPTION',
      `${caller}'s 'host'`,
      "a host name or address such as '127.0.0.1'",
      host,
      { details: { option: 'host' } },
    );
  }
}

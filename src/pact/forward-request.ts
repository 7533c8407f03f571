import { request as httpRequest, type ServerResponse } from 'node:http';
import { request as httpsRequest } from 'node:https';

/** An answer the kit produced itself instead of passing on the endpoint's (it is never the endpoint's fault). */
export interface KitAnswer {
  /** The provider state current when it happened (`undefined`: none). */
  readonly state: string | undefined;
  /** The status the kit answered with. */
  readonly status: number;
  /** What really happened. */
  readonly cause: string;
}

/** The header a kit-produced answer carries, so it can never be mistaken for the endpoint's. */
const KIT_ANSWER_HEADER = 'x-spike-webhook-kit-error';

/**
 * Answers `res` with a response the kit produced itself (a setup problem, not the endpoint's answer) and records it
 * with `record`. Safe on a response whose head was already sent.
 */
export function answerAsKit(
  res: ServerResponse,
  status: number,
  cause: string,
  record?: (status: number, cause: string) => void,
): void {
  record?.(status, cause);
  if (res.headersSent) {
    res.destroy();
    return;
  }
  res.writeHead(status, { 'Content-Type': 'text/plain', [KIT_ANSWER_HEADER]: 'true' });
  res.end(cause);
}

/**
 * Sends one request to `url` and pipes the answer into `res`. Every socket error (refused, reset, timed out) is
 * handled: it becomes a kit answer (502 or 504) recorded with `record`, never an uncaught exception.
 */
export function forwardRequest(
  url: URL,
  method: string,
  headers: Record<string, string>,
  body: Buffer,
  res: ServerResponse,
  options: { readonly timeoutMs?: number; readonly record?: (status: number, cause: string) => void } = {},
): void {
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  let done = false;
  const fail = (status: number, cause: string) => {
    if (done) return;
    done = true;
    answerAsKit(res, status, cause, options.record);
  };
  let upstream: ReturnType<typeof send>;
  try {
    upstream = send(url, {
      method,
      headers: { ...headers, 'content-length': String(body.length) },
      ...(options.timeoutMs === undefined ? {} : { timeout: options.timeoutMs }),
    });
  } catch (error) {
    fail(502, `spike-webhook-kit: cannot send to ${url.href}: ${(error as Error).message}`);
    return;
  }
  upstream.on('response', (answer) => {
    answer.on('error', (error) =>
      fail(502, `spike-webhook-kit: the answer of ${url.href} broke off: ${error.message}`),
    );
    if (done) {
      answer.resume();
      return;
    }
    done = true;
    res.writeHead(answer.statusCode ?? 502, answer.headers);
    answer.pipe(res);
  });
  upstream.on('timeout', () => {
    fail(504, `spike-webhook-kit: ${url.href} did not answer within ${options.timeoutMs} ms`);
    upstream.destroy();
  });
  upstream.on('error', (error) => {
    const code = (error as NodeJS.ErrnoException).code;
    fail(
      502,
      `spike-webhook-kit: cannot reach ${url.href}: ${error.message}${code && !error.message.includes(code) ? ` (${code})` : ''}`,
    );
  });
  res.on('error', () => upstream.destroy());
  upstream.end(body);
}

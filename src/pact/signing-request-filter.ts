import type { ServerResponse } from 'node:http';
import { answerAsKit, forwardRequest, type KitAnswer } from './forward-request.ts';
import { isStateCall, type Resigner } from './resigner.ts';

/** The parts of an Express request the filter touches (Pact's verifier proxy is an Express app). */
interface FilterRequest {
  url: string;
  readonly path: string;
  readonly method?: string;
  body: unknown;
  headers: Record<string, string | string[] | undefined>;
}
interface FilterResponse {
  status(code: number): FilterResponse;
  type(type: string): FilterResponse;
  send(body: string): unknown;
}

/** Options of {@link signingRequestFilter}. */
export interface SigningRequestFilterOptions {
  /** The endpoint's path: replayed requests are sent there instead of the contract's path. */
  readonly path?: string;
  /** Collects why a request could not be re-signed. */
  readonly notes?: string[];
  /**
   * The endpoint's base URL: the filter sends each re-signed request there itself and answers with the endpoint's
   * response (every socket error handled), instead of passing it on to Pact's proxy. What `verifyEndpoint` uses
   * (`res` must then be a Node `ServerResponse`, which Express's is).
   */
  readonly forwardTo?: string;
  /** Per-request timeout when forwarding, ms. */
  readonly timeoutMs?: number;
  /** Collects every answer the kit produced itself (re-signing failed, the endpoint could not be reached). */
  readonly kitAnswers?: KitAnswer[];
}

/**
 * A request filter for Pact's verifier: provider-state calls pass untouched (it only watches them), every replayed
 * request is restyled, re-signed over exactly the bytes forwarded and sent to `path`. Exposed for teams that drive
 * `Verifier` themselves; `verifyEndpoint` serves it (with `forwardTo`) behind a local proxy for the verifier it
 * runs in a child process.
 *
 * @example
 * ```ts
 * const resigner = new Resigner({ profile: 'spike-health-v3', secret });
 * new Verifier({ providerBaseUrl, pactUrls, requestFilter: signingRequestFilter(resigner, { path: '/hooks' }) });
 * ```
 */
export function signingRequestFilter(
  resigner: Resigner,
  options: SigningRequestFilterOptions = {},
): (req: FilterRequest, res: FilterResponse, next: () => void) => void {
  const record = (status: number, cause: string) =>
    options.kitAnswers?.push({ state: resigner.currentState, status, cause });
  return (req, res, next) => {
    // Only a call to the state path is a state call: a replayed body may well have a top-level `state` field.
    if (req.path === '/_pactSetup') {
      if (isStateCall(req.body)) resigner.observe(req.body);
      next();
      return;
    }
    if (req.path === '/_messages') {
      next();
      return;
    }
    const out = resigner.resign(req.body, req.headers);
    if (!out.ok) {
      options.notes?.push(out.message);
      if (options.forwardTo !== undefined) {
        answerAsKit(res as unknown as ServerResponse, 500, out.message, record);
        return;
      }
      record(500, out.message);
      res.status(500).type('text/plain').send(out.message);
      return;
    }
    for (const name of Object.keys(req.headers)) delete req.headers[name];
    Object.assign(req.headers, out.headers);
    req.body = out.body;
    if (options.path !== undefined) {
      const query = req.url.indexOf('?');
      req.url = options.path + (query === -1 ? '' : req.url.slice(query));
    }
    if (options.forwardTo !== undefined) {
      delete out.headers.host;
      delete out.headers.connection;
      let url: URL;
      try {
        url = new URL(`${options.forwardTo.replace(/\/+$/, '')}${req.url}`);
      } catch (error) {
        answerAsKit(
          res as unknown as ServerResponse,
          500,
          `spike-webhook-kit: cannot build the endpoint URL: ${(error as Error).message}`,
          record,
        );
        return;
      }
      forwardRequest(url, req.method ?? 'POST', out.headers, out.body, res as unknown as ServerResponse, {
        ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
        record,
      });
      return;
    }
    next();
  };
}

import { isStateCall, type Resigner } from './resigner.ts';

/** The parts of an Express request the filter touches (Pact's verifier proxy is an Express app). */
interface FilterRequest {
  url: string;
  readonly path: string;
  body: unknown;
  headers: Record<string, string | string[] | undefined>;
}
interface FilterResponse {
  status(code: number): FilterResponse;
  type(type: string): FilterResponse;
  send(body: string): unknown;
}

/**
 * The request filter `verifyEndpoint` gives Pact's verifier: provider-state calls pass untouched (it only watches
 * them), every replayed request is restyled, re-signed over exactly the bytes forwarded and sent to `path`.
 * Exposed for teams that drive `Verifier` themselves.
 *
 * @example
 * ```ts
 * const resigner = new Resigner({ profile: 'spike-health-v3', secret });
 * new Verifier({ providerBaseUrl, pactUrls, requestFilter: signingRequestFilter(resigner, { path: '/hooks' }) });
 * ```
 */
export function signingRequestFilter(
  resigner: Resigner,
  options: { readonly path?: string; readonly notes?: string[] } = {},
): (req: FilterRequest, res: FilterResponse, next: () => void) => void {
  return (req, res, next) => {
    if (req.path === '/_pactSetup' || isStateCall(req.body)) {
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
    next();
  };
}

/**
 * One route of a mocked Spike API: what the world's dispatcher matches a request against. The dispatcher (in
 * `world-fetch.ts`) strips the API's base URL, matches `method` and `pattern`, records the call, applies the
 * faults a test asked for, and only then calls `handle`.
 *
 * @example
 * ```ts
 * const route: ApiRoute = { api: 'forms', method: 'GET', pattern: '/forms/:id', handle: ({ params }) => Response.json({ id: params.id }) };
 * ```
 */
export interface ApiRoute {
  /** Which mocked API the route belongs to. */
  readonly api: ApiName;
  readonly method: 'GET' | 'POST';
  /** The path below the API's base URL; `:name` segments become `params.name` (e.g. `/queries/sleeps/:id`). */
  readonly pattern: string;
  handle(call: ApiCall): Response | Promise<Response>;
}

/** The mocked APIs: Spike API v3 (health) and Spike Forms REST. */
export type ApiName = 'v3' | 'forms';

/** What a route's handler gets for one request. */
export interface ApiCall {
  readonly request: Request;
  readonly url: URL;
  /** The `:name` segments of the route's pattern, decoded. */
  readonly params: Readonly<Record<string, string>>;
  /** The world's clock when the request arrived, epoch ms (virtual time inside `simulate`). */
  readonly nowMs: number;
}

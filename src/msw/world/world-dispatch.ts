import { invalid } from '../../core/index.ts';
import { type ApiFault, applyApiFault, checkApiFault } from './api-faults.ts';
import type { ApiName, ApiRoute } from './api-route.ts';

/** One mocked API: where it lives, its routes, and its answer for a path no route matches. */
export interface MockedApi {
  readonly name: ApiName;
  /** Absolute base URL without a trailing slash (`https://app-api.spikeapi.com/v3`). */
  readonly baseUrl: string;
  readonly routes: readonly ApiRoute[];
  readonly notFound: (method: string, path: string) => Response;
  /** Who a request authenticates as, for the call record (never throws). */
  readonly whoIs: (request: Request, nowMs: number) => string | undefined;
}

/**
 * One request the world's API answered, as a test asserts on it.
 *
 * @example
 * ```ts
 * world.calls.filter((c) => c.route === 'GET /queries/timeseries').map((c) => c.query.metric);
 * ```
 */
export interface RecordedCall {
  readonly api: ApiName;
  readonly method: string;
  /** The matched route as `METHOD /pattern` (`GET /queries/sleeps/:id`); `undefined` when none matched. */
  readonly route: string | undefined;
  /** The path below the API's base. */
  readonly path: string;
  /** Query parameters: a string, or an array when repeated. */
  readonly query: Readonly<Record<string, string | readonly string[]>>;
  /** The `Authorization` header as sent (`undefined` when absent). */
  readonly authorization: string | undefined;
  /** Who it authenticated as: the v3 `application_user_id`, or the Forms API key. */
  readonly user: string | undefined;
  /** The answer's status (0 for a dropped connection; `undefined` when the client gave up first). */
  status: number | undefined;
  /** The injected fault, if one answered. */
  readonly fault: ApiFault['kind'] | undefined;
  /** The world's clock when the request arrived, epoch ms. */
  readonly atMs: number;
}

/** A fault rule: which route, which fault, how many calls it hits (after skipping some). */
export interface FaultRule {
  /** `METHOD /pattern` as in {@link RecordedCall.route} (`GET /queries/timeseries`), or `*` for every route. */
  readonly route: string;
  readonly fault: ApiFault | ApiFault['kind'];
  /** How many matching calls it answers (default 1; `Infinity` for all). */
  readonly times?: number;
  /** Matching calls to let through first (default 0). */
  readonly after?: number;
}

interface ActiveRule {
  readonly route: string;
  readonly fault: ApiFault;
  remaining: number;
  skip: number;
}

interface CompiledRoute {
  readonly route: ApiRoute;
  readonly key: string;
  readonly regex: RegExp;
  readonly names: readonly string[];
}

function compile(route: ApiRoute): CompiledRoute {
  const names: string[] = [];
  const source = route.pattern
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/:([A-Za-z_]+)/g, (_m, name: string) => {
      names.push(name);
      return '([^/]+)';
    });
  return { route, key: `${route.method} ${route.pattern}`, regex: new RegExp(`^${source}$`), names };
}

function queryOf(url: URL): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(url.searchParams.keys())) {
    const all = url.searchParams.getAll(key);
    out[key] = all.length === 1 ? (all[0] as string) : all;
  }
  return out;
}

/**
 * The world's request dispatcher: finds the API and route of a request, records the call, applies the first
 * matching fault rule, and answers. Transport-free: msw handlers and `world.fetch` both call {@link WorldDispatch.answer}.
 *
 * @example
 * ```ts
 * const response = await dispatch.answer(new Request('https://app-api.spikeapi.com/v3/userinfo'));
 * ```
 */
export class WorldDispatch {
  readonly calls: RecordedCall[] = [];
  readonly #apis: readonly (MockedApi & { compiled: readonly CompiledRoute[] })[];
  readonly #clock: () => number;
  readonly #rules: ActiveRule[] = [];

  constructor(apis: readonly MockedApi[], clock: () => number) {
    this.#apis = apis.map((api) => ({ ...api, compiled: api.routes.map(compile) }));
    this.#clock = clock;
  }

  /** Every route key (`METHOD /pattern`) of every API. */
  get routeKeys(): string[] {
    return this.#apis.flatMap((api) => api.compiled.map((c) => c.key));
  }

  /** The API a URL belongs to. */
  apiOf(url: string): (MockedApi & { compiled: readonly CompiledRoute[] }) | undefined {
    return this.#apis.find(
      (api) => url === api.baseUrl || url.startsWith(`${api.baseUrl}/`) || url.startsWith(`${api.baseUrl}?`),
    );
  }

  /** Adds a fault rule (checked); the first rule matching a call, in the order added, answers it. */
  addRule(rule: FaultRule): void {
    const fault = checkApiFault(rule.fault);
    if (rule.route !== '*' && !this.routeKeys.includes(rule.route)) {
      throw invalid(
        'INVALID_FAULT',
        "The fault rule's 'route'",
        `'*' or one of ${this.routeKeys.map((k) => `'${k}'`).join(', ')}`,
        rule.route,
        {
          details: { valid: this.routeKeys },
        },
      );
    }
    const times = rule.times ?? 1;
    const after = rule.after ?? 0;
    if (!(times === Number.POSITIVE_INFINITY || (Number.isInteger(times) && times >= 1)))
      throw invalid('INVALID_FAULT', "The fault rule's 'times'", 'a whole number from 1, or Infinity', times);
    if (!(Number.isInteger(after) && after >= 0))
      throw invalid('INVALID_FAULT', "The fault rule's 'after'", 'a whole number from 0', after);
    this.#rules.push({ route: rule.route, fault, remaining: times, skip: after });
  }

  /** Removes every fault rule. */
  clearRules(): void {
    this.#rules.length = 0;
  }

  #takeFault(key: string | undefined): ApiFault | undefined {
    for (const rule of this.#rules) {
      if (rule.remaining <= 0 || (rule.route !== '*' && rule.route !== key) || key === undefined) continue;
      if (rule.skip > 0) {
        rule.skip--;
        continue;
      }
      rule.remaining--;
      return rule.fault;
    }
    return undefined;
  }

  /** The world's answer to a request under one of its APIs (`undefined` for any other URL). */
  async answer(request: Request): Promise<Response | undefined> {
    const api = this.apiOf(request.url);
    if (api === undefined) return undefined;
    const nowMs = this.#clock();
    const url = new URL(request.url);
    const path = url.pathname.slice(new URL(api.baseUrl).pathname.replace(/\/$/, '').length) || '/';
    let matched: { compiled: CompiledRoute; params: Record<string, string> } | undefined;
    for (const compiled of api.compiled) {
      if (compiled.route.method !== request.method) continue;
      const m = compiled.regex.exec(path);
      if (m === null) continue;
      const params: Record<string, string> = {};
      compiled.names.forEach((name, k) => {
        params[name] = decodeURIComponent(m[k + 1] as string);
      });
      matched = { compiled, params };
      break;
    }
    const key = matched?.compiled.key;
    const fault = this.#takeFault(key);
    const call: RecordedCall = {
      api: api.name,
      method: request.method,
      route: key,
      path,
      query: queryOf(url),
      authorization: request.headers.get('authorization') ?? undefined,
      user: api.whoIs(request, nowMs),
      status: undefined,
      fault: fault?.kind,
      atMs: nowMs,
    };
    this.calls.push(call);
    const real = async () =>
      matched === undefined
        ? api.notFound(request.method, path)
        : matched.compiled.route.handle({ request, url, params: matched.params, nowMs });
    const response = fault === undefined ? await real() : await applyApiFault(fault, request.signal, real);
    call.status = response.type === 'error' ? 0 : response.status;
    return response;
  }
}

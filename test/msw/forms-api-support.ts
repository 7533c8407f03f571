// Helpers of the Forms route tests: a world-less Forms API whose routes are called directly through a tiny matcher
// that builds each ApiCall, at a clock the test moves.
import { expect } from 'vitest';
import { FormsModel } from '../../src/msw/forms/forms-model.ts';
import { type FormsApiConfig, formsRoutes } from '../../src/msw/forms/forms-routes.ts';
import type { ApiCall, ApiRoute } from '../../src/msw/world/api-route.ts';
import type { FormKind } from '../../src/schemas/forms/index.ts';
import type { Json } from './world-support.ts';

export const REF = Date.parse('2026-01-15T10:30:00Z');
export const BASE = 'https://api.spike.ac';
export const KEY = 'sk_test_route_key';
export const config: FormsApiConfig = {
  baseUrl: BASE,
  apiKeys: [KEY, 'sk_live_other_key'],
  rateLimit: { limit: 1000, windowMs: 60_000 },
  downloadExpiresIn: 120,
  signingKey: 'download-signing-key',
  createdMs: REF - 30 * 86_400_000,
};

/** Matches `pattern` segment by segment (`:name` takes one segment), or undefined. */
function match(pattern: string, path: string): Record<string, string> | undefined {
  const want = pattern.split('/');
  const got = path.split('/');
  if (want.length !== got.length) return undefined;
  const params: Record<string, string> = {};
  for (const [i, segment] of want.entries()) {
    const value = got[i] as string;
    if (segment.startsWith(':')) {
      if (value === '') return undefined;
      params[segment.slice(1)] = decodeURIComponent(value);
    } else if (segment !== value) return undefined;
  }
  return params;
}

/** An API over `routes` at a clock the test moves: `get(path, key)` answers like the world would. */
export function api(routes: readonly ApiRoute[], start = REF) {
  let nowMs = start;
  const call = async (href: string, authorization: string | null) => {
    const url = new URL(href, BASE);
    const request = new Request(url, {
      headers: authorization === null ? {} : { authorization },
    });
    const path = url.pathname;
    const found = routes
      .map((route) => ({ route, params: match(route.pattern, path) }))
      .find((m) => m.params !== undefined && m.route.method === 'GET');
    if (found === undefined) throw new Error(`no route for ${path}`);
    expect(found.route.api).toBe('forms');
    const apiCall: ApiCall = { request, url, params: found.params as Record<string, string>, nowMs };
    return await found.route.handle(apiCall);
  };
  return {
    advance: (ms: number) => {
      nowMs += ms;
    },
    raw: call,
    get: async (path: string, key: string | null = KEY) => {
      const response = await call(path, key === null ? null : `Bearer ${key}`);
      const text = await response.text();
      return { status: response.status, headers: response.headers, text, body: JSON.parse(text) as Json };
    },
  };
}

export function world(
  seed: number | string = 3,
  kinds: readonly FormKind[] = ['contact', 'job-application'],
  count = 7,
) {
  const model = new FormsModel(seed, kinds, count, REF);
  return { model, client: api(formsRoutes(model, config)) };
}

export const rateHeaders = (headers: Headers) =>
  ['x-ratelimit-limit', 'x-ratelimit-remaining', 'x-ratelimit-reset'].map((h) => headers.get(h));

import type { HttpHandler } from 'msw';
import { DAY_MS } from '../../../generators/health/time.ts';
import { importOptional } from '../../delivery/import-optional.ts';
import type { ProfileRef } from '../../profiles/index.ts';
import { hmacSha256Hex } from '../../signing/index.ts';
import { FormsModel, type WorldForm } from '../forms/forms-model.ts';
import { formsNotFound, formsRoutes } from '../forms/forms-routes.ts';
import type { ApiFault } from './api-faults.ts';
import type { UserRecords } from './user-records.ts';
import { V3Tokens } from './v3-auth.ts';
import { v3NotFound, v3Routes } from './v3-routes.ts';
import { type FaultRule, type MockedApi, type RecordedCall, WorldDispatch } from './world-dispatch.ts';
import { resolveWorldOptions, type SpikeWorldOptions } from './world-options.ts';
import { type WorldUser, worldUsers } from './world-users.ts';
import { findWorldUser, formsWebhook, type WorldUserRef, worldWebhook } from './world-webhooks.ts';

type Http = {
  all: (path: string, resolver: (info: { request: Request }) => Promise<Response>) => HttpHandler;
};

/** A user of the world as a test sees it. */
export interface SpikeWorldUser {
  readonly index: number;
  /** v3 `application_user_id`, v2 `client_user_id`. */
  readonly applicationUserId: string;
  /** v2 `user_id` (Spike's id of the user). */
  readonly userId: string;
  readonly persona: string;
  readonly providers: readonly string[];
  /** IANA time zone (`Europe/Berlin`), or `UTC+01:00` for a pinned fixed offset. */
  readonly timeZone: string;
  /** The seed `generate` describes this user with (with `persona`). */
  readonly seed: string;
}

/**
 * One seeded model of Spike's side of an integration: users, what their devices recorded, the webhooks Spike posts
 * about it, and the REST API a handler calls next, all drawn from the same day models.
 */
export interface SpikeWorld {
  readonly seed: number | string;
  /** The world's "now", ISO 8601. */
  readonly refDate: string;
  readonly users: readonly SpikeWorldUser[];
  readonly applicationId: number;
  readonly hmacKey: string;
  /** Base URL of the mocked Spike API v3. */
  readonly baseUrl: string;
  /** Base URL of the mocked Spike Forms REST API. */
  readonly formsBaseUrl: string;
  /** A Spike Forms API key the mock accepts (the first of `formsApiKeys`). */
  readonly formsApiKey: string;
  /** The Spike Forms forms (their submissions are the world's forms webhooks). */
  readonly forms: readonly WorldForm[];
  /** A webhook about the world (same shapes as `generate`). */
  webhook(profile: ProfileRef, options?: Record<string, unknown>): unknown;
  /** The `signature` `POST /auth/hmac` expects for a user: hex HMAC-SHA256 of the id under `hmacKey`. */
  signUser(applicationUserId: string): string;
  /** msw request handlers serving the world's APIs: `setupServer(...world.handlers())`. */
  handlers(): HttpHandler[];
  /** The world's API answer for a request, in-process (rejects like `fetch` on a dropped connection). */
  fetch(input: string | URL | Request, init?: RequestInit): Promise<Response>;
  /** Every API call so far, in order. */
  readonly calls: readonly RecordedCall[];
  /** The calls to one route (`GET /queries/timeseries`). */
  callsTo(route: string): RecordedCall[];
  /** Injects a fault on a route (`*`: every route) for the next `times` calls (default 1). */
  fail(route: string, fault: ApiFault | ApiFault['kind'], options?: { times?: number; after?: number }): void;
  /** Forgets recorded calls and injected faults. */
  reset(): void;
  /** The records behind a user's API answers (the same day models as their webhooks). */
  recordsOf(user: WorldUserRef): UserRecords;
}

function publicUser(u: WorldUser): SpikeWorldUser {
  const p = u.person;
  return {
    index: u.index,
    applicationUserId: p.clientUserId,
    userId: p.userId,
    persona: p.persona.id,
    providers: p.providers,
    timeZone: p.zone.id,
    seed: u.seed,
  };
}

/**
 * Creates a seeded world: `users` people (personas drawn from the seed, or given) with `days` of records up to
 * `refDate`, the webhooks Spike would post about them, and msw handlers for Spike API v3 that serve exactly the
 * records those webhooks announce. Async because it loads msw (an optional peer).
 *
 * @throws {SpikeKitError} `INVALID_OPTION` (and the other option codes) for bad options;
 *   `OPTIONAL_DEPENDENCY_MISSING` without msw.
 * @example
 * ```ts
 * import { setupServer } from 'msw/node';
 * import { createSpikeWorld } from 'spike-webhook-kit/msw';
 * const world = await createSpikeWorld({ seed: 7, users: 2 });
 * const server = setupServer(...world.handlers());
 * const batch = world.webhook('spike-health-v3', { kind: 'record_change' });
 * ```
 */
export async function createSpikeWorld(options: SpikeWorldOptions = {}): Promise<SpikeWorld> {
  const resolved = resolveWorldOptions(options);
  const { http } = await importOptional<{ http: Http }>('msw', 'createSpikeWorld');
  const users = worldUsers(resolved.seed, resolved.users, resolved.refMs, resolved.days);
  const byId = new Map(users.map((u) => [u.person.clientUserId, u]));
  const tokens = new V3Tokens({
    applicationId: resolved.applicationId,
    hmacKey: resolved.hmacKey,
    tokenTtlMs: resolved.tokenTtlMs,
  });
  const v3: MockedApi = {
    name: 'v3',
    baseUrl: resolved.baseUrl,
    routes: v3Routes({
      applicationId: resolved.applicationId,
      tokens,
      storeOf: (id) => byId.get(id)?.records,
    }),
    notFound: v3NotFound,
    whoIs: (request, nowMs) => {
      try {
        return tokens.userOf(request.headers.get('authorization'), nowMs);
      } catch {
        return undefined;
      }
    },
  };
  const formsModel = new FormsModel(
    resolved.seed,
    resolved.forms,
    resolved.submissionsPerForm,
    resolved.refMs,
  );
  const formsApi: MockedApi = {
    name: 'forms',
    baseUrl: resolved.formsBaseUrl,
    routes: formsRoutes(formsModel, {
      baseUrl: resolved.formsBaseUrl,
      apiKeys: resolved.formsApiKeys,
      rateLimit: resolved.formsRateLimit,
      downloadExpiresIn: resolved.downloadExpiresIn,
      signingKey: resolved.hmacKey,
      createdMs: resolved.refMs - resolved.days * DAY_MS,
    }),
    notFound: formsNotFound,
    whoIs: (request) =>
      /^Bearer\s+(sk_(?:live|test)_\S+)$/i.exec(request.headers.get('authorization') ?? '')?.[1],
  };
  const dispatch = new WorldDispatch([v3, formsApi], resolved.clock);
  for (const rule of resolved.faults) dispatch.addRule(rule);
  const webhookWorld = {
    users,
    refMs: resolved.refMs,
    days: resolved.days,
    formsWebhook: (profile: ProfileRef, options: Record<string, unknown>) =>
      formsWebhook(formsModel, profile, options),
  };
  const answer = async (request: Request) => {
    const response = await dispatch.answer(request);
    if (response === undefined)
      throw new TypeError(`fetch failed: ${request.url} is not under a mocked Spike API`);
    return response;
  };
  return {
    seed: resolved.seed,
    refDate: new Date(resolved.refMs).toISOString(),
    users: users.map(publicUser),
    applicationId: resolved.applicationId,
    hmacKey: resolved.hmacKey,
    baseUrl: resolved.baseUrl,
    formsBaseUrl: resolved.formsBaseUrl,
    formsApiKey: resolved.formsApiKeys[0] as string,
    get forms() {
      return formsModel.forms;
    },
    webhook: (profile, webhookOptions) => worldWebhook(webhookWorld, profile, webhookOptions),
    signUser: (id) => hmacSha256Hex(resolved.hmacKey, id),
    handlers: () =>
      [resolved.baseUrl, resolved.formsBaseUrl].map((base) =>
        http.all(`${base}/*`, ({ request }) => answer(request)),
      ),
    async fetch(input, init) {
      const response = await answer(new Request(input, init));
      if (response.type === 'error') throw new TypeError('fetch failed: the connection was dropped');
      return response;
    },
    get calls() {
      return dispatch.calls;
    },
    callsTo: (route) => dispatch.calls.filter((c) => c.route === route),
    fail: (route, fault, more = {}) => {
      dispatch.addRule({ route, fault, ...more } as FaultRule);
    },
    reset: () => {
      dispatch.calls.length = 0;
      dispatch.clearRules();
    },
    recordsOf: (ref) => findWorldUser(users, ref).records,
  };
}

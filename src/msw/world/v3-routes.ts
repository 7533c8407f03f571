import { UtcClock } from '../../../generators/health/time.ts';
import type { ApiCall, ApiRoute } from './api-route.ts';
import { ProblemAnswer, problemResponse } from './problem.ts';
import type { UserRecords } from './user-records.ts';
import type { V3Tokens } from './v3-auth.ts';
import {
  checkRange,
  queryBoolean,
  queryChoices,
  queryDate,
  queryMetric,
  queryProviders,
  queryTimestamp,
} from './v3-params.ts';
import { providerRecords, recordById, sleeps, workouts } from './v3-sessions.ts';
import { dailyStatistics, intervalStatistics, statisticTypeNames, timeseries } from './v3-statistics.ts';

/** What the v3 routes read of the world. */
export interface V3Backend {
  readonly applicationId: number;
  readonly tokens: V3Tokens;
  /** The records of a world user by `application_user_id` (`undefined`: authenticated, but no data). */
  storeOf(applicationUserId: string): UserRecords | undefined;
}

const utc = new UtcClock();

/** Answers a handler's JSON, or the problem it threw. */
async function answer(run: () => unknown | Promise<unknown>): Promise<Response> {
  try {
    return Response.json(await run());
  } catch (error) {
    if (error instanceof ProblemAnswer) return error.toResponse();
    throw error;
  }
}

/** A GET route that needs a bearer token: `read` gets the user's records (if any) and the call. */
function authed(
  backend: V3Backend,
  pattern: string,
  read: (store: UserRecords | undefined, call: ApiCall, user: string) => unknown,
): ApiRoute {
  return {
    api: 'v3',
    method: 'GET',
    pattern,
    handle: (call) =>
      answer(() => {
        const user = backend.tokens.userOf(call.request.headers.get('authorization'), call.nowMs);
        return read(backend.storeOf(user), call, user);
      }),
  };
}

/**
 * The UTC range of a query; `to` may equal `from` (a record_change about one instant, a lone weigh-in, has
 * `earliest_record_start_at === latest_record_end_at`), never precede it.
 */
function timestamps(url: URL, strict = false): [number, number] {
  const from = queryTimestamp(url, 'from_timestamp');
  const to = queryTimestamp(url, 'to_timestamp');
  checkRange(from, to, ['from_timestamp', 'to_timestamp'], strict);
  return [from, to];
}

function dates(url: URL): [number, number] {
  const from = queryDate(url, 'from_date');
  const to = queryDate(url, 'to_date');
  checkRange(from, to, ['from_date', 'to_date'], false);
  return [from, to];
}

function notFound(kind: string, id: string): ProblemAnswer {
  return new ProblemAnswer(404, 'Not Found', `no ${kind} record with id ${id} for this user`);
}

/**
 * The routes of the mocked Spike API v3: `POST /auth/hmac`, `GET /userinfo`, the statistics, time series, sleep,
 * workout and provider-record queries. Bad parameters answer 400, auth failures 401 and unknown records 404, each
 * as RFC 9457 `application/problem+json`. `exclude_manual`, `device_types` and `merge_method` are accepted and change
 * nothing (every record comes from a device; device types and merge strategies are not modelled).
 *
 * @example
 * ```ts
 * const routes = v3Routes(backend);
 * routes.map((r) => `${r.method} ${r.pattern}`);
 * ```
 */
export function v3Routes(backend: V3Backend): ApiRoute[] {
  return [
    {
      api: 'v3',
      method: 'POST',
      pattern: '/auth/hmac',
      handle: (call) =>
        answer(async () => {
          let body: unknown;
          try {
            body = JSON.parse(await call.request.text());
          } catch {
            throw new ProblemAnswer(400, 'Bad Request', 'the body is not JSON');
          }
          return backend.tokens.issue(body, call.nowMs);
        }),
    },
    authed(backend, '/userinfo', (store, _call, user) => {
      // Connected when the world's span began.
      const created = store === undefined ? null : utc.seconds(store.user.day(store.firstDayNo).startMs);
      return {
        application_id: backend.applicationId,
        application_user_id: user,
        created_at: created,
        integrated_providers: (store?.user.providers ?? []).map((slug, k) => ({
          provider_slug: slug,
          provider_integration_id: k + 1,
          is_integration_broken: false,
          created_at: created,
        })),
      };
    }),
    authed(backend, '/queries/statistics/daily', (store, { url }) => {
      const [fromDay, toDay] = dates(url);
      return dailyStatistics(store, {
        fromDay,
        toDay,
        types: queryChoices(url, 'types', statisticTypeNames),
        providers: queryProviders(url),
        includeRecordIds: queryBoolean(url, 'include_record_ids', false),
      });
    }),
    authed(backend, '/queries/statistics/interval', (store, { url }) => {
      const [fromMs, toMs] = timestamps(url, true);
      queryChoices(url, 'interval', ['1h']);
      return intervalStatistics(store, {
        fromMs,
        toMs,
        types: queryChoices(url, 'types', statisticTypeNames),
        providers: queryProviders(url),
        includeRecordIds: queryBoolean(url, 'include_record_ids', false),
      });
    }),
    authed(backend, '/queries/timeseries', (store, { url }) => {
      const [fromMs, toMs] = timestamps(url);
      return timeseries(store, queryMetric(url), fromMs, toMs, queryProviders(url));
    }),
    authed(backend, '/queries/sleeps', (store, { url }) => {
      const [fromDay, toDay] = dates(url);
      return sleeps(store, fromDay, toDay, queryProviders(url));
    }),
    authed(backend, '/queries/sleeps/:id', (store, { params }) => {
      const id = params.id as string;
      return recordById(store, 'sleep', id) ?? problemThrow(notFound('sleep', id));
    }),
    authed(backend, '/queries/workouts', (store, { url }) => {
      const [fromMs, toMs] = timestamps(url);
      return workouts(store, fromMs, toMs, queryProviders(url));
    }),
    authed(backend, '/queries/workouts/:id', (store, { params }) => {
      const id = params.id as string;
      return recordById(store, 'activities_stream', id) ?? problemThrow(notFound('workout', id));
    }),
    authed(backend, '/queries/provider_records', (store, { url }) => {
      const [fromMs, toMs] = timestamps(url);
      return providerRecords(store, fromMs, toMs, queryProviders(url));
    }),
  ];
}

function problemThrow(problem: ProblemAnswer): never {
  throw problem;
}

/**
 * The answer for a path under the v3 base that no route matches: 404 problem.
 *
 * @example
 * ```ts
 * v3NotFound('GET', '/queries/nothing').status; // 404
 * ```
 */
export function v3NotFound(method: string, path: string): Response {
  return problemResponse(404, 'Not Found', `no Spike API v3 endpoint ${method} ${path}`);
}

import { createHmac } from 'node:crypto';
import type { ApiCall, ApiRoute } from '../world/api-route.ts';
import { fileBytes } from './file-bytes.ts';
import type { FormsModel, WorldForm, WorldSubmission } from './forms-model.ts';
import { FormsRateLimit } from './forms-rate-limit.ts';

/** What the Forms routes need besides the model. */
export interface FormsApiConfig {
  readonly baseUrl: string;
  /** Accepted API keys (`sk_live_...`, `sk_test_...`). */
  readonly apiKeys: readonly string[];
  /** Requests per key per window, and the window (ms). */
  readonly rateLimit: { readonly limit: number; readonly windowMs: number };
  /** Lifetime of a signed download URL, seconds. */
  readonly downloadExpiresIn: number;
  /** Key of the download URL signatures. */
  readonly signingKey: string;
  /** When the forms were created, epoch ms (before every submission). */
  readonly createdMs: number;
}

/** Spike Forms' error body: `{ error, code }` (docs.spike.ac, Errors). */
function error(
  status: number,
  message: string,
  code: string,
  headers: Record<string, string> = {},
): Response {
  return Response.json({ error: message, code }, { status, headers });
}

function formJson(form: WorldForm, model: FormsModel, createdMs: number) {
  return {
    id: form.id,
    name: form.name,
    slug: form.slug,
    isActive: true,
    submissionCount: model.submissions(form.id).length,
    createdAt: new Date(createdMs).toISOString(),
  };
}

function submissionJson(s: WorldSubmission, model: FormsModel) {
  return {
    id: s.submissionId,
    formId: s.formId,
    data: s.data,
    metadata: s.metadata,
    createdAt: s.metadata.timestamp,
    files: model.filesOf(s.submissionId).map((f) => ({
      id: f.id,
      field: f.field,
      filename: f.filename,
      mime_type: f.mimeType,
      size: f.size,
    })),
  };
}

/** A whole number parameter within bounds, or the 400 answer. */
function intParam(url: URL, name: string, fallback: number, min: number, max: number): number | Response {
  const raw = url.searchParams.get(name);
  if (raw === null) return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < min || value > max) {
    return error(
      400,
      `${name} must be a whole number from ${min} to ${max}, got ${JSON.stringify(raw)}`,
      'INVALID_PARAMETER',
    );
  }
  return value;
}

/**
 * The routes of the mocked Spike Forms REST API (`https://api.spike.ac`): `GET /forms`, `GET /forms/{id}`,
 * `GET /forms/{id}/submissions` (paginated), `GET /files/{id}` and the signed download URL it returns. Every API
 * answer carries `X-RateLimit-Limit`, `X-RateLimit-Remaining` and `X-RateLimit-Reset`; past the limit, 429 with
 * `Retry-After`. Errors are `{ error, code }`.
 *
 * Kit decisions where docs.spike.ac is silent or contradicts itself (the overview shows `{ success, data }`, the
 * endpoint examples bare objects; the mock follows the endpoint examples): submissions are listed newest first with
 * `page` (from 1) and `limit` (1-100, default 50) and a `pagination: { page, limit, total, totalPages }`; each
 * submission lists its uploaded files (`files: [{ id, field, filename, mime_type, size }]`), which is how a handler
 * gets from a webhook's `"file:<name>"` value to `GET /files/{id}`.
 *
 * The signed download URL is storage, not the API: it needs no key and carries no rate-limit headers. The limit is
 * counted per presented key before authentication, so requests without a valid key share one bucket (a flood of
 * them is answered 429 before 401).
 *
 * @example
 * ```ts
 * formsRoutes(model, config).map((r) => `${r.method} ${r.pattern}`);
 * ```
 */
export function formsRoutes(model: FormsModel, config: FormsApiConfig): ApiRoute[] {
  const limiter = new FormsRateLimit(config.rateLimit.limit, config.rateLimit.windowMs);
  const sign = (id: string, expires: number) =>
    createHmac('sha256', config.signingKey).update(`${id}:${expires}`).digest('hex');

  /** An API route: rate limited and authenticated, then `read`. */
  const api = (pattern: string, read: (call: ApiCall) => Response): ApiRoute => ({
    api: 'forms',
    method: 'GET',
    pattern,
    handle: (call) => {
      const auth = call.request.headers.get('authorization') ?? '';
      const key = /^Bearer\s+(\S+)$/i.exec(auth)?.[1] ?? '';
      const rate = limiter.take(key, call.nowMs);
      if (!rate.allowed) return error(429, 'Rate limit exceeded', 'RATE_LIMITED', rate.headers);
      const answer = !/^sk_(live|test)_\S+$/.test(key)
        ? error(
            401,
            auth === ''
              ? 'Missing API key: send Authorization: Bearer sk_live_... or sk_test_...'
              : 'Invalid API key',
            'UNAUTHORIZED',
          )
        : !config.apiKeys.includes(key)
          ? error(401, 'Invalid API key', 'UNAUTHORIZED')
          : read(call);
      for (const [name, value] of Object.entries(rate.headers)) answer.headers.set(name, value);
      return answer;
    },
  });

  const formOr404 = (id: string, then: (form: WorldForm) => Response) => {
    const form = model.form(id);
    return form === undefined ? error(404, 'Form not found', 'NOT_FOUND') : then(form);
  };

  return [
    api('/forms', () =>
      Response.json({ forms: model.forms.map((f) => formJson(f, model, config.createdMs)) }),
    ),
    api('/forms/:id', ({ params }) =>
      formOr404(params.id as string, (f) => Response.json(formJson(f, model, config.createdMs))),
    ),
    api('/forms/:id/submissions', ({ params, url }) =>
      formOr404(params.id as string, (form) => {
        const page = intParam(url, 'page', 1, 1, Number.MAX_SAFE_INTEGER);
        if (page instanceof Response) return page;
        const limit = intParam(url, 'limit', 50, 1, 100);
        if (limit instanceof Response) return limit;
        const all = [...model.submissions(form.id)].reverse();
        const list = all.slice((page - 1) * limit, page * limit);
        return Response.json({
          submissions: list.map((s) => submissionJson(s, model)),
          pagination: { page, limit, total: all.length, totalPages: Math.ceil(all.length / limit) },
        });
      }),
    ),
    api('/files/:id', ({ params, nowMs }) => {
      const file = model.files.get(params.id as string);
      if (file === undefined) return error(404, 'File not found', 'NOT_FOUND');
      const expires = Math.floor(nowMs / 1000) + config.downloadExpiresIn;
      const query = new URLSearchParams({ expires: String(expires), signature: sign(file.id, expires) });
      return Response.json({
        id: file.id,
        filename: file.filename,
        mime_type: file.mimeType,
        size: file.size,
        download_url: `${config.baseUrl}/files/${file.id}/download?${query}`,
        expires_in: config.downloadExpiresIn,
      });
    }),
    {
      api: 'forms',
      method: 'GET',
      pattern: '/files/:id/download',
      handle: ({ params, url, nowMs }) => {
        const file = model.files.get(params.id as string);
        const expires = Number(url.searchParams.get('expires'));
        const signature = url.searchParams.get('signature') ?? '';
        if (file === undefined || !Number.isInteger(expires) || signature !== sign(file.id, expires))
          return error(403, 'Invalid download URL', 'INVALID_SIGNATURE');
        if (nowMs >= expires * 1000)
          return error(403, 'Download URL expired: ask GET /files/{id} for a new one', 'URL_EXPIRED');
        return new Response(fileBytes(file.filename, file.size, file.seed), {
          headers: {
            'content-type': file.mimeType,
            'content-length': String(file.size),
            'content-disposition': `attachment; filename="${file.filename.replace(/[^\x20-\x7e]|"/g, '_')}"; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
          },
        });
      },
    },
  ];
}

/**
 * The answer for a path under the Forms base that no route matches.
 *
 * @example
 * ```ts
 * formsNotFound('GET', '/nothing').status; // 404
 * ```
 */
export function formsNotFound(method: string, path: string): Response {
  return error(404, `No Spike Forms endpoint ${method} ${path}`, 'NOT_FOUND');
}

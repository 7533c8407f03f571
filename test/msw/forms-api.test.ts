// The Spike Forms REST routes called directly (no dispatcher, no msw): the model is generate(), forms and
// submissions (pagination, parameters, 404s), auth, rate limits, and byte-identical answers for the same seed.
import { describe, expect, it } from 'vitest';
import { generate } from '../../src/index.ts';
import { FormsModel } from '../../src/msw/forms/forms-model.ts';
import { formsRoutes } from '../../src/msw/forms/forms-routes.ts';
import { api, config, KEY, REF, rateHeaders, world } from './forms-api-support.ts';
import type { Json } from './world-support.ts';

describe('the model is generate(), form by form', () => {
  it('form i holds exactly generate(spike-forms, { kind, seed: "<seed>/form-<i>", count, refDate })', () => {
    const { model } = world(3, ['contact', 'job-application'], 4);
    expect(model.forms.map((f) => f.kind)).toEqual(['contact', 'job-application']);
    for (const [i, form] of model.forms.entries()) {
      const direct = generate('spike-forms', {
        kind: form.kind,
        seed: `3/form-${i}`,
        count: 4,
        refDate: REF,
      });
      expect(form.seed).toBe(`3/form-${i}`);
      expect(JSON.stringify(model.submissions(form.id))).toBe(JSON.stringify(direct));
      expect(form.id).toBe(direct[0]?.formId);
      for (const event of direct)
        expect(JSON.stringify(model.submission(event.submissionId))).toBe(JSON.stringify(event));
    }
    expect(model.submissions('nope')).toEqual([]);
    expect(model.submission('nope')).toBeUndefined();
    expect(model.form(2)).toBeUndefined();
  });

  it('every file: value of a submission is one known file of that submission, and nothing else is', () => {
    const { model } = world(8, ['job-application'], 5);
    for (const s of model.submissions(model.forms[0]!.id)) {
      const named = Object.entries(s.data)
        .flatMap(([field, v]) => (Array.isArray(v) ? v : [v]).map((x) => [field, x]))
        .filter(([, v]) => typeof v === 'string' && v.startsWith('file:'))
        .map(([field, v]) => `${field}=${(v as string).slice(5)}`);
      expect(named.length).toBeGreaterThan(0);
      expect(
        model
          .filesOf(s.submissionId)
          .map((f) => `${f.field}=${f.filename}`)
          .sort(),
      ).toEqual(named.sort());
    }
  });
});

describe('GET /forms and GET /forms/:id', () => {
  it('list the forms in the documented shape, one by id, and 404 for an unknown id', async () => {
    const { model, client } = world();
    const list = await client.get('/forms');
    expect(list.status).toBe(200);
    expect(list.body.forms).toEqual(
      model.forms.map((f) => ({
        id: f.id,
        name: f.name,
        slug: f.slug,
        isActive: true,
        submissionCount: 7,
        createdAt: new Date(config.createdMs).toISOString(),
      })),
    );
    const one = await client.get(`/forms/${model.forms[1]!.id}`);
    expect(one.body).toEqual(list.body.forms[1]);
    const missing = await client.get('/forms/form_nope');
    expect([missing.status, missing.body.code]).toEqual([404, 'NOT_FOUND']);
    expect(typeof missing.body.error).toBe('string');
  });
});

describe('GET /forms/:id/submissions', () => {
  it('pages newest first with page and limit: full pages, the last partial one, past the end empty', async () => {
    const { model, client } = world();
    const id = model.forms[0]!.id;
    const newestFirst = [...model.submissions(id)].reverse().map((s) => s.submissionId);
    const ids: string[] = [];
    for (const page of [1, 2, 3]) {
      const r = await client.get(`/forms/${id}/submissions?page=${page}&limit=3`);
      expect(r.body.pagination).toEqual({ page, limit: 3, total: 7, totalPages: 3 });
      ids.push(...r.body.submissions.map((s: Json) => s.id));
    }
    expect(ids).toEqual(newestFirst);
    const past = await client.get(`/forms/${id}/submissions?page=4&limit=3`);
    expect([past.status, past.body.submissions, past.body.pagination.totalPages]).toEqual([200, [], 3]);
    const exact = await client.get(`/forms/${id}/submissions?limit=7`);
    expect([exact.body.submissions.length, exact.body.pagination.totalPages]).toEqual([7, 1]);
    const defaults = await client.get(`/forms/${id}/submissions`);
    expect(defaults.body.pagination).toEqual({ page: 1, limit: 50, total: 7, totalPages: 1 });
    expect((await client.get(`/forms/${id}/submissions?limit=100`)).status).toBe(200);
    expect((await client.get(`/forms/${id}/submissions?limit=1&page=7`)).body.submissions[0].id).toBe(
      newestFirst[6],
    );
  });

  it('each listed submission is the webhook submission: data and metadata byte for byte, its files', async () => {
    const { model, client } = world(4, ['job-application'], 3);
    const id = model.forms[0]!.id;
    const r = await client.get(`/forms/${id}/submissions`);
    for (const listed of r.body.submissions as Json[]) {
      const event = model.submission(listed.id)!;
      expect(JSON.stringify(listed.data)).toBe(JSON.stringify(event.data));
      expect(JSON.stringify(listed.metadata)).toBe(JSON.stringify(event.metadata));
      expect([listed.formId, listed.createdAt]).toEqual([id, event.metadata.timestamp]);
      expect(listed.files).toEqual(
        model.filesOf(listed.id).map((f) => ({
          id: f.id,
          field: f.field,
          filename: f.filename,
          mime_type: f.mimeType,
          size: f.size,
        })),
      );
    }
  });

  it.each([
    'page=0',
    'page=-1',
    'page=1.5',
    'page=x',
    'page=',
    'page=1e2',
    'page=99999999999999999999',
    'limit=0',
    'limit=101',
    'limit=2.5',
    'limit=ten',
  ])('%s is a 400 INVALID_PARAMETER with the rate-limit headers', async (query) => {
    const { model, client } = world();
    const r = await client.get(`/forms/${model.forms[0]!.id}/submissions?${query}`);
    expect([r.status, r.body.code]).toEqual([400, 'INVALID_PARAMETER']);
    expect(rateHeaders(r.headers)).not.toContain(null);
  });

  it('an unknown form is a 404, whatever the page', async () => {
    const { client } = world();
    const r = await client.get('/forms/nope/submissions?page=1&limit=5');
    expect([r.status, r.body.code]).toEqual([404, 'NOT_FOUND']);
  });
});

describe('auth', () => {
  it('accepts every configured key (sk_live_ and sk_test_)', async () => {
    const { client } = world();
    expect((await client.get('/forms', KEY)).status).toBe(200);
    expect((await client.get('/forms', 'sk_live_other_key')).status).toBe(200);
  });

  it.each([
    ['missing', null],
    ['wrong scheme', 'Basic c2tfdGVzdF9yb3V0ZV9rZXk='],
    ['token scheme', `Token ${KEY}`],
    ['bare key', KEY],
    ['Bearer without key', 'Bearer '],
    ['extra words', `Bearer ${KEY} extra`],
    ['pk_ prefix', 'Bearer pk_test_route_key'],
    ['sk_prod_ prefix', 'Bearer sk_prod_route_key'],
    ['sk_test_ alone', 'Bearer sk_test_'],
    ['unknown sk_test_ key', 'Bearer sk_test_someone_else'],
    ['unknown sk_live_ key', 'Bearer sk_live_route_key'],
  ])('%s is a 401 UNAUTHORIZED with the rate-limit headers, on every route', async (_, authorization) => {
    const { model, client } = world();
    const file = [...model.files.values()][0]!;
    for (const path of [
      '/forms',
      `/forms/${model.forms[0]!.id}`,
      `/forms/${model.forms[0]!.id}/submissions`,
      `/files/${file.id}`,
    ]) {
      const response = await client.raw(path, authorization);
      const body = (await response.json()) as Json;
      expect([response.status, body.code], path).toEqual([401, 'UNAUTHORIZED']);
      expect(typeof body.error).toBe('string');
      expect(rateHeaders(response.headers)).not.toContain(null);
    }
  });
});

describe('rate limits', () => {
  it('every answer counts down the key’s window; past the limit 429 + Retry-After; the next window serves', async () => {
    const model = new FormsModel(3, ['contact'], 2, REF);
    // 10:30:15 in a 1-minute window: resets at 10:31:00.
    const client = api(
      formsRoutes(model, { ...config, rateLimit: { limit: 4, windowMs: 60_000 } }),
      Date.parse('2026-01-15T10:30:15Z'),
    );
    const reset = String(Date.parse('2026-01-15T10:31:00Z') / 1000);
    const answers = [
      await client.get('/forms'),
      await client.get('/forms/nope'), // a 404 counts
      await client.get(`/forms/${model.forms[0]!.id}/submissions?page=0`), // so does a 400
      await client.get('/forms'),
    ];
    expect(answers.map((a) => a.status)).toEqual([200, 404, 400, 200]);
    for (const [i, a] of answers.entries())
      expect(rateHeaders(a.headers)).toEqual(['4', String(3 - i), reset]);
    expect(answers.every((a) => a.headers.get('retry-after') === null)).toBe(true);
    const limited = await client.get('/forms');
    expect([limited.status, limited.body.code]).toEqual([429, 'RATE_LIMITED']);
    expect(rateHeaders(limited.headers)).toEqual(['4', '0', reset]);
    expect(limited.headers.get('retry-after')).toBe('45');
    client.advance(500); // 44.5 s left: Retry-After rounds up, so waiting it is always enough
    expect((await client.get('/forms')).headers.get('retry-after')).toBe('45');
    client.advance(44_499);
    expect((await client.get('/forms')).headers.get('retry-after')).toBe('1');
    client.advance(1);
    const recovered = await client.get('/forms');
    expect(recovered.status).toBe(200);
    expect(rateHeaders(recovered.headers)).toEqual(['4', '3', String(Number(reset) + 60)]);
  });

  it('counts each key on its own', async () => {
    const model = new FormsModel(3, ['contact'], 2, REF);
    const client = api(formsRoutes(model, { ...config, rateLimit: { limit: 1, windowMs: 60_000 } }));
    expect((await client.get('/forms', KEY)).status).toBe(200);
    expect((await client.get('/forms', KEY)).status).toBe(429);
    expect((await client.get('/forms', 'sk_live_other_key')).status).toBe(200);
  });
});

describe('determinism', () => {
  it('the same seed gives byte-identical answers on every route; another seed other ones', async () => {
    const transcript = async (seed: number) => {
      const { model, client } = world(seed, ['job-application', 'feedback'], 3);
      const out = [(await client.get('/forms')).text];
      for (const form of model.forms) {
        out.push((await client.get(`/forms/${form.id}`)).text);
        out.push((await client.get(`/forms/${form.id}/submissions?limit=2&page=2`)).text);
      }
      for (const f of model.files.values()) {
        const described = await client.get(`/files/${f.id}`);
        out.push(described.text);
        out.push(
          Buffer.from(await (await client.raw(described.body.download_url, null)).arrayBuffer()).toString(
            'base64',
          ),
        );
      }
      return out;
    };
    const a = await transcript(21);
    expect(a.length).toBeGreaterThan(6);
    expect(await transcript(21)).toEqual(a);
    expect((await transcript(22))[0]).not.toBe(a[0]);
  });
});

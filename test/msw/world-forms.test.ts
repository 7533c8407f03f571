import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isSpikeKitError } from '../../src/core/index.ts';
import { generate } from '../../src/index.ts';
import { createSpikeWorld, type SpikeWorld } from '../../src/msw/index.ts';
import { verifyRequest } from '../../src/signing/index.ts';
import { simulate } from '../../src/simulator/index.ts';
import type { Json } from './world-support.ts';

const NOW = Date.parse('2026-01-15T10:30:00Z');
const SECRET = 'form-webhook-secret';

/** A GET with the world's API key, another key, or (`null`) none. */
async function get(world: SpikeWorld, path: string, key: string | null = world.formsApiKey) {
  const response = await world.fetch(`${world.formsBaseUrl}${path}`, {
    headers: key === null ? {} : { authorization: `Bearer ${key}` },
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as Json };
}

describe('the Spike Forms REST API of the world', () => {
  it('lists the forms and their submissions: exactly the webhooks the world posts, byte for byte', async () => {
    const world = await createSpikeWorld({
      seed: 12,
      forms: ['contact', 'job-application'],
      submissionsPerForm: 4,
      clock: () => NOW,
    });
    const list = await get(world, '/forms');
    expect(list.status).toBe(200);
    expect(list.body.forms.map((f: Json) => [f.id, f.submissionCount, f.isActive])).toEqual(
      world.forms.map((f) => [f.id, 4, true]),
    );
    for (const [i, form] of world.forms.entries()) {
      const direct = generate('spike-forms', {
        kind: form.kind,
        seed: `12/form-${i}`,
        count: 4,
        refDate: NOW,
      });
      const one = await get(world, `/forms/${form.id}`);
      expect(one.body).toMatchObject({ id: form.id, name: form.name, slug: form.slug });
      const page = await get(world, `/forms/${form.id}/submissions`);
      // Newest first; each is the webhook's submission.
      expect(page.body.submissions.map((s: Json) => s.id)).toEqual(
        direct.map((s) => s.submissionId).reverse(),
      );
      for (const [n, event] of direct.entries()) {
        expect(JSON.stringify(world.webhook('spike-forms', { form: i, index: n }))).toBe(
          JSON.stringify(event),
        );
        const listed = page.body.submissions.find((s: Json) => s.id === event.submissionId);
        expect(JSON.stringify(listed.data)).toBe(JSON.stringify(event.data));
        expect(listed.createdAt).toBe(event.metadata.timestamp);
      }
    }
    // The timestamped dialect posts the same submissions.
    const stamped = world.webhook('spike-forms-timestamped', { form: 1, index: 0 }) as Json;
    const plain = world.webhook('spike-forms', { form: 1, index: 0 }) as Json;
    expect(stamped.submission.id).toBe(plain.submissionId);
    expect(stamped.form.id).toBe(plain.formId);
  });

  it('paginates with page and limit, past the end is empty, bad values are 400', async () => {
    const world = await createSpikeWorld({ seed: 12, forms: 1, submissionsPerForm: 7, clock: () => NOW });
    const id = world.forms[0]!.id;
    const pages = [];
    for (const page of [1, 2, 3])
      pages.push((await get(world, `/forms/${id}/submissions?limit=3&page=${page}`)).body);
    expect(pages.map((p) => p.submissions.length)).toEqual([3, 3, 1]);
    expect(pages[0]?.pagination).toEqual({ page: 1, limit: 3, total: 7, totalPages: 3 });
    expect(new Set(pages.flatMap((p) => p.submissions.map((s: Json) => s.id))).size).toBe(7);
    expect((await get(world, `/forms/${id}/submissions?page=4&limit=3`)).body.submissions).toEqual([]);
    expect((await get(world, `/forms/${id}/submissions`)).body.pagination).toMatchObject({
      limit: 50,
      total: 7,
    });
    for (const q of ['page=0', 'page=-1', 'page=x', 'limit=0', 'limit=101', 'limit=2.5']) {
      const r = await get(world, `/forms/${id}/submissions?${q}`);
      expect(r.status, q).toBe(400);
      expect(r.body).toMatchObject({ code: 'INVALID_PARAMETER' });
    }
  });

  it('answers 401 for a missing, malformed or unknown key and 404 for unknown ids, all with rate-limit headers', async () => {
    const world = await createSpikeWorld({
      seed: 12,
      forms: 1,
      clock: () => NOW,
      formsApiKeys: ['sk_live_abc', 'sk_test_def'],
    });
    expect(world.formsApiKey).toBe('sk_live_abc');
    expect((await get(world, '/forms', 'sk_test_def')).status).toBe(200);
    for (const key of [null, 'abc', 'pk_live_abc', 'sk_live_other', 'sk_prod_abc']) {
      const r = await get(world, '/forms', key);
      expect(r.status, String(key)).toBe(401);
      expect(r.body.code).toBe('UNAUTHORIZED');
      expect(r.headers.get('x-ratelimit-limit')).toBe('60');
    }
    for (const path of ['/forms/nope', '/forms/nope/submissions', '/files/nope']) {
      const r = await get(world, path);
      expect(r.status, path).toBe(404);
      expect(r.headers.get('x-ratelimit-remaining')).not.toBeNull();
    }
    expect((await get(world, '/nothing')).status).toBe(404);
  });

  it('limits each key: headers count down, the request past the limit is 429 with Retry-After, the next window serves again', async () => {
    let now = Date.parse('2026-01-15T10:30:10Z');
    const world = await createSpikeWorld({
      seed: 12,
      forms: 1,
      clock: () => now,
      formsRateLimit: { limit: 3, window: '1m' },
    });
    const remaining = [];
    for (let k = 0; k < 3; k++)
      remaining.push((await get(world, '/forms')).headers.get('x-ratelimit-remaining'));
    expect(remaining).toEqual(['2', '1', '0']);
    const limited = await get(world, '/forms');
    expect(limited.status).toBe(429);
    expect(limited.body.code).toBe('RATE_LIMITED');
    expect(limited.headers.get('retry-after')).toBe('50');
    expect(limited.headers.get('x-ratelimit-reset')).toBe(String(Date.parse('2026-01-15T10:31:00Z') / 1000));
    now += 50_000;
    expect((await get(world, '/forms')).status).toBe(200);
  });
});

describe('determinism', () => {
  it('the same seed gives byte-identical Forms answers and file bytes; another seed other ones', async () => {
    const answers = async (seed: number) => {
      const world = await createSpikeWorld({
        seed,
        forms: ['job-application', 'feedback'],
        clock: () => NOW,
      });
      const out = [JSON.stringify((await get(world, '/forms')).body)];
      for (const form of world.forms) {
        const page = await get(world, `/forms/${form.id}/submissions`);
        out.push(JSON.stringify(page.body));
        for (const s of page.body.submissions as Json[]) {
          for (const f of s.files as Json[]) {
            const file = await get(world, `/files/${f.id}`);
            out.push(JSON.stringify(file.body));
            out.push(
              Buffer.from(await (await world.fetch(file.body.download_url)).arrayBuffer()).toString('base64'),
            );
          }
        }
      }
      return out;
    };
    const a = await answers(31);
    expect(a.length).toBeGreaterThan(5);
    expect(await answers(31)).toEqual(a);
    expect((await answers(32))[0]).not.toBe(a[0]);
  });
});

describe('uploaded files', () => {
  it('every file: value names a file the API knows, whose download has the stated size and type', async () => {
    const world = await createSpikeWorld({
      seed: 5,
      forms: ['job-application'],
      submissionsPerForm: 3,
      clock: () => NOW,
    });
    const page = await get(world, `/forms/${world.forms[0]!.id}/submissions`);
    let checked = 0;
    for (const submission of page.body.submissions as Json[]) {
      const named = Object.entries(submission.data).filter(
        ([, v]) => typeof v === 'string' && v.startsWith('file:'),
      );
      expect(named.length).toBeGreaterThan(0);
      expect(submission.files.map((f: Json) => `file:${f.filename}`).sort()).toEqual(
        named.map(([, v]) => v).sort(),
      );
      for (const listed of submission.files as Json[]) {
        const file = await get(world, `/files/${listed.id}`);
        expect(file.body).toMatchObject({
          id: listed.id,
          filename: listed.filename,
          mime_type: listed.mime_type,
          size: listed.size,
          expires_in: 3600,
        });
        const download = await world.fetch(file.body.download_url);
        const bytes = new Uint8Array(await download.arrayBuffer());
        expect(bytes.byteLength).toBe(file.body.size);
        expect(download.headers.get('content-type')).toBe(file.body.mime_type);
        if (file.body.mime_type === 'application/pdf')
          expect(Buffer.from(bytes.subarray(0, 5)).toString()).toBe('%PDF-');
        const again = new Uint8Array(await (await world.fetch(file.body.download_url)).arrayBuffer());
        expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(3); // a CV each, some with a cover letter too
  });

  it('a download URL expires after expires_in and refuses a forged signature', async () => {
    let now = NOW;
    const world = await createSpikeWorld({
      seed: 5,
      forms: ['job-application'],
      downloadExpiresIn: 60,
      clock: () => now,
    });
    const page = await get(world, `/forms/${world.forms[0]!.id}/submissions`);
    const file = await get(world, `/files/${page.body.submissions[0].files[0].id}`);
    const url = new URL(file.body.download_url);
    expect((await world.fetch(url)).status).toBe(200);
    url.searchParams.set('signature', '0'.repeat(64));
    expect((await world.fetch(url)).status).toBe(403);
    now += 60_000;
    const expired = await world.fetch(file.body.download_url);
    expect(expired.status).toBe(403);
    expect(((await expired.json()) as Json).code).toBe('URL_EXPIRED');
  });
});

const cvWorld = await createSpikeWorld({ seed: 9, forms: ['job-application'], submissionsPerForm: 2 });

describe('a forms handler that downloads the uploaded CV, under Spike’s retries', () => {
  const world = cvWorld;
  const server = setupServer(...world.handlers());
  beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
  afterAll(() => server.close());

  it('stores the CV’s real bytes once, after a rate-limited first try', async () => {
    const stored = new Map<string, Uint8Array>();
    const api = (path: string) =>
      fetch(`${world.formsBaseUrl}${path}`, { headers: { authorization: `Bearer ${world.formsApiKey}` } });
    const POST = async (request: Request) => {
      const { ok, body } = await verifyRequest('spike-forms', request, { secret: SECRET });
      if (!ok) return new Response(null, { status: 401 });
      const event = JSON.parse(body);
      const page = await api(`/forms/${event.formId}/submissions`);
      if (page.status === 429) return new Response(null, { status: 503 });
      const submission = ((await page.json()) as Json).submissions.find(
        (s: Json) => s.id === event.submissionId,
      );
      for (const listed of submission.files as Json[]) {
        const file = (await (await api(`/files/${listed.id}`)).json()) as Json;
        stored.set(listed.id, new Uint8Array(await (await fetch(file.download_url)).arrayBuffer()));
      }
      return new Response(null, { status: 200 });
    };
    world.fail('GET /forms/:id/submissions', { kind: 'rate-limit', retryAfterSeconds: 30 });
    const event = world.webhook('spike-forms', { form: 0 }) as Json;
    const result = await simulate({ profile: 'spike-forms', target: { fetch: POST }, event, secret: SECRET });
    expect(result.events[0]?.attempts.map((a) => [a.atMs, a.status])).toEqual([
      [0, 503],
      [60_000, 200],
    ]);
    const listing = (await (await api(`/forms/${event.formId}/submissions`)).json()) as Json;
    const files = listing.submissions.find((s: Json) => s.id === event.submissionId).files as Json[];
    const named = Object.values(event.data).filter((v) => typeof v === 'string' && v.startsWith('file:'));
    expect(files.map((f) => `file:${f.filename}`).sort()).toEqual(named.sort());
    for (const listed of files) expect(stored.get(listed.id)?.byteLength).toBe(listed.size);
    expect(world.callsTo('GET /files/:id/download')).toHaveLength(files.length);
  });
});

describe('forms options', () => {
  it.each([
    [{ forms: ['survey'] }, 'INVALID_OPTION'],
    [{ forms: -1 }, 'INVALID_OPTION'],
    [{ submissionsPerForm: 0 }, 'INVALID_OPTION'],
    [{ formsBaseUrl: 'api.spike.ac' }, 'INVALID_OPTION'],
    [{ formsApiKeys: [] }, 'INVALID_OPTION'],
    [{ formsApiKeys: ['pk_live_x'] }, 'INVALID_OPTION'],
    [{ formsRateLimit: { limit: 0, window: '1m' } }, 'INVALID_OPTION'],
    [{ formsRateLimit: { limit: 5, window: 'often' } }, 'INVALID_DURATION'],
    [{ downloadExpiresIn: 0 }, 'INVALID_OPTION'],
  ])('%j is %s', async (options, code) => {
    const error = await createSpikeWorld(options as never).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(isSpikeKitError(error) && error.code).toBe(code);
  });

  it('world.webhook refuses an unknown form or index and options the world owns', async () => {
    const world = await createSpikeWorld({ seed: 1, forms: 2, submissionsPerForm: 2 });
    for (const options of [
      { form: 2 },
      { form: 'nope' },
      { form: 0, index: 2 },
      { form: 0, index: -1 },
      { refDate: '2026-01-01' },
      { count: 2 },
      { seed: 3 },
    ]) {
      expect(() => world.webhook('spike-forms', options), JSON.stringify(options)).toThrow(
        expect.objectContaining({ code: 'INVALID_OPTION' }),
      );
    }
  });
});

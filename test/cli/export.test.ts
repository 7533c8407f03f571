// exportTraffic: signed Spike traffic for Artillery (run for real here, on 127.0.0.1) and k6 (not installable from
// npm: its script is executed here against stand-ins for its modules, and its data verified with the kit).
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Script } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportTraffic } from '../../src/cli/export/index.ts';
import { isSpikeKitError } from '../../src/core/index.ts';
import type { ProfileId } from '../../src/profiles/index.ts';
import { receive } from '../../src/receive/index.ts';
import { verifyDelivery } from '../../src/signing/index.ts';

const exec = promisify(execFile);
const root = new URL('../../', import.meta.url).pathname;
const artillery = join(root, 'node_modules/.bin/artillery');
const SECRET = 's3cret';

interface Exported {
  headers: Record<string, string>;
  body: string;
}

let scratch: string;
beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'spike-export-'));
});
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});
const dir = (name: string) => join(scratch, name);
const readData = (outDir: string) =>
  JSON.parse(readFileSync(join(outDir, 'spike-deliveries.json'), 'utf8')) as Exported[];

/** A receiver on 127.0.0.1 that verifies every request with the kit's `receive` and counts what it saw. */
async function startReceiver(profile: ProfileId) {
  const seen = { valid: 0, invalid: 0, other: 0, bodies: [] as string[] };
  const server: Server = createServer((req: IncomingMessage, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      seen.bodies.push(body.toString('utf8'));
      try {
        receive(profile, { headers: req.headers, body }, { secret: SECRET });
        seen.valid++;
        res.statusCode = 200;
      } catch (error) {
        if (isSpikeKitError(error, 'SIGNATURE_INVALID')) seen.invalid++;
        else seen.other++;
        res.statusCode = 401;
      }
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return { seen, url: `http://127.0.0.1:${port}/webhooks/spike?source=load`, close };
}

/** Runs the installed Artillery on an exported scenario and returns its JSON report's aggregate counters. */
async function runArtillery(outDir: string): Promise<Record<string, number>> {
  const report = join(outDir, 'report.json');
  await exec(artillery, ['run', '--output', report, 'spike-scenario.yml'], {
    cwd: outDir,
    timeout: 60_000,
    env: { ...process.env, ARTILLERY_DISABLE_TELEMETRY: 'true', DO_NOT_TRACK: '1', NO_COLOR: '1' },
  });
  return (JSON.parse(readFileSync(report, 'utf8')) as { aggregate: { counters: Record<string, number> } })
    .aggregate.counters;
}

describe('exportTraffic options', () => {
  const base = {
    format: 'artillery',
    profile: 'spike-forms',
    url: 'http://127.0.0.1:3000/webhooks/spike',
    secret: SECRET,
  } as const;
  const cases: [string, Record<string, unknown>, string][] = [
    ['an unknown format', { format: 'jmeter' }, 'INVALID_OPTION'],
    ['count 0', { count: 0 }, 'INVALID_OPTION'],
    ['a fractional count', { count: 2.5 }, 'INVALID_OPTION'],
    ['a url that is not http(s)', { url: 'ftp://127.0.0.1/hook' }, 'INVALID_OPTION'],
    ['a url that is no URL', { url: '127.0.0.1:3000/hook' }, 'INVALID_OPTION'],
    ['no secret', { secret: undefined }, 'SECRET_REQUIRED'],
    ['an empty secret', { secret: '' }, 'SECRET_REQUIRED'],
    ['a secret that is not a string', { secret: 1234 }, 'INVALID_OPTION'],
    ['rate 0', { rate: 0 }, 'INVALID_OPTION'],
    ['a negative duration', { duration: -1 }, 'INVALID_OPTION'],
    ['a misspelt option', { cuont: 5 }, 'INVALID_OPTION'],
    ['an unknown profile', { profile: 'spike-health-v9' }, 'UNKNOWN_PROFILE'],
    ['an unknown kind', { kind: 'survey' }, 'UNKNOWN_KIND'],
    ['an unknown body style', { bodyStyle: 'ugly' }, 'INVALID_OPTION'],
  ];
  for (const [name, change, code] of cases) {
    it(`refuses ${name} with ${code}, before writing anything`, async () => {
      const outDir = dir(`bad-${name.replace(/\W+/g, '-')}`);
      const error = await exportTraffic({ ...base, outDir, ...change } as never).catch((e: unknown) => e);
      expect(isSpikeKitError(error), String(error)).toBe(true);
      expect((error as { code: string }).code).toBe(code);
      expect((error as Error).message).not.toContain(SECRET);
      expect(existsSync(outDir)).toBe(false);
    });
  }

  it('accepts the same options when they are right (the refusals above are not blanket ones)', async () => {
    const outDir = dir('good-options');
    const result = await exportTraffic({ ...base, outDir, count: 3 });
    expect(result.deliveries).toBe(3);
    expect(result.files.map((file) => file.slice(outDir.length + 1))).toEqual([
      'spike-deliveries.json',
      'spike-deliveries-index.csv',
      'spike-processor.cjs',
      'spike-scenario.yml',
    ]);
    expect(readData(outDir)).toHaveLength(3);
  });
});

describe('the Artillery export, run by the installed Artillery against a verifying receiver', () => {
  it('sends 20 pre-signed v3 deliveries byte for byte, all verified and all counted 200', async () => {
    const receiver = await startReceiver('spike-health-v3');
    try {
      const outDir = dir('artillery-v3');
      // 'awkward' bodies (escapes, spacing, a final newline) break any path that re-serialises the JSON.
      const result = await exportTraffic({
        format: 'artillery',
        profile: 'spike-health-v3',
        url: receiver.url,
        secret: SECRET,
        outDir,
        count: 20,
        rate: 20,
        duration: 1,
        bodyStyle: 'awkward',
      });
      expect(result).toMatchObject({ deliveries: 20, format: 'artillery' });
      const counters = await runArtillery(outDir);
      expect(receiver.seen).toMatchObject({ valid: 20, invalid: 0, other: 0 });
      const exported = readData(outDir).map((delivery) => delivery.body);
      expect(new Set(receiver.seen.bodies)).toEqual(new Set(exported));
      expect(counters['http.codes.200']).toBe(20);
      expect(counters['spike.delivered']).toBe(20);
      expect(counters['spike.failed']).toBeUndefined();
    } finally {
      await receiver.close();
    }
  }, 90_000);

  it('signed with the wrong secret: the receiver counts every request invalid, and Artillery counts them failed', async () => {
    const receiver = await startReceiver('spike-forms');
    try {
      const outDir = dir('artillery-wrong-secret');
      await exportTraffic({
        format: 'artillery',
        profile: 'spike-forms',
        url: receiver.url,
        secret: 'not-the-secret',
        outDir,
        count: 5,
        rate: 5,
      });
      const counters = await runArtillery(outDir);
      expect(receiver.seen).toMatchObject({ valid: 0, invalid: 5, other: 0 });
      expect(counters['http.codes.401']).toBe(5);
      expect(counters['spike.failed']).toBe(5);
      expect(counters['spike.delivered']).toBeUndefined();
    } finally {
      await receiver.close();
    }
  }, 90_000);
});

describe('the Artillery processor', () => {
  const load = async (profile: ProfileId, name: string) => {
    const outDir = dir(name);
    await exportTraffic({
      format: 'artillery',
      profile,
      url: 'http://127.0.0.1:9/hook',
      secret: SECRET,
      outDir,
      count: 4,
    });
    const processor = createRequire(import.meta.url)(join(outDir, 'spike-processor.cjs')) as Record<
      string,
      (...args: unknown[]) => unknown
    >;
    return { processor, data: readData(outDir) };
  };

  it('puts the payload row`s delivery (or the next, round-robin) in the request, as bytes', async () => {
    const { processor, data } = await load('spike-forms', 'processor-forms');
    const request = (vars: Record<string, unknown>) => {
      const params: { headers: Record<string, string>; body?: unknown; json?: unknown } = {
        headers: { 'user-agent': 'artillery' },
        json: { replaced: true },
      };
      processor.spikeDelivery?.(params, { vars }, {}, () => undefined);
      return params;
    };
    const third = request({ spikeDelivery: 2 });
    expect(Buffer.isBuffer(third.body)).toBe(true);
    expect((third.body as Buffer).toString('utf8')).toBe(data[2]?.body);
    expect(third.json).toBeUndefined();
    expect(third.headers).toEqual({ 'user-agent': 'artillery', ...data[2]?.headers });
    const rotated = [0, 1, 2, 3, 4].map(() => (request({}).body as Buffer).toString('utf8'));
    expect(rotated).toEqual([...data.map((d) => d.body), data[0]?.body]);
  });

  it('counts by the profile`s success rule: v3 only on exactly 200, forms on any 2xx, never on 3xx', async () => {
    const v3 = (await load('spike-health-v3', 'processor-v3')).processor;
    const forms = (await load('spike-forms', 'processor-forms-rule')).processor;
    const statuses = [200, 201, 204, 302, 500];
    const ruled = (processor: typeof v3) => statuses.map((status) => processor.isSpikeSuccess?.(status));
    expect(ruled(v3)).toEqual([true, false, false, false, false]);
    expect(ruled(forms)).toEqual([true, true, true, false, false]);
    const emitted: unknown[][] = [];
    const ee = { emit: (...args: unknown[]) => emitted.push(args) };
    v3.spikeOutcome?.({}, { statusCode: 200 }, {}, ee, () => undefined);
    v3.spikeOutcome?.({}, { statusCode: 201 }, {}, ee, () => undefined);
    expect(emitted).toEqual([
      ['counter', 'spike.delivered', 1],
      ['counter', 'spike.failed', 1],
    ]);
  });
});

describe('the k6 export (k6 is not on npm: the script runs here against stand-ins for its modules)', () => {
  const url = 'http://127.0.0.1:3000/webhooks/spike';

  /** Runs the script's module body in a VM with k6's modules replaced, and returns its options, main and calls. */
  function loadK6(outDir: string) {
    const source = readFileSync(join(outDir, 'spike-k6.js'), 'utf8');
    const imports = [...source.matchAll(/^import .+ from '([^']+)';$/gm)].map((match) => match[1]);
    expect(imports.sort()).toEqual(['k6', 'k6/data', 'k6/execution', 'k6/http']);
    const body = source
      .replace(/^import .+;$/gm, '')
      .replace('export const options', 'const options')
      .replace('export default function', 'function main');
    expect(body).not.toMatch(/^\s*(import|export)\b/m);
    const posts: { url: string; body: string; params: { headers: Record<string, string> } }[] = [];
    const checks: Record<string, boolean>[] = [];
    const calls = { expectedStatuses: [] as unknown[][], opened: [] as string[] };
    const status = { next: 200, iterationInTest: 0 };
    const http = {
      post: (to: string, sent: string, params: { headers: Record<string, string> }) => {
        posts.push({ url: to, body: sent, params });
        return { status: status.next };
      },
      expectedStatuses: (...args: unknown[]) => calls.expectedStatuses.push(args),
      setResponseCallback: () => undefined,
    };
    const stubs = {
      http,
      check: (value: unknown, named: Record<string, (r: unknown) => boolean>) => {
        checks.push(Object.fromEntries(Object.entries(named).map(([name, fn]) => [name, fn(value)])));
      },
      SharedArray: function SharedArray(_name: string, make: () => unknown[]) {
        return make();
      },
      exec: { scenario: status },
      open: (file: string) => {
        calls.opened.push(file);
        return readFileSync(join(outDir, file), 'utf8');
      },
    };
    const script = new Script(
      `(function ({ http, check, SharedArray, exec, open }) {\n${body}\nreturn { options, main };\n})`,
    );
    const made = (
      script.runInThisContext() as (s: typeof stubs) => {
        options: { scenarios: Record<string, Record<string, unknown>>; maxRedirects: number };
        main: () => void;
      }
    )(stubs);
    return { ...made, posts, checks, calls, status, source };
  }

  it('writes a script whose every post is a pre-signed delivery, to the URL, checked by the v3 rule', async () => {
    const outDir = dir('k6-v3');
    const result = await exportTraffic({
      format: 'k6',
      profile: 'spike-health-v3',
      url,
      secret: SECRET,
      outDir,
      count: 6,
      rate: 3,
      bodyStyle: 'awkward',
    });
    expect(result.files.map((file) => file.slice(outDir.length + 1))).toEqual([
      'spike-deliveries.json',
      'spike-k6.js',
    ]);
    const k6 = loadK6(outDir);
    expect(k6.source).toContain("from 'k6/data'");
    expect(k6.calls.opened).toEqual(['./spike-deliveries.json']);
    expect(k6.calls.expectedStatuses).toEqual([[200]]);
    expect(k6.options.maxRedirects).toBe(0);
    expect(Object.values(k6.options.scenarios)).toEqual([
      expect.objectContaining({ executor: 'constant-arrival-rate', rate: 3, timeUnit: '1s', duration: '2s' }),
    ]);
    const data = readData(outDir);
    for (let iteration = 0; iteration < 7; iteration++) {
      k6.status.iterationInTest = iteration;
      k6.main();
    }
    expect(k6.posts.map((post) => post.url)).toEqual(Array(7).fill(url));
    expect(k6.posts.map((post) => post.body)).toEqual([...data.map((d) => d.body), data[0]?.body]);
    for (const post of k6.posts) {
      expect(
        verifyDelivery(
          'spike-health-v3',
          { headers: post.params.headers, body: post.body },
          { secret: SECRET },
        ).ok,
      ).toBe(true);
      expect(
        verifyDelivery(
          'spike-health-v3',
          { headers: post.params.headers, body: post.body },
          { secret: 'other' },
        ).ok,
      ).toBe(false);
    }
    expect(k6.checks.every((named) => Object.values(named).every(Boolean))).toBe(true);
    k6.status.next = 201;
    k6.main();
    expect(k6.checks.at(-1)).toEqual({ 'spike-health-v3 success (exactly 200)': false });
  });

  it('checks any 2xx for Spike Forms (204 passes, 302 fails)', async () => {
    const outDir = dir('k6-forms');
    await exportTraffic({ format: 'k6', profile: 'spike-forms', url, secret: SECRET, outDir, count: 2 });
    const k6 = loadK6(outDir);
    expect(k6.calls.expectedStatuses).toEqual([[{ min: 200, max: 299 }]]);
    k6.status.next = 204;
    k6.main();
    k6.status.next = 302;
    k6.main();
    expect(k6.checks.map((named) => Object.values(named)[0])).toEqual([true, false]);
  });
});

describe('timestamped profiles', () => {
  it('are signed at refDate: valid near it, stale an hour later (the files expire)', async () => {
    const outDir = dir('timestamped');
    const refDate = '2026-03-01T12:00:00Z';
    await exportTraffic({
      format: 'k6',
      profile: 'spike-forms-timestamped',
      url: 'https://example.test/hook',
      secret: SECRET,
      outDir,
      count: 3,
      refDate,
    });
    const refSeconds = String(Date.parse(refDate) / 1000);
    for (const delivery of readData(outDir)) {
      expect(delivery.headers['X-Spike-Timestamp']).toBe(refSeconds);
      const near = verifyDelivery('spike-forms-timestamped', delivery, {
        secret: SECRET,
        now: '2026-03-01T12:02:00Z',
      });
      const later = verifyDelivery('spike-forms-timestamped', delivery, {
        secret: SECRET,
        now: '2026-03-01T13:00:00Z',
      });
      expect(near.ok).toBe(true);
      expect(later).toMatchObject({ ok: false, reason: 'stale-timestamp' });
    }
  });
});

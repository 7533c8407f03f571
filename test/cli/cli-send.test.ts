// `spike-webhook-kit send`, built, against real servers on 127.0.0.1 started and closed here: one that verifies
// and answers 200, one that refuses with 500.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { ProfileId } from '../../src/profiles/index.ts';
import { verifyDelivery } from '../../src/signing/index.ts';
import { baseEnv, runCli } from './run-cli.ts';

const SECRET = 'send-test-secret-7781';
const env = baseEnv({ SPIKE_SECRET: SECRET });

/** `spike-webhook-kit send URL --profile PROFILE --secret-env SPIKE_SECRET ...extra`. */
function send(url: string, profile: ProfileId, ...extra: string[]) {
  return runCli(['send', url, '--profile', profile, '--secret-env', 'SPIKE_SECRET', ...extra], { env });
}

interface Receiver {
  readonly url: string;
  readonly seen: { valid: number; invalid: number };
  readonly server: Server;
}

async function receiver(profile: ProfileId, status: number): Promise<Receiver> {
  const seen = { valid: 0, invalid: 0 };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const ok = verifyDelivery(
        profile,
        { headers: req.headers, body: Buffer.concat(chunks) },
        { secret: SECRET },
      ).ok;
      if (ok) seen.valid++;
      else seen.invalid++;
      res.statusCode = ok ? status : 401;
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/webhooks/spike`, seen, server };
}

const attemptSchema = z.object({
  n: z.number().int(),
  atMs: z.number(),
  status: z.number().nullable(),
  classification: z.string(),
});
const simulationSchema = z.object({
  profile: z.string(),
  target: z.string(),
  time: z.literal('real'),
  compress: z.number(),
  summary: z.object({
    events: z.number(),
    delivered: z.number(),
    exhausted: z.number(),
    attempts: z.number(),
  }),
  events: z.array(
    z.object({
      index: z.number(),
      outcome: z.enum(['delivered', 'exhausted', 'discarded', 'pending']),
      attempts: z.array(attemptSchema),
    }),
  ),
});
const loadSchema = z.object({
  profile: z.string(),
  url: z.string(),
  count: z.number().int(),
  concurrency: z.number().int(),
  rate: z.number().nullable(),
  delivered: z.number().int(),
  failed: z.number().int(),
  durationMs: z.number().positive(),
  rps: z.number().positive(),
  latencyMs: z.object({ p50: z.number(), p99: z.number(), max: z.number() }),
  statuses: z.record(z.string(), z.number().int()),
});

let ok: Receiver;
let refusing: Receiver;
beforeAll(async () => {
  ok = await receiver('spike-health-v2', 200);
  refusing = await receiver('spike-forms', 500);
});
afterAll(async () => {
  for (const r of [ok, refusing]) {
    r.server.closeAllConnections();
    await new Promise((resolve) => r.server.close(resolve));
  }
});

describe('send', () => {
  it('delivers signed events to an endpoint that answers 200: exit 0, the timeline table', async () => {
    const before = ok.seen.valid;
    const run = await send(ok.url, 'spike-health-v2', '--kind', 'heart', '--count', '2');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`spike-health-v2 -> ${ok.url} | real time`);
    expect(run.stdout).toContain('2 events: 2 delivered');
    expect(ok.seen.valid - before).toBe(2);
    expect(ok.seen.invalid).toBe(0);
    expect(run.stdout).not.toContain(SECRET);
  });

  it('prints the simulation as JSON with --json', async () => {
    const run = await send(ok.url, 'spike-health-v2', '--json');
    expect(run.code).toBe(0);
    const result = simulationSchema.parse(JSON.parse(run.stdout));
    expect(result.summary).toMatchObject({ events: 1, delivered: 1, attempts: 1 });
    expect(result.events[0]?.attempts[0]).toMatchObject({ status: 200, classification: 'success' });
  });

  it("follows the profile's retry schedule against an endpoint that refuses with 500: exit 1", async () => {
    const before = refusing.seen.valid;
    const run = await send(refusing.url, 'spike-forms', '--compress', '20000', '--timeout', '1d', '--json');
    expect(run.code).toBe(1);
    const result = simulationSchema.parse(JSON.parse(run.stdout));
    const [event] = result.events;
    expect(event?.outcome).toBe('exhausted');
    // Spike Forms: 4 attempts, each delay counted from the previous failure (0, 1, 6, 36 min).
    expect(event?.attempts.map((a) => a.status)).toEqual([500, 500, 500, 500]);
    const gaps = (event?.attempts ?? []).slice(1).map((a, i) => a.atMs - (event?.attempts[i]?.atMs ?? 0));
    expect(gaps[0]).toBeGreaterThanOrEqual(60_000);
    expect(gaps[2]).toBeGreaterThanOrEqual(30 * 60_000);
    expect(refusing.seen.valid - before).toBe(4);
  });

  it('writes the retry timeline as an HTML report with --report (and refuses it for a load run)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'spike-cli-send-'));
    try {
      const report = join(dir, 'send.html');
      const run = await send(
        refusing.url,
        'spike-forms',
        '--compress',
        '20000',
        '--timeout',
        '1d',
        '--report',
        report,
      );
      expect(run.code).toBe(1);
      expect(run.stderr).toBe(`report: ${report}\n`);
      const html = readFileSync(report, 'utf8');
      expect(html).toMatch(/^<!doctype html>/i);
      expect(html).toContain(`spike-webhook-kit send ${refusing.url}`);
      const load = await send(refusing.url, 'spike-forms', '--rate', '10', '--report', report);
      expect(load.code).toBe(1);
      expect(load.stderr).toMatch(/^spike-webhook-kit: INVALID_OPTION: --report draws the retry timeline/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('sends one attempt per event with --no-retry', async () => {
    const before = refusing.seen.valid;
    const run = await send(refusing.url, 'spike-forms', '--count', '2', '--no-retry');
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('2 events: 0 delivered, 2 exhausted; 2 attempts');
    expect(refusing.seen.valid - before).toBe(2);
  });

  it('runs load with --rate and --concurrency: every request signed, the report as JSON', async () => {
    const before = ok.seen.valid;
    const run = await send(
      ok.url,
      'spike-health-v2',
      '--count',
      '60',
      '--rate',
      '2000',
      '--concurrency',
      '4',
      '--json',
    );
    expect(run.code).toBe(0);
    const report = loadSchema.parse(JSON.parse(run.stdout));
    expect(report).toMatchObject({
      count: 60,
      delivered: 60,
      failed: 0,
      concurrency: 4,
      rate: 2000,
      statuses: { '200': 60 },
    });
    expect(report.latencyMs.p50).toBeLessThanOrEqual(report.latencyMs.p99);
    expect(ok.seen.valid - before).toBe(60);
  });

  it('reports load against a refusing endpoint and exits 1', async () => {
    const run = await send(refusing.url, 'spike-forms', '--count', '10', '--concurrency', '2');
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('statuses: 500 x10');
    expect(run.stdout).toContain('10 of 10 not delivered');
  });

  it('requires the secret for a profile that always signs, and never prints it', async () => {
    const missing = await runCli(['send', ok.url, '--profile', 'spike-health-v2']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^spike-webhook-kit: SECRET_REQUIRED: .*--secret-env.*--secret /);
    const unset = await runCli([
      'send',
      ok.url,
      '--profile',
      'spike-health-v2',
      '--secret-env',
      'NO_SUCH_VAR',
    ]);
    expect(unset.code).toBe(1);
    expect(unset.stderr).toContain('NO_SUCH_VAR');
  });
});

// `spike-webhook-kit check` and `verify-pact`, built, against the demo's receivers served on 127.0.0.1 here (with a
// probe route that answers how many times the side effect ran), and against a port where nothing listens.

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  correctReceiver,
  type DemoReceiver,
  demoPath,
  demoSecrets,
  flawedReceiver,
} from '../../src/cli/demo/demo-receivers.ts';
import { scenarioIds } from '../../src/conformance/index.ts';
import { baseEnv, type CliRun, runCli } from './run-cli.ts';

const SECRET = demoSecrets['spike-forms'];
const env = baseEnv({ SPIKE_SECRET: SECRET, PACT_DO_NOT_TRACK: 'true' });

/** `check --json`, as docs/cli.md documents it. */
const scorecardSchema = z.strictObject({
  profile: z.string(),
  target: z.string(),
  passed: z.boolean(),
  seed: z.number(),
  refDate: z.string(),
  scenarios: z.array(
    z.strictObject({
      id: z.enum(scenarioIds as [string, ...string[]]),
      status: z.enum(['passed', 'failed', 'skipped']),
      reason: z.string().min(1),
    }),
  ),
});

interface Served {
  readonly origin: string;
  readonly url: string;
  readonly probeUrl: string;
  readonly server: Server;
}

/** A demo receiver behind a server that also answers `GET /test/processed?key=...` with its count. */
async function serve(receiver: DemoReceiver): Promise<Served> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname !== '/test/processed') return receiver.listener(req, res);
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ count: receiver.probe(url.searchParams.get('key') ?? '') }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: `${origin}${demoPath('spike-forms')}`,
    probeUrl: `${origin}/test/processed?key={key}`,
    server,
  };
}

/** A port that was free a moment ago: nothing listens there. */
async function deadUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}/webhooks/spike`;
}

function parseCard(run: CliRun): z.infer<typeof scorecardSchema> {
  const lines = run.stdout.split('\n').filter((line) => line !== '');
  expect(lines, run.stderr).toHaveLength(1);
  return scorecardSchema.parse(JSON.parse(lines[0] as string));
}

const statusOf = (card: z.infer<typeof scorecardSchema>) =>
  Object.fromEntries(card.scenarios.map((s) => [s.id, s.status]));

let good: Served;
let bad: Served;
let dir: string;
beforeAll(async () => {
  [good, bad] = await Promise.all([serve(correctReceiver()), serve(flawedReceiver())]);
  dir = mkdtempSync(join(tmpdir(), 'spike-cli-check-'));
});
afterAll(async () => {
  for (const { server } of [good, bad]) {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
  rmSync(dir, { recursive: true, force: true });
});

const check = (url: string, ...more: string[]) =>
  runCli(['check', url, '--profile', 'spike-forms', '--secret-env', 'SPIKE_SECRET', ...more], { env });

describe('spike-webhook-kit check', () => {
  it('passes a correct endpoint: exit 0, --json valid against its schema, every id in order', async () => {
    const run = await check(good.url, '--probe-url', good.probeUrl, '--json');
    expect(run.code, run.stderr).toBe(0);
    const card = parseCard(run);
    expect(card).toMatchObject({ profile: 'spike-forms', target: good.url, passed: true });
    expect(card.scenarios.map((s) => s.id)).toEqual(scenarioIds);
    // spike-forms has no timestamp header: stale-timestamp does not apply. Everything else passed.
    expect(card.scenarios.filter((s) => s.status !== 'passed').map((s) => s.id)).toEqual(['stale-timestamp']);
  });

  it('fails a flawed endpoint with exit 1, naming each flaw and what to do', async () => {
    const run = await check(bad.url, '--probe-url', bad.probeUrl);
    expect(run.code, run.stderr).toBe(1);
    expect(run.stdout).toMatch(/FAIL signed-bytes +.*verify the raw bytes/);
    expect(run.stdout).toMatch(/FAIL duplicate-delivery +.*processed 2 times/);
    expect(run.stdout).toMatch(/FAIL unknown-event-kind +.*got 500/);
    expect(run.stdout).toMatch(/ok {3}valid-signature/);
    expect(run.stdout).toMatch(/does not conform: 7 passed, 4 failed, 1 skipped/);
    expect(run.stderr).toBe('');
  });

  it('skips the duplicate scenarios without a probe, with the reason, and never passes them', async () => {
    const card = parseCard(await check(good.url, '--json'));
    const duplicates = card.scenarios.filter((s) => s.id.includes('duplicate'));
    expect(duplicates.map((s) => s.status)).toEqual(['skipped', 'skipped']);
    expect(duplicates[0]?.reason).toMatch(/probe/);
  });

  it('runs --only and --skip by id, and reports the rest as skipped', async () => {
    const only = parseCard(await check(bad.url, '--only', 'valid-signature,signed-bytes', '--json'));
    expect(statusOf(only)).toMatchObject({ 'valid-signature': 'passed', 'signed-bytes': 'failed' });
    expect(only.scenarios.filter((s) => s.status === 'skipped')).toHaveLength(scenarioIds.length - 2);
    const skip = await check(bad.url, '--skip', 'signed-bytes', '--skip', 'unknown-event-kind', '--json');
    // Without a probe and without those two, nothing the flawed forms receiver does wrong is left.
    expect(skip.code).toBe(0);
    expect(statusOf(parseCard(skip))).toMatchObject({
      'signed-bytes': 'skipped',
      'unknown-event-kind': 'skipped',
    });
  });

  it('writes the HTML report and the JUnit file it is asked for', async () => {
    const report = join(dir, 'check.html');
    const junit = join(dir, 'check.xml');
    const run = await check(bad.url, '--report', report, '--junit', junit);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`report: ${report}`);
    expect(readFileSync(report, 'utf8')).toMatch(/^<!doctype html>/i);
    const xml = readFileSync(junit, 'utf8');
    expect(xml.match(/<testcase /g)).toHaveLength(scenarioIds.length);
    expect(xml.match(/<failure /g)).toHaveLength(2); // no probe: signed-bytes and unknown-event-kind
  });

  it('refuses an unknown scenario id as a usage error (exit 2) that lists the ids', async () => {
    const run = await check(good.url, '--only', 'valid-signature,signature-valid');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /^spike-webhook-kit: INVALID_OPTION: check: .*Unknown scenario id 'signature-valid': the ids are 'valid-signature', 'invalid-signature'/,
    );
    expect(run.stdout).toBe('');
  });

  it('says nothing answers when the endpoint refuses connections (exit 1, one line)', async () => {
    const run = await check(await deadUrl());
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /^spike-webhook-kit: TRANSPORT_FAILED: Nothing answered at http:\/\/127\.0\.0\.1:\d+\/webhooks\/spike \(.*\): is the server running/,
    );
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('needs a secret, and never prints the one it is given', async () => {
    const missing = await runCli(['check', good.url, '--profile', 'spike-forms'], { env });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^spike-webhook-kit: SECRET_REQUIRED: check needs the secret/);
    const given = await runCli(['check', bad.url, '--profile', 'spike-forms', '--secret', SECRET, '--json'], {
      env,
    });
    expect(given.code).toBe(1);
    expect(`${given.stdout}${given.stderr}`).not.toContain(SECRET);
  });

  it('refuses a URL that is not http(s), and an unknown profile', async () => {
    const url = await check('127.0.0.1:3000/webhooks');
    expect(url.code).toBe(1);
    expect(url.stderr).toMatch(
      /^spike-webhook-kit: INVALID_OPTION: check needs the endpoint's http\(s\) URL/,
    );
    const profile = await runCli(
      ['check', good.url, '--profile', 'spike-v9', '--secret-env', 'SPIKE_SECRET'],
      { env },
    );
    expect(profile.code).toBe(1);
    expect(profile.stderr).toMatch(/^spike-webhook-kit: UNKNOWN_PROFILE: /);
  });
});

describe('spike-webhook-kit verify-pact', () => {
  const verifyPact = (url: string, ...more: string[]) =>
    runCli(['verify-pact', url, '--profile', 'spike-forms', '--secret-env', 'SPIKE_SECRET', ...more], {
      env,
    });

  it('verifies an endpoint that honours the canonical contract: exit 0, one line per interaction', async () => {
    const run = await verifyPact(good.url);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^ {2}ok {3}a signed spike-forms delivery/m);
    expect(run.stdout).toMatch(new RegExp(`verified: ${good.url} honours \\d+ interactions`));
  });

  it('says which consumer each result came from, and leaves the kit policy out with --no-policy', async () => {
    const run = await verifyPact(good.url, '--json');
    expect(run.code, run.stderr).toBe(0);
    const consumers = (json: string) =>
      new Set(
        (JSON.parse(json) as { interactions: { consumer: string }[] }).interactions.map((i) => i.consumer),
      );
    expect(consumers(run.stdout)).toEqual(new Set(['spike-forms', 'spike-forms-kit-policy']));
    const spikeOnly = await verifyPact(good.url, '--json', '--no-policy');
    expect(spikeOnly.code, spikeOnly.stderr).toBe(0);
    expect(consumers(spikeOnly.stdout)).toEqual(new Set(['spike-forms']));
  });

  it('fails an endpoint that verifies a re-serialised body: exit 1, with what did not match', async () => {
    const run = await verifyPact(bad.url, '--json');
    expect(run.code, run.stderr).toBe(1);
    const result = z
      .strictObject({ ok: z.literal(false), message: z.string() })
      .parse(JSON.parse(run.stdout));
    expect(result.message).toMatch(/interactions did not match/);
    expect(result.message).toMatch(/raw body bytes/);
  });

  it('says nothing answers at a dead URL', async () => {
    const run = await verifyPact(await deadUrl());
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^spike-webhook-kit: TRANSPORT_FAILED: /);
  });
});

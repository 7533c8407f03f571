// Bun and Deno, for real: both install from the npm registry (devDependencies), so the suite runs the kit in each,
// from a scratch project whose node_modules holds the built package, and compares with Node.
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../../generators/generate.ts';
import { buildDelivery } from '../../src/delivery/index.ts';
import { profileIds } from '../../src/profiles/index.ts';
import { receive } from '../../src/receive/index.ts';
import { simulate } from '../../src/simulator/index.ts';

const root = join(import.meta.dirname, '../..');
const project = mkdtempSync(join(tmpdir(), 'swk-runtimes-'));
afterAll(() => rmSync(project, { recursive: true, force: true }));

beforeAll(() => {
  mkdirSync(join(project, 'node_modules/@sinonjs'), { recursive: true });
  for (const [name, target] of [
    ['spike-webhook-kit', root],
    ['zod', 'node_modules/zod'],
    ['@faker-js', 'node_modules/@faker-js'],
    ['@sinonjs/fake-timers', 'node_modules/@sinonjs/fake-timers'],
  ] as const)
    symlinkSync(
      name === 'spike-webhook-kit' ? target : join(root, target),
      join(project, 'node_modules', name),
      'dir',
    );
  writeFileSync(
    join(project, 'package.json'),
    JSON.stringify({ name: 'runtime-user', private: true, type: 'module' }),
  );
  copyFileSync(join(import.meta.dirname, 'fixtures/runtime-probe.mjs'), join(project, 'probe.mjs'));
});

// Nothing phones home: no update checks, no telemetry, no remote imports, network only to 127.0.0.1.
const runtimes = {
  bun: { args: ['probe.mjs'], env: { DO_NOT_TRACK: '1', BUN_RUNTIME_TRANSPILER_CACHE_PATH: '0' } },
  deno: {
    args: [
      'run',
      '--no-remote',
      '--allow-read',
      '--allow-env',
      '--allow-sys',
      '--allow-net=127.0.0.1',
      'probe.mjs',
    ],
    env: { DENO_NO_UPDATE_CHECK: '1', DENO_DIR: join(project, '.deno') },
  },
} as const;

function run(runtime: keyof typeof runtimes): Promise<Record<string, unknown>> {
  const { args, env } = runtimes[runtime];
  return new Promise((resolve, reject) => {
    execFile(
      join(root, 'node_modules/.bin', runtime),
      [...args],
      {
        cwd: project,
        timeout: 30_000,
        env: { NODE_ENV: 'test', PATH: process.env.PATH, HOME: project, NO_COLOR: '1', ...env },
      },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`${runtime} failed: ${error.message}\n${stderr}`));
        else resolve(JSON.parse(stdout.trim().split('\n').at(-1) as string) as Record<string, unknown>);
      },
    );
  });
}

/** What Node gives for the probe's kit calls (its served answers are the adapter's contract). */
async function onNode() {
  const secret = 'rt-secret';
  const received: Record<string, string> = {};
  const tampered: Record<string, string> = {};
  for (const profile of profileIds) {
    const ref = '2026-01-15T10:30:00Z';
    const d = buildDelivery(profile, generate(profile, { seed: 1, refDate: ref }) as never, {
      secret,
      timestamp: ref,
    });
    received[profile] = receive(profile, d, { secret, now: '2026-01-15T10:30:05Z' }).dedupKey;
    try {
      receive(
        profile,
        { headers: d.headers, body: d.body.replace('1', '2') },
        { secret, now: '2026-01-15T10:30:05Z' },
      );
      tampered[profile] = 'accepted';
    } catch (e) {
      tampered[profile] = (e as { code: string }).code;
    }
  }
  const event = generate('spike-forms', { kind: 'contact', seed: 42, refDate: '2026-01-15T10:30:00Z' });
  const result = await simulate({
    profile: 'spike-forms',
    target: { fetch: async () => new Response(null, { status: 200 }) },
    event,
    secret,
    faults: [500, 'timeout'],
  });
  return {
    received,
    tampered,
    served: { 0: [200, { ok: true }], 1: [200, { ok: true, duplicate: true }] },
    simulated: { outcome: 'delivered', atMs: result.events[0]?.attempts.map((a) => a.atMs) },
  };
}

describe('the kit in Bun and Deno', () => {
  for (const runtime of ['bun', 'deno'] as const) {
    it(`${runtime}: same keys and verdicts as Node, toFetchHandler on its own server, the simulator's timeline`, async () => {
      const [got, expected] = await Promise.all([run(runtime), onNode()]);
      expect(got.runtime).toMatch(new RegExp(`^${runtime} \\d+\\.\\d+`));
      expect({ ...got, runtime: undefined }).toEqual({ ...expected, runtime: undefined });
      // Tampering is caught wherever the signature covers it (v2 signs the event_id only).
      expect(Object.values(got.tampered as object).filter((v) => v === 'SIGNATURE_INVALID')).toHaveLength(3);
      expect((got.simulated as { atMs: number[] }).atMs).toEqual([0, 60_000, 390_000]);
    });
  }
});

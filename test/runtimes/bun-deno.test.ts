// Bun and Deno run the built kit as a user's project would: the fixtures in ./fixtures are copied into a scratch
// project under the OS temp dir whose node_modules holds the package (a symlink to this repository, so
// `spike-webhook-kit` resolves through its exports map to dist/), and each runtime runs them offline, with its own
// HTTP server. Each fixture prints one JSON line; this test compares it with what Node gives for the same kit calls,
// computed here, in-process. docs/runtimes.md says what is covered and what is known not to work.
import { execFile } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildDelivery, generate, isSpikeKitError, profileIds } from 'spike-webhook-kit';
import { httpInteractions } from 'spike-webhook-kit/pact';
import { receive, receiveRequest } from 'spike-webhook-kit/receive';
import { simulate } from 'spike-webhook-kit/simulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const project = mkdtempSync(join(tmpdir(), 'swk-runtimes-'));
afterAll(() => rmSync(project, { recursive: true, force: true }));

const secret = 's3cret';
/** The deliveries are signed for the generators' fixed date: verified without the freshness check. */
const fixedDate = { secret, toleranceSeconds: false } as const;

interface Run {
  code: number | string;
  stdout: string;
  stderr: string;
}

/** Runs a runtime binary from node_modules/.bin in the scratch project, with a clean environment. */
function run(bin: 'bun' | 'deno', args: string[], env: Record<string, string>): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      join(root, 'node_modules/.bin', bin),
      args,
      {
        cwd: project,
        timeout: 15_000,
        maxBuffer: 16 * 1024 * 1024,
        // HOME is the scratch project: whatever a runtime would cache or write lands there and is checked below.
        env: {
          NODE_ENV: 'test',
          PATH: process.env.PATH ?? '',
          HOME: project,
          NO_COLOR: '1',
          PACT_DO_NOT_TRACK: 'true',
          ...env,
        },
      },
      (error, stdout, stderr) =>
        resolve({
          code: error === null ? 0 : ((error as { code?: number | string }).code ?? 1),
          stdout,
          stderr,
        }),
    );
  });
}

/** Bun: no auto-install (node_modules is there), no .env loading, no crash reports or telemetry, no global cache. */
const bun = (file: string, ...args: string[]) =>
  run('bun', ['--no-install', '--no-env-file', file, ...args], {
    DO_NOT_TRACK: '1',
    BUN_RUNTIME_TRANSPILER_CACHE_PATH: '0',
  });

/**
 * Deno: the project's package.json and node_modules as they are (`--node-modules-dir=manual`), nothing remote and
 * nothing not already cached, no lock file written, no update check, no permission prompt (a missing permission
 * throws), and a cache directory of its own in the scratch project.
 */
const deno = (permissions: string[], file: string, ...args: string[]) =>
  run(
    'deno',
    [
      'run',
      '--cached-only',
      '--no-remote',
      '--node-modules-dir=manual',
      '--no-lock',
      '--no-config',
      ...permissions,
      file,
      ...args,
    ],
    { DENO_NO_UPDATE_CHECK: '1', DENO_NO_PROMPT: '1', DENO_DIR: join(project, '.deno') },
  );

/** The one JSON line a fixture printed. */
function output(result: Run): Record<string, unknown> {
  expect(result.code, `exit code; stderr:\n${result.stderr}`).toBe(0);
  const lines = result.stdout.trim().split('\n');
  expect(lines, result.stdout).toHaveLength(1);
  return JSON.parse(lines[0] ?? '') as Record<string, unknown>;
}

const versionOf = (name: string) =>
  (JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')) as { version: string })
    .version;

// What Node gives for the same calls, in this process.
interface Results {
  runtime: string;
  version: string;
  resolved: string;
  receives: Record<string, unknown>[];
  http: unknown[];
  seen: unknown[];
  simulations: { profile: string; handlerSaw: string[]; timeline: SimulationJson }[];
  slow: { timeline: SimulationJson; finished: number[] };
  app: unknown;
}
interface SimulationJson {
  startAt: string;
  events: {
    outcome: string;
    deliveredAtMs: number | null;
    attempts: { atMs: number; classification: string; answer: { late: boolean } | null }[];
  }[];
}

async function nodeSide() {
  const receives = profileIds.map((profile) => {
    const delivery = buildDelivery(profile, generate(profile, { seed: 1 }), { secret });
    const received = receive(profile, delivery, fixedDate);
    return {
      profile,
      delivery: { headers: delivery.headers, body: delivery.body },
      dedupKey: received.dedupKey,
      kinds: received.events.map((event) => event.kind),
      secretIndex: received.secretIndex,
    };
  });
  const simulations = [];
  for (const profile of profileIds) {
    const handlerSaw: string[] = [];
    const result = await simulate({
      profile,
      target: {
        fetch: async (request: Request) => {
          handlerSaw.push(new Date().toISOString());
          try {
            await receiveRequest(profile, request, { secret });
            return new Response(null, { status: 200 });
          } catch (error) {
            return new Response(isSpikeKitError(error) ? error.code : 'error', { status: 401 });
          }
        },
      },
      event: generate(profile, { seed: 1 }),
      secret,
      faults: [500, 'timeout'],
    });
    simulations.push({ profile, handlerSaw, timeline: result.toJSON() });
  }
  const finished: number[] = [];
  const slow = await simulate({
    profile: 'spike-forms',
    target: {
      fetch: async () => {
        await new Promise((resolve) => setTimeout(resolve, 35_000));
        finished.push(Date.now());
        return new Response(null, { status: 200 });
      },
    },
    event: generate('spike-forms', { seed: 1 }),
  });
  const app = await simulate({
    profile: 'spike-forms',
    target: {
      app: (req: IncomingMessage, res: ServerResponse) => {
        const chunks: Buffer[] = [];
        req.on('data', (chunk: Buffer) => chunks.push(chunk));
        req.on('end', () => {
          try {
            receive('spike-forms', { headers: req.headers, body: Buffer.concat(chunks) }, { secret });
            res.statusCode = 200;
          } catch {
            res.statusCode = 401;
          }
          res.end();
        });
      },
    },
    event: generate('spike-forms', { seed: 1 }),
    secret,
    faults: [500, 'timeout'],
  });
  const [appEvent] = app.events;
  return {
    receives,
    simulations,
    slow: { timeline: slow.toJSON(), finished },
    app: {
      outcome: appEvent?.outcome,
      attempts: appEvent?.attempts.map((a) => [a.atMs, a.classification, a.status, a.sent]),
    },
  };
}

let node: Awaited<ReturnType<typeof nodeSide>>;
const runs: Record<'bun' | 'deno' | 'bunExtras' | 'denoExtras', Run> = {} as never;

beforeAll(async () => {
  mkdirSync(join(project, 'node_modules'));
  symlinkSync(root, join(project, 'node_modules/spike-webhook-kit'), 'dir');
  // extras.mjs imports msw itself (for its request handlers); the kit finds its peers from its own location.
  symlinkSync(join(root, 'node_modules/msw'), join(project, 'node_modules/msw'), 'dir');
  writeFileSync(
    join(project, 'package.json'),
    JSON.stringify({ name: 'runtimes-user', private: true, type: 'module' }),
  );
  cpSync(join(import.meta.dirname, 'fixtures'), project, { recursive: true });
  const pacts = { bun: join(project, 'pacts-bun'), deno: join(project, 'pacts-deno') };
  mkdirSync(pacts.bun);
  mkdirSync(pacts.deno);
  const [bunRun, denoRun, bunExtras, denoExtras, inProcess] = await Promise.all([
    bun('bun.mjs'),
    deno(['--allow-net=127.0.0.1'], 'deno.mjs'),
    bun('extras.mjs', pacts.bun),
    // pact's native core reads the platform's files (/etc/...) and the hostname, loads its library with FFI, and
    // msw's dependencies read the environment.
    deno(
      [
        '--allow-net=127.0.0.1',
        '--allow-env',
        '--allow-sys=hostname',
        '--allow-read',
        `--allow-write=${pacts.deno}`,
        `--allow-ffi=${join(root, 'node_modules/@pact-foundation')}`,
      ],
      'extras.mjs',
      pacts.deno,
    ),
    nodeSide(),
  ]);
  Object.assign(runs, { bun: bunRun, deno: denoRun, bunExtras, denoExtras });
  node = inProcess;
}, 30_000);

describe.each([
  { runtime: 'bun', name: 'Bun', package: 'bun' },
  { runtime: 'deno', name: 'Deno', package: 'deno' },
] as const)('$name', ({ runtime, name, package: pkg }) => {
  const results = () => output(runs[runtime]) as unknown as Results;

  it('is the installed version, the one docs/runtimes.md names, and runs without a warning', () => {
    const version = versionOf(pkg);
    expect(results()).toMatchObject({ runtime, version });
    expect(readFileSync(join(root, 'docs/runtimes.md'), 'utf8')).toContain(`${name} ${version}`);
    expect(runs[runtime].stderr).toBe('');
  });

  it('resolves spike-webhook-kit/receive from node_modules to the built package', () => {
    expect(results().resolved).toBe(pathToFileURL(join(realpathSync(root), 'dist/receive.mjs')).href);
  });

  it('generates, signs and receives every profile byte for byte as Node does, and rejects tampered copies', () => {
    const { receives } = results();
    expect(receives.map((r) => r.profile)).toEqual([...profileIds]);
    expect(receives.map(({ flippedSignature: _, swappedBody: __, ...same }) => same)).toEqual(node.receives);
    for (const r of receives) {
      // The signature with one character changed, and the headers of one delivery on another's body.
      expect(r.flippedSignature, r.profile as string).toEqual({
        code: 'SIGNATURE_INVALID',
        reason: 'mismatch',
      });
      expect(r.swappedBody, r.profile as string).toEqual({ code: 'SIGNATURE_INVALID', reason: 'mismatch' });
    }
  });

  it(`serves receiveRequest with ${name}'s own server, reached with deliver({ url })`, () => {
    const { http, seen } = results();
    expect(http).toEqual(
      profileIds.map((profile) => ({ profile, good: ['response', 200], bad: ['response', 401] })),
    );
    expect(seen).toEqual(
      node.receives.flatMap(({ profile, dedupKey }) => [
        { profile, dedupKey },
        { profile, code: 'SIGNATURE_INVALID' },
      ]),
    );
  });

  it('simulates Spike’s retries in virtual time with the same timelines as Node, the handler’s Date included', () => {
    const { simulations } = results();
    expect(simulations).toEqual(node.simulations);
    for (const { profile, handlerSaw, timeline } of simulations) {
      const [event] = timeline.events;
      expect(event?.outcome, profile).toBe('delivered');
      expect(event?.attempts.map((a) => a.classification)).toEqual(['http-error', 'timeout', 'success']);
      // The one request that reached the handler, at the virtual instant of the successful attempt.
      expect(handlerSaw).toEqual([
        new Date(Date.parse(timeline.startAt) + event!.deliveredAtMs!).toISOString(),
      ]);
    }
    const forms = simulations.find((s) => s.profile === 'spike-forms');
    expect(forms?.timeline.events[0]?.attempts.map((a) => a.atMs)).toEqual([0, 60_000, 390_000]);
  });

  it('runs the handler’s own timers on the simulator’s clock: a 35 s handler times out every attempt', () => {
    const { slow } = results();
    expect(slow).toEqual(node.slow);
    const attempts = slow.timeline.events[0]?.attempts ?? [];
    expect(slow.timeline.events[0]?.outcome).toBe('exhausted');
    expect(attempts.map((a) => [a.atMs, a.classification, a.answer?.late])).toEqual([
      [0, 'timeout', true],
      [90_000, 'timeout', true],
      [420_000, 'timeout', true],
      [2_250_000, 'timeout', true],
    ]);
    const start = Date.parse(slow.timeline.startAt);
    expect(slow.finished).toEqual(attempts.map((a) => start + a.atMs + 35_000));
  });

  it('serves a Node request listener ({ app } target) with its node:http, on the same schedule as Node', () => {
    const { app } = results();
    expect(app).toEqual(node.app);
    expect(app).toEqual({
      outcome: 'delivered',
      attempts: [
        [0, 'http-error', 500, false],
        [60_000, 'timeout', null, false],
        [390_000, 'success', 200, true],
      ],
    });
  });

  it('uses msw request handlers and the kit’s mock receiver, and writes a message pact with pact’s native core', () => {
    expect(output(runs[`${runtime}Extras`])).toEqual({
      msw: { handlers: ['response', 204, true], receiver: ['response', 200, 1, true] },
      pact: {
        httpInteractions: httpInteractions('spike-forms').length,
        // `require` on a field Spike may omit is two interactions, present and absent: the handler sees both.
        handled: ['sleep', 'sleep'],
        file: {
          consumer: 'runtime-check',
          provider: 'spike-health-v2',
          interactions: [
            "a spike-health-v2 'sleep' event",
            "a spike-health-v2 'sleep' event without data[*].date",
          ],
        },
      },
    });
  });
});

describe('offline and quiet', () => {
  it('Deno downloaded no npm package and wrote no lock file; Bun installed nothing', () => {
    for (const run of Object.values(runs)) expect(run.code, run.stderr).toBe(0);
    const npmCache = join(project, '.deno/npm');
    expect(existsSync(npmCache) ? readdirSync(npmCache) : []).toEqual([]);
    expect(existsSync(join(project, 'deno.lock'))).toBe(false);
    expect(existsSync(join(project, 'bun.lock'))).toBe(false);
    expect(existsSync(join(project, '.bun'))).toBe(false);
  });
});

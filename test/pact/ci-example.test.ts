// The CI example (examples/ci/spike-contracts.yml) holds together: its broker steps run as written, in order, against
// the broker double, as a pull request build and then a main build, and can-i-deploy says yes at the end.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { pactCliPath } from '../../src/pact/pact-cli.ts';
import { spikeMessagePact } from '../../src/pact/spike-message-pact.ts';
import { spikeVersion } from '../../src/pact/spike-version.ts';
import { verifyEndpoint } from '../../src/pact/verify-endpoint.ts';
import { type BrokerDouble, startBrokerDouble } from '../support/broker-double/index.ts';
import { rotationHandlers, startReceiver } from './receivers.ts';

const run = promisify(execFile);
const workflow = readFileSync(resolve('examples/ci/spike-contracts.yml'), 'utf8');
const kit = pathToFileURL(resolve('src/pact/index.ts')).href;

interface Step {
  readonly job: string;
  readonly name: string;
  readonly run: string;
}

interface Workflow {
  readonly jobs: Record<string, { readonly steps: { readonly name?: string; readonly run?: string }[] }>;
}

/** The steps with a `run:` of each job, in order, as GitHub reads them (a folded `>` run is one line). */
function steps(text: string): Step[] {
  const { jobs } = parse(text) as Workflow;
  return Object.entries(jobs).flatMap(([job, { steps }]) =>
    steps.flatMap((s) => (s.run === undefined ? [] : [{ job, name: s.name ?? s.run, run: s.run.trim() }])),
  );
}

let broker: BrokerDouble;
const dir = mkdtempSync(join(tmpdir(), 'spike-ci-example-'));
beforeAll(async () => {
  broker = await startBrokerDouble({ environments: ['test'] }); // production comes from the workflow's own step
});
afterAll(async () => {
  await broker.close();
  rmSync(dir, { recursive: true, force: true });
});

const APP_NAME = 'orders-api';
const SPIKE_PROFILE = 'spike-health-v3';

/** Runs one step of the workflow as a build with this version and branch would. */
async function runStep(step: Step, build: { VERSION: string; BRANCH: string }): Promise<void> {
  const env = {
    ...process.env,
    CI: 'true',
    PACT_DO_NOT_TRACK: 'true',
    PACT_BROKER_BASE_URL: broker.url,
    APP_NAME,
    SPIKE_PROFILE,
    ...build,
    GITHUB_SHA: build.VERSION,
    GITHUB_HEAD_REF: build.BRANCH,
  };
  if (step.run.startsWith('node --input-type=module -e "')) {
    const script = step.run
      .slice('node --input-type=module -e "'.length, -1)
      .replaceAll("'spike-webhook-kit/pact'", JSON.stringify(kit));
    await run(process.execPath, ['--input-type=module', '-e', script], { env, cwd: dir });
  } else if (step.run.startsWith('npx pact broker ')) {
    const command = step.run
      .replace(/^npx pact /, `"${pactCliPath()}" `)
      .replace(/\$\{\{[^}]*\}\}/g, 'x')
      .replace(/--build-url "[^"]*"/, '');
    await run('bash', ['-c', command], { env, cwd: dir });
  } else if (step.run === 'npx vitest run test/contracts') {
    // The team's contract tests (docs/ci.md): a consumer message pact into pacts/, and verifyEndpoint, at the broker.
    const pact = spikeMessagePact({ consumer: APP_NAME, profile: SPIKE_PROFILE, dir: join(dir, 'pacts') });
    await pact.expectsEvent('record_change').verify((events) => events);
    const receiver = await startReceiver(SPIKE_PROFILE, 'test-only-secret');
    try {
      await verifyEndpoint({
        profile: SPIKE_PROFILE,
        baseUrl: receiver.baseUrl,
        path: receiver.path,
        secret: 'test-only-secret',
        rotatedSecret: 'rotated',
        stateHandlers: rotationHandlers(receiver, 'rotated'),
        provider: APP_NAME,
        broker: {
          url: broker.url,
          providerVersion: build.VERSION,
          providerVersionBranch: build.BRANCH,
          publishVerificationResult: true,
        },
      });
    } finally {
      await receiver.close();
    }
  } else if (step.run !== 'npm ci') {
    throw new Error(
      `The CI example has a step this test does not know how to run: ${step.name}: ${step.run}`,
    );
  }
}

describe('examples/ci/spike-contracts.yml', () => {
  const all = steps(workflow);

  it('versions by the PR head commit, verifies the build’s own branch, creates the environment', () => {
    expect(workflow).toMatch(/VERSION: \$\{\{ github\.event\.pull_request\.head\.sha \|\| github\.sha \}\}/);
    // Every version given to the broker is $VERSION (never the merge commit github.sha).
    const versions = all.flatMap((s) =>
      [...s.run.matchAll(/--(?:consumer-app-)?version "([^"]+)"/g)].map((m) => m[1]),
    );
    expect(versions.length).toBeGreaterThan(0);
    expect(new Set(versions)).toEqual(new Set(['$VERSION']));
    expect(all.find((s) => s.name.startsWith('Verify the pacts at the broker'))?.run).toMatch(
      /branch: process\.env\.BRANCH/,
    );
    const names = all.filter((s) => s.job === 'can-i-deploy').map((s) => s.name);
    expect(names.findIndex((n) => /Create the environment/.test(n))).toBeLessThan(
      names.findIndex((n) => /Can this version go/.test(n)),
    );
  });

  it('runs as written: a PR build verifies its own new pact, then main can deploy', async () => {
    const contracts = all.filter((s) => s.job === 'contracts');
    // A pull request: the consumer's pact on its branch, verified in the same build.
    for (const step of contracts) await runStep(step, { VERSION: 'pr-head-1', BRANCH: 'feature-x' });
    const spike = await spikeVersion(SPIKE_PROFILE);
    const prPact = broker.pacts.find((p) => p.consumer === APP_NAME && p.consumerVersion === 'pr-head-1');
    expect(
      broker.verifications.filter((v) => v.sha === prPact?.sha).map((v) => [v.providerVersion, v.success]),
    ).toEqual([[spike, true]]);
    // Spike's HTTP contract and the kit policy for the app are verified at the broker by the app's version.
    expect(
      broker.verifications
        .filter((v) => v.provider === APP_NAME)
        .map((v) => [v.consumer, v.providerVersion, v.success])
        .sort(),
    ).toEqual([
      [SPIKE_PROFILE, 'pr-head-1', true],
      [`${SPIKE_PROFILE}-kit-policy`, 'pr-head-1', true],
    ]);

    // Main: the same steps, then can-i-deploy (create environment, record Spike, ask, record the app).
    for (const step of all) await runStep(step, { VERSION: 'main-1', BRANCH: 'main' });
    expect(broker.environments.map((e) => e.name)).toContain('production');
    expect(
      broker.deployments.filter((d) => d.currentlyDeployed).map((d) => `${d.pacticipant}@${d.version}`),
    ).toEqual([`${SPIKE_PROFILE}@${spike}`, `${APP_NAME}@main-1`]);
    // The HTTP contract was published once per Spike version: the PR and main builds published the same content.
    expect(broker.pacts.filter((p) => p.consumer === SPIKE_PROFILE).map((p) => p.consumerVersion)).toEqual([
      spike,
    ]);
    expect(
      broker.pacts.filter((p) => p.consumer === `${SPIKE_PROFILE}-kit-policy`).map((p) => p.consumerVersion),
    ).toEqual([spike]);
  }, 120_000); // two builds' steps end to end: a dozen child processes (pact CLI, verifier)
});

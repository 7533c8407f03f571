// The kit's broker flow end to end, the same steps against either broker: the broker TEST DOUBLE
// (test/support/broker-double/) by default, or a real Pact Broker when PACT_BROKER_BASE_URL is set:
//
//   PACT_BROKER_BASE_URL=http://localhost:9292 [PACT_BROKER_TOKEN=…] npm run test:broker
//
// Against a real broker every run uses its own consumer versions, branch and environment, so runs do not meet.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { isSpikeKitError } from '../../src/core/index.ts';
import {
  canIDeploy,
  createEnvironment,
  publishPacts,
  recordDeployment,
} from '../../src/pact/broker-commands.ts';
import type { BrokerOptions } from '../../src/pact/broker-options.ts';
import { spikeMessagePact } from '../../src/pact/spike-message-pact.ts';
import { spikeVersion } from '../../src/pact/spike-version.ts';
import { verifyMessages } from '../../src/pact/verify-messages.ts';
import { type BrokerDouble, startBrokerDouble } from '../support/broker-double/index.ts';

const real = process.env.PACT_BROKER_BASE_URL?.trim() || undefined;
const run = randomUUID().slice(0, 8);
const profile = 'spike-health-v2';
const consumer = 'kit-flow-sleep-service';
const branch = `kit-flow-${run}`;
const environment = `kit-flow-${run}`;
const dir = mkdtempSync(join(tmpdir(), 'spike-broker-flow-'));
let double: BrokerDouble | undefined;
/** The broker the flow talks to: the real one from PACT_BROKER_* (undefined: read there), or the double. */
let broker: Partial<BrokerOptions> | undefined;

beforeAll(async () => {
  if (real === undefined) {
    double = await startBrokerDouble();
    broker = { url: double.url };
  }
});
afterAll(async () => {
  await double?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function pact(version: string, overrides?: unknown): Promise<string> {
  const p = spikeMessagePact({ consumer, profile, dir: join(dir, version) });
  await p
    .expectsEvent('sleep', { require: ['data[*].total_sleep'], ...(overrides ? { overrides } : {}) })
    .verify((event) => event);
  return p.file;
}

const ask = (version: string, toEnvironment = environment) =>
  canIDeploy({ pacticipant: consumer, version, toEnvironment, ...(broker ? { broker } : {}) });

it(`publish, verify as Spike, can-i-deploy and record-deployment against ${real ?? 'the broker double'}`, async () => {
  const at = broker ? { broker } : {};
  const c1 = `c1-${run}`;
  expect(await createEnvironment({ name: environment, ...at })).toBe(true);
  expect(await createEnvironment({ name: environment, ...at })).toBe(false);

  await publishPacts({ pacts: [await pact(c1)], consumerVersion: c1, branch, ...at });
  // The same version with changed content is refused; the same content again is not.
  await publishPacts({ pacts: [await pact(c1)], consumerVersion: c1, branch, ...at });
  const changed = await publishPacts({
    pacts: [await pact(`${c1}-changed`, { data: [{ total_sleep: 1 }] })],
    consumerVersion: c1,
    branch,
    ...at,
  }).catch((e: unknown) => e);
  expect(isSpikeKitError(changed, 'BROKER_FAILED')).toBe(true);
  expect((changed as Error).message).toMatch(/Cannot change the content of the pact/);

  // Spike (the kit) was never recorded in the new environment: no.
  expect((await ask(c1)).deployable).toBe(false);

  // The kit verifies this branch's pact as Spike and publishes the result under Spike's version.
  const spike = await spikeVersion(profile);
  const report = await verifyMessages({
    profile,
    broker: { ...broker, consumerVersionSelectors: [{ branch }], publishVerificationResult: true },
  });
  // `require` of an optional field: the interaction with it and the one without it.
  expect(report.interactions.map((i) => [i.consumer, i.ok])).toEqual([
    [consumer, true],
    [consumer, true],
  ]);
  expect((await ask(c1)).deployable).toBe(false); // verified, but still not in the environment

  await recordDeployment({ pacticipant: profile, version: spike, environment, ...at });
  const yes = await ask(c1);
  expect(yes).toMatchObject({
    deployable: true,
    matrix: [{ provider: profile, providerVersion: spike, success: true }],
  });
  await recordDeployment({ pacticipant: consumer, version: c1, environment, ...at });

  // A version never published, and an environment that does not exist.
  expect(await ask(`never-${run}`)).toMatchObject({ deployable: false });
  const nowhere = await ask(c1, `nowhere-${run}`).catch((e: unknown) => e);
  expect(isSpikeKitError(nowhere, 'BROKER_FAILED')).toBe(true);
});

// The broker double's stricter answers, each as pact_broker gives it (the source each follows is cited beside the
// rule in test/support/broker-double/), through the official CLI where the kit uses it.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isSpikeKitError } from '../../src/core/index.ts';
import {
  canIDeploy,
  createEnvironment,
  publishPacts,
  recordDeployment,
} from '../../src/pact/broker-commands.ts';
import { type BrokerDouble, startBrokerDouble } from '../support/broker-double/index.ts';

const dir = mkdtempSync(join(tmpdir(), 'spike-broker-double-'));
let broker: BrokerDouble;
let clock: Date;
beforeEach(async () => {
  clock = new Date('2026-01-10T00:00:00Z');
  broker = await startBrokerDouble({ now: () => clock });
});
afterEach(() => broker.close());
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A one-interaction pact of `consumer` for `provider`; `field` changes its content. */
function pactFile(consumer: string, provider: string, field = 'id'): string {
  const file = join(dir, `${consumer}-${provider}-${field}.json`);
  writeFileSync(
    file,
    JSON.stringify({
      consumer: { name: consumer },
      provider: { name: provider },
      interactions: [
        {
          description: `a request for ${field}`,
          request: { method: 'GET', path: '/thing' },
          response: { status: 200, body: { [field]: 1 } },
        },
      ],
      metadata: { pactSpecification: { version: '3.0.0' } },
    }),
  );
  return file;
}

const at = () => ({ url: broker.url });
const publish = (version: string, branch: string, field?: string) =>
  publishPacts({
    pacts: [pactFile('orders', 'spike', field)],
    consumerVersion: version,
    branch,
    broker: at(),
  });

/** Publishes a verification result the way the verifier does: POST to the pact's results link. */
async function verify(consumerVersion: string, providerVersion: string, success: boolean, branch?: string) {
  const pact = broker.pacts.find((p) => p.consumerVersion === consumerVersion) as { sha: string };
  if (branch !== undefined) {
    await fetch(`${broker.url}/pacticipants/spike/branches/${branch}/versions/${providerVersion}`, {
      method: 'PUT',
    });
  }
  const response = await fetch(
    `${broker.url}/pacts/provider/spike/consumer/orders/pact-version/${pact.sha}/verification-results`,
    {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ success, providerApplicationVersion: providerVersion }),
    },
  );
  expect(response.status).toBe(201);
}

const deploy = (pacticipant: string, version: string, environment = 'production') =>
  recordDeployment({ pacticipant, version, environment, broker: at() });
const ask = (version: string, toEnvironment = 'production', pacticipant = 'orders') =>
  canIDeploy({ pacticipant, version, toEnvironment, broker: at() });

describe('can-i-deploy (lib/pact_broker/matrix/*)', () => {
  it('answers no while the provider was never recorded in the environment, yes once it is', async () => {
    await publish('c1', 'main');
    await verify('c1', 'p1', true);
    const before = await ask('c1');
    expect(before.deployable).toBe(false);
    expect(before.reason).toBe(
      'There is no verified pact between version c1 of orders and a version of spike currently in production (no version is currently recorded as deployed/released in this environment)',
    );
    expect(before.matrix).toEqual([
      {
        consumer: 'orders',
        consumerVersion: 'c1',
        provider: 'spike',
        providerVersion: undefined,
        success: undefined,
      },
    ]);
    await deploy('spike', 'p1');
    const after = await ask('c1');
    expect(after).toMatchObject({
      deployable: true,
      reason: 'All required verification results are published and successful',
    });
    // A provider does not require its consumers: spike p1 can go where orders never was.
    expect((await ask('p1', 'test', 'spike')).deployable).toBe(true);
  });

  it('rejects an unknown environment and an unknown pacticipant (no answer: BROKER_FAILED)', async () => {
    await publish('c1', 'main');
    const staging = await ask('c1', 'staging').catch((e: unknown) => e);
    expect(isSpikeKitError(staging, 'BROKER_FAILED')).toBe(true);
    expect((staging as Error).message).toMatch(/Environment with name 'staging' does not exist/);
    const nobody = await ask('c1', 'production', 'nobody').catch((e: unknown) => e);
    expect(isSpikeKitError(nobody, 'BROKER_FAILED')).toBe(true);
    expect((nobody as Error).message).toMatch(/Pacticipant nobody not found/);
  });

  it('answers deployable: false for a version the broker never heard of', async () => {
    await publish('c1', 'main');
    const answer = await ask('c9');
    expect(answer).toMatchObject({
      deployable: false,
      reason: 'No pacts or verifications have been published for version c9 of orders',
      matrix: [],
    });
  });

  it('answers no when the verification with the deployed provider failed', async () => {
    await publish('c1', 'main');
    await verify('c1', 'p1', false);
    await deploy('spike', 'p1');
    const answer = await ask('c1');
    expect(answer.deployable).toBe(false);
    expect(answer.reason).toBe(
      'The verification for the pact between version c1 of orders and the version of spike currently in production (p1) failed',
    );
  });
});

describe('publishing (lib/pact_broker/contracts/service.rb)', () => {
  it('refuses changed content under a published version, accepts the same content again', async () => {
    await publish('c1', 'main');
    const sha = broker.pacts[0]?.sha;
    await publish('c1', 'main'); // the same content: fine
    const changed = await publish('c1', 'main', 'other').catch((e: unknown) => e);
    expect(isSpikeKitError(changed, 'BROKER_FAILED')).toBe(true);
    expect((changed as Error).message).toMatch(
      /Cannot change the content of the pact for orders version c1 and provider spike/,
    );
    expect(broker.pacts.map((p) => p.sha)).toEqual([sha]);
    await publish('c2', 'main', 'other'); // a new version may carry the new content
    expect(broker.pacts).toHaveLength(2);
  });
});

describe('environments and deployments (lib/pact_broker/deployments/*)', () => {
  it('record-deployment marks the previous version in the environment undeployed', async () => {
    await publish('c1', 'main');
    await verify('c1', 'p1', true);
    await deploy('spike', 'p1');
    await deploy('spike', 'p1'); // again: still one current deployment
    // A version the broker never saw cannot be deployed (the CLI finds no version resource).
    const unknown = await deploy('spike', 'p2').catch((e: unknown) => e);
    expect(isSpikeKitError(unknown, 'BROKER_FAILED')).toBe(true);
    await fetch(`${broker.url}/pacticipants/spike/branches/main/versions/p2`, { method: 'PUT' });
    await deploy('spike', 'p2');
    expect(broker.deployments.map((d) => [d.version, d.environment, d.currentlyDeployed])).toEqual([
      ['p1', 'production', false],
      ['p2', 'production', true],
    ]);
    // p2 never verified c1: the answer follows what is deployed now, not what was.
    const answer = await ask('c1');
    expect(answer.deployable).toBe(false);
    expect(answer.matrix).toMatchObject([{ providerVersion: 'p2', success: undefined }]);
    // Other environments are untouched.
    await deploy('spike', 'p1', 'test');
    expect(broker.deployments.filter((d) => d.currentlyDeployed).map((d) => d.version)).toEqual(['p2', 'p1']);
  });

  it('create-environment adds an environment once; can-i-deploy and record-deployment then accept it', async () => {
    expect(await createEnvironment({ name: 'staging', broker: at() })).toBe(true);
    expect(await createEnvironment({ name: 'staging', broker: at() })).toBe(false);
    const twice = await createEnvironment({ name: 'staging', ifMissing: false, broker: at() }).catch(
      (e: unknown) => e,
    );
    expect(isSpikeKitError(twice, 'BROKER_FAILED')).toBe(true);
    expect((twice as Error).message).toMatch(/already used by an existing environment/);
    expect(broker.environments.find((e) => e.name === 'staging')).toMatchObject({ production: false });
    await publish('c1', 'main');
    await verify('c1', 'p1', true);
    await deploy('spike', 'p1', 'staging');
    expect((await ask('c1', 'staging')).deployable).toBe(true);
  });
});

describe('pacts for verification (lib/pact_broker/pacts/pacts_for_verification_repository.rb)', () => {
  const selected = async (body: Record<string, unknown>) => {
    const response = await fetch(`${broker.url}/pacts/provider/spike/for-verification`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ includePendingStatus: true, ...body }),
    });
    const json = (await response.json()) as {
      _embedded: {
        pacts: {
          verificationProperties: { pending: boolean; wip?: boolean };
          _links: { self: { name: string } };
        }[];
      };
    };
    return json._embedded.pacts.map((p) => ({
      name: /\(([^)]+)\)/.exec(p._links.self.name)?.[1],
      pending: p.verificationProperties.pending,
      wip: p.verificationProperties.wip === true,
    }));
  };

  it('selects the latest pact of a branch, of the main branch, and of the branch matching the provider', async () => {
    await publish('c1', 'main');
    await publish('c2', 'feat-x', 'x');
    await publish('c3', 'feat-x', 'x2');
    await publish('c4', 'main', 'm2');
    expect(await selected({ consumerVersionSelectors: [{ mainBranch: true }] })).toMatchObject([
      { name: 'c4' },
    ]);
    expect(await selected({ consumerVersionSelectors: [{ branch: 'feat-x' }] })).toMatchObject([
      { name: 'c3' },
    ]);
    const matching = { consumerVersionSelectors: [{ matchingBranch: true }] };
    expect(await selected({ ...matching, providerVersionBranch: 'feat-x' })).toMatchObject([{ name: 'c3' }]);
    expect(await selected({ ...matching, providerVersionBranch: 'feat-y' })).toEqual([]);
  });

  it('adds WIP pacts (pending) published since the date, until the provider branch verified them', async () => {
    await publish('c1', 'main');
    clock = new Date('2026-02-01T00:00:00Z');
    await publish('c2', 'feat-x', 'x');
    const wip = {
      consumerVersionSelectors: [{ mainBranch: true }],
      includeWipPactsSince: '2026-01-15',
      providerVersionBranch: 'main',
    };
    expect(await selected(wip)).toEqual([
      { name: 'c1', pending: true, wip: false },
      { name: 'c2', pending: true, wip: true },
    ]);
    // Older than the date: not WIP; no provider branch: no WIP at all.
    expect(await selected({ ...wip, includeWipPactsSince: '2026-02-02' })).toHaveLength(1);
    expect(await selected({ ...wip, providerVersionBranch: undefined })).toHaveLength(1);
    // Verified successfully from the provider branch: no longer work in progress (nor pending).
    await verify('c2', 'p1', true, 'main');
    await verify('c1', 'p1', true, 'main');
    expect(await selected(wip)).toEqual([{ name: 'c1', pending: false, wip: false }]);
  });
});

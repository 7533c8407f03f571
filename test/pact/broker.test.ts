// The broker flow end to end with the official clients (pact broker publish / record-deployment / can-i-deploy of
// @pact-foundation/pact-cli, the Rust verifier inside pact-js) against the broker TEST DOUBLE in test/support.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { isSpikeKitError } from '../../src/core/index.ts';
import { canIDeploy, publishPacts, recordDeployment } from '../../src/pact/broker-commands.ts';
import { brokerFromEnv } from '../../src/pact/broker-options.ts';
import {
  defaultConsumerVersionSelectors,
  verifierBrokerOptions,
} from '../../src/pact/broker-verification.ts';
import { canonicalPactFile } from '../../src/pact/canonical-pact-files.ts';
import { gitVersion } from '../../src/pact/git-version.ts';
import { spikeMessagePact } from '../../src/pact/spike-message-pact.ts';
import { spikeVersion } from '../../src/pact/spike-version.ts';
import { verifyEndpoint } from '../../src/pact/verify-endpoint.ts';
import { verifyMessages } from '../../src/pact/verify-messages.ts';
import { profiles } from '../../src/profiles/index.ts';
import { type BrokerDouble, startBrokerDouble } from '../support/broker-double/index.ts';
import { rotationHandlers, startReceiver } from './receivers.ts';

const token = 'broker-token';
const dir = mkdtempSync(join(tmpdir(), 'spike-broker-'));
let broker: BrokerDouble;

beforeAll(async () => {
  broker = await startBrokerDouble({ token });
});
afterAll(async () => {
  await broker.close();
  rmSync(dir, { recursive: true, force: true });
});
afterEach(() => {
  vi.unstubAllEnvs();
});

/** Configures the broker the standard way: environment variables. */
function brokerEnv(ci: boolean) {
  vi.stubEnv('PACT_BROKER_BASE_URL', broker.url);
  vi.stubEnv('PACT_BROKER_TOKEN', token);
  vi.stubEnv('PACT_BROKER_USERNAME', '');
  vi.stubEnv('PACT_BROKER_PASSWORD', '');
  vi.stubEnv('CI', ci ? 'true' : '');
}

const requestsTo = (method: string, path: RegExp) =>
  broker.requests.filter((r) => r.method === method && path.test(r.path));

describe('broker flow (against the broker double)', () => {
  it('publishes a consumer pact with version and branch through `pact broker publish`', async () => {
    brokerEnv(false);
    const pact = spikeMessagePact({
      consumer: 'sleep-service',
      profile: 'spike-health-v2',
      dir: join(dir, 'c1'),
    });
    await pact.expectsEvent('sleep', { require: ['data[*].total_sleep'] }).verify((event) => event);
    const published = await publishPacts({ pacts: [pact.file], consumerVersion: 'c1', branch: 'main' });
    expect(published).toMatchObject({ consumerVersion: 'c1', branch: 'main' });
    const [publish] = requestsTo('POST', /^\/contracts\/publish$/);
    expect(publish?.authorization).toBe(`Bearer ${token}`);
    expect(publish?.body).toMatchObject({
      pacticipantName: 'sleep-service',
      pacticipantVersionNumber: 'c1',
      branch: 'main',
      contracts: [{ consumerName: 'sleep-service', providerName: 'spike-health-v2', specification: 'pact' }],
    });
    expect(broker.pacts.map((p) => `${p.consumer}@${p.consumerVersion}->${p.provider}`)).toEqual([
      'sleep-service@c1->spike-health-v2',
    ]);
  });

  it('verifies the pacts for verification with the default selectors, publishing results only in CI', async () => {
    brokerEnv(false);
    const local = await verifyMessages({
      profile: 'spike-health-v2',
      broker: { providerVersion: 'kit-1', providerVersionBranch: 'main' },
    });
    // `require` of an optional field: the interaction with it and the one without it.
    expect(local.interactions.map((i) => [i.consumer, i.ok])).toEqual([
      ['sleep-service', true],
      ['sleep-service', true],
    ]);
    expect(local.notices).toContainEqual(
      expect.stringMatching(/not checked statically against Spike's AsyncAPI/),
    );
    const [selection] = requestsTo('POST', /for-verification$/);
    expect(selection?.body).toMatchObject({
      consumerVersionSelectors: defaultConsumerVersionSelectors,
      includePendingStatus: true,
      providerVersionBranch: 'main',
    });
    expect(broker.verifications).toEqual([]);

    brokerEnv(true);
    await verifyMessages({
      profile: 'spike-health-v2',
      broker: { providerVersion: 'kit-1', providerVersionBranch: 'main' },
    });
    expect(
      broker.verifications.map((v) => [v.provider, v.providerVersion, v.providerBranch, v.success]),
    ).toEqual([['spike-health-v2', 'kit-1', 'main', true]]);
    expect(
      requestsTo('PUT', /^\/pacticipants\/spike-health-v2\/branches\/main\/versions\/kit-1$/),
    ).toHaveLength(1);
  });

  it('can-i-deploy: yes with the verified provider in production, no for a version whose pact fails', async () => {
    brokerEnv(true);
    await recordDeployment({ pacticipant: 'spike-health-v2', version: 'kit-1', environment: 'production' });
    expect(broker.deployments).toContainEqual({
      pacticipant: 'spike-health-v2',
      version: 'kit-1',
      environment: 'production',
      kind: 'deployed',
      currentlyDeployed: true,
    });
    const yes = await canIDeploy({
      pacticipant: 'sleep-service',
      version: 'c1',
      toEnvironment: 'production',
    });
    expect(yes).toMatchObject({
      deployable: true,
      matrix: [{ provider: 'spike-health-v2', providerVersion: 'kit-1', success: true }],
    });

    // A feature branch expects a field Spike never sends.
    const wishful = spikeMessagePact({
      consumer: 'sleep-service',
      profile: 'spike-health-v2',
      dir: join(dir, 'c2'),
    });
    await wishful
      .expectsEvent('sleep', { overrides: { data: [{ sleep_quality: 90 }] } })
      .verify((event) => event);
    await publishPacts({ pacts: [wishful.file], consumerVersion: 'c2', branch: 'feature-quality' });
    // Pending (never verified): the failure is reported and published, but does not break the provider's build.
    const report = await verifyMessages({
      profile: 'spike-health-v2',
      broker: {
        providerVersion: 'kit-1',
        providerVersionBranch: 'main',
        consumerVersionSelectors: [{ branch: 'feature-quality' }],
      },
    });
    expect(report.interactions).toMatchObject([{ consumer: 'sleep-service', ok: false, pending: true }]);
    expect(report.interactions[0]?.mismatches.join('\n')).toMatch(/sleep_quality/);
    expect(broker.verifications.at(-1)).toMatchObject({ success: false, providerVersion: 'kit-1' });
    const no = await canIDeploy({ pacticipant: 'sleep-service', version: 'c2', toEnvironment: 'production' });
    expect(no.deployable).toBe(false);
    expect(no.reason).toMatch(/failed/);
  });

  it("verifies a team's endpoint against HTTP pacts from the broker, then can-i-deploy the receiver", async () => {
    brokerEnv(true);
    const v3 = profiles['spike-health-v3'];
    await publishPacts({ pacts: [canonicalPactFile(v3, 'http')], consumerVersion: 'kit-1', branch: 'main' });
    await recordDeployment({ pacticipant: 'spike-health-v3', version: 'kit-1', environment: 'production' });
    const receiver = await startReceiver(v3, 's3cret');
    try {
      const report = await verifyEndpoint({
        profile: v3,
        baseUrl: receiver.baseUrl,
        path: receiver.path,
        secret: 's3cret',
        rotatedSecret: 'n3w',
        stateHandlers: rotationHandlers(receiver, 'n3w'),
        broker: { providerVersion: 'r1', providerVersionBranch: 'main' },
      });
      // Spike's contract only: the kit-policy pact was not published.
      expect(report.interactions.length).toBe(7);
    } finally {
      await receiver.close();
    }
    expect(broker.verifications.at(-1)).toMatchObject({
      provider: 'spike-webhook-receiver',
      providerVersion: 'r1',
      success: true,
    });
    const answer = await canIDeploy({
      pacticipant: 'spike-webhook-receiver',
      version: 'r1',
      toEnvironment: 'production',
    });
    expect(answer).toMatchObject({
      deployable: true,
      matrix: [{ consumer: 'spike-health-v3', consumerVersion: 'kit-1', success: true }],
    });
  });

  it('webhook-triggered: verifies the pact URL the webhook names and publishes the result, nothing else', async () => {
    brokerEnv(true);
    const pact = broker.pacts.find((p) => p.consumer === 'sleep-service' && p.consumerVersion === 'c1');
    const url = `${broker.url}/pacts/provider/spike-health-v2/consumer/sleep-service/pact-version/${pact?.sha}`;
    const selections = requestsTo('POST', /for-verification$/).length;
    const report = await verifyMessages({
      profile: 'spike-health-v2',
      pactUrls: [url],
      broker: { providerVersionBranch: 'main' },
    });
    expect(report.interactions.map((i) => [i.consumer, i.description, i.ok])).toEqual([
      ['sleep-service', "a spike-health-v2 'sleep' event", true],
      ['sleep-service', "a spike-health-v2 'sleep' event without data[*].total_sleep", true],
    ]);
    // The fetched pact was checked statically as well.
    expect(report.notices.join(' ')).not.toMatch(/not checked statically/);
    // No broker selection besides the URL, which was fetched with the broker's token.
    expect(requestsTo('POST', /for-verification$/)).toHaveLength(selections);
    expect(requestsTo('GET', /pact-version/).at(-1)?.authorization).toBe(`Bearer ${token}`);
    expect(broker.verifications.at(-1)).toMatchObject({
      sha: pact?.sha,
      provider: 'spike-health-v2',
      providerVersion: await spikeVersion('spike-health-v2'),
      providerBranch: 'main',
      success: true,
    });
  });

  it('webhook-triggered: refuses a local file or broker selection options with broker pactUrls', async () => {
    brokerEnv(true);
    const file = canonicalPactFile(profiles['spike-health-v2'], 'messages');
    const local = await verifyMessages({ profile: 'spike-health-v2', pactUrls: [file], broker: true }).catch(
      (e: unknown) => e,
    );
    expect(isSpikeKitError(local, 'INVALID_OPTION')).toBe(true);
    expect((local as Error).message).toMatch(/pactUrls\[0\]' must be the broker's http\(s\) URL of a pact/);
    const selecting = await verifyMessages({
      profile: 'spike-health-v2',
      pactUrls: [`${broker.url}/pacts/provider/spike-health-v2/consumer/sleep-service/pact-version/0`],
      broker: { consumerVersionSelectors: [{ mainBranch: true }] },
    }).catch((e: unknown) => e);
    expect(isSpikeKitError(selecting, 'INVALID_OPTION')).toBe(true);
    expect((selecting as Error).message).toMatch(/broker\.consumerVersionSelectors/);
  });

  it('pactUrls alone stay local even with PACT_BROKER_BASE_URL set (Pact would add the broker otherwise)', async () => {
    brokerEnv(true);
    const before = broker.requests.length;
    await verifyMessages({
      profile: 'spike-forms',
      pactUrls: [canonicalPactFile(profiles['spike-forms'], 'messages')],
    });
    expect(broker.requests.length).toBe(before);
  });

  it('takes the consumer version and branch from git when not given', async () => {
    brokerEnv(false);
    const { version, branch } = gitVersion();
    const published = await publishPacts({ pacts: [canonicalPactFile(profiles['spike-forms'], 'messages')] });
    expect(published.consumerVersion).toBe(version);
    expect(requestsTo('POST', /^\/contracts\/publish$/).at(-1)?.body).toMatchObject({
      pacticipantVersionNumber: version,
      ...(branch === undefined ? {} : { branch }),
    });
  });

  it('reports bad credentials readably', async () => {
    const error = await publishPacts({
      pacts: [canonicalPactFile(profiles['spike-forms'], 'http')],
      consumerVersion: 'x',
      broker: { url: broker.url, token: 'wrong' },
    }).catch((e: unknown) => e);
    expect(isSpikeKitError(error, 'BROKER_FAILED')).toBe(true);
    expect((error as Error).message).toMatch(/401 Unauthorized/);
  });
});

describe('broker configuration', () => {
  it('reads the standard variables', () => {
    expect(
      brokerFromEnv({
        PACT_BROKER_BASE_URL: 'https://b.example',
        PACT_BROKER_USERNAME: 'u',
        PACT_BROKER_PASSWORD: 'p',
      }),
    ).toEqual({
      url: 'https://b.example',
      username: 'u',
      password: 'p',
    });
    expect(brokerFromEnv({})).toBeUndefined();
  });

  it('takes the version and branch from CI variables before git', () => {
    expect(
      gitVersion(process.cwd(), {
        GITHUB_SHA: 'abc123',
        GITHUB_HEAD_REF: 'feature/x',
        GITHUB_REF_NAME: '7/merge',
      }),
    ).toEqual({
      version: 'abc123',
      branch: 'feature/x',
    });
  });

  it('publishes verification results only when CI=true, unless told otherwise', () => {
    vi.stubEnv('CI', '');
    const local = verifierBrokerOptions('p', {
      url: 'http://127.0.0.1:1',
      providerVersion: 'v',
      providerVersionBranch: 'main',
    });
    expect(local).toMatchObject({
      publishVerificationResult: false,
      consumerVersionSelectors: defaultConsumerVersionSelectors,
    });
    vi.stubEnv('CI', 'true');
    expect(verifierBrokerOptions('p', { url: 'http://127.0.0.1:1', providerVersion: 'v' })).toMatchObject({
      publishVerificationResult: true,
      providerVersion: 'v',
    });
    expect(
      verifierBrokerOptions('p', {
        url: 'http://127.0.0.1:1',
        providerVersion: 'v',
        publishVerificationResult: false,
      }),
    ).toMatchObject({ publishVerificationResult: false });
  });
});

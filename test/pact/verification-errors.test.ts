// Issue 8 ("every verdict true"): what verifyEndpoint / verifyMessages answer when the setup is wrong. Each case
// is the call a user makes; every one must end in a coded error (or an honest report) within bounded time.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isSpikeKitError } from '../../src/core/index.ts';
import { canonicalPolicyPactFile } from '../../src/pact/canonical-pact-files.ts';
import { verifyEndpoint } from '../../src/pact/verify-endpoint.ts';
import { verifyMessages } from '../../src/pact/verify-messages.ts';
import { defineProfile, profiles } from '../../src/profiles/index.ts';
import { startBrokerDouble } from '../support/broker-double/index.ts';
import { startReceiver } from './receivers.ts';

const secret = 's3cret';
const scratch = join(tmpdir(), `spike-verification-errors-${process.pid}`);
const files: string[] = [];
afterAll(() => {
  for (const file of files) rmSync(file, { force: true });
});

/** A file in the temp dir with `content`. */
function pactFile(name: string, content: string): string {
  const file = `${scratch}-${name}`;
  writeFileSync(file, content);
  files.push(file);
  return file;
}

/** Runs `call`; resolves with the coded error (or the value) and how long it took. */
async function outcome(call: () => Promise<unknown>) {
  const start = performance.now();
  try {
    const value = await call();
    return { value, ms: performance.now() - start };
  } catch (error) {
    return { error: error as Error & { code?: string }, ms: performance.now() - start };
  }
}

/** A 127.0.0.1 server answering every request with `handle` (or never); it stops by itself after the test. */
async function localServer(handle?: (res: import('node:http').ServerResponse) => void) {
  const server: Server = createServer((_req, res) => {
    if (handle === undefined) return; // never answers
    handle(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  server.unref();
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A port where nothing listens. */
async function closedPort(): Promise<number> {
  const server = await localServer(() => undefined);
  const port = Number(new URL(server.url).port);
  await server.close();
  return port;
}

describe('verifyEndpoint: an endpoint that is not running', () => {
  it('is a coded TRANSPORT_FAILED within 2 s, caught by the caller', async () => {
    const port = await closedPort();
    const { error, ms } = await outcome(() =>
      verifyEndpoint({ profile: 'spike-forms', baseUrl: `http://127.0.0.1:${port}`, secret }),
    );
    expect(isSpikeKitError(error, 'TRANSPORT_FAILED')).toBe(true);
    expect(error?.message).toMatch(new RegExp(`Cannot reach the endpoint at http://127\\.0\\.0\\.1:${port}`));
    expect(ms).toBeLessThan(2000);
  });

  it('an endpoint that stops during the run is a kit error, never blamed on the endpoint', async () => {
    const receiver = await startReceiver('spike-health-v3', secret);
    let calls = 0;
    const { error } = await outcome(() =>
      verifyEndpoint({
        profile: 'spike-health-v3',
        baseUrl: receiver.baseUrl,
        path: receiver.path,
        secret,
        rotatedSecret: 'n3w',
        stateHandlers: {
          'the webhook secret is configured': async () => {
            calls += 1;
            if (calls === 2) await receiver.close();
          },
        },
      }),
    );
    await receiver.close();
    expect(isSpikeKitError(error, 'PACT_FAILED')).toBe(true);
    expect(error?.message).toMatch(/kit error .*not the endpoint's answer/);
    expect(error?.message).toMatch(/cannot reach/);
    expect(error?.message).not.toMatch(/hint: The endpoint failed with a 5xx/);
  });
});

describe("verifyEndpoint: the README's call on a correct receiver", () => {
  it('passes without rotatedSecret, skipping the rotation interaction with a notice', async () => {
    const receiver = await startReceiver('spike-health-v3', secret);
    try {
      // As in the README: profile, baseUrl, path, secret.
      const report = await verifyEndpoint({
        profile: 'spike-health-v3',
        baseUrl: receiver.baseUrl,
        path: receiver.path,
        secret,
      });
      expect(report.ok).toBe(true);
      expect(report.interactions.length).toBeGreaterThan(0);
      expect(report.interactions.every((i) => i.ok)).toBe(true);
      expect(report.interactions.some((i) => i.states.includes('the webhook secret was rotated'))).toBe(
        false,
      );
      expect(report.notices.join('\n')).toMatch(
        /skipped 1 interaction under the state 'the webhook secret was rotated'.*rotatedSecret/,
      );
    } finally {
      await receiver.close();
    }
  });

  it('a rotation the kit cannot sign (broker pacts, no rotatedSecret) is a kit/setup error, not a 5xx hint', async () => {
    await using broker = await startBrokerDouble();
    // The rotation interaction is kit policy: it lives in the kit-policy pact.
    const content = readFileSync(canonicalPolicyPactFile(profiles['spike-health-v3']));
    const published = await fetch(`${broker.url}/contracts/publish`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        pacticipantName: 'spike-health-v3-kit-policy',
        pacticipantVersionNumber: 'k1',
        branch: 'main',
        contracts: [
          {
            consumerName: 'spike-health-v3-kit-policy',
            providerName: 'spike-webhook-receiver',
            specification: 'pact',
            contentType: 'application/json',
            content: content.toString('base64'),
          },
        ],
      }),
    });
    expect(published.ok).toBe(true);
    const receiver = await startReceiver('spike-health-v3', secret);
    try {
      const { error } = await outcome(() =>
        verifyEndpoint({
          profile: 'spike-health-v3',
          baseUrl: receiver.baseUrl,
          path: receiver.path,
          secret,
          broker: { url: broker.url, providerVersion: 'r1', providerVersionBranch: 'main' },
        }),
      );
      expect(isSpikeKitError(error, 'PACT_FAILED')).toBe(true);
      expect(error?.message).toMatch(/kit error .*not the endpoint's answer/);
      expect(error?.message).toMatch(/no rotatedSecret was given/);
      expect(error?.message).not.toMatch(/hint: The endpoint/);
    } finally {
      await receiver.close();
    }
  });
});

describe('pact sources that verify nothing', () => {
  it('a missing pact file is INVALID_OPTION naming the file', async () => {
    const missing = join(tmpdir(), 'spike-no-such-pact.json');
    const { error } = await outcome(() => verifyMessages({ profile: 'spike-forms', pactUrls: [missing] }));
    expect(isSpikeKitError(error, 'INVALID_OPTION')).toBe(true);
    expect(error?.message).toContain(missing);
    expect(error?.message).not.toMatch(/ffi/i);
  });

  it.each([
    ['an empty object', '{}'],
    [
      'a pact with no interactions',
      JSON.stringify({ consumer: { name: 'c' }, provider: { name: 'p' }, interactions: [] }),
    ],
    ['malformed JSON', '{"consumer": '],
    ['an HTML page', '<!doctype html><title>Not a pact</title>'],
  ])('%s is PACT_FAILED naming the file, never ok: true', async (name, content) => {
    const file = pactFile(`${name.replace(/\W+/g, '-')}.json`, content);
    const { error } = await outcome(() => verifyMessages({ profile: 'spike-forms', pactUrls: [file] }));
    expect(isSpikeKitError(error, 'PACT_FAILED')).toBe(true);
    expect(error?.message).toContain(file);
    expect(error?.message).not.toMatch(/0 of 0 interactions/);
  });

  it('a URL answering 404 or HTML is PACT_FAILED naming the URL', async () => {
    const notFound = await localServer((res) => res.writeHead(404).end('no'));
    const html = await localServer((res) =>
      res.writeHead(200, { 'content-type': 'text/html' }).end('<html>login</html>'),
    );
    try {
      for (const url of [`${notFound.url}/pact.json`, `${html.url}/pact.json`]) {
        const { error } = await outcome(() => verifyMessages({ profile: 'spike-forms', pactUrls: [url] }));
        expect(isSpikeKitError(error, 'PACT_FAILED')).toBe(true);
        expect(error?.message).toContain(url);
      }
    } finally {
      await notFound.close();
      await html.close();
    }
  });

  it('a URL or a broker that never answers is a coded error within the timeout', async () => {
    const silent = await localServer();
    try {
      const url = await outcome(() =>
        verifyMessages({
          profile: 'spike-forms',
          pactUrls: [`${silent.url}/pact.json`],
          sourceTimeoutMs: 300,
        }),
      );
      expect(isSpikeKitError(url.error, 'PACT_FAILED')).toBe(true);
      expect(url.error?.message).toMatch(/did not answer within 300 ms/);
      expect(url.ms).toBeLessThan(3000);
      const broker = await outcome(() =>
        verifyMessages({
          profile: 'spike-forms',
          broker: { url: silent.url, providerVersion: 'v1' },
          sourceTimeoutMs: 300,
        }),
      );
      expect(isSpikeKitError(broker.error, 'BROKER_FAILED')).toBe(true);
      expect(broker.error?.message).toContain(silent.url);
      expect(broker.ms).toBeLessThan(3000);
    } finally {
      await silent.close();
    }
  });

  it('a broker answering HTML, or with no pacts for the provider, is a coded error', async () => {
    const html = await localServer((res) =>
      res.writeHead(200, { 'content-type': 'text/html' }).end('<html/>'),
    );
    await using broker = await startBrokerDouble();
    try {
      const page = await outcome(() =>
        verifyMessages({ profile: 'spike-forms', broker: { url: html.url, providerVersion: 'v1' } }),
      );
      expect(isSpikeKitError(page.error, 'BROKER_FAILED')).toBe(true);
      const empty = await outcome(() =>
        verifyMessages({ profile: 'spike-forms', broker: { url: broker.url, providerVersion: 'v1' } }),
      );
      expect(isSpikeKitError(empty.error, 'PACT_FAILED')).toBe(true);
      expect(empty.error?.message).toMatch(/verified no interaction/);
    } finally {
      await html.close();
    }
  });
});

describe('temp folders', () => {
  it('a custom-profile run leaves no temp folder behind', async () => {
    const exact = defineProfile({ id: 'forms-temp-check', extends: 'spike-forms', success: [200] });
    // A private temp dir (os.tmpdir() reads TMPDIR), so other test files' runs cannot change what is counted.
    const previous = process.env.TMPDIR;
    const own = mkdtempSync(join(tmpdir(), 'temp-check-'));
    process.env.TMPDIR = own;
    const receiver = await startReceiver(exact, secret);
    try {
      await verifyMessages({ profile: exact });
      await verifyEndpoint({ profile: exact, baseUrl: receiver.baseUrl, path: receiver.path, secret });
      expect(readdirSync(own)).toEqual([]);
    } finally {
      if (previous === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = previous;
      await receiver.close();
      rmSync(own, { recursive: true, force: true });
    }
  });
});

describe('secrets of the wrong type', () => {
  it.each([
    ['a number', 1234],
    ['a list with a number', ['a', 2]],
    ['an empty string', ''],
  ])('verifyEndpoint: %s is INVALID_OPTION', async (_name, wrong) => {
    const port = await closedPort();
    for (const option of ['secret', 'rotatedSecret'] as const) {
      const { error } = await outcome(() =>
        verifyEndpoint({
          profile: 'spike-forms',
          baseUrl: `http://127.0.0.1:${port}`,
          secret,
          [option]: wrong as string,
        }),
      );
      expect(isSpikeKitError(error, 'INVALID_OPTION')).toBe(true);
      expect(error?.message).toMatch(new RegExp(`'${option}'`));
    }
  });
});

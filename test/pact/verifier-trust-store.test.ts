import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loopbackOnly } from '../../src/pact/loopback-only.ts';
import { writeMessagePact } from '../../src/pact/pact-writer.ts';
import { runVerifier } from '../../src/pact/verifier-process.ts';

describe('loopbackOnly: Pact talks to nothing but plain HTTP on this machine', () => {
  it('is true for local pact files, with or without a loopback http provider', () => {
    expect(loopbackOnly({ provider: 'p', pactUrls: ['/tmp/c-p.json', 'pacts/c-p.json'] })).toBe(true);
    expect(
      loopbackOnly({ provider: 'p', pactUrls: ['/tmp/c-p.json'], providerBaseUrl: 'http://127.0.0.1:4000' }),
    ).toBe(true);
    expect(
      loopbackOnly({ provider: 'p', pactUrls: ['c.json'], providerBaseUrl: 'http://localhost:80/x' }),
    ).toBe(true);
  });

  it('is false whenever Pact itself may reach another host or speak TLS', () => {
    expect(loopbackOnly({ provider: 'p', pactUrls: ['https://broker.example/pacts/1'] })).toBe(false);
    expect(loopbackOnly({ provider: 'p', pactUrls: ['http://127.0.0.1:9292/pacts/1'] })).toBe(false);
    expect(loopbackOnly({ provider: 'p', pactBrokerUrl: 'https://broker.example' })).toBe(false);
    expect(loopbackOnly({ provider: 'p', pactUrls: ['c.json'], publishVerificationResult: true })).toBe(
      false,
    );
    expect(
      loopbackOnly({ provider: 'p', pactUrls: ['c.json'], providerBaseUrl: 'https://127.0.0.1:4000' }),
    ).toBe(false);
    expect(
      loopbackOnly({ provider: 'p', pactUrls: ['c.json'], providerBaseUrl: 'http://10.0.0.7:4000' }),
    ).toBe(false);
    expect(loopbackOnly({ provider: 'p', pactUrls: ['c.json'], proxyHost: '0.0.0.0' })).toBe(false);
    expect(loopbackOnly({ provider: 'p', pactUrls: 'c.json' })).toBe(false);
  });
});

// Pact's core builds an HTTP client for every request and state call; one that checks certificates loads the whole
// trust store each time. The flag that spares it must reach the Verifier in the worker (Pact's core logs its options
// at trace level), and only for a verification that talks to loopback alone.
describe('runVerifier turns certificate checks off for a loopback-only verification', () => {
  const dir = mkdtempSync(join(tmpdir(), 'spike-trust-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const run = async (config: Record<string, unknown>) =>
    (
      await runVerifier({
        config: { provider: 'p', pactUrls: [join(dir, 'c-p.json')], logLevel: 'trace', ...config },
        onMessage: () => ({ id: 1 }),
        verbose: false,
      })
    ).transcript;

  it('passes disableSslVerification to Pact for local pact files, and keeps a value the caller set', async () => {
    await writeMessagePact({ consumer: 'c', provider: 'p', dir }, [
      { description: 'a message', states: [], body: { id: 1 }, comments: [], pending: false },
    ]);
    const local = await run({});
    expect(local).toMatch(/options=VerificationOptions \{[^}]*disable_ssl_verification: true/);
    expect(local).not.toMatch(/options=VerificationOptions \{[^}]*disable_ssl_verification: false/);
    const kept = await run({ disableSslVerification: false });
    expect(kept).toMatch(/options=VerificationOptions \{[^}]*disable_ssl_verification: false/);
    expect(kept).not.toMatch(/options=VerificationOptions \{[^}]*disable_ssl_verification: true/);
  });
});

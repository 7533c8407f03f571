// Issue 8 §6: Pact's Rust verifier prints its transcript ("Verifying a pact between ...") to the process's stdout
// file descriptor. The kit runs it in a child process: the caller's output stays quiet, and a failure carries the
// transcript. Quietness is checked at the file-descriptor level, in a process of its own.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isSpikeKitError, type SpikeKitError } from '../../src/core/index.ts';
import { runNode } from '../../src/pact/run-node.ts';
import { spikeMessagePact } from '../../src/pact/spike-message-pact.ts';
import { verifyEndpoint } from '../../src/pact/verify-endpoint.ts';
import { verifyMessages } from '../../src/pact/verify-messages.ts';
import { startReceiver } from './receivers.ts';

const dir = mkdtempSync(join(tmpdir(), 'spike-transcript-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let wishfulPact = '';

beforeAll(async () => {
  // `sleep_quality` is not a v2 field: verifying this consumer pact fails.
  const wishful = spikeMessagePact({ consumer: 'wishful-service', profile: 'spike-health-v2', dir });
  await wishful
    .expectsEvent('sleep', { overrides: { data: [{ sleep_quality: 87 }] } })
    .verify((event) => (event as unknown as { data: { sleep_quality: number }[] }).data[0]?.sleep_quality);
  wishfulPact = wishful.file;
});

/** Runs `verifyMessages` on the failing pact in a fresh Node process; everything it wrote to fd 1 and 2. */
async function runInProcess(verbose: boolean): Promise<{ output: string; code: number | null }> {
  const module = pathToFileURL(join(import.meta.dirname, '../../src/pact/verify-messages.ts')).href;
  const script = `
    const { verifyMessages } = await import(${JSON.stringify(module)});
    const error = await verifyMessages({ profile: 'spike-health-v2', pactUrls: [${JSON.stringify(wishfulPact)}], verbose: ${verbose} })
      .then(() => undefined, (e) => e);
    console.log('RESULT ' + JSON.stringify({ code: error?.code, transcript: error?.details?.transcript ?? '' }));
  `;
  const { stdout, stderr, code } = await runNode(['--input-type=module', '-e', script]);
  return { output: stdout + stderr, code };
}

function result(output: string): { code?: string; transcript: string } {
  const line = output.split('\n').find((l) => l.startsWith('RESULT '));
  expect(line, output).toBeDefined();
  return JSON.parse((line ?? 'RESULT {}').slice('RESULT '.length)) as { code?: string; transcript: string };
}

describe("Pact's verifier transcript", () => {
  it('never reaches the output of the process calling verifyMessages, and comes with the failure', async () => {
    const { output, code } = await runInProcess(false);
    // It also ended by itself: the idle verifier worker it keeps does not hold it open.
    expect(code).toBe(0);
    const outcome = result(output);
    expect(outcome.code).toBe('PACT_FAILED');
    expect(outcome.transcript).toMatch(/Verifying a pact between/);
    const printed = output
      .split('\n')
      .filter((l) => !l.startsWith('RESULT '))
      .join('\n');
    expect(printed).not.toMatch(/Verifying a pact/);
    expect(printed).not.toMatch(/pact-core@|Verification unsuccessful/);
    expect(printed.trim()).toBe('');
  });

  it('streams live with { verbose: true }', async () => {
    const { output } = await runInProcess(true);
    expect(result(output).code).toBe('PACT_FAILED');
    const printed = output
      .split('\n')
      .filter((l) => !l.startsWith('RESULT '))
      .join('\n');
    expect(printed).toMatch(/Verifying a pact between/);
    expect(printed).not.toMatch(/spike-webhook-kit verifier run/);
  });

  it('is attached to a verifyMessages failure, and the message says where', async () => {
    const error = (await verifyMessages({ profile: 'spike-health-v2', pactUrls: [wishfulPact] }).catch(
      (e: unknown) => e,
    )) as SpikeKitError;
    expect(isSpikeKitError(error, 'PACT_FAILED')).toBe(true);
    expect(error.details.transcript).toMatch(/Verifying a pact between wishful-service and spike-health-v2/);
    expect(error.details.transcript).toMatch(/sleep_quality/);
    expect(error.details.interactions).toHaveLength(1);
    expect(error.message).toMatch(/missing the following keys: sleep_quality/);
    expect(error.message).toMatch(/transcript .*error\.details\.transcript; pass \{ verbose: true \}/);
  });

  it('belongs to its own run: runs side by side or one after another never share a transcript', async () => {
    const fail = () =>
      verifyMessages({ profile: 'spike-health-v2', pactUrls: [wishfulPact] }).then(
        () => '',
        (e: unknown) => String((e as SpikeKitError).details.transcript),
      );
    const [first, passed, second] = await Promise.all([
      fail(),
      verifyMessages({ profile: 'spike-forms' }),
      fail(),
    ]);
    expect(passed.ok).toBe(true);
    const third = await fail();
    for (const transcript of [first, second, third]) {
      expect(transcript).not.toMatch(/spike-forms/);
      expect(transcript.match(/^Verifying a pact between/gm)).toHaveLength(1);
      expect(transcript).not.toMatch(/spike-webhook-kit verifier run/);
    }
  });

  it('is attached to a verifyEndpoint failure, with the hints still naming the cause', async () => {
    const receiver = await startReceiver('spike-health-v3', 's3cret', 'answers-204');
    try {
      const error = (await verifyEndpoint({
        profile: 'spike-health-v3',
        baseUrl: receiver.baseUrl,
        path: receiver.path,
        secret: 's3cret',
      }).catch((e: unknown) => e)) as SpikeKitError;
      expect(isSpikeKitError(error, 'PACT_FAILED')).toBe(true);
      expect(error.message).toMatch(/spike-health-v3 counts only 200 as delivered/);
      expect(error.details.transcript).toMatch(
        /Verifying a pact between spike-health-v3 and spike-webhook-receiver/,
      );
      expect(error.details.transcript).toMatch(/expected 200 but was 204/);
    } finally {
      await receiver.close();
    }
  });
});

// What verifyMessages and verifyEndpoint print: at the default logLevel nothing (Pact's verifier prints its own
// report and logs, captured for the error), with logLevel 'info' or verbose: true Pact's transcript as it runs.
// Measured at the file descriptors of a separate process, where the native verifier would write.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runNode } from '../../src/pact/run-node.ts';

const dir = mkdtempSync(join(tmpdir(), 'spike-output-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const src = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));

/** A script that verifies a passing and a failing message pact and an endpoint with `options`, then says done. */
const script = (options: string) => `
import { spikeMessagePact } from ${JSON.stringify(src('src/pact/spike-message-pact.ts'))};
import { verifyEndpoint } from ${JSON.stringify(src('src/pact/verify-endpoint.ts'))};
import { verifyMessages } from ${JSON.stringify(src('src/pact/verify-messages.ts'))};
import { startReceiver } from ${JSON.stringify(src('test/pact/receivers.ts'))};
const options = ${options};
const passed = await verifyMessages({ profile: 'spike-forms', ...options });
const greedy = spikeMessagePact({ consumer: 'greedy', profile: 'spike-forms', dir: ${JSON.stringify(dir)} });
await greedy.expectsEvent('contact', { overrides: { metadata: { city: 'Berlin' } } }).verify(() => undefined);
const failed = await verifyMessages({ profile: 'spike-forms', pactUrls: [greedy.file], ...options }).then(
  () => 'passed',
  (error) => error.code,
);
const receiver = await startReceiver('spike-forms', 's3cret');
const endpoint = await verifyEndpoint({
  profile: 'spike-forms', baseUrl: receiver.baseUrl, path: receiver.path, secret: 's3cret', ...options,
});
await receiver.close();
process.stdout.write('DONE ' + JSON.stringify([passed.ok, failed, endpoint.ok]) + '\\n');
`;

function runScript(
  name: string,
  options: string,
): Promise<{ stdout: string; stderr: string; code: number | null }> {
  const file = join(dir, `${name}.ts`);
  writeFileSync(file, script(options));
  // The process a user runs: without the test runner's variables (its NODE_OPTIONS would add warnings of its own).
  const env: NodeJS.ProcessEnv = { ...process.env, PACT_DO_NOT_TRACK: 'true', NO_COLOR: '1' };
  for (const key of Object.keys(env)) if (key.startsWith('VITEST') || key === 'NODE_OPTIONS') delete env[key];
  return runNode([file], { env });
}

const done = 'DONE [true,"PACT_FAILED",true]\n';

describe('verifier output', () => {
  it('at the default logLevel, prints nothing: passed, failed and endpoint verifications alike', async () => {
    const { stdout, stderr, code } = await runScript('default', '{}');
    expect(stderr).toBe('');
    expect(stdout).toBe(done);
    expect(code).toBe(0);
  }, 60_000);

  it("with logLevel 'info', shows Pact's transcript as it runs", async () => {
    const { stdout, code } = await runScript('info', "{ logLevel: 'info' }");
    expect(stdout.endsWith(done)).toBe(true);
    expect(stdout).toMatch(/pact_verifier: Running provider verification for 'a spike-forms 'contact' event/);
    expect(stdout).toMatch(/Actual map is missing the following keys: city/);
    expect(code).toBe(0);
  }, 60_000);

  it("with verbose: true, shows Pact's report; verbose: false keeps 'info' quiet", async () => {
    const verbose = await runScript('verbose', '{ verbose: true }');
    expect(verbose.stdout).toMatch(/Verifying a pact between .* and spike-forms/);
    const quiet = await runScript('quiet', "{ logLevel: 'info', verbose: false }");
    expect(quiet.stdout + quiet.stderr).toBe(done);
  }, 60_000);
});

// The path for teams outside JavaScript: the standalone `pact verifier` CLI of @pact-foundation/pact-cli, pointed at
// the kit's servers started with its executable (src/pact/bin.ts, the `spike-webhook-kit-pact` bin).
import { type ChildProcessWithoutNullStreams, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generate } from '../../generators/index.ts';
import { buildDelivery } from '../../src/delivery/index.ts';
import { canonicalPactFile, canonicalPolicyPactFile } from '../../src/pact/canonical-pact-files.ts';
import { runCli } from '../../src/pact/cli.ts';
import { runPactCli } from '../../src/pact/pact-cli.ts';
import { spikeMessagePact } from '../../src/pact/spike-message-pact.ts';
import { spikeVersion } from '../../src/pact/spike-version.ts';
import { profiles } from '../../src/profiles/index.ts';
import { type ReceiverFlaw, startReceiver } from './receivers.ts';

const bin = new URL('../../src/pact/bin.ts', import.meta.url).pathname;
const children: ChildProcessWithoutNullStreams[] = [];
const dir = mkdtempSync(join(tmpdir(), 'spike-cli-'));
afterAll(() => {
  for (const child of children) child.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
});

/** Starts `spike-webhook-kit-pact <args>` and resolves with the JSON line it prints once listening. */
function startKitServer(args: string[], env: Record<string, string> = {}) {
  const child = spawn(process.execPath, [bin, ...args], {
    env: { ...process.env, PACT_DO_NOT_TRACK: 'true', ...env },
  });
  children.push(child);
  return new Promise<{ port: number; stateChangeUrl?: string }>((resolve, reject) => {
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      const line = out.split('\n')[0];
      if (out.includes('\n') && line) resolve(JSON.parse(line));
    });
    child.stderr.on('data', (chunk: Buffer) => {
      err += chunk.toString('utf8');
    });
    child.on('exit', (code) => reject(new Error(`exited with ${code}: ${out}${err}`)));
  });
}

describe('the standalone pact verifier CLI with the kit as signing proxy', () => {
  const verifyWithCli = async (flaw: ReceiverFlaw) => {
    const receiver = await startReceiver('spike-health-v3', 's3cret', flaw);
    receiver.rotateTo = 'n3w';
    try {
      const proxy = await startKitServer(
        [
          'signing-proxy',
          '--profile',
          'spike-health-v3',
          '--target',
          `${receiver.baseUrl}${receiver.path}`,
          '--rotated-secret-env',
          'ROTATED',
          '--state-change-url',
          `${receiver.baseUrl}/_state`,
        ],
        { SPIKE_WEBHOOK_SECRET: 's3cret', ROTATED: 'n3w' },
      );
      return await runPactCli([
        'verifier',
        '--file',
        canonicalPactFile(profiles['spike-health-v3'], 'http'),
        '--file',
        canonicalPolicyPactFile(profiles['spike-health-v3']),
        '--hostname',
        '127.0.0.1',
        '--port',
        String(proxy.port),
        '--state-change-url',
        proxy.stateChangeUrl as string,
        '--state-change-teardown',
        '--no-colour',
      ]);
    } finally {
      await receiver.close();
    }
  };

  it('verifies a correct endpoint: every replay re-signed, states (rotation) forwarded to the endpoint', async () => {
    const result = await verifyWithCli('none');
    expect(result.stdout).toMatch(/a spike-health-v3 delivery signed with the rotated secret/);
    expect(result.stdout).not.toMatch(/FAILED/);
    expect(result.code).toBe(0);
  });

  it('fails an endpoint that verifies re-serialised JSON', async () => {
    const result = await verifyWithCli('re-serialises');
    expect(result.code).not.toBe(0);
    expect(result.stdout).toMatch(/expected 200 but was 401/);
  });
});

describe('spike-webhook-kit-pact', () => {
  const run = async (argv: string[], env: Record<string, string | undefined> = {}) => {
    const lines: string[] = [];
    const result = await runCli(argv, { out: (line) => lines.push(line), env });
    await result.running?.close();
    return { ...result, lines };
  };

  it('prints the canonical pact file to give `pact verifier --file`', async () => {
    const { code, lines } = await run(['contract', '--profile', 'spike-forms', '--framing', 'http']);
    expect(code).toBe(0);
    expect(lines).toEqual([canonicalPactFile(profiles['spike-forms'], 'http')]);
    const policy = await run(['contract', '--profile', 'spike-forms', '--framing', 'http', '--policy']);
    expect(policy.lines).toEqual([canonicalPolicyPactFile(profiles['spike-forms'])]);
    await expect(
      run(['contract', '--profile', 'spike-forms', '--framing', 'messages', '--policy']),
    ).rejects.toThrow(/--policy.*--framing http/);
  });

  it("prints Spike's version at a broker: the hash of the profile's facts", async () => {
    const { code, lines } = await run(['version', '--profile', 'spike-forms']);
    expect(code).toBe(0);
    expect(lines).toEqual([await spikeVersion('spike-forms')]);
  });

  it('says which value is wrong and what it must be', async () => {
    await expect(run(['contract', '--profile', 'spike-forms', '--framing', 'xml'])).rejects.toThrow(
      /--framing must be 'messages' or 'http', got "xml"\./,
    );
    await expect(run(['contract', '--profile', 'spike-forms', '--port', '70000'])).rejects.toThrow(
      /--port must be a port number from 0 to 65535, got "70000"\./,
    );
    await expect(run(['serve', '--profile', 'spike-forms'])).rejects.toThrow(
      /The command must be 'signing-proxy', 'message-provider', 'contract', 'check-asyncapi', 'recorded-deliveries' or 'version', got "serve"\. Usage:/,
    );
  });

  it('reads secrets from the environment only, and says which variable is missing', async () => {
    await expect(
      run(['signing-proxy', '--profile', 'spike-forms', '--target', 'http://127.0.0.1:9/x']),
    ).rejects.toThrow(/\$SPIKE_WEBHOOK_SECRET/);
    const { lines } = await run(
      [
        'signing-proxy',
        '--profile',
        'spike-forms',
        '--target',
        'http://127.0.0.1:9/x',
        '--secret-env',
        'MY_SECRET',
      ],
      { MY_SECRET: 's' },
    );
    expect(JSON.parse(lines[0] as string)).toMatchObject({
      url: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+$/),
    });
    expect(lines[1]).toMatch(/npx pact verifier --file .*spike-forms-spike-webhook-receiver\.json/);
  });
});

describe('the standalone pact verifier CLI with the kit as reference Spike provider', () => {
  it("passes a team's message pact and fails one expecting a field Spike never sends", async () => {
    const good = spikeMessagePact({ consumer: 'forms-app', profile: 'spike-forms', dir });
    await good.expectsEvent('contact', { require: ['data.email'] }).verify((message) => message);
    const bad = spikeMessagePact({ consumer: 'greedy-app', profile: 'spike-forms', dir });
    await bad
      .expectsEvent('contact', { overrides: { metadata: { city: 'Berlin' } } })
      .verify((message) => message);
    const provider = await startKitServer(['message-provider', '--profile', 'spike-forms']);
    const verify = (file: string) =>
      runPactCli([
        'verifier',
        '--file',
        file,
        '--hostname',
        '127.0.0.1',
        '--port',
        String(provider.port),
        '--no-colour',
      ]);
    const passed = await verify(good.file);
    expect(passed.code).toBe(0);
    const failed = await verify(bad.file);
    expect(failed.code).not.toBe(0);
    expect(failed.stdout).toMatch(/\$\.metadata.*missing the following keys: city/s);
  });
});

describe('spike-webhook-kit-pact check-asyncapi and recorded-deliveries', () => {
  const run = async (argv: string[], env: Record<string, string | undefined> = {}) => {
    const lines: string[] = [];
    const { code } = await runCli(argv, { out: (line) => lines.push(line), env });
    return { code, text: lines.join('\n') };
  };
  const id = 'spike-health-v2';
  const v2 = profiles[id];

  it('check-asyncapi: 0 for a pact that agrees, 1 naming the file, the interaction and the field otherwise', async () => {
    const canonical = canonicalPactFile(v2, 'messages');
    const good = await run(['check-asyncapi', '--profile', v2.id, '--pact', canonical]);
    expect(good).toEqual({
      code: 0,
      text: `✓ ${canonical}: agrees with Spike's AsyncAPI document (${v2.id})`,
    });
    const pact = JSON.parse(readFileSync(canonical, 'utf8')) as {
      interactions: { description: string; contents: { content: Record<string, unknown> } }[];
    };
    const sleep = pact.interactions.find((i) => i.description === "a spike-health-v2 'sleep' event");
    if (sleep === undefined) throw new Error('no sleep interaction');
    sleep.contents.content.sleep_quality_label = 'great';
    const file = join(dir, 'wishful.json');
    writeFileSync(file, JSON.stringify(pact));
    const bad = await run(['check-asyncapi', '--profile', v2.id, '--pact', canonical, '--pact', file]);
    expect(bad.code).toBe(1);
    expect(bad.text).toContain(`✗ ${file}: 'a spike-health-v2 'sleep' event' (message.no.match):`);
    expect(bad.text).toMatch(/sleep_quality_label/);
    expect(bad.text).toMatch(/1 interaction expect what Spike \(spike-health-v2\) does not send\./);
  });

  it('recorded-deliveries: 0 for genuine captures, 1 with the problems of a pact pinning what traffic lacks', async () => {
    const captures = join(dir, 'captures.jsonl');
    const lines = [21, 22].map((seed) => {
      const event = generate(id, { kind: 'sleep', seed }) as Record<string, unknown>;
      const d = buildDelivery(id, { ...event, source: 'garmin' }, { secret: 'cli-secret' });
      return JSON.stringify({ headers: d.headers, body: d.body });
    });
    writeFileSync(captures, `${lines.join('\n')}\n`);
    const args = ['recorded-deliveries', '--profile', v2.id, '--deliveries', captures];
    const good = await run(args, { SPIKE_WEBHOOK_SECRET: 'cli-secret' });
    expect(good).toEqual({
      code: 0,
      text: '✓ delivery 0 (sleep)\n✓ delivery 1 (sleep)\n2 deliveries, 0 with problems.',
    });
    const wrongSecret = await run(args, { SPIKE_WEBHOOK_SECRET: 'other' });
    expect(wrongSecret.code).toBe(1);
    expect(wrongSecret.text).toMatch(/✗ delivery 0 \(sleep\)\n {4}signature: /);
    const pinned = spikeMessagePact({ consumer: 'cli-fitbit-only', profile: id, dir });
    await pinned
      .expectsEvent('sleep', { body: (t) => ({ ...(t as object), source: 'fitbit' }) })
      .verify(() => undefined);
    const bad = await run([...args, '--pact', pinned.file]);
    expect(bad.code).toBe(1);
    expect(bad.text).toMatch(/✗ delivery 1 \(sleep\)\n {4}pact: cli-fitbit-only: .*\$\.source: .*'fitbit'/);
    expect(bad.text).toMatch(
      /note: signatures not checked \(no secret given\)\n2 deliveries, 2 with problems\.$/,
    );
  });

  it('bad input: one readable line on stderr (no stack trace), exit code 2', () => {
    const broken = join(dir, 'broken.jsonl');
    writeFileSync(broken, '{"headers": {}, "body": "{}"}\n{"headers": \n');
    const exec = (args: string[]) =>
      spawnSync(process.execPath, [bin, ...args], {
        encoding: 'utf8',
        env: { ...process.env, PACT_DO_NOT_TRACK: 'true' },
      });
    const missing = exec([
      'recorded-deliveries',
      '--profile',
      'spike-forms',
      '--deliveries',
      join(dir, 'nope.jsonl'),
    ]);
    expect(missing.status).toBe(2);
    expect(missing.stdout).toBe('');
    expect(missing.stderr).toMatch(
      /^deliveries must be a readable capture file \(JSON Lines\), got ".*nope\.jsonl"\.\n$/,
    );
    const line = exec(['recorded-deliveries', '--profile', 'spike-forms', '--deliveries', broken]);
    expect(line.status).toBe(2);
    expect(line.stderr).toMatch(/^Line 2 of .*broken\.jsonl must be one delivery as JSON .*\n$/);
    expect(line.stderr.split('\n')).toHaveLength(2);
    const noPact = exec(['check-asyncapi', '--profile', 'spike-forms', '--pact', join(dir, 'nope.json')]);
    expect(noPact.status).toBe(2);
    expect(noPact.stderr).not.toMatch(/\n\s+at /);
    expect(noPact.stderr).toMatch(/^pact must be a readable pact file/);
  });
});

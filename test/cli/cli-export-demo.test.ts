// `spike-webhook-kit export` and `demo`, built, run as a user runs them. (What the exported files do under
// Artillery and k6: export.test.ts. The scorecard's verdicts: test/conformance/.)
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { correctReceiver } from '../../src/cli/demo/demo-receivers.ts';
import { runDemo } from '../../src/cli/demo/run-demo.ts';
import { verifyDelivery } from '../../src/signing/index.ts';
import { baseEnv, runCli } from './run-cli.ts';

const SECRET = 'export-cli-secret-3310';
const env = baseEnv({ SPIKE_SECRET: SECRET, PACT_DO_NOT_TRACK: 'true' });

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'spike-cli-export-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('spike-webhook-kit export', () => {
  const common = ['--profile', 'spike-health-v3', '--url', 'http://127.0.0.1:9/webhooks/spike'];

  it('writes signed deliveries and an Artillery scenario, and prints how to run them', async () => {
    const out = join(dir, 'artillery');
    const run = await runCli(
      [
        'export',
        '--format',
        'artillery',
        ...common,
        '--secret-env',
        'SPIKE_SECRET',
        '--out',
        out,
        '--count',
        '5',
      ],
      { env },
    );
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('5 signed spike-health-v3 deliveries for artillery:');
    expect(run.stdout).toContain(`run: npx artillery run ${join(out, 'spike-scenario.yml')}`);
    const data = JSON.parse(readFileSync(join(out, 'spike-deliveries.json'), 'utf8')) as {
      headers: Record<string, string>;
      body: string;
    }[];
    expect(data).toHaveLength(5);
    for (const delivery of data)
      expect(verifyDelivery('spike-health-v3', delivery, { secret: SECRET }).ok).toBe(true);
  });

  it('prints { format, deliveries, files } with --json, for k6', async () => {
    const out = join(dir, 'k6');
    const run = await runCli(
      ['export', '--format', 'k6', ...common, '--secret-env', 'SPIKE_SECRET', '--out', out, '--json'],
      { env },
    );
    expect(run.code, run.stderr).toBe(0);
    const result = z
      .strictObject({ format: z.literal('k6'), deliveries: z.literal(100), files: z.array(z.string()) })
      .parse(JSON.parse(run.stdout));
    expect(result.files.at(-1)).toBe(join(out, 'spike-k6.js'));
  });

  it('refuses an unknown engine as a usage error, and a missing secret, before writing anything', async () => {
    const out = join(dir, 'refused');
    const engine = await runCli(
      ['export', '--format', 'gatling', ...common, '--secret-env', 'SPIKE_SECRET', '--out', out],
      { env },
    );
    expect(engine.code).toBe(2);
    expect(engine.stderr).toMatch(/^spike-webhook-kit: INVALID_OPTION: export: .*'gatling'.*artillery, k6/);
    const secret = await runCli(['export', '--format', 'k6', ...common, '--out', out], { env });
    expect(secret.code).toBe(1);
    expect(secret.stderr).toMatch(/^spike-webhook-kit: SECRET_REQUIRED: /);
    expect(() => readFileSync(join(out, 'spike-deliveries.json'))).toThrow();
  });
});

describe('spike-webhook-kit demo', () => {
  it('catches the flawed receiver, passes the correct one, writes the report and ends with your command', async () => {
    const report = join(dir, 'demo.html');
    const run = await runCli(['demo', '--report', report], { env, cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    const out = run.stdout;
    expect(out).toMatch(/correct-receiver\s+http:\/\/127\.0\.0\.1:\d+/);
    expect(out).toMatch(/flawed-receiver\s+http:\/\/127\.0\.0\.1:\d+ +deliberately wrong/);
    // The scorecard: every dialect on both receivers; the flawed one's findings in plain words.
    const correct = out.slice(out.indexOf('  correct-receiver\n'), out.indexOf('  flawed-receiver\n'));
    expect(correct.match(/ conforms /g)).toHaveLength(4);
    expect(out).toMatch(
      /x signed-bytes: .*a handler that checks the signature over a re-serialised body rejects genuine deliveries; verify the raw bytes/,
    );
    expect(out).toMatch(/x success-status: answered 201: spike-health-v3 counts only exactly 200/);
    expect(out).toMatch(/x unknown-event-kind: an event of an unknown kind got 500/);
    // The retries: the lost acknowledgement makes the flawed receiver process twice.
    expect(out).toMatch(/correct-receiver: delivered after 4 attempts; processed 1 time\n/);
    expect(out).toMatch(/flawed-receiver: delivered after 4 attempts; processed 2 times/);
    // The contract.
    expect(out).toMatch(/correct-receiver: verified \(\d+ interactions\)/);
    expect(out).toMatch(/flawed-receiver: does not honour the contract: .*did not match/);
    expect(out).toContain(`4. The report: ${report}`);
    expect(readFileSync(report, 'utf8')).toMatch(/^<!doctype html>/i);
    expect(out.trimEnd().split('\n').at(-1)).toMatch(
      /^ {2}npx spike-webhook-kit check http:\/\/\S+ --profile spike-forms --secret-env \S+$/,
    );
    expect(out).not.toContain('\u001b[');
  });

  it('says so, and exits 1, when a verdict is not the expected one (a "flawed" receiver that is correct)', async () => {
    const lines: string[] = [];
    const code = await runDemo({
      reportPath: join(dir, 'surprise.html'),
      pact: false,
      out: (line) => lines.push(line),
      receivers: { correct: correctReceiver(), flawed: correctReceiver() },
    });
    expect(code).toBe(1);
    // 4 scorecards that conform and one simulation that processed once, where findings were expected.
    expect(lines.at(-1)).toBe('the demo saw 5 verdict(s) it did not expect: please report this');
  });
});

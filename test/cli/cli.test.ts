// The built `spike-webhook-kit` executable, run as a user runs it: usage errors, generate, sign and verify.
// (send, against real servers on 127.0.0.1: cli-send.test.ts.)
import { createHmac } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseFormsSubmission, parseHealthV2Event } from '../../src/schemas/index.ts';
import { baseEnv, type CliRun, root, runCli } from './run-cli.ts';

const SECRET = 'cli-test-secret-0451';
const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
const commandNames = ['generate', 'sign', 'verify', 'send', 'check', 'verify-pact', 'export', 'demo'];

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'spike-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, content: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

/** A usage or command error: exactly one line on stderr, coded, without a stack trace, nothing on stdout. */
function expectOneErrorLine(run: CliRun, code: string): string {
  const lines = run.stderr.split('\n').filter((line) => line !== '');
  expect(lines, run.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(new RegExp(`^spike-webhook-kit: ${code}: \\S`));
  expect(run.stderr).not.toMatch(/\bat \S+ \(|\n\s+at /);
  expect(run.stdout).toBe('');
  return lines[0] as string;
}

describe('spike-webhook-kit: help, version, usage errors', () => {
  it('prints the package version', async () => {
    const run = await runCli(['--version']);
    expect(run).toMatchObject({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('lists every command in --help, and each command has its own --help with examples', async () => {
    const top = await runCli(['--help']);
    expect(top.code).toBe(0);
    for (const name of commandNames) expect(top.stdout).toMatch(new RegExp(`^  ${name} `, 'm'));
    for (const name of commandNames) {
      const run = await runCli([name, '--help']);
      expect(run.code, name).toBe(0);
      expect(run.stdout).toContain(`Usage: spike-webhook-kit ${name} `);
      expect(run.stdout).toContain(`$ spike-webhook-kit ${name} `);
      expect(run.stderr).toBe('');
    }
  });

  it('prints the help on stderr and exits 2 when no command is given', async () => {
    const run = await runCli([]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('Usage: spike-webhook-kit [options] [command]');
  });

  it('answers a misspelt flag with one coded line, a suggestion and exit 2', async () => {
    const run = await runCli(['generate', 'spike-forms', '--sed', '3']);
    expect(run.code).toBe(2);
    const line = expectOneErrorLine(run, 'INVALID_OPTION');
    expect(line).toContain("unknown option '--sed'");
    expect(line).toContain('did you mean --seed?');
    expect(line).toContain('spike-webhook-kit generate --help');
  });

  it('answers an unknown command with one coded line, a suggestion and exit 2', async () => {
    const run = await runCli(['sned', 'http://127.0.0.1:1/']);
    expect(run.code).toBe(2);
    expect(expectOneErrorLine(run, 'INVALID_OPTION')).toContain(
      "unknown command 'sned' (did you mean send?)",
    );
  });

  it('refuses bad option values, missing arguments and missing required options with exit 2', async () => {
    const count = await runCli(['generate', 'spike-forms', '--count', '0']);
    expect(count.code).toBe(2);
    expect(expectOneErrorLine(count, 'INVALID_OPTION')).toContain('--count');
    const missing = await runCli(['sign']);
    expect(missing.code).toBe(2);
    expect(expectOneErrorLine(missing, 'INVALID_OPTION')).toContain("missing required argument 'profile'");
    const profile = await runCli(['send', 'http://127.0.0.1:1/']);
    expect(profile.code).toBe(2);
    expect(expectOneErrorLine(profile, 'INVALID_OPTION')).toContain('--profile');
  });

  it('reports a SpikeKitError of a command as one coded line and exit 1', async () => {
    const run = await runCli(['generate', 'spike-nope']);
    expect(run.code).toBe(1);
    expect(expectOneErrorLine(run, 'UNKNOWN_PROFILE')).toContain('spike-forms');
    const persona = await runCli(['generate', 'spike-forms', '--persona', 'shift-worker']);
    expect(persona.code).toBe(1);
    expect(expectOneErrorLine(persona, 'INVALID_OPTION')).toContain("'spike-health-v2'");
  });
});

describe('generate', () => {
  it('prints the same bytes for the same seed, and other bytes for another seed', async () => {
    const args = ['generate', 'spike-health-v2', 'sleep', '--persona', 'shift-worker', '--seed', '7'];
    const [a, b, c] = await Promise.all([runCli(args), runCli(args), runCli([...args.slice(0, -1), '8'])]);
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    expect(c.stdout).not.toBe(a.stdout);
    const event = parseHealthV2Event(JSON.parse(a.stdout));
    expect(event.data_type).toBe('sleep');
    expect(a.stdout.endsWith('}\n')).toBe(true);
  });

  it('prints NDJSON for --count above 1: one valid event per line, each its own submission', async () => {
    const run = await runCli([
      'generate',
      'spike-forms',
      'contact',
      '--count',
      '3',
      '--seed',
      'ndjson',
      '--locale',
      'de',
    ]);
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    const events = lines.map((line) => parseFormsSubmission(JSON.parse(line)));
    expect(new Set(events.map((e) => e.submissionId)).size).toBe(3);
    expect(events.every((e) => e.formSlug === events[0]?.formSlug)).toBe(true);
  });

  it('passes --ref-date and --awkward through', async () => {
    const run = await runCli([
      'generate',
      'spike-forms',
      'contact',
      '--ref-date',
      '2024-03-01T12:00:00Z',
      '--awkward',
      'unknown-fields',
    ]);
    expect(run.code).toBe(0);
    const event = JSON.parse(run.stdout) as { metadata: { timestamp: string } } & Record<string, unknown>;
    expect(event.metadata.timestamp.startsWith('2024-')).toBe(true);
    const plain = JSON.parse((await runCli(['generate', 'spike-forms', 'contact'])).stdout) as object;
    expect(Object.keys(event).length).toBeGreaterThan(Object.keys(plain).length);
    const bad = await runCli(['generate', 'spike-forms', '--awkward', 'weird']);
    expect(bad.code).toBe(1);
    expect(expectOneErrorLine(bad, 'INVALID_OPTION')).toContain('unknown-fields');
  });
});

const headersJson = z.object({
  profile: z.string(),
  headers: z.record(z.string(), z.string()),
});

describe('sign', () => {
  const body = '{"event":"submission.created","data":{"name":"Zoë"}}\n';
  const hmac = (message: string | Buffer) => createHmac('sha256', SECRET).update(message).digest('hex');

  it('prints the headers Spike sends, signed over the exact bytes of a file or of stdin', async () => {
    const path = file('body.json', body);
    const fromFile = await runCli(['sign', 'spike-forms', path, '--secret', SECRET]);
    expect(fromFile.code).toBe(0);
    expect(fromFile.stdout).toBe(`Content-Type: application/json\nX-Spike-Signature: sha256=${hmac(body)}\n`);
    const fromStdin = await runCli(['sign', 'spike-forms', '--secret', SECRET], { input: body });
    expect(fromStdin.stdout).toBe(fromFile.stdout);
    const otherBytes = await runCli(['sign', 'spike-forms', '--secret', SECRET], { input: body.trimEnd() });
    expect(otherBytes.stdout).not.toBe(fromFile.stdout);
  });

  it('signs "{timestamp}.{body}" for the timestamped profile, and prints JSON with --json', async () => {
    const path = file('ts-body.json', body);
    const run = await runCli(
      [
        'sign',
        'spike-forms-timestamped',
        path,
        '--secret-env',
        'HOOK_KEY',
        '--timestamp',
        '1768473000',
        '--json',
      ],
      { env: baseEnv({ HOOK_KEY: SECRET }) },
    );
    expect(run.code).toBe(0);
    const printed = headersJson.parse(JSON.parse(run.stdout));
    expect(printed.profile).toBe('spike-forms-timestamped');
    expect(printed.headers['X-Spike-Timestamp']).toBe('1768473000');
    expect(printed.headers['X-Spike-Signature']).toBe(hmac(`1768473000.${body}`));
    expect(run.stdout + run.stderr).not.toContain(SECRET);
  });

  it('signs only the event_id for v2', async () => {
    const event = { event_id: 'evt-1', data: [] };
    const run = await runCli(['sign', 'spike-health-v2', '--secret', SECRET, '--json'], {
      input: JSON.stringify(event),
    });
    expect(headersJson.parse(JSON.parse(run.stdout)).headers['X-Spike-Signature']).toBe(hmac('evt-1'));
  });

  it('requires a secret, naming both flags', async () => {
    const run = await runCli(['sign', 'spike-forms', file('s.json', body)]);
    expect(run.code).toBe(1);
    const line = expectOneErrorLine(run, 'SECRET_REQUIRED');
    expect(line).toContain('--secret-env');
    expect(line).toContain('--secret ');
  });

  it('names an unset --secret-env variable', async () => {
    const run = await runCli([
      'sign',
      'spike-forms',
      file('s2.json', body),
      '--secret-env',
      'NOT_SET_ANYWHERE',
    ]);
    expect(run.code).toBe(1);
    expect(expectOneErrorLine(run, 'SECRET_REQUIRED')).toContain('NOT_SET_ANYWHERE');
  });
});

const verdictJson = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), profile: z.string() }),
  z.object({ ok: z.literal(false), profile: z.string(), reason: z.string(), message: z.string() }),
]);

describe('verify', () => {
  const body = '{"event":"submission.created", "data": {"price": 1.50}}';
  const signature = `sha256=${createHmac('sha256', SECRET).update(body).digest('hex')}`;
  const capture = (text: string) =>
    `POST /webhooks/spike HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nx-spike-signature: ${signature}\r\nContent-Length: ${Buffer.byteLength(text)}\r\n\r\n${text}`;

  it('accepts a genuine capture (exit 0) and refuses a tampered one with the reason on one line (exit 1)', async () => {
    const valid = await runCli(['verify', 'spike-forms', file('ok.http', capture(body)), '--secret', SECRET]);
    expect(valid.code).toBe(0);
    expect(valid.stdout).toMatch(/^valid: /);
    const tampered = await runCli([
      'verify',
      'spike-forms',
      file('bad.http', capture(body.replace('1.50', '1.5'))),
      '--secret',
      SECRET,
    ]);
    expect(tampered.code).toBe(1);
    expect(tampered.stdout.trimEnd().split('\n')).toHaveLength(1);
    expect(tampered.stdout).toMatch(/^invalid \(mismatch\): /);
    expect(tampered.stdout + tampered.stderr).not.toContain(SECRET);
  });

  it('reads --headers and --body files, and prints the verdict as JSON', async () => {
    const headers = file('headers.txt', `X-Spike-Signature: ${signature}\n`);
    const ok = await runCli([
      'verify',
      'spike-forms',
      '--headers',
      headers,
      '--body',
      file('body.bin', body),
      '--secret',
      SECRET,
      '--json',
    ]);
    expect(verdictJson.parse(JSON.parse(ok.stdout))).toEqual({ ok: true, profile: 'spike-forms' });
    const wrong = await runCli([
      'verify',
      'spike-forms',
      '--headers',
      headers,
      '--body',
      file('body2.bin', `${body}\n`),
      '--secret',
      'other-secret',
      '--json',
    ]);
    expect(wrong.code).toBe(1);
    expect(verdictJson.parse(JSON.parse(wrong.stdout))).toMatchObject({ ok: false, reason: 'mismatch' });
    expect(wrong.stdout).not.toContain('other-secret');
  });

  it('refuses a stale timestamped capture, and accepts it at --now', async () => {
    const signed = await runCli(
      ['sign', 'spike-forms-timestamped', '--secret', SECRET, '--timestamp', '1768473000'],
      { input: body },
    );
    const path = file('ts.http', `${signed.stdout}\n${body}`);
    const stale = await runCli(['verify', 'spike-forms-timestamped', path, '--secret', SECRET]);
    expect(stale.code).toBe(1);
    expect(stale.stdout).toMatch(/^invalid \(stale-timestamp\)/);
    const fresh = await runCli([
      'verify',
      'spike-forms-timestamped',
      path,
      '--secret',
      SECRET,
      '--now',
      '2026-01-15T10:31:00Z',
    ]);
    expect(fresh.code).toBe(0);
  });

  it('says what a capture without an empty line is', async () => {
    const run = await runCli(['verify', 'spike-forms', file('nobreak.http', body), '--secret', SECRET]);
    expect(run.code).toBe(1);
    expect(expectOneErrorLine(run, 'INVALID_DELIVERY')).toContain('empty line');
  });
});

describe('colour', () => {
  it('never writes escape codes to a pipe: not with NO_COLOR, not with FORCE_COLOR either', async () => {
    const path = file('c.http', `X-Spike-Signature: sha256=${'0'.repeat(64)}\n\n{}`);
    for (const env of [baseEnv({ NO_COLOR: '1' }), baseEnv(), baseEnv({ FORCE_COLOR: '3' })]) {
      const run = await runCli(['verify', 'spike-forms', path, '--secret', SECRET], { env });
      expect(run.code).toBe(1);
      expect(run.stdout).toMatch(/^invalid/);
      expect(run.stdout + run.stderr).not.toContain('\u001b[');
    }
  });
});

// How long verifying every canonical contract takes: the HTTP contracts of all profiles against the in-repo
// reference receivers (Express, raw-body verification) and the message contracts against the kit's reference
// provider. A timing figure, not a throughput: the target is the whole run under 3 s. The verification runs in a
// fresh child process (bench/pact-verify.ts), as a test run's first verification would.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { printFigures } from './harness.ts';
import type { PactBenchResult } from './pact-verify.ts';

const TARGET_MS = 3000;
const exec = promisify(execFile);

export async function run(): Promise<boolean> {
  const script = new URL('./pact-verify.ts', import.meta.url).pathname;
  const { stdout } = await exec(process.execPath, ['--no-deprecation', script], {
    env: { ...process.env, PACT_DO_NOT_TRACK: 'true' },
    maxBuffer: 64 * 1024 * 1024,
  });
  const line = stdout.split('\n').find((l) => l.startsWith('RESULT '));
  if (line === undefined)
    throw new Error(`bench/pact-verify.ts printed no RESULT line:\n${stdout.slice(-2000)}`);
  const result = JSON.parse(line.slice('RESULT '.length)) as PactBenchResult;
  const interactions = result.profiles.reduce((n, p) => n + p.http + p.messages, 0);
  const ok = result.totalMs <= TARGET_MS;
  printFigures('Pact: verifying every canonical contract (both framings, all profiles)', [
    ...result.profiles.map((p, i) => ({
      name: `${p.profile}: HTTP ${p.http} + messages ${p.messages} interactions${i === 0 ? ' + starting the verifier' : ''}`,
      value: `${ms(p.httpMs)} + ${ms(p.messagesMs)}`,
    })),
    {
      name: `total, ${interactions} interactions`,
      value: `${ms(result.totalMs)}  ${ok ? 'ok' : 'MISSED'} (target <= ${TARGET_MS} ms)`,
    },
  ]);
  return ok;
}

function ms(value: number): string {
  return `${Math.round(value)} ms`;
}

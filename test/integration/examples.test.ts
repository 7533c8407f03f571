// The runnable examples import the built package by name, exactly as a user's project does, and show what they
// claim. Each runs in its own Node process (the pinned Node 24), with the real msw where it needs it.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { root } from './support.ts';

const exec = promisify(execFile);
const run = async (file: string) => {
  const { stdout } = await exec(process.execPath, [file], {
    cwd: root,
    env: { ...process.env, PACT_DO_NOT_TRACK: 'true' },
    timeout: 60_000,
  });
  return stdout;
};

describe('examples/', () => {
  it('simulator/idempotency: the lost acknowledgement makes the naive handler process twice', async () => {
    expect(await run('examples/simulator/idempotency.ts')).toMatch(/orders: 2 for 1 submission/);
  });

  it('simulator/slow-handler: four timeouts, four emails', async () => {
    const out = await run('examples/simulator/slow-handler.ts');
    expect(out).toMatch(/exhausted: 4 emails sent/);
    expect(out.match(/\(late\)/g)).toHaveLength(4);
  });

  it('simulator/stepping, msw and real-url: delivered, with the timeline they describe', async () => {
    expect(await run('examples/simulator/stepping.ts')).toMatch(/delivered at 1m, attempt 2/);
    const msw = await run('examples/simulator/msw.ts');
    expect(msw).toMatch(/201 +unaccepted-2xx/);
    expect(msw).toMatch(/delivered at 2m35s, attempt 3/);
    const real = await run('examples/simulator/real-url.ts');
    expect(real).toMatch(/network-error .* reset/);
    expect(real).toMatch(/delivered at .*, attempt 3/);
  });
});

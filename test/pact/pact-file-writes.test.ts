// Consumer pact files written by parallel test workers: every interaction lands exactly once (the writes are
// serialised), and a run starts from a clean file once (not once per worker), so what a previous run wrote is gone.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMainThread } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import { pactRunId } from '../../src/pact/pact-file-lock.ts';
import { runNode } from '../../src/pact/run-node.ts';

const dir = mkdtempSync(join(tmpdir(), 'spike-pact-writes-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const pactModule = fileURLToPath(new URL('../../src/pact/spike-message-pact.ts', import.meta.url));
const file = join(dir, 'pacts', 'parallel-app-spike-forms.json');

/** A script that writes one interaction per given description (kinds in turn) into the shared pact. */
const worker = join(dir, 'worker.ts');
writeFileSync(
  worker,
  `import { spikeMessagePact } from ${JSON.stringify(pactModule)};
const pact = spikeMessagePact({ consumer: 'parallel-app', profile: 'spike-forms', dir: ${JSON.stringify(join(dir, 'pacts'))} });
const kinds = ['contact', 'newsletter', 'feedback'];
await Promise.all(process.argv.slice(2).map((description, i) =>
  pact.expectsEvent(kinds[i % kinds.length], { description }).verify(() => undefined)));
`,
);

/** Runs a worker process (a test file of the run); `env` adds variables. */
async function write(descriptions: string[], env: Record<string, string> = {}): Promise<void> {
  const { code, stderr } = await runNode([worker, ...descriptions], {
    env: { ...process.env, PACT_DO_NOT_TRACK: 'true', ...env },
  });
  if (code !== 0) throw new Error(`worker failed: ${stderr}`);
}

const descriptions = () =>
  (JSON.parse(readFileSync(file, 'utf8')) as { interactions: { description: string }[] }).interactions
    .map((i) => i.description)
    .sort();

describe('consumer pact files from parallel workers', () => {
  it('a run starts clean once, and parallel writes keep every interaction exactly once', async () => {
    // A previous run (another run id) wrote an interaction a test no longer declares.
    await write(['stale interaction of a removed test'], { SPIKE_PACT_RUN_ID: 'a previous run' });
    expect(descriptions()).toEqual(['stale interaction of a removed test']);

    // This run: four workers at once, three interactions each, into the same file.
    const batch = [0, 1, 2, 3].map((w) => [0, 1, 2].map((i) => `worker ${w} interaction ${i}`));
    await Promise.all(batch.map((names) => write(names)));
    const all = batch.flat().sort();
    expect(descriptions()).toEqual(all);

    // A later test file of the same run adds to the file: it is not cleaned again.
    await write(['a later test file']);
    expect(descriptions()).toEqual([...all, 'a later test file'].sort());
    const pact = JSON.parse(readFileSync(file, 'utf8')) as { interactions: unknown[] };
    expect(pact.interactions).toHaveLength(all.length + 1);
    // No lock left beside the pact; the run marker is a hidden file, not a pact.
    expect(readdirSync(join(dir, 'pacts')).sort()).toEqual([
      '.parallel-app-spike-forms.json.run',
      'parallel-app-spike-forms.json',
    ]);
  }, 120_000);

  it('takes over a lock a dead process left behind', async () => {
    const lockFile = `${file}.lock`;
    writeFileSync(lockFile, '999999999'); // no such process
    await write(['after a crash']);
    expect(descriptions()).toContain('after a crash');
    expect(readdirSync(join(dir, 'pacts'))).not.toContain('parallel-app-spike-forms.json.lock');
  }, 60_000);

  it("knows a run by SPIKE_PACT_RUN_ID, else by the runner's process", () => {
    expect(pactRunId({ SPIKE_PACT_RUN_ID: 'ci-123' })).toBe('ci-123');
    // A worker of a test runner belongs to the runner's run (its parent, or this process for worker threads); a
    // script on its own is a run.
    const runner = isMainThread ? process.ppid : process.pid;
    expect(pactRunId({ VITEST_POOL_ID: '1' })).toMatch(new RegExp(`^${runner}@`));
    expect(pactRunId({})).toMatch(new RegExp(`^${process.pid}@`));
  });
});

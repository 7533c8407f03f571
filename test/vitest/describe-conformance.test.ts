import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../examples/receivers/express/app.ts';
import { createInbox, paths, secrets } from '../../examples/receivers/shared/spike-inbox.ts';
import { describeConformance } from '../../src/vitest/index.ts';

// In this suite: the Express recipe, timestamped dialect (so every scenario applies), with a probe: 12 passing tests.
const inbox = createInbox();
describeConformance({
  profile: 'spike-forms-timestamped',
  target: () => ({ app: createApp(inbox), path: paths['spike-forms-timestamped'] }),
  secret: secrets['spike-forms-timestamped'],
  probe: (key) => inbox.processed.filter((k) => k === key).length,
});

describe('describeConformance on a flawed handler (a child Vitest run)', () => {
  it('fails exactly signed-bytes with the reason, and skips stale-timestamp with its reason', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'swk-describe-'));
    const out = join(dir, 'report.json');
    const config = join(import.meta.dirname, 'fixtures/conformance/vitest.config.ts');
    const vitest = join(process.cwd(), 'node_modules/vitest/vitest.mjs');
    try {
      await promisify(execFile)(
        process.execPath,
        [vitest, 'run', '--config', config, '--reporter=json', `--outputFile=${out}`],
        {
          env: { ...process.env, NO_COLOR: '1' },
        },
      ).catch((error: { code?: number }) => {
        if (error.code !== 1) throw error; // 1: tests failed, as they must
      });
      const report = JSON.parse(await readFile(out, 'utf8')) as {
        testResults: { assertionResults: { title: string; status: string; failureMessages: string[] }[] }[];
      };
      const tests = report.testResults.flatMap((file) => file.assertionResults);
      expect(tests).toHaveLength(12);
      const byStatus = (status: string) =>
        tests.filter((t) => t.status === status).map((t) => t.title.split(':')[0]);
      expect(byStatus('failed')).toEqual(['signed-bytes']);
      expect(byStatus('skipped')).toEqual(['stale-timestamp']);
      expect(byStatus('passed')).toHaveLength(10);
      const failed = tests.find((t) => t.status === 'failed');
      expect(failed?.failureMessages.join('\n')).toMatch(/verify the raw bytes/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

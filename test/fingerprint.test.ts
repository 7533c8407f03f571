// Output is byte-identical across changes of shape: the hashes of `scripts/fingerprint.ts` (thousands of payloads,
// signed deliveries and simulated timelines over every profile and kind) match the recorded ones.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('output fingerprint', () => {
  it('matches test/golden/fingerprint.json', () => {
    const run = () =>
      execFileSync(process.execPath, ['scripts/fingerprint.ts', '--check'], { encoding: 'utf8' });
    expect(run()).toContain('fingerprint unchanged (12 hashes)');
  });
});

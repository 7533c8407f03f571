// Without the optional comparator, verifyMessages still verifies, and says that the static check did not run.
import { describe, expect, it, vi } from 'vitest';
import { canonicalPactFile } from '../../src/pact/canonical-pact-files.ts';
import { verifyMessages } from '../../src/pact/verify-messages.ts';
import { profiles } from '../../src/profiles/index.ts';

process.env.PACT_DO_NOT_TRACK = 'true';
vi.mock('@pactflow/openapi-pact-comparator', () => {
  throw new Error("Cannot find package '@pactflow/openapi-pact-comparator'");
});

describe('verifyMessages without @pactflow/openapi-pact-comparator', () => {
  it('verifies, and gives a notice that the pacts were not checked statically', async () => {
    const report = await verifyMessages({
      profile: 'spike-forms',
      pactUrls: [canonicalPactFile(profiles['spike-forms'], 'messages')],
    });
    expect(report.ok).toBe(true);
    expect(report.notices).toContainEqual(
      expect.stringMatching(/not checked statically .*install @pactflow\/openapi-pact-comparator/),
    );
  });
});

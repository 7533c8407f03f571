import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { checkPactInstalled } from '../../src/pact/load-pact.ts';
import { verifyMessages } from '../../src/pact/verify-messages.ts';

/** The files of `@pact-foundation/pact` loaded into this process (Node's CommonJS cache; Pact is CommonJS). */
const pactFilesLoaded = () =>
  Object.keys(createRequire(import.meta.url).cache).filter((file) =>
    file.includes('/@pact-foundation/pact/'),
  );

describe('a verification loads Pact in its worker process only', () => {
  it('verifyMessages passes without loading Pact here', async () => {
    expect(() => checkPactInstalled()).not.toThrow();
    const report = await verifyMessages({ profile: 'spike-health-v3' });
    expect(report.interactions.length).toBeGreaterThan(0);
    expect(report.interactions.filter((i) => !i.ok)).toEqual([]);
    expect(pactFilesLoaded()).toEqual([]);
  });

  it('the check sees what loading it would see', async () => {
    // Loading Pact here (as a consumer test does) fills the same cache: the check above could fail.
    await import('@pact-foundation/pact');
    expect(pactFilesLoaded().length).toBeGreaterThan(0);
  });
});

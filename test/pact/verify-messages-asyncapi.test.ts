// verifyMessages checks each given pact file statically against Spike's AsyncAPI document, beside Pact's replay: a
// pact whose example Spike would never send fails even where its matchers are loose enough for the replay to pass.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isSpikeKitError } from '../../src/core/index.ts';
import { canonicalPactFile } from '../../src/pact/canonical-pact-files.ts';
import { verifyMessages } from '../../src/pact/verify-messages.ts';
import { profiles } from '../../src/profiles/index.ts';

process.env.PACT_DO_NOT_TRACK = 'true';
type Interaction = {
  description: string;
  contents: { content: Record<string, unknown> };
  matchingRules: { body: Record<string, unknown> };
  pending?: boolean;
};
const dir = mkdtempSync(join(tmpdir(), 'spike-static-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The canonical v2 message pact cut down to its sleep interaction, changed by `change`, written to a file. */
const sleepPact = (name: string, change: (sleep: Interaction) => void = () => undefined) => {
  const pact = JSON.parse(
    readFileSync(canonicalPactFile(profiles['spike-health-v2'], 'messages'), 'utf8'),
  ) as {
    interactions: Interaction[];
  };
  const sleep = pact.interactions.find((i) => i.description === "a spike-health-v2 'sleep' event");
  if (sleep === undefined) throw new Error('no sleep interaction in the canonical pact');
  change(sleep);
  const file = join(dir, `${name}.json`);
  writeFileSync(file, JSON.stringify({ ...pact, interactions: [sleep] }));
  return { file, description: sleep.description };
};
const failure = (run: Promise<unknown>) =>
  run.then(
    () => undefined,
    (e: unknown) => e,
  );

describe('verifyMessages: the static AsyncAPI check of the given pacts', () => {
  it('passes a pact that agrees, without a notice', async () => {
    const { file } = sleepPact('agrees');
    const report = await verifyMessages({ profile: 'spike-health-v2', pactUrls: [file] });
    expect(report.ok).toBe(true);
    expect(report.notices.join(' ')).not.toMatch(/AsyncAPI/);
  });

  it('fails a value of the wrong type that loose matchers let through the replay, naming file, message and path', async () => {
    // A regex-only rule: Pact accepts Spike's 'garmin', but the consumer's handler was tested with a number.
    const { file, description } = sleepPact('wrong-type', (sleep) => {
      sleep.contents.content.source = 42;
      sleep.matchingRules.body['$.source'] = {
        combine: 'AND',
        matchers: [{ match: 'regex', regex: '^.*$' }],
      };
    });
    const error = await failure(verifyMessages({ profile: 'spike-health-v2', pactUrls: [file] }));
    expect(isSpikeKitError(error, 'PACT_FAILED')).toBe(true);
    const message = (error as Error).message;
    expect(message).toMatch(/Pact's replay passed/);
    expect(message).toContain(`${file}: '${description}' is not a message Spike sends`);
    expect(message).toMatch(/must be string at \$\.source/);
    expect((error as { details: { asyncApi: string[] } }).details.asyncApi).toHaveLength(1);
  });

  it('adds the static failures to a failed replay: a field Spike never sends', async () => {
    const { file } = sleepPact('unknown-field', (sleep) => {
      sleep.contents.content.sleep_quality_label = 'great';
    });
    const error = await failure(verifyMessages({ profile: 'spike-health-v2', pactUrls: [file] }));
    const message = (error as Error).message;
    expect(message).toMatch(/missing the following keys: sleep_quality_label/);
    expect(message).toMatch(/Checked statically against Spike's AsyncAPI document/);
    expect(message).toMatch(
      new RegExp(`${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: .*sleep_quality_label`),
    );
  });

  it('reports a pending interaction that disagrees as a warning, not a failure', async () => {
    const { file } = sleepPact('pending', (sleep) => {
      sleep.pending = true;
      sleep.contents.content.source = 42;
      sleep.matchingRules.body['$.source'] = {
        combine: 'AND',
        matchers: [{ match: 'regex', regex: '^.*$' }],
      };
    });
    const report = await verifyMessages({ profile: 'spike-health-v2', pactUrls: [file] });
    expect(report.ok).toBe(true);
    expect(report.warnings.join('\n')).toMatch(
      /pending interaction \(not fatal\): .*must be string at \$\.source/,
    );
  });
});

// verifyRecordedDeliveries: captured deliveries checked for signature, schema and what the model does not know.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generate } from '../../generators/index.ts';
import { buildDelivery } from '../../src/delivery/index.ts';
import { spikeMessagePact } from '../../src/pact/spike-message-pact.ts';
import { verifyRecordedDeliveries } from '../../src/pact/verify-recorded-deliveries.ts';
import type { ProfileId } from '../../src/profiles/index.ts';

const secret = 'recorded-secret';
const capture = (profile: ProfileId, event: unknown) => {
  const d = buildDelivery(profile, event, { secret });
  return { headers: d.headers, body: d.body };
};
const dir = mkdtempSync(join(tmpdir(), 'spike-recorded-'));
process.env.PACT_DO_NOT_TRACK = 'true';
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('verifyRecordedDeliveries', () => {
  it('passes genuine deliveries of every kind, from a JSON Lines capture file', async () => {
    const lines = (['sleep', 'heart', 'steps'] as const).map((kind) =>
      JSON.stringify(capture('spike-health-v2', generate('spike-health-v2', { kind, seed: 3 }))),
    );
    const file = join(dir, 'v2.jsonl');
    writeFileSync(file, `${lines.join('\n')}\n`);
    const report = await verifyRecordedDeliveries({ profile: 'spike-health-v2', deliveries: file, secret });
    expect(report.deliveries.map((d) => [d.kind, d.signature?.ok, d.schemaProblems, d.unknown])).toEqual([
      ['sleep', true, [], []],
      ['heart', true, [], []],
      ['steps', true, [], []],
    ]);
    expect(report.ok).toBe(true);
  });

  it('reports a field the model does not know, naming it', async () => {
    const event = generate('spike-forms', { kind: 'contact', seed: 5 }) as Record<string, unknown>;
    const report = await verifyRecordedDeliveries({
      profile: 'spike-forms',
      deliveries: [capture('spike-forms', { ...event, spamScore: 0.2 })],
      secret,
    });
    expect(report.ok).toBe(false);
    expect(report.deliveries[0]?.schemaProblems).toEqual([]);
    expect(report.deliveries[0]?.unknown.join(' ')).toMatch(/spamScore/);
  });

  it('reports a new event_type in a v3 batch as unknown', async () => {
    const batch = generate('spike-health-v3', { kind: 'record_change', seed: 2 }) as Record<
      string,
      unknown
    >[];
    const changed = batch.map((e) => ({ ...e, event_type: 'record_deleted' }));
    const report = await verifyRecordedDeliveries({
      profile: 'spike-health-v3',
      deliveries: [capture('spike-health-v3', changed)],
    });
    expect(report.ok).toBe(false);
    expect(report.deliveries[0]?.kind).toBeUndefined();
    expect(report.deliveries[0]?.unknown).toHaveLength(1);
    expect(report.deliveries[0]?.signature).toBeUndefined();
  });

  it('fails a delivery whose bytes were changed after signing, and one with another secret', async () => {
    const genuine = capture('spike-forms', generate('spike-forms', { kind: 'contact', seed: 9 }));
    const reserialised = { ...genuine, body: JSON.stringify(JSON.parse(genuine.body), null, 1) };
    const report = await verifyRecordedDeliveries({
      profile: 'spike-forms',
      deliveries: [genuine, reserialised],
      secret: 'not-the-secret',
    });
    expect(report.deliveries.map((d) => d.signature?.ok)).toEqual([false, false]);
    const right = await verifyRecordedDeliveries({
      profile: 'spike-forms',
      deliveries: [genuine, reserialised],
      secret,
    });
    expect(right.deliveries.map((d) => d.signature?.ok)).toEqual([true, false]);
  });

  it('reports a body that breaks the schema', async () => {
    const event = generate('spike-health-v2', { kind: 'sleep', seed: 4 }) as Record<string, unknown>;
    const { user_id: _dropped, ...withoutUser } = event;
    const report = await verifyRecordedDeliveries({
      profile: 'spike-health-v2',
      deliveries: [capture('spike-health-v2', withoutUser)],
    });
    expect(report.deliveries[0]?.schemaProblems.join(' ')).toMatch(/user_id/);
    expect(report.ok).toBe(false);
  });

  it('refuses an unreadable capture and a delivery without a body, with clear errors', async () => {
    await expect(
      verifyRecordedDeliveries({ profile: 'spike-forms', deliveries: join(dir, 'nope.jsonl') }),
    ).rejects.toMatchObject({ code: 'INVALID_OPTION' });
    const broken = join(dir, 'broken.jsonl');
    const good = JSON.stringify(
      capture('spike-forms', generate('spike-forms', { kind: 'contact', seed: 1 })),
    );
    writeFileSync(broken, `${good}\n\n{"headers": {}, "body": "x"\n${good}\n`);
    await expect(
      verifyRecordedDeliveries({ profile: 'spike-forms', deliveries: broken }),
    ).rejects.toMatchObject({
      code: 'INVALID_OPTION',
      details: { line: 3 },
      message: expect.stringMatching(/^Line 3 of .*broken\.jsonl must be one delivery as JSON/),
    });
    await expect(
      verifyRecordedDeliveries({ profile: 'spike-forms', deliveries: [{ headers: {} }] }),
    ).rejects.toMatchObject({ code: 'INVALID_OPTION', message: expect.stringMatching(/bodyBase64/) });
  });
});

describe('verifyRecordedDeliveries through a consumer pact (Pact matching)', () => {
  /** A v2 delivery as Garmin traffic reaches the receiver: `source` garmin at the root and in each item. */
  const garmin = (kind: 'sleep' | 'heart', seed: number) => {
    const event = generate('spike-health-v2', { kind, seed }) as { data: Record<string, unknown>[] };
    const data = event.data.map((item) => ({ ...item, source: 'garmin' }));
    return capture('spike-health-v2', { ...event, source: 'garmin', data });
  };
  const captures = () => [garmin('sleep', 11), garmin('sleep', 12), garmin('heart', 13)];

  it('reports a pact that pins a value the captured traffic does not have, with the delivery and the path', async () => {
    const pinned = spikeMessagePact({ consumer: 'fitbit-only', profile: 'spike-health-v2', dir });
    await pinned
      .expectsEvent('sleep', { body: (t) => ({ ...(t as object), source: 'fitbit' }) })
      .verify(() => undefined);
    const report = await verifyRecordedDeliveries({
      profile: 'spike-health-v2',
      deliveries: captures(),
      pactUrls: [pinned.file],
    });
    expect(report.ok).toBe(false);
    const [first, second, heart] = report.deliveries;
    for (const sleep of [first, second]) {
      expect(sleep?.schemaProblems).toEqual([]);
      expect(sleep?.pactProblems.join('\n')).toMatch(
        /^fitbit-only: 'a spike-health-v2 'sleep' event': \$\.source: Expected 'garmin' \(String\) to be equal to 'fitbit'/,
      );
    }
    // The pact has no heart interaction: nothing to break, said in a notice.
    expect(heart?.pactProblems).toEqual([]);
    expect(report.notices).toContainEqual(
      expect.stringMatching(/no interaction .* expects 'heart' \(deliveries 2\)/),
    );
  });

  it('passes the same traffic through a pact that expects only what Spike promises', async () => {
    const honest = spikeMessagePact({ consumer: 'any-provider', profile: 'spike-health-v2', dir });
    await honest.expectsEvent('sleep', { require: ['data[*].total_sleep'] }).verify(() => undefined);
    await honest.expectsEvent('heart').verify(() => undefined);
    const report = await verifyRecordedDeliveries({
      profile: 'spike-health-v2',
      deliveries: captures(),
      pactUrls: [honest.file],
    });
    expect(report.deliveries.map((d) => d.pactProblems)).toEqual([[], [], []]);
    expect(report.notices).toEqual([]);
    expect(report.ok).toBe(true);
  });
});

// verifyRecordedDeliveries: captured deliveries checked for signature, schema and what the model does not know.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generate } from '../../generators/index.ts';
import { buildDelivery } from '../../src/delivery/index.ts';
import { verifyRecordedDeliveries } from '../../src/pact/verify-recorded-deliveries.ts';
import type { ProfileId } from '../../src/profiles/index.ts';

const secret = 'recorded-secret';
const capture = (profile: ProfileId, event: unknown) => {
  const d = buildDelivery(profile, event, { secret });
  return { headers: d.headers, body: d.body };
};
const dir = mkdtempSync(join(tmpdir(), 'spike-recorded-'));
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
    await expect(
      verifyRecordedDeliveries({ profile: 'spike-forms', deliveries: [{ headers: {} }] }),
    ).rejects.toMatchObject({ code: 'INVALID_OPTION', message: expect.stringMatching(/bodyBase64/) });
  });
});

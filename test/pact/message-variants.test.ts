// verifyMessages plays an adversarial Spike: every interaction is verified against variants of what Spike may send
// (optional fields omitted, nullable fields null, unknown fields, other seeds, personas, providers, batches), so a
// consumer pact that pins what Spike never promises fails, naming the variant in words.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generate, kindsOf } from '../../generators/index.ts';
import { isSpikeKitError } from '../../src/core/index.ts';
import { isMatcher, type PactMatcher, pactJsonMatchers } from '../../src/pact/pact-json-matchers.ts';
import { spikeMessagePact } from '../../src/pact/spike-message-pact.ts';
import { verifyMessages } from '../../src/pact/verify-messages.ts';
import type { ProfileId } from '../../src/profiles/index.ts';
import { getProfile, profileIds } from '../../src/profiles/index.ts';
import { contractFacts } from '../../src/schemas/contract-facts.ts';
import { schemaVariant } from '../../src/schemas/schema-variants.ts';

const dir = mkdtempSync(join(tmpdir(), 'spike-variants-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Template = Record<string, unknown>;

/** Writes a one-interaction consumer pact whose body `tighten` makes stricter, and returns verifyMessages' error. */
async function verifyStrict(
  consumer: string,
  profile: ProfileId,
  kind: string,
  tighten: (template: Template) => unknown,
): Promise<string> {
  const pact = spikeMessagePact({ consumer, profile, dir });
  await pact
    .expectsEvent(kind as never, { body: (template) => tighten(template as Template) })
    .verify(() => undefined);
  const error = await verifyMessages({ profile, pactUrls: [pact.file] }).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(isSpikeKitError(error, 'PACT_FAILED')).toBe(true);
  return (error as Error).message;
}

/** The item template of an array matcher (`data`, the v3 body). */
function itemOf(matcher: unknown): Template {
  expect(isMatcher(matcher)).toBe(true);
  return ((matcher as PactMatcher).value as Template[])[0] as Template;
}

function withItem(matcher: unknown, item: Template): PactMatcher {
  return { ...(matcher as PactMatcher), value: [item] };
}

describe('verifyMessages: variants of what Spike may send', () => {
  it('fails an exact source, naming another sample', async () => {
    const message = await verifyStrict('exact-source', 'spike-health-v2', 'sleep', (t) => ({
      ...t,
      source: 'fitbit',
    }));
    expect(message).toMatch(/Spike may send another value at `source` \(variant: other samples/);
  });

  it('fails an exact event_type the kit marks unconfirmed', async () => {
    const message = await verifyStrict('exact-event-type', 'spike-health-v2', 'heart', (t) => ({
      ...t,
      event_type: 'realtime_update',
    }));
    expect(message).toMatch(/Spike may send another value at `event_type` \(variant: minimal/);
    expect(message).toMatch(/other values where Spike's are undocumented/);
  });

  it('fails v3 metrics pinned to at least 3 items, naming the multi-user batch', async () => {
    const message = await verifyStrict('three-metrics', 'spike-health-v3', 'record_change', (t) => {
      const item = itemOf(t);
      const metric = itemOf(item.metrics);
      const three = { ...pactJsonMatchers.arrayOf(metric, 3), value: [metric, metric, metric] };
      return withItem(t, { ...item, metrics: three });
    });
    expect(message).toMatch(/`\[\*\]\.metrics` \(variant: multi-user batch/);
  });

  it('fails an optional field pinned as present, naming the minimal variant', async () => {
    const message = await verifyStrict('needs-hrv', 'spike-health-v2', 'sleep', (t) => ({
      ...t,
      data: withItem(t.data, { ...itemOf(t.data), average_hrv: pactJsonMatchers.number(48) }),
    }));
    expect(message).toMatch(/Spike may omit `data\[\*\]\.average_hrv` \(variant: minimal/);
  });

  it('passes every canonical message contract with every variant', async () => {
    for (const profile of profileIds) {
      const report = await verifyMessages({ profile });
      expect(report.interactions.every((i) => i.ok)).toBe(true);
      // One outcome per interaction, not one per variant.
      expect(report.interactions.some((i) => i.description.includes('[variant:'))).toBe(false);
    }
  });
});

describe('schemaVariant: optionality from the schema alone', () => {
  it('keeps every kind of every profile valid when omitting, nulling or adding fields', () => {
    for (const id of profileIds) {
      const profile = getProfile(id);
      for (const kind of kindsOf(profile) as readonly string[]) {
        const schema = contractFacts[profile.payload].schemaFor(kind);
        const sample = (generate as (p: unknown, o: object) => unknown)(profile, { kind, seed: 3 });
        for (const variant of ['minimal', 'null-optionals', 'extra-fields'] as const) {
          const result = schema.safeParse(schemaVariant(schema, sample, variant));
          expect(result.success, `${id} ${kind} ${variant}`).toBe(true);
        }
      }
    }
  });

  it('omits optional fields, nulls nullable ones and leaves the input alone', () => {
    const schema = contractFacts['health-v3'].schemaFor('provider_integration_created');
    const batch = [
      {
        application_user_id: 'u-1',
        timestamp: '2026-01-15T10:00:00Z',
        event_type: 'provider_integration_created',
        provider_slug: 'garmin',
        metrics: ['steps'],
      },
    ];
    expect(schemaVariant(schema, batch, 'minimal')[0]).not.toHaveProperty('metrics');
    expect(schemaVariant(schema, batch, 'null-optionals')[0]).toMatchObject({ metrics: null });
    expect(schemaVariant(schema, batch, 'minimal', { keep: ['[*].metrics'] })[0]).toHaveProperty('metrics');
    expect(batch[0]).toHaveProperty('metrics', ['steps']);
  });
});

describe('require on a field Spike may omit or send as null', () => {
  const pactFile = (consumer: string) => spikeMessagePact({ consumer, profile: 'spike-health-v3', dir });

  it('writes the field typed by the schema (never "anything"), and interactions without it and with null', async () => {
    const pact = pactFile('integration-metrics');
    const expectation = pact.expectsEvent('provider_integration_created', { require: ['[*].metrics'] });
    expect(expectation.interactions.map((i) => i.description)).toEqual([
      "a spike-health-v3 'provider_integration_created' event",
      "a spike-health-v3 'provider_integration_created' event without [*].metrics",
      "a spike-health-v3 'provider_integration_created' event with [*].metrics null",
    ]);
    const [present, absent, nulled] = expectation.interactions.map((i) => i.example[0]);
    expect(Array.isArray(present?.metrics) && present.metrics.every((m) => typeof m === 'string')).toBe(true);
    expect(present?.metrics?.length).toBeGreaterThan(0);
    expect(absent).not.toHaveProperty('metrics');
    expect(nulled).toHaveProperty('metrics', null);
    expect(JSON.stringify(expectation.body)).not.toContain('[\\\\s\\\\S]*');

    // A handler that trusts the field crashes on the interaction without it: the consumer test fails.
    await expect(
      expectation.verify((batch) => batch.map((e) => (e.metrics as string[]).length)),
    ).rejects.toThrow();
  });

  it('verifies each interaction against what the reference provider sends for it', async () => {
    const pact = pactFile('tolerant-integration');
    const counts = await pact
      .expectsEvent('provider_integration_created', { require: ['[*].metrics'] })
      .verify((batch) => batch.map((e) => e.metrics?.length ?? 0));
    expect(counts.every((n) => n > 0)).toBe(true);
    const report = await verifyMessages({ profile: 'spike-health-v3', pactUrls: [pact.file] });
    expect(report.interactions.map((i) => i.ok)).toEqual([true, true, true]);
  });
});

import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isSpikeKitError } from '../../src/core/index.ts';
import { produceMessage } from '../../src/pact/produce-message.ts';
import { spikeMessagePact } from '../../src/pact/spike-message-pact.ts';
import { verifyMessages } from '../../src/pact/verify-messages.ts';
import { profileIds } from '../../src/profiles/index.ts';
import { parseHealthV2Event } from '../../src/schemas/health-v2/index.ts';

const dir = mkdtempSync(join(tmpdir(), 'spike-consumer-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A team's handler: stores the nights of sleep it receives (Spike may leave `total_sleep` out). */
function handleSleep(event: unknown): number[] {
  const parsed = parseHealthV2Event(event);
  if (parsed.data_type !== 'sleep') throw new Error('not sleep');
  return parsed.data.flatMap((night) => (night.total_sleep === undefined ? [] : [night.total_sleep]));
}

describe('spikeMessagePact: consumer message pacts for teams', () => {
  const pact = spikeMessagePact({ consumer: 'sleep-service', profile: 'spike-health-v2', dir });

  it('hands the handler a real Spike message and writes the interaction', async () => {
    const expectation = pact.expectsEvent('sleep', { require: ['data[*].total_sleep', 'data[*].date'] });
    const nights = await expectation.verify(handleSleep);
    expect(nights.length).toBeGreaterThan(0);
    expect(nights.every((n) => Number.isInteger(n) && n > 0)).toBe(true);
    const written = JSON.parse(readFileSync(pact.file, 'utf8'));
    expect(written.consumer.name).toBe('sleep-service');
    expect(written.provider.name).toBe('spike-health-v2');
    const interaction = written.interactions.find(
      (i: { description: string }) => i.description === "a spike-health-v2 'sleep' event",
    );
    expect(interaction.providerStates).toEqual([
      {
        name: "Spike sends an event of kind 'sleep'",
        params: { kind: 'sleep', present: ['data[*].total_sleep', 'data[*].date'] },
      },
    ]);
    // Pact has no optional fields: each required optional field also gets an interaction without it.
    const without = written.interactions.find(
      (i: { description: string }) =>
        i.description === "a spike-health-v2 'sleep' event without data[*].total_sleep",
    );
    expect(without.providerStates[0].params).toEqual({
      kind: 'sleep',
      present: ['data[*].date'],
      absent: { 'data[*].total_sleep': 'omitted' },
    });
    expect(without.contents.content.data[0]).not.toHaveProperty('total_sleep');
    expect(interaction.matchingRules.body['$.data[*].total_sleep'].matchers).toEqual([{ match: 'integer' }]);
    expect(interaction.matchingRules.body['$.event_type'].matchers).toEqual([{ match: 'type' }]);
  });

  it('types the message by profile and kind', async () => {
    const dates = await pact
      .expectsEvent('heart', { require: ['data[*].date'] })
      .verify((event) => event.data.map((day) => day.date));
    expect(dates.every((d) => typeof d === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(d))).toBe(true);
  });

  it('does not write the interaction when the handler fails', async () => {
    const before = readFileSync(pact.file, 'utf8');
    await expect(
      pact.expectsEvent('stress', { description: 'a stress update the handler rejects' }).verify(() => {
        throw new Error('handler failed');
      }),
    ).rejects.toThrow(/handler failed/);
    expect(readFileSync(pact.file, 'utf8')).toBe(before);
  });

  it('rejects an unknown event kind, listing the valid ones', () => {
    // @ts-expect-error an unknown kind is a type error too
    expect(() => pact.expectsEvent('sleeep')).toThrow(
      /The event kind for spike-health-v2 must be .*'sleep'.*, got "sleeep"\./s,
    );
  });
});

describe('verifyMessages: the kit as reference Spike provider', () => {
  it('passes the canonical message contracts of every profile', async () => {
    for (const profile of profileIds) {
      const report = await verifyMessages({ profile });
      expect(report.interactions.length).toBeGreaterThan(0);
      expect(report.interactions.every((i) => i.ok)).toBe(true);
    }
  });

  it("passes a team's pact that expects what Spike documents", async () => {
    const file = join(dir, 'sleep-service-spike-health-v2.json');
    expect(existsSync(file)).toBe(true);
    const report = await verifyMessages({ profile: 'spike-health-v2', pactUrls: [file] });
    expect(
      report.interactions
        .map((i) => [i.description, i.ok])
        .sort(([a], [b]) => String(a).localeCompare(String(b))),
    ).toEqual([
      ["a spike-health-v2 'heart' event", true],
      ["a spike-health-v2 'heart' event without data[*].date", true],
      ["a spike-health-v2 'sleep' event", true],
      ["a spike-health-v2 'sleep' event without data[*].date", true],
      ["a spike-health-v2 'sleep' event without data[*].total_sleep", true],
    ]);
  });

  it('fails a pact expecting a field Spike never sends, naming the field', async () => {
    const wishful = spikeMessagePact({ consumer: 'wishful-service', profile: 'spike-health-v2', dir });
    // `sleep_quality` is not a v2 field: as an override it becomes part of the expectation.
    await wishful
      .expectsEvent('sleep', { overrides: { data: [{ sleep_quality: 87 }] } })
      .verify((event) => (event as unknown as { data: { sleep_quality: number }[] }).data[0]?.sleep_quality);
    const error = await verifyMessages({ profile: 'spike-health-v2', pactUrls: [wishful.file] }).catch(
      (e: unknown) => e,
    );
    expect(isSpikeKitError(error, 'PACT_FAILED')).toBe(true);
    const message = (error as Error).message;
    expect(message).toMatch(/a spike-health-v2 'sleep' event/);
    expect(message).toMatch(/missing the following keys: sleep_quality/);
    expect(message).toMatch(/hint: Spike \(spike-health-v2\) does not send these fields/);
  });

  it('produces the message an interaction names: by params, else by a quoted kind in the state or description', () => {
    const byParams = produceMessage('spike-forms', {
      description: 'anything',
      providerStates: [{ name: 'x', params: { kind: 'job-application' } }],
    }) as { formSlug: string };
    expect(byParams.formSlug).toMatch(/job|appl|career|recruit/i);
    const byName = produceMessage('spike-health-v3', {
      description: "a 'provider_integration_deleted' batch",
    }) as {
      event_type: string;
    }[];
    expect(byName.every((e) => e.event_type === 'provider_integration_deleted')).toBe(true);
    expect(() => produceMessage('spike-health-v2', { description: 'a message' })).toThrow(
      /params \{ kind \}/,
    );
  });
});

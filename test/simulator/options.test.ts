import { describe, expect, it } from 'vitest';
import { type ErrorCode, isSpikeKitError } from '../../src/core/index.ts';
import {
  createFakeClock,
  createSimulation,
  type SimulateOptions,
  simulate,
} from '../../src/simulator/index.ts';
import { formsEvent, okHandler, v2Event } from './fixtures.ts';

const base = { profile: 'spike-forms', target: { fetch: okHandler().handler }, event: formsEvent() } as const;

async function failure(options: unknown): Promise<{ code: ErrorCode; message: string }> {
  const error = await simulate(options as SimulateOptions).then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!isSpikeKitError(error)) throw new Error(`expected a SpikeKitError, got ${String(error)}`);
  return { code: error.code, message: error.message };
}

describe('options are checked before anything is delivered', () => {
  it('names unknown options and lists the valid ones', async () => {
    const { code, message } = await failure({ ...base, fault: [500] });
    expect(code).toBe('INVALID_OPTION');
    expect(message).toContain(
      "Unknown simulate option 'fault': valid options are 'profile', 'target', 'event'",
    );
    expect(message).toContain("'faults'");
  });

  it('wants exactly one of event, events or deliveries', async () => {
    expect((await failure({ ...base, events: [formsEvent()] })).message).toMatch(/exactly one of 'event'/);
    expect((await failure({ profile: 'spike-forms', target: base.target })).code).toBe('INVALID_OPTION');
    expect((await failure({ ...base, event: undefined, events: [] })).message).toMatch(/at least one event/);
  });

  it('reports bad targets, profiles, secrets and events with their own codes', async () => {
    expect((await failure({ ...base, target: { handler: () => {} } })).code).toBe('INVALID_TARGET');
    expect((await failure({ ...base, target: undefined })).code).toBe('INVALID_TARGET');
    expect((await failure({ ...base, profile: 'spike-v4' })).code).toBe('UNKNOWN_PROFILE');
    expect((await failure({ ...base, profile: 'spike-health-v2', event: v2Event() })).code).toBe(
      'SECRET_REQUIRED',
    );
    expect(
      (await failure({ ...base, profile: 'spike-health-v3', event: formsEvent(), secret: 'k' })).code,
    ).toBe('INVALID_EVENT');
  });

  it('checks values', async () => {
    expect((await failure({ ...base, time: 'fast' })).message).toContain(
      "'time' must be 'virtual' or 'real', got \"fast\".",
    );
    expect((await failure({ ...base, compress: 0 })).message).toContain("'compress'");
    expect((await failure({ ...base, timeout: 'soon' })).message).toContain("'timeout' must be a duration");
    expect((await failure({ ...base, clock: {} })).message).toContain('@sinonjs/fake-timers clock');
    expect((await failure({ ...base, time: 'real', clock: createFakeClock(0) })).message).toContain(
      "time: 'real'",
    );
    expect((await failure({ ...base, arrival: { order: 'random' } })).message).toContain(
      "'in-order', 'reversed' or 'shuffled'",
    );
    expect((await failure({ ...base, arrival: { offsets: [0, 1] } })).message).toContain(
      'one duration per event (1)',
    );
    expect((await failure({ ...base, duplicates: { events: [3] } })).message).toContain(
      'event indexes from 0 to 0',
    );
    expect((await failure({ ...base, duplicates: { rate: 2 } })).message).toContain(
      'a probability from 0 to 1',
    );
  });

  it('accepts prebuilt deliveries', async () => {
    const sim = createSimulation({
      ...base,
      event: undefined,
      deliveries: [{ profile: 'spike-forms', method: 'POST', headers: {}, body: '{"submissionId":"s1"}' }],
    });
    const result = await sim.runAll();
    expect(result.events[0]?.dedupKeys).toEqual(['s1']);
    expect((await failure({ ...base, event: undefined, deliveries: [{ body: 1 }] })).message).toContain(
      'buildDelivery',
    );
  });

  it('injects a clock and a start', async () => {
    const clock = createFakeClock(Date.parse('2027-03-01T00:00:00Z'));
    const result = await simulate({ ...base, clock, faults: [500] });
    expect(result.startAt).toBe('2027-03-01T00:00:00.000Z');
    expect(clock.now).toBe(Date.parse('2027-03-01T00:01:00Z'));
    const later = await simulate({ ...base, startAt: '2026-06-01T12:00:00Z' });
    expect(later.startAt).toBe('2026-06-01T12:00:00.000Z');
  });
});

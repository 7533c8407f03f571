// resolveSimulateOptions: simulate's options checked and resolved in one step, without running anything.
import { describe, expect, it } from 'vitest';
import { type ErrorCode, isSpikeKitError, kitDefaults } from '../../src/core/index.ts';
import { buildDelivery } from '../../src/delivery/index.ts';
import { getProfile } from '../../src/profiles/index.ts';
import { createFakeClock, randomFaults, type SimulateOptions } from '../../src/simulator/index.ts';
import { resolveSimulateOptions } from '../../src/simulator/resolve-options.ts';
import { formsEvent, okHandler, SECRET } from './fixtures.ts';

const target = { fetch: okHandler().handler };
const base = { profile: 'spike-forms', target, event: formsEvent() } as const;

function rejection(options: unknown): { code: ErrorCode; message: string } {
  try {
    resolveSimulateOptions(options as SimulateOptions);
  } catch (error) {
    if (!isSpikeKitError(error)) throw error;
    return { code: error.code, message: error.message };
  }
  throw new Error('expected the options to be rejected');
}

const noContext = { event: 0, duplicateOf: null, timeoutMs: 30_000, random: () => 0 };

describe('resolveSimulateOptions', () => {
  it('applies every default', () => {
    const resolved = resolveSimulateOptions(base);
    expect(resolved.profile).toBe(getProfile('spike-forms'));
    expect(resolved.target).toBe(target);
    expect(resolved).toMatchObject({
      seed: kitDefaults.seed,
      timeoutMs: 30_000,
      compress: 1,
      drainMs: 3_600_000,
      ioWaitMs: 1_000,
      shadowGlobals: true,
    });
    expect(resolved.time.mode).toBe('virtual');
    if (resolved.time.mode === 'virtual')
      expect(resolved.time.clock.now).toBe(Date.parse(kitDefaults.refDate));
    expect(resolved.faultAt({ ...noContext, attempt: 1 })).toBeNull();
    expect(resolved.events).toHaveLength(1);
    expect(resolved.events[0]).toMatchObject({
      index: 0,
      duplicateOf: null,
      arrivalMs: 0,
      dedupKeys: ['sub_0001'],
    });
  });

  it('resolves durations, the timeout and faults into milliseconds and applied faults', () => {
    const resolved = resolveSimulateOptions({
      ...base,
      timeout: '5s',
      drain: '2m',
      ioWait: 5,
      compress: 60,
      seed: 'x',
      faults: ['slow', { status: 503 }, 'pass'],
    });
    expect(resolved).toMatchObject({
      timeoutMs: 5_000,
      drainMs: 120_000,
      ioWaitMs: 5,
      compress: 60,
      seed: 'x',
    });
    expect([1, 2, 3, 4].map((attempt) => resolved.faultAt({ ...noContext, attempt }))).toEqual([
      { slow: 7_500 }, // 1.5 x the resolved timeout
      503,
      null,
      null,
    ]);
    const random = resolveSimulateOptions({
      ...base,
      faults: randomFaults({ rate: 1, among: [{ slow: '1m' }] }),
    });
    expect(random.faultAt({ ...noContext, attempt: 1 })).toEqual({ slow: 60_000 });
  });

  it('picks the time mode from the target, and a clock only for virtual time', () => {
    const real = resolveSimulateOptions({ ...base, target: { url: 'http://127.0.0.1:9/' } });
    expect(real.time).toEqual({ mode: 'real', startMs: Date.parse(kitDefaults.refDate) });
    const fetchWithUrl = resolveSimulateOptions({
      ...base,
      target: { fetch: target.fetch, url: 'http://x.test/' },
    });
    expect(fetchWithUrl.time.mode).toBe('virtual');
    const clock = createFakeClock(0);
    const given = resolveSimulateOptions({ ...base, clock, startAt: 'not a date' });
    expect(given.time).toEqual({ mode: 'virtual', clock }); // the clock sets the start: startAt is not read
    const startAt = resolveSimulateOptions({ ...base, time: 'real', startAt: '2027-01-01T00:00:00Z' });
    expect(startAt.time).toEqual({ mode: 'real', startMs: Date.parse('2027-01-01T00:00:00Z') });
  });

  it('plans events: built and signed, or given; arrivals; duplicates after the originals', () => {
    const resolved = resolveSimulateOptions({
      ...base,
      event: undefined,
      events: [formsEvent(1), formsEvent(2), formsEvent(3)],
      secret: SECRET,
      arrival: { order: 'reversed', spacing: '1s' },
      duplicates: { events: [0], gap: '2s' },
    });
    expect(resolved.events.map((e) => [e.index, e.duplicateOf, e.arrivalMs, e.rank])).toEqual([
      [0, null, 2_000, 4],
      [1, null, 1_000, 2],
      [2, null, 0, 0],
      [3, 0, 4_000, 5],
    ]);
    expect(resolved.events[0]?.delivery.headers).toHaveProperty('X-Spike-Signature');
    const delivery = buildDelivery('spike-forms', formsEvent(9));
    const given = resolveSimulateOptions({ ...base, event: undefined, deliveries: [delivery] });
    expect(given.events[0]?.delivery).toBe(delivery);
  });

  it('checks in one step, before anything runs, each mistake with its code', () => {
    expect(rejection(null).message).toMatch(/needs an options object/);
    expect(rejection({ ...base, fault: [500] }).message).toMatch(/Unknown simulate option 'fault'/);
    expect(rejection({ ...base, profile: undefined }).message).toContain("'profile' must be a profile id");
    expect(rejection({ ...base, target: undefined }).code).toBe('INVALID_TARGET');
    expect(rejection({ ...base, profile: 'spike-v4' }).code).toBe('UNKNOWN_PROFILE');
    expect(rejection({ ...base, seed: {} }).message).toBe(
      "'seed' must be a finite number or a string, got {}.",
    );
    expect(rejection({ ...base, timeout: 0 }).message).toBe(
      "'timeout' must be a duration longer than 0, got 0.",
    );
    expect(rejection({ ...base, compress: Number.POSITIVE_INFINITY }).message).toContain(
      "'compress' must be a number from 0.001 to 1000000 (Spike time per real time), got Infinity.",
    );
    expect(rejection({ ...base, drain: 'later' }).message).toContain(`'drain' must be a duration`);
    expect(rejection({ ...base, shadowGlobals: 'yes' }).message).toBe(
      `'shadowGlobals' must be true or false, got "yes".`,
    );
    expect(rejection({ ...base, faults: ['explode'] }).code).toBe('INVALID_FAULT');
    expect(rejection({ ...base, time: 'fast' }).message).toBe(
      `'time' must be 'virtual' or 'real', got "fast".`,
    );
    expect(rejection({ ...base, time: 'real', clock: createFakeClock(0) }).message).toContain(
      "give no clock with time: 'real'",
    );
    expect(rejection({ ...base, clock: { now: 0 } }).message).toContain('@sinonjs/fake-timers clock');
    expect(rejection({ ...base, events: [] }).message).toMatch(/exactly one of 'event'/);
    expect(rejection({ ...base, event: undefined, events: [] }).message).toBe(
      "'events' must be at least one event, got [].",
    );
    expect(rejection({ ...base, profile: 'spike-health-v2', event: formsEvent() }).code).toBe(
      'SECRET_REQUIRED',
    );
    expect(rejection({ ...base, arrival: { spacing: -1 } }).message).toContain(
      "'arrival.spacing' must be a duration",
    );
    expect(rejection({ ...base, duplicates: { rate: -0.5 } }).message).toBe(
      "'duplicates.rate' must be a probability from 0 to 1, got -0.5.",
    );
  });

  it('reports the first mistake in a fixed order: names, profile, values, faults, time, events', () => {
    const many = { ...base, profile: 'spike-v4', compress: 0, faults: ['explode'], time: 'fast', events: [] };
    expect(rejection(many).code).toBe('UNKNOWN_PROFILE');
    expect(rejection({ ...many, profile: 'spike-forms' }).message).toContain("'compress'");
    expect(rejection({ ...many, profile: 'spike-forms', compress: 1 }).code).toBe('INVALID_FAULT');
    expect(rejection({ ...many, profile: 'spike-forms', compress: 1, faults: [] }).message).toContain(
      "'time'",
    );
  });
});

// Each built-in profile's schedule, attempt by attempt, against ../shared/spike-webhooks.md section 1.
import { describe, expect, it } from 'vitest';
import { toMs } from '../../src/core/index.ts';
import { defineProfile, maxAttempts, profiles } from '../../src/profiles/index.ts';
import { simulate } from '../../src/simulator/index.ts';
import { formsEvent, okHandler, SECRET, v2Event, v3Batch } from './fixtures.ts';

const failing = (status = 500) => okHandler(status).handler;
const offsets = (result: Awaited<ReturnType<typeof simulate>>) =>
  result.events[0]?.attempts.map((a) => a.atMs);
const ms = (...durations: string[]) => durations.map((d) => toMs(d));

describe('spike-health-v2: 5 retries, 180 s apart', () => {
  it('attempts at 0, 3, 6, 9, 12, 15 min, then exhausted', async () => {
    const result = await simulate({
      profile: 'spike-health-v2',
      target: { fetch: failing() },
      event: v2Event(),
      secret: SECRET,
    });
    expect(offsets(result)).toEqual(ms('0m', '3m', '6m', '9m', '12m', '15m'));
    expect(result.events[0]?.outcome).toBe('exhausted');
    expect(result.events[0]?.attempts.map((a) => a.delayMs)).toEqual([
      null,
      ...ms('3m', '3m', '3m', '3m', '3m'),
    ]);
  });

  it('accepts any 2xx and stops at the first success', async () => {
    const { handler, calls } = okHandler(204);
    const result = await simulate({
      profile: 'spike-health-v2',
      target: { fetch: handler },
      event: v2Event(),
      secret: SECRET,
      faults: [503],
    });
    expect(offsets(result)).toEqual(ms('0m', '3m'));
    expect(result.events[0]?.outcome).toBe('delivered');
    expect(calls).toHaveLength(1);
  });
});

describe('spike-forms: immediately, then 1 min, 5 min, 30 min', () => {
  it('attempts at 0, 1, 6, 36 min (each delay from the previous failure), then exhausted', async () => {
    const result = await simulate({
      profile: 'spike-forms',
      target: { fetch: failing() },
      event: formsEvent(),
    });
    expect(offsets(result)).toEqual(ms('0m', '1m', '6m', '36m'));
    expect(result.events[0]?.outcome).toBe('exhausted');
    expect(result.events[0]?.attempts).toHaveLength(maxAttempts('spike-forms'));
  });

  it('offers the other reading as an option: 0, 1, 5, 30 min from the first attempt', async () => {
    const fromFirst = defineProfile({
      id: 'forms-from-first',
      extends: 'spike-forms',
      retry: 'delays-from-first-attempt',
    });
    const result = await simulate({ profile: fromFirst, target: { fetch: failing() }, event: formsEvent() });
    expect(offsets(result)).toEqual(ms('0m', '1m', '5m', '30m'));
    expect(result.profile).toBe('forms-from-first');
  });

  it('a timeout shifts each next attempt by the 30 s it waited', async () => {
    const result = await simulate({
      profile: 'spike-forms',
      target: { fetch: okHandler().handler },
      event: formsEvent(),
      faults: ['timeout', 'timeout', 'timeout', 'timeout'],
    });
    expect(offsets(result)).toEqual([0, toMs('1m30s'), toMs('7m'), toMs('37m30s')]);
    expect(result.events[0]?.attempts.every((a) => a.latencyMs === 30_000)).toBe(true);
  });

  it('accepts any 2xx; a 3xx fails and is never followed', async () => {
    const statuses = [200, 201, 204, 299, 301, 302, 304, 308, 199, 404, 500];
    const classes = await Promise.all(
      statuses.map(async (status) => {
        const r = await simulate({
          profile: 'spike-forms',
          target: { fetch: failing(status) },
          event: formsEvent(),
          faults: [],
        });
        return r.events[0]?.attempts[0]?.classification;
      }),
    );
    expect(Object.fromEntries(statuses.map((s, i) => [s, classes[i]]))).toEqual({
      200: 'success',
      201: 'success',
      204: 'success',
      299: 'success',
      301: 'redirect',
      302: 'redirect',
      304: 'redirect',
      308: 'redirect',
      199: 'http-error',
      404: 'http-error',
      500: 'http-error',
    });
  });
});

describe('spike-health-v3: 5 s, 2 min, 30 min, 2 h, then every 12 h; up to 10 retries, then discarded', () => {
  it('makes 11 attempts at the documented offsets and discards the event', async () => {
    const result = await simulate({
      profile: 'spike-health-v3',
      target: { fetch: failing() },
      event: v3Batch(),
      secret: SECRET,
    });
    const expected = [0];
    for (const delay of ['5s', '2m', '30m', '2h', '12h', '12h', '12h', '12h', '12h', '12h'])
      expected.push((expected.at(-1) ?? 0) + toMs(delay));
    expect(offsets(result)).toEqual(expected);
    expect(result.events[0]?.attempts).toHaveLength(11);
    expect(result.events[0]?.outcome).toBe('discarded');
    expect(result.durationMs).toBe(toMs('3d2h32m5s'));
  });

  it('counts only exactly 200 as delivered: 201 and 204 fail', async () => {
    for (const status of [201, 204]) {
      const result = await simulate({
        profile: 'spike-health-v3',
        target: { fetch: failing(status) },
        event: v3Batch(),
        secret: SECRET,
      });
      expect(result.events[0]?.attempts.every((a) => a.classification === 'unaccepted-2xx')).toBe(true);
      expect(result.events[0]?.outcome).toBe('discarded');
    }
    const ok = await simulate({
      profile: 'spike-health-v3',
      target: { fetch: failing(200) },
      event: v3Batch(),
      secret: SECRET,
    });
    expect(ok.events[0]?.outcome).toBe('delivered');
  });
});

describe('custom profiles work unchanged', () => {
  it('follows a defineProfile schedule, timeout and success rule', async () => {
    const custom = defineProfile({
      id: 'custom',
      extends: 'spike-health-v2',
      success: [200, 202],
      timeout: '10s',
      retry: { delays: ['10s', '1m'], afterLastFailure: 'discarded' },
    });
    const result = await simulate({
      profile: custom,
      target: { fetch: failing(201) },
      event: v2Event(),
      secret: SECRET,
      faults: ['timeout'],
    });
    // 0: timeout (10 s); +10 s after the failure; +1 min after that.
    expect(offsets(result)).toEqual([0, 20_000, 80_000]);
    expect(result.events[0]?.attempts.map((a) => a.classification)).toEqual([
      'timeout',
      'unaccepted-2xx',
      'unaccepted-2xx',
    ]);
    expect(result.events[0]?.outcome).toBe('discarded');
  });

  it('applies the timeout option over the profile', async () => {
    const result = await simulate({
      profile: 'spike-forms',
      target: { fetch: okHandler().handler },
      event: formsEvent(),
      timeout: '5s',
      faults: ['timeout'],
    });
    expect(offsets(result)).toEqual([0, 65_000]);
  });

  it('never reads the profile id: a copy of v3 under another name behaves the same', async () => {
    const renamed = defineProfile({ id: 'not-v3-at-all', extends: profiles['spike-health-v3'] });
    const result = await simulate({
      profile: renamed,
      target: { fetch: failing(204) },
      event: v3Batch(),
      secret: SECRET,
    });
    expect(result.events[0]?.outcome).toBe('discarded');
    expect(result.events[0]?.attempts).toHaveLength(11);
  });
});

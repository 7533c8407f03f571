import { describe, expect, it } from 'vitest';
import { createApp } from '../../examples/receivers/express/app.ts';
import { createInbox, paths, secrets } from '../../examples/receivers/shared/spike-inbox.ts';
import { runConformance } from '../../src/conformance/index.ts';
import { profileIds } from '../../src/index.ts';
import { testReceiver } from './receivers.ts';

const secret = 'conformance-secret';
const target = { fetch: testReceiver('spike-forms', secret).fetch };

describe('runConformance options', () => {
  it('only and skip report the others as skipped, never drop them', async () => {
    const card = await runConformance({ profile: 'spike-forms', target, secret, only: ['tampered-body'] });
    expect(card.scenarios).toHaveLength(12);
    expect(card.scenarios.filter((s) => s.status !== 'skipped').map((s) => s.id)).toEqual(['tampered-body']);
    expect(card.scenarios.find((s) => s.id === 'timeout')?.reason).toBe('not selected (only: tampered-body)');
    const skipped = await runConformance({ profile: 'spike-forms', target, secret, skip: ['timeout'] });
    expect(skipped.scenarios.find((s) => s.id === 'timeout')).toMatchObject({
      status: 'skipped',
      reason: 'skipped on request (skip)',
    });
    // timeout (asked), stale-timestamp (no timestamp header), the two duplicate scenarios (no probe)
    expect(skipped.counts.skipped).toBe(4);
  });

  it('is reproducible: the same seed and refDate send the same bytes', async () => {
    const a = await runConformance({
      profile: 'spike-health-v2',
      target: { fetch: testReceiver('spike-health-v2', secret).fetch },
      secret,
      seed: 7,
      refDate: '2026-01-15T10:30:00Z',
    });
    const b = await runConformance({
      profile: 'spike-health-v2',
      target: { fetch: testReceiver('spike-health-v2', secret).fetch },
      secret,
      seed: 7,
      refDate: '2026-01-15T10:30:00Z',
    });
    const requests = (card: typeof a) => card.scenarios.flatMap((s) => s.evidence.map((e) => e.request));
    expect(requests(a)).toEqual(requests(b));
    expect(a.refDate).toBe('2026-01-15T10:30:00.000Z');
  });

  it('refuses bad input with coded errors', async () => {
    await expect(
      runConformance({ profile: 'spike-forms', target, secret, only: ['tampered'] } as never),
    ).rejects.toMatchObject({
      code: 'INVALID_OPTION',
      message: expect.stringContaining('tampered-body'),
    });
    await expect(runConformance({ profile: 'spike-forms', target } as never)).rejects.toMatchObject({
      code: 'SECRET_REQUIRED',
    });
    await expect(
      runConformance({ profile: 'spike-forms', target, secret, secert: 1 } as never),
    ).rejects.toMatchObject({ code: 'INVALID_OPTION' });
    await expect(runConformance({ profile: 'nope', target, secret } as never)).rejects.toMatchObject({
      code: 'UNKNOWN_PROFILE',
    });
    await expect(
      runConformance({ profile: 'spike-forms', target: {}, secret } as never),
    ).rejects.toMatchObject({ code: 'INVALID_TARGET' });
    await expect(runConformance({ profile: 'spike-forms', target, secret, seed: -1 })).rejects.toMatchObject({
      code: 'INVALID_OPTION',
    });
    await expect(
      runConformance({ profile: 'spike-forms', target, secret, probe: () => Number.NaN }),
    ).rejects.toMatchObject({ code: 'INVALID_OPTION' });
  });
});

describe('the Express recipe, over a real socket ({ app })', () => {
  for (const profile of profileIds) {
    it(`${profile}: passes the whole scorecard, duplicates included`, async () => {
      const inbox = createInbox();
      const app = createApp(inbox);
      const card = await runConformance({
        profile,
        target: { app, path: paths[profile] },
        secret: secrets[profile],
        probe: (key) => inbox.processed.filter((k) => k === key).length,
      });
      expect(card.scenarios.filter((s) => s.status === 'failed').map((s) => `${s.id}: ${s.reason}`)).toEqual(
        [],
      );
      expect(card.counts.passed).toBeGreaterThanOrEqual(11);
    });
  }
});

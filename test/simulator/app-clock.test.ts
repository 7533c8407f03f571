import express from 'express';
import { describe, expect, it } from 'vitest';
import { verifyDelivery } from '../../src/signing/index.ts';
import { simulate, simulateDefaults } from '../../src/simulator/index.ts';
import { formsEvent, SECRET } from './fixtures.ts';

describe('an { app } handler reads Spike’s virtual clock', () => {
  it('sees the attempt’s virtual instant in Date, while its socket stays real', async () => {
    const seen: number[] = [];
    const app = express().post('/hook', (_req, res) => {
      seen.push(Date.now());
      res.sendStatus(503);
    });
    const result = await simulate({
      profile: 'spike-forms',
      target: { app, path: '/hook' },
      event: formsEvent(),
    });
    const start = Date.parse(simulateDefaults.startAt);
    expect(seen).toEqual(result.events[0]?.attempts.map((a) => start + a.atMs));
    expect(Date.now()).toBeGreaterThan(Date.parse('2026-06-01')); // restored afterwards (the real clock)
  });

  it('a timestamped receiver checking freshness against Date accepts every attempt, on the default start', async () => {
    const verdicts: boolean[] = [];
    const app = express().post('/hook', express.raw({ type: '*/*' }), (req, res) => {
      const ok = verifyDelivery(
        'spike-forms-timestamped',
        { headers: req.headers, body: req.body },
        { secret: SECRET },
      ).ok;
      verdicts.push(ok);
      res.sendStatus(verdicts.length < 3 ? 500 : 200);
    });
    const event = {
      event: 'submission.created',
      timestamp: '2026-01-15T10:29:58.120Z',
      form: { id: 'f1', name: 'Contact', slug: 'contact' },
      submission: { id: 'sub_1', data: { name: 'x' }, createdAt: '2026-01-15T10:29:58.120Z' },
    };
    const result = await simulate({
      profile: 'spike-forms-timestamped',
      target: { app, path: '/hook' },
      event,
      secret: SECRET,
    });
    expect(verdicts).toEqual([true, true, true]);
    expect(result.events[0]?.outcome).toBe('delivered');
  });
});

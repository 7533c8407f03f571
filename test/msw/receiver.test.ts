import { setupServer } from 'msw/node';
import { describe, expect, it } from 'vitest';
import { isSpikeKitError } from '../../src/core/index.ts';
import { buildDelivery, deliver } from '../../src/delivery/index.ts';
import { createWebhookReceiver, mswTarget } from '../../src/msw/index.ts';
import { simulate } from '../../src/simulator/index.ts';
import { formsEvent, SECRET, v2Event, v3Batch } from '../simulator/fixtures.ts';

describe('a scripted receiver as the target of Spike’s retries', () => {
  it('[500, timeout, 200] through msw: three attempts on the profile’s schedule, identical verified bytes', async () => {
    const receiver = await createWebhookReceiver({
      profile: 'spike-forms',
      secret: SECRET,
      script: [500, 'timeout', 200],
    });
    const result = await simulate({
      profile: 'spike-forms',
      target: mswTarget({ url: receiver.url, handlers: receiver.handlers() }),
      event: formsEvent(),
      secret: SECRET,
    });
    expect(result.events[0]?.attempts.map((a) => [a.atMs, a.classification])).toEqual([
      [0, 'http-error'],
      [60_000, 'timeout'],
      [390_000, 'success'],
    ]);
    expect(receiver.deliveries).toHaveLength(3);
    expect(new Set(receiver.deliveries.map((d) => d.body)).size).toBe(1);
    expect(receiver.deliveries.map((d) => d.verification?.ok)).toEqual([true, true, true]);
    expect(receiver.allVerified).toBe(true);
    expect(receiver.deliveries.map((d) => d.answer.kind)).toEqual(['respond', 'timeout', 'respond']);
    // Received on the simulator's clock.
    expect(receiver.deliveries[1]!.receivedAtMs - receiver.deliveries[0]!.receivedAtMs).toBe(60_000);
  });

  it('through msw a drop is a network error to the sender, and the script moves on', async () => {
    const receiver = await createWebhookReceiver({
      profile: 'spike-health-v3',
      secret: SECRET,
      script: ['drop', 201],
    });
    const target = mswTarget({ url: receiver.url, handlers: receiver.handlers() });
    const result = await simulate({ profile: 'spike-health-v3', target, event: v3Batch(), secret: SECRET });
    const attempts = result.events[0]?.attempts ?? [];
    // v3 wants exactly 200: 201 fails too; then the default answer (200) delivers.
    expect(attempts.map((a) => [a.atMs, a.status])).toEqual([
      [0, null],
      [5_000, 201],
      [125_000, 200],
    ]);
    expect(attempts[0]?.classification).not.toBe('http-error');
    expect(receiver.deliveries.map((d) => d.answer)).toMatchObject([
      { kind: 'drop' },
      { status: 201 },
      { status: 200 },
    ]);
  });

  it('in-process (`fetch`), answers come from the script and a drop rejects like a crashed handler', async () => {
    const receiver = await createWebhookReceiver({
      profile: 'spike-forms',
      secret: SECRET,
      script: [503, 'drop'],
    });
    const result = await simulate({
      profile: 'spike-forms',
      target: { fetch: receiver.fetch },
      event: formsEvent(),
      secret: SECRET,
    });
    expect(result.events[0]?.attempts.map((a) => a.status)).toEqual([503, 500, 200]);
    await expect(
      receiver.fetch(new Request(receiver.url, { method: 'POST', body: '{}' })),
    ).resolves.toHaveProperty('status', 200);
  });

  it('on a real 127.0.0.1 server: records exact bytes, holds a timeout, drops, and closes cleanly', async () => {
    const receiver = await createWebhookReceiver({
      profile: 'spike-health-v2',
      secret: SECRET,
      script: ['timeout', 'drop', { status: 204, headers: { 'x-seen': 'yes' } }],
    });
    const server = await receiver.listen();
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/spike$/);
    try {
      const delivery = buildDelivery('spike-health-v2', v2Event(), { secret: SECRET, bodyStyle: 'awkward' });
      const timedOut = await deliver({ url: server.url }, delivery, { timeoutMs: 200 });
      expect(timedOut).toMatchObject({ kind: 'network-error', error: 'timeout' });
      const dropped = await deliver({ url: server.url }, delivery, { timeoutMs: 5_000 });
      expect(dropped.kind).toBe('network-error');
      const ok = await deliver({ url: server.url }, delivery, { timeoutMs: 5_000 });
      expect(ok).toMatchObject({ kind: 'response', status: 204 });
      expect(ok.kind === 'response' && ok.headers['x-seen']).toBe('yes');
      expect(receiver.deliveries.map((d) => d.body)).toEqual([delivery.body, delivery.body, delivery.body]);
      expect(Buffer.from(receiver.deliveries[2]!.bytes).toString()).toBe(delivery.body);
      expect(receiver.deliveries[2]!.headers['x-spike-signature']).toBe(
        delivery.headers['X-Spike-Signature'] ?? delivery.headers['x-spike-signature'],
      );
      expect(receiver.allVerified).toBe(true);
    } finally {
      await server.close();
    }
  });
});

describe('the receiver’s verdict on a wrong sender', () => {
  const cases: [
    string,
    (body: string, headers: Record<string, string>) => { body: string; headers: Record<string, string> },
    string,
  ][] = [
    [
      'a wrong secret',
      (body) => ({
        body,
        headers: buildDelivery('spike-forms', JSON.parse(body), { secret: 'other' }).headers,
      }),
      'mismatch',
    ],
    [
      'no signature header',
      (body, headers) => ({
        body,
        headers: Object.fromEntries(
          Object.entries(headers).filter(([k]) => k.toLowerCase() !== 'x-spike-signature'),
        ),
      }),
      'missing-signature',
    ],
    [
      'a re-serialised body',
      (body, headers) => ({ body: JSON.stringify(JSON.parse(body), null, 2), headers }),
      'mismatch',
    ],
    [
      'a signature without its prefix',
      (body, headers) => ({
        body,
        headers: {
          ...headers,
          'X-Spike-Signature': String(headers['X-Spike-Signature']).replace('sha256=', ''),
        },
      }),
      'wrong-prefix',
    ],
    [
      'a malformed signature',
      (body, headers) => ({ body, headers: { ...headers, 'X-Spike-Signature': 'sha256=zz' } }),
      'malformed-signature',
    ],
  ];
  for (const [name, tamper, reason] of cases) {
    it(`records ${name} as not verified (${reason})`, async () => {
      const receiver = await createWebhookReceiver({ profile: 'spike-forms', secret: SECRET });
      const good = buildDelivery('spike-forms', formsEvent(), { secret: SECRET, bodyStyle: 'awkward' });
      const bad = tamper(good.body, { ...good.headers });
      const server = setupServer(...receiver.handlers());
      server.listen({ onUnhandledFrame: 'error' });
      try {
        const response = await fetch(receiver.url, { method: 'POST', headers: bad.headers, body: bad.body });
        expect(response.status).toBe(200); // the receiver answers from its script; the verdict is in the record
      } finally {
        server.close();
      }
      expect(receiver.deliveries[0]?.verification).toMatchObject({ ok: false, reason });
      expect(receiver.allVerified).toBe(false);
    });
  }

  it('without a secret, an optional-signature profile records deliveries unverified', async () => {
    const receiver = await createWebhookReceiver({ profile: 'spike-forms' });
    await receiver.fetch(new Request(receiver.url, { method: 'POST', body: '{}' }));
    expect(receiver.deliveries[0]?.verification).toBeUndefined();
    expect(receiver.allVerified).toBe(false);
    receiver.reset();
    expect(receiver.deliveries).toEqual([]);
  });
});

describe('createWebhookReceiver refuses bad options', () => {
  it.each([
    [{ profile: 'spike-health-v3' }, 'SECRET_REQUIRED'],
    [{ profile: 'spike-nope', secret: 'x' }, 'UNKNOWN_PROFILE'],
    [{ profile: 'spike-forms', secret: '' }, 'INVALID_OPTION'],
    [{ profile: 'spike-forms', secret: [] }, 'INVALID_OPTION'],
    [{ profile: 'spike-forms', url: '/relative' }, 'INVALID_OPTION'],
    [{ profile: 'spike-forms', script: [700] }, 'INVALID_OPTION'],
    [{ profile: 'spike-forms', script: [101] }, 'INVALID_OPTION'],
    [{ profile: 'spike-forms', script: [{ status: 204, body: 'x' }] }, 'INVALID_OPTION'],
    [{ profile: 'spike-forms', script: [{ status: 200, headers: { 'bad name': 'x' } }] }, 'INVALID_OPTION'],
    [{ profile: 'spike-forms', script: [{ status: 200, headers: { a: 'x\ny' } }] }, 'INVALID_OPTION'],
    [{ profile: 'spike-forms', script: ['hang'] }, 'INVALID_OPTION'],
    [{ profile: 'spike-forms', script: [{ status: 200, bodyy: 'x' }] }, 'INVALID_OPTION'],
    [{ profile: 'spike-forms', script: [{ status: 200, delay: 'soon' }] }, 'INVALID_DURATION'],
    [{ profile: 'spike-forms', script: 500 }, 'INVALID_OPTION'],
    [{ profile: 'spike-forms', otherwise: 'maybe' }, 'INVALID_OPTION'],
    [{ profile: 'spike-forms', verify: { secret: 'x' } }, 'INVALID_OPTION'],
    [{ profile: 'spike-forms', secrett: 'x' }, 'INVALID_OPTION'],
    [null, 'INVALID_OPTION'],
  ])('%j is %s', async (options, code) => {
    const error = await createWebhookReceiver(options as never).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(isSpikeKitError(error) && error.code).toBe(code);
  });
});

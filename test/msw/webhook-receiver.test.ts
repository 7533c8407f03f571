// More of createWebhookReceiver (src/msw/receiver): a real 127.0.0.1 server as the simulator's URL target, held
// answers and close(), rotation, custom and timestamped profiles, the exact bytes, and wrong senders per profile.
import { connect } from 'node:net';
import { setupServer } from 'msw/node';
import { describe, expect, it, vi } from 'vitest';
import { isSpikeKitError } from '../../src/core/index.ts';
import { buildDelivery, deliver } from '../../src/delivery/index.ts';
import { createWebhookReceiver, mswTarget } from '../../src/msw/index.ts';
import { defineProfile } from '../../src/profiles/index.ts';
import { simulate } from '../../src/simulator/index.ts';
import { formsEvent, SECRET, v2Event } from '../simulator/fixtures.ts';

const timestampedEvent = {
  event: 'submission.created',
  timestamp: '2026-01-15T10:02:27.703Z',
  form: { id: 'f', name: 'Contact', slug: 'contact' },
  submission: { id: 'sub_1', data: { name: 'Zoë' } },
};

/** POSTs through a fresh msw server running the receiver's handlers. */
async function postThroughMsw(
  receiver: Awaited<ReturnType<typeof createWebhookReceiver>>,
  init: { headers: Record<string, string>; body: string | Uint8Array<ArrayBuffer> },
): Promise<number> {
  const server = setupServer(...receiver.handlers());
  server.listen({ onUnhandledFrame: 'error' });
  try {
    return (await fetch(receiver.url, { method: 'POST', ...init })).status;
  } finally {
    server.close();
  }
}

describe('listen(): a real server as the simulator’s URL target', () => {
  it('[500, timeout, 200]: three attempts, three identical verified deliveries, then close', async () => {
    const receiver = await createWebhookReceiver({
      profile: 'spike-forms',
      secret: SECRET,
      script: [500, 'timeout', 200],
    });
    const server = await receiver.listen();
    try {
      const result = await simulate({
        profile: 'spike-forms',
        target: { url: server.url },
        event: formsEvent(),
        secret: SECRET,
        time: 'virtual', // the retry delays pass at once; behind a socket the timeout stays real:
        timeout: '300ms', // keep the held answer short
      });
      expect(result.events[0]?.attempts.map((a) => a.classification)).toEqual([
        'http-error',
        'timeout',
        'success',
      ]);
      expect(receiver.deliveries).toHaveLength(3);
      expect(receiver.deliveries.map((d) => [d.method, d.url])).toEqual(
        Array.from({ length: 3 }, () => ['POST', server.url]),
      );
      expect(new Set(receiver.deliveries.map((d) => Buffer.from(d.bytes).toString('hex'))).size).toBe(1);
      expect(receiver.deliveries.map((d) => d.verification?.ok)).toEqual([true, true, true]);
      expect(receiver.deliveries.map((d) => d.answer.kind)).toEqual(['respond', 'timeout', 'respond']);
    } finally {
      await server.close();
    }
  });

  it('close() ends a held timeout answer: the waiting client fails and nothing stays open', async () => {
    const receiver = await createWebhookReceiver({ profile: 'spike-forms', script: ['timeout'] });
    const server = await receiver.listen('/hooks/spike');
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/hooks\/spike$/);
    const waiting = fetch(server.url, { method: 'POST', body: '{}' }).then(
      (response) => response.status,
      (error: unknown) => (error instanceof Error ? error.name : 'error'),
    );
    await vi.waitFor(() => expect(receiver.deliveries).toHaveLength(1));
    await server.close();
    expect(await waiting).toBe('TypeError'); // fetch failed: the socket was destroyed, no answer came
    await expect(fetch(server.url, { method: 'POST', body: '{}' })).rejects.toThrow();
  });

  it('records the exact bytes over the socket, bytes that are not UTF-8 included', async () => {
    const receiver = await createWebhookReceiver({ profile: 'spike-forms' });
    const server = await receiver.listen();
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, 0x7b, 0xff, 0x7d]); // a BOM, '{', a lone 0xff, '}'
    try {
      const response = await fetch(server.url, { method: 'POST', body: bytes });
      expect(response.status).toBe(200);
    } finally {
      await server.close();
    }
    expect(Array.from(receiver.deliveries[0]!.bytes)).toEqual(Array.from(bytes));
    // The text is as request.text() decodes it: the BOM dropped, the lone byte replaced; the bytes keep both.
    expect(receiver.deliveries[0]!.body).toBe('{\u{fffd}}');
  });
});

describe('profiles and secrets', () => {
  it('a rotation: the delivery signed with the old secret verifies as secret 1', async () => {
    const receiver = await createWebhookReceiver({
      profile: 'spike-health-v2',
      secret: ['whsec_new', SECRET],
    });
    const delivery = buildDelivery('spike-health-v2', v2Event(), { secret: SECRET });
    await postThroughMsw(receiver, { headers: delivery.headers, body: delivery.body });
    expect(receiver.deliveries[0]?.verification).toEqual({ ok: true, secretIndex: 1 });
  });

  it('a rotation where neither secret signed: mismatch, saying both were tried', async () => {
    const receiver = await createWebhookReceiver({ profile: 'spike-forms', secret: ['a1', 'b2'] });
    const delivery = buildDelivery('spike-forms', formsEvent(), { secret: SECRET });
    await postThroughMsw(receiver, { headers: delivery.headers, body: delivery.body });
    const verification = receiver.deliveries[0]?.verification;
    expect(verification).toMatchObject({ ok: false, reason: 'mismatch' });
    expect(verification?.ok === false && verification.message).toContain('tried 2 secrets');
  });

  it('a profile object from defineProfile: its retries drive the simulator, its signature the verdicts', async () => {
    const profile = defineProfile({ id: 'forms-5s', extends: 'spike-forms', timeout: '5s' });
    const receiver = await createWebhookReceiver({ profile, secret: SECRET, script: ['timeout'] });
    const result = await simulate({
      profile,
      target: mswTarget({ url: receiver.url, handlers: receiver.handlers() }),
      event: formsEvent(),
      secret: SECRET,
    });
    const [first, second] = result.events[0]?.attempts ?? [];
    expect(first?.classification).toBe('timeout');
    expect(second?.classification).toBe('success');
    expect(receiver.allVerified).toBe(true);
  });

  it('the timestamped dialect under simulate: each attempt signed when sent, each fresh on the virtual clock', async () => {
    const receiver = await createWebhookReceiver({
      profile: 'spike-forms-timestamped',
      secret: SECRET,
      script: [500, 503],
    });
    await simulate({
      profile: 'spike-forms-timestamped',
      target: mswTarget({ url: receiver.url, handlers: receiver.handlers() }),
      event: timestampedEvent,
      secret: SECRET,
    });
    const stamps = receiver.deliveries.map((d) => Number(d.headers['x-spike-timestamp']));
    expect(stamps).toHaveLength(3);
    expect(stamps).toEqual(receiver.deliveries.map((d) => Math.floor(d.receivedAtMs / 1000)));
    expect(new Set(stamps).size).toBe(3);
    expect(receiver.allVerified).toBe(true);
  });

  it('the timestamped dialect with an injected now far from the timestamp: stale-timestamp', async () => {
    const delivery = buildDelivery('spike-forms-timestamped', timestampedEvent, { secret: SECRET });
    const sentAt = Number(delivery.headers['X-Spike-Timestamp']) * 1000;
    const strict = await createWebhookReceiver({
      profile: 'spike-forms-timestamped',
      secret: SECRET,
      verify: { now: sentAt + 301_000 },
    });
    const lenient = await createWebhookReceiver({
      profile: 'spike-forms-timestamped',
      secret: SECRET,
      verify: { now: sentAt + 301_000, toleranceSeconds: 600 },
    });
    for (const receiver of [strict, lenient])
      await postThroughMsw(receiver, { headers: delivery.headers, body: delivery.body });
    expect(strict.deliveries[0]?.verification).toMatchObject({ ok: false, reason: 'stale-timestamp' });
    expect(lenient.deliveries[0]?.verification).toEqual({ ok: true, secretIndex: 0 });
  });
});

describe('wrong senders, per profile', () => {
  it('timestamped: no timestamp header, or one that is not Unix seconds', async () => {
    const delivery = buildDelivery('spike-forms-timestamped', timestampedEvent, { secret: SECRET });
    const receiver = await createWebhookReceiver({
      profile: 'spike-forms-timestamped',
      secret: SECRET,
      verify: { toleranceSeconds: false },
    });
    const { 'X-Spike-Timestamp': stamp, ...withoutStamp } = delivery.headers;
    expect(stamp).toMatch(/^\d+$/);
    await postThroughMsw(receiver, { headers: withoutStamp, body: delivery.body });
    await postThroughMsw(receiver, {
      headers: { ...delivery.headers, 'X-Spike-Timestamp': '2026-01-15T10:30:00Z' },
      body: delivery.body,
    });
    expect(receiver.deliveries.map((d) => d.verification)).toMatchObject([
      { ok: false, reason: 'missing-timestamp' },
      { ok: false, reason: 'malformed-timestamp' },
    ]);
  });

  it('v2 signs the event_id only: a re-serialised body still verifies, a body without event_id cannot', async () => {
    const delivery = buildDelivery('spike-health-v2', v2Event(), { secret: SECRET, bodyStyle: 'awkward' });
    const receiver = await createWebhookReceiver({ profile: 'spike-health-v2', secret: SECRET });
    const reserialised = JSON.stringify(JSON.parse(delivery.body));
    expect(reserialised).not.toBe(delivery.body);
    await postThroughMsw(receiver, { headers: delivery.headers, body: reserialised });
    await postThroughMsw(receiver, { headers: delivery.headers, body: '{"event_type":"data_update"}' });
    expect(receiver.deliveries.map((d) => d.verification)).toMatchObject([
      { ok: true },
      { ok: false, reason: 'unreadable-body' },
    ]);
  });

  it('a signature sent twice with different values: duplicate-signature, headers recorded in lower case', async () => {
    const delivery = buildDelivery('spike-forms', formsEvent(), { secret: SECRET });
    const receiver = await createWebhookReceiver({ profile: 'spike-forms', secret: SECRET });
    const headers = new Headers(delivery.headers);
    headers.append('X-Spike-Signature', `sha256=${'0'.repeat(64)}`);
    const server = setupServer(...receiver.handlers());
    server.listen({ onUnhandledFrame: 'error' });
    try {
      await fetch(receiver.url, { method: 'POST', headers, body: delivery.body });
    } finally {
      server.close();
    }
    const [received] = receiver.deliveries;
    expect(Object.keys(received!.headers).every((name) => name === name.toLowerCase())).toBe(true);
    expect(received!.headers['x-spike-signature']).toContain(', ');
    expect(received!.verification).toMatchObject({ ok: false, reason: 'duplicate-signature' });
  });

  it('the answer does not depend on the verdict: the script answers wrong senders too', async () => {
    const receiver = await createWebhookReceiver({
      profile: 'spike-forms',
      secret: SECRET,
      script: [{ status: 202, body: 'queued', headers: { 'x-receiver': 'mock' } }],
      otherwise: 'drop',
    });
    const server = await receiver.listen();
    const delivery = buildDelivery('spike-forms', formsEvent(), { secret: 'not-the-secret' });
    try {
      const first = await fetch(server.url, {
        method: 'POST',
        headers: delivery.headers,
        body: delivery.body,
      });
      expect([first.status, await first.text(), first.headers.get('x-receiver')]).toEqual([
        202,
        'queued',
        'mock',
      ]);
      const second = await deliver({ url: server.url }, delivery, { timeoutMs: 5_000 });
      expect(second.kind).toBe('network-error'); // after the script, `otherwise: 'drop'`
    } finally {
      await server.close();
    }
    expect(receiver.deliveries.map((d) => d.verification?.ok)).toEqual([false, false]);
  });
});

describe('answers that cannot be sent are refused when the receiver is made', () => {
  it.each([
    [{ script: [101] }], // 1xx: not a final answer, no Response carries it
    [{ script: [{ status: 204, body: 'x' }] }], // HTTP forbids a body with 204
    [{ script: [{ status: 304, body: 'x' }] }],
    [{ script: [{ status: 200, headers: { 'bad name': 'x' } }] }],
    [{ script: [{ status: 200, headers: { 'x-a': 'line\nbreak' } }] }],
    [{ script: [{ status: 200, headers: [['x-a', 'b']] }] }],
    [{ otherwise: { status: 205, body: 'x' } }],
  ])('%j is INVALID_OPTION', async (extra) => {
    const error = await createWebhookReceiver({ profile: 'spike-forms', ...(extra as object) }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(isSpikeKitError(error) && error.code).toBe('INVALID_OPTION');
  });

  it('the closest valid answers are accepted and sent as scripted', async () => {
    const receiver = await createWebhookReceiver({
      profile: 'spike-forms',
      script: [200, { status: 204 }, { status: 599, body: 'x', headers: { 'x-a': 'b' } }],
      verify: { toleranceSeconds: 0, now: '2026-01-15T10:30:00Z' },
    });
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++)
      statuses.push((await receiver.fetch(new Request(receiver.url, { method: 'POST', body: '{}' }))).status);
    expect(statuses).toEqual([200, 204, 599]);
  });
});

describe('verification options are checked when the receiver is made, not at the first delivery', () => {
  it.each([
    [{ toleranceSeconds: -1 }, 'INVALID_OPTION'],
    [{ toleranceSeconds: Number.NaN }, 'INVALID_OPTION'],
    [{ now: 'garbage' }, 'INVALID_DATE'],
    [{ tolerance: 60 }, 'INVALID_OPTION'],
    [[], 'INVALID_OPTION'],
  ])('verify: %j is %s', async (verify, code) => {
    const error = await createWebhookReceiver({
      profile: 'spike-forms-timestamped',
      secret: SECRET,
      verify: verify as never,
    }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(isSpikeKitError(error) && error.code).toBe(code);
  });
});

describe('the server survives clients that misbehave', () => {
  it('a client gone in the middle of its body: no unhandled rejection, nothing recorded, the next one is served', async () => {
    const rejections: unknown[] = [];
    const onRejection = (reason: unknown) => rejections.push(reason);
    process.on('unhandledRejection', onRejection);
    const receiver = await createWebhookReceiver({ profile: 'spike-forms' });
    const server = await receiver.listen();
    try {
      const { port } = new URL(server.url);
      await new Promise<void>((resolve, reject) => {
        const socket = connect(Number(port), '127.0.0.1', () => {
          socket.write('POST /spike HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n0123456789', () => {
            socket.destroy();
            resolve();
          });
        });
        socket.on('error', reject);
      });
      const next = await fetch(server.url, { method: 'POST', body: '{}' });
      expect(next.status).toBe(200);
      await new Promise((resolve) => setImmediate(resolve)); // let a rejection, if any, surface
      expect(rejections).toEqual([]);
      expect(receiver.deliveries.map((d) => d.body)).toEqual(['{}']);
    } finally {
      process.off('unhandledRejection', onRejection);
      await server.close();
    }
  });
});

describe('deliveries are snapshots', () => {
  it('a list read before reset() or a later delivery stays as it was, and cannot be pushed to', async () => {
    const receiver = await createWebhookReceiver({ profile: 'spike-forms' });
    const post = () => receiver.fetch(new Request(receiver.url, { method: 'POST', body: '{}' }));
    await post();
    const before = receiver.deliveries;
    await post();
    receiver.reset();
    expect(before).toHaveLength(1);
    expect(receiver.deliveries).toEqual([]);
    expect(() => (before as unknown[]).push({})).toThrow(TypeError);
    await post();
    expect(receiver.deliveries.map((d) => d.index)).toEqual([0]); // reset restarts the numbering and the script
  });
});

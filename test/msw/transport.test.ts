import { delay, HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isSpikeKitError } from '../../src/core/index.ts';
import { buildDelivery, deliver } from '../../src/delivery/index.ts';
import { mswTarget, mswTransport } from '../../src/msw/index.ts';
import { verifyDelivery } from '../../src/signing/index.ts';
import { simulate } from '../../src/simulator/index.ts';
import { formsEvent, SECRET } from '../simulator/fixtures.ts';

const url = 'https://hooks.receiver.test/spike';
const delivery = buildDelivery('spike-forms', formsEvent(), { secret: SECRET, bodyStyle: 'awkward' });

describe('msw handlers (getResponse: no socket, nothing global)', () => {
  it('delivers the exact bytes and headers to the msw resolver', async () => {
    let body = '';
    let verified = false;
    const handlers = [
      http.post(url, async ({ request }) => {
        body = await request.text();
        verified = verifyDelivery('spike-forms', { headers: request.headers, body }, { secret: SECRET }).ok;
        return new HttpResponse(null, { status: 202 });
      }),
    ];
    const result = await deliver(mswTarget({ url, handlers }), delivery);
    expect(result).toMatchObject({ kind: 'response', status: 202 });
    expect(body).toBe(delivery.body);
    expect(verified).toBe(true);
  });

  it('reports Response.error() as a network failure and an unmatched URL as a usage error', async () => {
    const failing = await deliver(
      mswTarget({ url, handlers: [http.post(url, () => HttpResponse.error())] }),
      delivery,
    );
    expect(failing).toMatchObject({ kind: 'network-error' });
    const error = await deliver(
      mswTarget({ url, handlers: [http.post(`${url}/other`, () => new HttpResponse())] }),
      delivery,
    ).catch((e: unknown) => e);
    expect(isSpikeKitError(error, 'INVALID_TARGET')).toBe(true);
    expect((error as Error).message).toContain(`No msw handler matched POST ${url}`);
  });

  it("runs msw's delay() on the simulator's virtual clock: a 40 s resolver times out at 30 s", async () => {
    let calls = 0;
    const handlers = [
      http.post(url, async () => {
        calls++;
        await delay(40_000);
        return new HttpResponse(null, { status: 200 });
      }),
    ];
    const result = await simulate({
      profile: 'spike-forms',
      target: mswTarget({ url, handlers }),
      event: formsEvent(),
    });
    expect(result.events[0]?.outcome).toBe('exhausted');
    expect(result.events[0]?.attempts.map((a) => [a.atMs, a.classification, a.answer?.atMs])).toEqual([
      [0, 'timeout', 40_000],
      [90_000, 'timeout', 130_000],
      [420_000, 'timeout', 460_000],
      [2_250_000, 'timeout', 2_290_000],
    ]);
    expect(calls).toBe(4);
  });

  it('rejects a malformed msw target', async () => {
    await expect(mswTransport({ url: 'not a url', handlers: [] })).rejects.toThrow(/absolute http\(s\) url/);
    await expect(mswTransport({ url } as never)).rejects.toThrow(/needs handlers/);
    await expect(mswTransport({ url, server: setupServer() })).rejects.toThrow(
      /call server.listen\(\) first/,
    );
  });
});

describe('msw server (setupServer intercepts a real fetch)', () => {
  const received: string[] = [];
  const server = setupServer(
    http.post(url, async ({ request }) => {
      received.push(await request.text());
      return new HttpResponse(null, { status: received.length < 3 ? 503 : 200 });
    }),
  );
  beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
  afterAll(() => server.close());

  it('retries through the interceptor on the forms schedule', async () => {
    const result = await simulate({
      profile: 'spike-forms',
      target: mswTarget({ url, server }),
      event: formsEvent(),
      secret: SECRET,
    });
    expect(result.target).toBe(`msw server ${url}`);
    expect(result.events[0]?.attempts.map((a) => [a.atMs, a.status])).toEqual([
      [0, 503],
      [60_000, 503],
      [360_000, 200],
    ]);
    expect(received).toHaveLength(3);
    expect(new Set(received).size).toBe(1); // the same bytes every time
  });
});

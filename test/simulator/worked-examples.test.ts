// The bugs docs/simulator.md walks through, caught for real.
import { describe, expect, it } from 'vitest';
import '../../src/vitest/index.ts';
import { verifyRequest } from '../../src/signing/index.ts';
import { createSimulation, simulate } from '../../src/simulator/index.ts';
import { formsEvent, SECRET } from './fixtures.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A Spike Forms receiver that creates one order per submission (in memory here; a database in real life). */
function ordersApp({ idempotent, emailFirst }: { idempotent: boolean; emailFirst: boolean }) {
  const orders: { submissionId: string }[] = [];
  const outbox: string[] = [];
  const POST = async (request: Request) => {
    const { ok, body } = await verifyRequest('spike-forms', request, { secret: SECRET });
    if (!ok) return new Response('bad signature', { status: 401 });
    const { submissionId } = JSON.parse(body) as { submissionId: string };
    if (idempotent && orders.some((o) => o.submissionId === submissionId))
      return new Response(null, { status: 200 });
    orders.push({ submissionId });
    if (emailFirst)
      await sleep(35_000); // a slow SMTP call before answering
    else void sleep(35_000).then(() => outbox.push(submissionId)); // answer first, work after
    return new Response(null, { status: 200 });
  };
  const processed = (key: string) => orders.filter((o) => o.submissionId === key).length;
  return { POST, orders, outbox, processed };
}

describe('an idempotency bug, caught with lost-ack', () => {
  it('a naive handler creates the order twice when Spike misses its 200', async () => {
    const app = ordersApp({ idempotent: false, emailFirst: false });
    const result = await simulate({
      profile: 'spike-forms',
      target: { fetch: app.POST },
      event: formsEvent(),
      secret: SECRET,
      faults: ['lost-ack'],
    });
    expect(result).toBeDelivered();
    expect(result).toHaveBeenDeliveredAt('1m');
    expect(app.orders).toHaveLength(2);
    expect(result).not.toHaveBeenProcessedOnce(app.processed);
  });

  it('deduplicating on submissionId fixes it', async () => {
    const app = ordersApp({ idempotent: true, emailFirst: false });
    const result = await simulate({
      profile: 'spike-forms',
      target: { fetch: app.POST },
      event: formsEvent(),
      secret: SECRET,
      faults: ['lost-ack', 'lost-ack'],
    });
    expect(result).toHaveAttempts(3);
    expect(result).toHaveBeenProcessedOnce(app.processed);
  });
});

describe('a slow handler, caught by the timeout', () => {
  it('sending the email before answering takes 35 s: every attempt times out, the order is created four times', async () => {
    const app = ordersApp({ idempotent: false, emailFirst: true });
    const result = await simulate({
      profile: 'spike-forms',
      target: { fetch: app.POST },
      event: formsEvent(),
      secret: SECRET,
    });
    expect(result).toBeExhausted();
    expect(result.events[0]?.attempts.every((a) => a.classification === 'timeout' && a.answer?.late)).toBe(
      true,
    );
    expect(app.orders).toHaveLength(4);
  });

  it('answering first (and emailing in the background) is delivered at once', async () => {
    const app = ordersApp({ idempotent: true, emailFirst: false });
    const result = await simulate({
      profile: 'spike-forms',
      target: { fetch: app.POST },
      event: formsEvent(),
      secret: SECRET,
    });
    expect(result).toBeDelivered();
    expect(result).toHaveAttempts(1);
    expect(app.outbox).toEqual(['sub_0001']); // the background work ran in virtual time too (drain)
  });
});

describe('stepping the clock between attempts', () => {
  it('shows the state of the system after each attempt', async () => {
    const app = ordersApp({ idempotent: true, emailFirst: false });
    const sim = createSimulation({
      profile: 'spike-forms',
      target: { fetch: app.POST },
      event: formsEvent(),
      secret: SECRET,
      faults: [503, 'timeout'],
    });
    await sim.runNext(); // 503 from a proxy at 0 s
    expect(app.orders).toHaveLength(0);
    await sim.advanceBy('1m'); // the retry at 1 min: a timeout in the network, the handler is not reached
    expect(app.orders).toHaveLength(0);
    await sim.advanceBy('30s');
    expect(sim.result.events[0]?.attempts.map((a) => a.classification)).toEqual(['http-error', 'timeout']);
    await sim.advanceBy('5m'); // 5 min after the timeout was seen (at 1m30s): the third attempt
    expect(app.orders).toHaveLength(1);
    const result = await sim.runAll();
    expect(result).toHaveBeenDeliveredAt('6m30s');
  });
});

// An idempotency bug caught with a lost acknowledgement. Run, after `npm run build`: npx node examples/simulator/idempotency.ts
import { generate, verifyRequest } from 'spike-webhook-kit';
import { simulate, toHaveBeenProcessedOnce } from 'spike-webhook-kit/simulator';

const secret = 'whsec_example';
const orders: string[] = [];

// The receiver under test: a Next.js-style route handler creating one order per form submission.
async function POST(request: Request): Promise<Response> {
  const { ok, body } = await verifyRequest('spike-forms', request, { secret });
  if (!ok) return new Response('bad signature', { status: 401 });
  const { submissionId } = JSON.parse(body) as { submissionId: string };
  orders.push(submissionId); // BUG: no check for a submission already processed
  return new Response(null, { status: 200 });
}

const event = generate('spike-forms', { kind: 'contact', seed: 7 });
// The handler answers 200, but Spike never sees it (a proxy drops the response): Spike retries 1 min later.
const result = await simulate({
  profile: 'spike-forms',
  target: { fetch: POST },
  event,
  secret,
  faults: ['lost-ack'],
});

console.log(result.toString());
const check = toHaveBeenProcessedOnce.call(
  { isNot: false },
  result,
  (key) => orders.filter((id) => id === key).length,
);
console.log(
  `\norders: ${orders.length} for 1 submission -> ${check.pass ? 'processed once' : 'BUG: processed twice'}`,
);

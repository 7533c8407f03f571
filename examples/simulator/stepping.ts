// Step the virtual clock and look at your own system between attempts. Run, after `npm run build`: npx node examples/simulator/stepping.ts
import { generate } from 'spike-webhook-kit';
import { createSimulation } from 'spike-webhook-kit/simulator';

const rows: string[] = [];
async function POST(request: Request): Promise<Response> {
  rows.push((JSON.parse(await request.text()) as { submissionId: string }).submissionId);
  return new Response(null, { status: 200 });
}

const sim = createSimulation({
  profile: 'spike-forms',
  target: { fetch: POST },
  event: generate('spike-forms', { kind: 'newsletter', seed: 3 }),
  faults: [503], // a proxy answers 503 before the handler is reached
});

const first = await sim.runNext();
console.log(`attempt ${first?.n} at ${first?.atMs} ms: ${first?.status} -> rows stored: ${rows.length}`);
await sim.advanceBy('1m');
console.log(`after 1 min (now ${sim.now} ms): rows stored: ${rows.length}`);
const result = await sim.runAll();
console.log(result.toString());

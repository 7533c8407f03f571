// Deliver to msw request handlers: no socket, and msw's delay() runs on the virtual clock. Run, after `npm run build`: npx node examples/simulator/msw.ts
import { delay, HttpResponse, http } from 'msw';
import { generate } from 'spike-webhook-kit';
import { mswTarget } from 'spike-webhook-kit/msw';
import { simulate } from 'spike-webhook-kit/simulator';

const url = 'https://api.example.test/webhooks/spike';
let calls = 0;
const handlers = [
  http.post(url, async () => {
    calls++;
    if (calls === 1) await delay('infinite'); // the first attempt hangs until Spike's timeout
    return new HttpResponse(null, { status: calls === 2 ? 201 : 200 }); // v3 wants exactly 200
  }),
];

const result = await simulate({
  profile: 'spike-health-v3',
  target: mswTarget({ url, handlers }),
  event: generate('spike-health-v3', { kind: 'record_change', seed: 9 }),
  secret: 'v3-signature-key',
});
console.log(result.toString());

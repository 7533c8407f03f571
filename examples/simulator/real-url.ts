// A real server on 127.0.0.1, real resets and timeouts, the schedule compressed. Run, after `npm run build`: npx node examples/simulator/real-url.ts
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { defineProfile, generate } from 'spike-webhook-kit';
import { simulate } from 'spike-webhook-kit/simulator';

let requests = 0;
const server = createServer((req, res) => {
  requests++;
  if (requests === 1)
    req.socket.destroy(); // connection reset
  else if (requests === 2)
    setTimeout(() => res.end(), 1_000); // answers after the timeout
  else res.writeHead(200).end();
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhooks/spike`;

// A short schedule (retries after 5 s, 10 s, 20 s; a 2 s timeout) run 20x faster than Spike time:
// the waits take 0.25 s, 0.5 s and 1 s of real time, the timeout 100 ms.
const quick = defineProfile({
  id: 'quick-forms',
  extends: 'spike-forms',
  timeout: '2s',
  retry: { delays: ['5s', '10s', '20s'] },
});
const result = await simulate({
  profile: quick,
  target: { url },
  event: generate('spike-forms', { seed: 5 }),
  compress: 20,
});
console.log(result.toString());
server.closeAllConnections();
server.close();

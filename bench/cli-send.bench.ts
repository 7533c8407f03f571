import { spawn } from 'node:child_process';
import { once } from 'node:events';
import autocannon from 'autocannon';
import { generate } from '../generators/generate.ts';
import { sendLoad } from '../src/cli/send-load.ts';
import { buildDelivery } from '../src/delivery/index.ts';
import { type BenchResult, printComparisons } from './harness.ts';

const PROFILE = 'spike-health-v3';
const SECRET = 's3cret';
const CONNECTIONS = 10;
const ROUNDS = 5;
/** `send --rate` must reach at least 80% of autocannon's requests per second: its time at most 1.25x. */
const MAX_RATIO = 1.25;

/** A bare node:http endpoint in its own process (so the two clients measured here do not share it a thread). */
const serverCode = `
const server = require('node:http').createServer((req, res) => { req.resume(); req.on('end', () => res.end()); });
server.keepAliveTimeout = 60000;
server.listen(0, '127.0.0.1', () => console.log(server.address().port));
`;

/**
 * `spike-webhook-kit send --rate/--concurrency`'s load function (sendLoad: each request built and signed just before
 * it goes, over fetch) against autocannon (pre-built request, raw sockets) in the same run, to the same local
 * node:http endpoint in its own process, with the same number of connections and requests: requests per second of
 * both, in alternating rounds, and the median ratio (target: sendLoad at least 80% of autocannon's rate).
 */
export async function run(): Promise<boolean> {
  const requests = Math.max(20_000, Math.round(Number(process.env.BENCH_MS ?? 400) * 50));
  const child = spawn(process.execPath, ['-e', serverCode], { stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    const [chunk] = (await once(child.stdout, 'data')) as [Buffer];
    const url = `http://127.0.0.1:${chunk.toString().trim()}/webhooks/spike`;
    const events = generate(PROFILE, { kind: 'record_change', count: 100, seed: 1 });
    const delivery = buildDelivery(PROFILE, events[0], { secret: SECRET });
    const kit = async () => {
      const report = await sendLoad({
        profile: PROFILE,
        url,
        events,
        secret: SECRET,
        count: requests,
        concurrency: CONNECTIONS,
      });
      if (report.failed > 0)
        throw new Error(`sendLoad: ${report.failed} requests failed (${JSON.stringify(report.statuses)})`);
      return report.rps;
    };
    const cannon = async () => {
      const start = performance.now();
      const result = await autocannon({
        url,
        connections: CONNECTIONS,
        amount: requests,
        method: 'POST',
        headers: delivery.headers,
        body: delivery.body,
      });
      const seconds = (performance.now() - start) / 1000;
      if (result.errors > 0 || result.non2xx > 0)
        throw new Error(`autocannon: ${result.errors} errors, ${result.non2xx} non-2xx`);
      return requests / seconds;
    };
    // Warm-up: JIT for both clients, and the server's own.
    // sendLoad needs about three runs to reach its steady rate (measured: 10k, 15k, then 17k+ requests/s).
    for (let i = 0; i < 4; i++) await kit();
    for (let i = 0; i < 2; i++) await cannon();
    const ours: number[] = [];
    const theirs: number[] = [];
    const ratios: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      // The order flips every round, so both sides of each ratio saw the same machine load.
      const first = round % 2 === 0 ? kit : cannon;
      const x = await first();
      const y = await (first === kit ? cannon : kit)();
      const [mine, baseline] = first === kit ? [x, y] : [y, x];
      ours.push(mine);
      theirs.push(baseline);
      ratios.push(baseline / mine);
    }
    const median = (values: number[]) =>
      [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)] as number;
    const result = (name: string, rps: number): BenchResult => ({
      name,
      opsPerSec: rps,
      meanMicros: 1e6 / rps,
      samples: requests * ROUNDS,
    });
    return printComparisons(
      `cli send: requests/s to a local node:http endpoint (${requests} requests, ${CONNECTIONS} connections)`,
      [
        {
          subject: result(`send --concurrency ${CONNECTIONS} (signing each)`, median(ours)),
          baseline: result(`autocannon -c ${CONNECTIONS}`, median(theirs)),
          ratio: median(ratios),
          maxRatio: MAX_RATIO,
        },
      ],
    );
  } finally {
    child.kill();
  }
}

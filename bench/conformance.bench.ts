import type { AddressInfo } from 'node:net';
import { createApp } from '../examples/receivers/express/app.ts';
import { createInbox, paths, secrets } from '../examples/receivers/shared/spike-inbox.ts';
import { generate } from '../generators/generate.ts';
import { runConformance } from '../src/conformance/index.ts';
import { buildDelivery } from '../src/delivery/index.ts';
import { profileIds } from '../src/profiles/index.ts';
import { printFigures } from './harness.ts';

const TARGET_MS = 2000;
const RUNS = 5;

const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

/**
 * A full `check` (every scenario of the scorecard, duplicates with the recipe's probe) against the Express recipe
 * over a real socket on 127.0.0.1, per profile: the median wall time of 5 runs (target under 2 s), beside the time
 * of the same number of plain signed POSTs with fetch to the same server, measured in the same run (the floor any
 * scorecard over HTTP stands on).
 */
export async function run(): Promise<boolean> {
  const inbox = createInbox();
  const server = createApp(inbox).listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const rows: { name: string; value: string }[] = [];
  let ok = true;
  try {
    for (const profile of profileIds) {
      const url = `${origin}${paths[profile]}`;
      const times: number[] = [];
      let requests = 0;
      for (let i = 0; i < RUNS; i++) {
        const start = performance.now();
        const card = await runConformance({
          profile,
          target: { url },
          secret: secrets[profile],
          probe: (key) => inbox.processed.filter((k) => k === key).length,
          seed: i + 1,
        });
        times.push(performance.now() - start);
        requests = card.scenarios.reduce((n, s) => n + s.evidence.length, 0);
        if (!card.passed) throw new Error(`the Express recipe failed the ${profile} scorecard`);
      }
      const d = buildDelivery(profile, generate(profile, { seed: 1 } as never), { secret: secrets[profile] });
      const plain: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const start = performance.now();
        for (let k = 0; k < requests; k++)
          await (await fetch(url, { method: 'POST', headers: d.headers, body: d.body })).arrayBuffer();
        plain.push(performance.now() - start);
      }
      const ms = median(times);
      const base = median(plain);
      const met = ms < TARGET_MS;
      ok &&= met;
      rows.push({
        name: `check ${profile} (${requests} requests)`,
        value: `${ms.toFixed(0)} ms; ${requests} plain POSTs ${base.toFixed(0)} ms (${(ms / base).toFixed(2)}x)  ${met ? 'ok' : 'MISSED'} (target < ${TARGET_MS} ms)`,
      });
    }
  } finally {
    server.closeAllConnections();
    server.close();
  }
  printFigures('conformance: a full check against the Express recipe on 127.0.0.1', rows);
  return ok;
}

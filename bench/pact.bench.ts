// How long verifying every canonical contract takes: the HTTP contracts of all profiles against the in-repo
// reference receivers (Express, raw-body verification) and the message contracts against the kit's reference
// provider. A timing figure, not a throughput: the target is the whole run under 3 s. (Pact's native verifier
// prints its own report above the figures.)
import { loadPact } from '../src/pact/load.ts';
import { verifyEndpoint } from '../src/pact/verify-endpoint.ts';
import { verifyMessages } from '../src/pact/verify-messages.ts';
import { profileIds } from '../src/profiles/index.ts';
import { rotationHandlers, startReceiver } from '../test/pact/receivers.ts';
import { printFigures } from './harness.ts';

const TARGET_MS = 3000;

export async function run(): Promise<boolean> {
  process.env.PACT_DO_NOT_TRACK ??= 'true';
  const loadStart = performance.now();
  await loadPact();
  const loadMs = performance.now() - loadStart;
  const receivers = await Promise.all(profileIds.map((profile) => startReceiver(profile, 'bench-secret')));
  const rows: { name: string; value: string }[] = [];
  let interactions = 0;
  const start = performance.now();
  try {
    for (const [i, profile] of profileIds.entries()) {
      const receiver = receivers[i] as (typeof receivers)[number];
      const t0 = performance.now();
      const http = await verifyEndpoint({
        profile,
        baseUrl: receiver.baseUrl,
        path: receiver.path,
        secret: 'bench-secret',
        rotatedSecret: 'bench-rotated',
        stateHandlers: rotationHandlers(receiver, 'bench-rotated'),
      });
      const t1 = performance.now();
      const messages = await verifyMessages({ profile });
      const t2 = performance.now();
      interactions += http.interactions.length + messages.interactions.length;
      rows.push({
        name: `${profile}: HTTP ${http.interactions.length} + messages ${messages.interactions.length} interactions`,
        value: `${ms(t1 - t0)} + ${ms(t2 - t1)}`,
      });
    }
  } finally {
    await Promise.all(receivers.map((r) => r.close()));
  }
  const total = performance.now() - start;
  const ok = total <= TARGET_MS;
  printFigures('Pact: verifying every canonical contract (both framings, all profiles)', [
    { name: "loading Pact's native core (once per process, not counted)", value: ms(loadMs) },
    ...rows,
    {
      name: `total, ${interactions} interactions`,
      value: `${ms(total)}  ${ok ? 'ok' : 'MISSED'} (target <= ${TARGET_MS} ms)`,
    },
  ]);
  return ok;
}

function ms(value: number): string {
  return `${Math.round(value)} ms`;
}

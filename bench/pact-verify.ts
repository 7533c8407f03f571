// The measurement behind bench/pact.bench.ts, run in a fresh process so that the first verification pays what a
// test run's first one pays (starting the verifier worker, loading Pact in it). Prints one `RESULT <json>` line.
import { verifyEndpoint } from '../src/pact/verify-endpoint.ts';
import { verifyMessages } from '../src/pact/verify-messages.ts';
import { profileIds } from '../src/profiles/index.ts';
import { rotationHandlers, startReceiver } from '../test/pact/receivers.ts';

/** What the child measured. */
export interface PactBenchResult {
  readonly totalMs: number;
  readonly profiles: readonly {
    profile: string;
    http: number;
    messages: number;
    httpMs: number;
    messagesMs: number;
  }[];
}

process.env.PACT_DO_NOT_TRACK ??= 'true';
// Pact is never loaded here: the verifier worker loads it, within the first verification's figure.
const receivers = await Promise.all(profileIds.map((profile) => startReceiver(profile, 'bench-secret')));
const rows: PactBenchResult['profiles'][number][] = [];
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
    rows.push({
      profile,
      http: http.interactions.length,
      messages: messages.interactions.length,
      httpMs: t1 - t0,
      messagesMs: t2 - t1,
    });
  }
} finally {
  await Promise.all(receivers.map((r) => r.close()));
}
const result: PactBenchResult = { totalMs: performance.now() - start, profiles: rows };
process.stdout.write(`\nRESULT ${JSON.stringify(result)}\n`);

import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { createSpikeWorld } from '../src/msw/index.ts';
import { type BenchResult, measureAsync, printComparisons, printFigures } from './harness.ts';

const ROUNDS = 3;
/** Time of a mocked API request through msw / time of a bare msw handler answering a constant body. */
const TARGET_RATIO = 2;
const TARGET_BUILD_MS = 1000;

function best(a: BenchResult | undefined, b: BenchResult): BenchResult {
  return a === undefined || b.opsPerSec > a.opsPerSec ? b : a;
}

/**
 * The world's mocked Spike API v3 through msw (a day of steps from `/queries/timeseries`, authenticated) beside a
 * bare msw handler answering the same JSON as a constant, both through `setupServer` and global `fetch`; and the
 * time to build a world of 1,000 users over 30 days (records are drawn lazily, when first asked for).
 */
export async function run(): Promise<boolean> {
  // Warm msw's import so the build figure measures the world, not the module loader.
  await createSpikeWorld({ users: 1 });
  const started = performance.now();
  const big = await createSpikeWorld({ seed: 1, users: 1000, days: 30 });
  const buildMs = performance.now() - started;
  const firstQuery = performance.now();
  const records = big.recordsOf(999);
  const provider = records.providerFor('heartrate');
  const points =
    provider === undefined
      ? []
      : records.points('heartrate', provider, records.firstDayNo, records.lastDayNo);
  const firstQueryMs = performance.now() - firstQuery;

  const world = await createSpikeWorld({ seed: 1, users: 2 });
  const user = world.users[0]?.applicationUserId as string;
  const auth = await world.fetch(`${world.baseUrl}/auth/hmac`, {
    method: 'POST',
    body: JSON.stringify({
      application_id: world.applicationId,
      application_user_id: user,
      signature: world.signUser(user),
    }),
  });
  const { access_token: token } = (await auth.json()) as { access_token: string };
  const query = `${world.baseUrl}/queries/timeseries?metric=steps&from_timestamp=2026-01-14T00:00:00Z&to_timestamp=2026-01-15T00:00:00Z`;
  const headers = { authorization: `Bearer ${token}` };
  const constant = await (await world.fetch(query, { headers })).text();
  const bareUrl = 'https://bare.bench.test/v3/queries/timeseries';
  const server = setupServer(
    ...world.handlers(),
    http.get(bareUrl, () => HttpResponse.text(constant, { headers: { 'content-type': 'application/json' } })),
  );
  server.listen({ onUnhandledFrame: 'error' });
  const viaWorld = async () => (await fetch(query, { headers })).json();
  const viaBare = async () => (await fetch(`${bareUrl}?metric=steps`, { headers })).json();
  let mocked: BenchResult | undefined;
  let bare: BenchResult | undefined;
  try {
    for (let round = 0; round < ROUNDS; round++) {
      mocked = best(mocked, {
        ...(await measureAsync('world', viaWorld)),
        name: 'world API: GET /queries/timeseries',
      });
      bare = best(bare, {
        ...(await measureAsync('bare', viaBare)),
        name: 'bare msw handler, constant body',
      });
    }
  } finally {
    server.close();
    world.reset();
  }
  if (mocked === undefined || bare === undefined) return false;
  const ok = printComparisons('msw world: mocked Spike API requests per second through msw', [
    { subject: mocked, baseline: bare, maxRatio: TARGET_RATIO },
  ]);
  const buildOk = buildMs < TARGET_BUILD_MS;
  printFigures('msw world: building a world', [
    {
      name: 'createSpikeWorld({ users: 1000, days: 30 })',
      value: `${buildMs.toFixed(0)} ms  ${buildOk ? 'ok' : 'MISSED'} (target < ${TARGET_BUILD_MS} ms)`,
    },
    {
      name: `first read of a user's 30 days of heart rate (${points.length} points, drawn lazily)`,
      value: `${firstQueryMs.toFixed(1)} ms`,
    },
  ]);
  return ok && buildOk;
}

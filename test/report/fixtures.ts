// What the report tests render: real scorecards (a correct receiver and one that verifies nothing), a hand-written
// scorecard whose strings try to break out of the HTML and the XML, and simulations with faults so that attempts of
// several classifications appear.
import { expect } from 'vitest';
import type { Scorecard } from '../../src/conformance/index.ts';
import { runConformance } from '../../src/conformance/index.ts';
import { isSpikeKitError } from '../../src/core/index.ts';
import { generate } from '../../src/index.ts';
import { createReceiver, toFetchHandler } from '../../src/receive/index.ts';
import { type SimulationResult, simulate } from '../../src/simulator/index.ts';

const SECRET = 'report-test-secret';
const REF_DATE = '2026-01-15T10:30:00.000Z';

/** A reason and a body that would run script or end a CDATA section if they were not escaped. */
export const EVIL_REASON = `<script>alert(1)</script><img src=x onerror="window.__xss=1"> & "quotes" 'too'`;
export const EVIL_BODY = `{"message":"]]> & <b>bold</b> </script><!-- \u0001 \uFFFF"}`;
export const EVIL_HEADER = `sha256=<i>deadbeef</i>&x=1`;

/** A scorecard by hand: one scenario of each status, the failed one full of markup. */
export const evilScorecard: Scorecard = {
  profile: 'spike-forms',
  target: 'http://127.0.0.1:1/<webhook>?a=1&b=2',
  passed: false,
  counts: { passed: 1, failed: 1, skipped: 1 },
  seed: 7,
  refDate: REF_DATE,
  scenarios: [
    {
      id: 'valid-signature',
      title: 'every event kind, correctly signed, gets the success status',
      status: 'passed',
      reason: 'all 7 kinds got 200',
      evidence: [
        {
          label: 'the contact event, correctly signed',
          request: { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"ok":true}' },
          response: { kind: 'response', status: 200, latencyMs: 4 },
        },
      ],
    },
    {
      id: 'tampered-body',
      title: 'a body changed after signing is rejected',
      status: 'failed',
      reason: EVIL_REASON,
      evidence: [
        {
          label: "another body under the first one's signature <em>",
          request: {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'x-spike-signature': EVIL_HEADER },
            body: EVIL_BODY,
          },
          response: { kind: 'response', status: 200, latencyMs: 12, handlerError: '<b>no</b>' },
        },
        {
          label: 'the same again, the connection refused',
          request: { method: 'POST', headers: {}, body: '' },
          response: {
            kind: 'network-error',
            error: 'refused',
            message: 'connect ECONNREFUSED',
            latencyMs: 1,
          },
        },
      ],
    },
    {
      id: 'duplicate-delivery',
      title: 'the same event twice: side effects once',
      status: 'skipped',
      reason: 'needs a probe: pass probe: (key) => count <of side effects>',
      evidence: [],
    },
  ],
};

/** A correct Spike Forms receiver, and one that acknowledges everything without checking the signature. */
function formsHandlers() {
  const processed = new Map<string, number>();
  const receiver = createReceiver('spike-forms', { secret: SECRET, dedup: new Set() }).on(
    'submission.created',
    (_event, { delivery }) => {
      processed.set(delivery.dedupKey, (processed.get(delivery.dedupKey) ?? 0) + 1);
    },
  );
  const trusting = async (request: Request) => {
    await request.text();
    return new Response(null, { status: 200 });
  };
  return { correct: toFetchHandler(receiver), trusting, probe: (key: string) => processed.get(key) ?? 0 };
}

/** Two real scorecards: the correct receiver (nothing fails) and the trusting one (the signature scenarios fail). */
export async function realScorecards(): Promise<Scorecard[]> {
  const { correct, trusting, probe } = formsHandlers();
  const common = { profile: 'spike-forms', secret: SECRET, refDate: REF_DATE } as const;
  return [
    await runConformance({ ...common, target: { fetch: correct }, probe }),
    await runConformance({ ...common, target: { fetch: trusting } }),
  ];
}

const ok = async (request: Request) => {
  await request.text();
  return new Response(null, { status: 200 });
};

/**
 * Two simulations: v3 (exactly 200; a three-day schedule) with faults giving success, http-error, timeout,
 * network-error, unaccepted-2xx, redirect and lost-ack attempts; and Spike Forms with a few 503s.
 */
export async function faultySimulations(): Promise<SimulationResult[]> {
  const v3 = await simulate({
    profile: 'spike-health-v3',
    target: { fetch: ok },
    events: [1, 2, 3, 4].map((seed) => generate('spike-health-v3', { seed, refDate: REF_DATE })),
    secret: SECRET,
    faults: [
      [500, 'timeout', 'refused'],
      [{ status: 201, reachesHandler: false }, 302, 'reset'],
      ['lost-ack'],
      [],
    ],
    startAt: REF_DATE,
  });
  const forms = await simulate({
    profile: 'spike-forms',
    target: { fetch: ok },
    events: [1, 2, 3].map((seed) => generate('spike-forms', { seed, refDate: REF_DATE })),
    secret: SECRET,
    faults: [[503, 503], [], [503, 503, 503, 503]],
    startAt: REF_DATE,
  });
  return [v3, forms];
}

/** How many attempts a simulation made, by classification. */
export function attemptCounts(simulation: SimulationResult): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const event of simulation.events)
    for (const attempt of event.attempts)
      counts[attempt.classification] = (counts[attempt.classification] ?? 0) + 1;
  return counts;
}

/** Expects `run` to throw an `INVALID_OPTION` SpikeKitError whose message matches `message`. */
export function expectInvalid(run: () => unknown, message: RegExp) {
  try {
    run();
  } catch (error) {
    expect(isSpikeKitError(error, 'INVALID_OPTION'), String(error)).toBe(true);
    expect((error as Error).message).toMatch(message);
    return;
  }
  expect.unreachable('no error');
}

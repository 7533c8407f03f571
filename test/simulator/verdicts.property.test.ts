// Proof of issue 8 ("Every verdict true"), as a property: thousands of seeded random fault scripts, in every form
// (lists, per-event lists, functions, randomFaults, explicit bypasses), against handlers that fail in every way
// (statuses incl. 2xx the profile does not accept, throws, hangs, slow, real I/O; lost acks come from the faults),
// across the four profiles, several simulations at once. An event is reported delivered only if the handler itself
// recorded a success status the profile accepts for the attempt that delivered it, or the script bypassed the
// handler in words ({ status, reachesHandler: false }); and the real globals are back afterwards.
import { performance } from 'node:perf_hooks';
import { setTimeout as realSleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { isSpikeKitError, Rng } from '../../src/core/index.ts';
import { getProfile, isSuccessStatus, type ProfileId, profileIds } from '../../src/profiles/index.ts';
import {
  type Fault,
  type FaultPlan,
  randomFaults,
  type SimulationResult,
  simulate,
} from '../../src/simulator/index.ts';
import { formsEvent, SECRET, v2Event, v3Batch } from './fixtures.ts';

const realSetTimeout = globalThis.setTimeout;
const realClearTimeout = globalThis.clearTimeout;
const RealDate = globalThis.Date;
const realPerformanceNow = performance.now;

const SIMULATIONS = 1200;
const CONCURRENT = 4;

/** One event per profile family, unique by `n`, and how a handler reads that identity back from the body. */
const families: Record<ProfileId, { event: (n: number) => unknown; key: (body: unknown) => string }> = {
  'spike-forms': { event: formsEvent, key: (b) => (b as { submissionId: string }).submissionId },
  'spike-health-v2': { event: v2Event, key: (b) => (b as { event_id: string }).event_id },
  'spike-health-v3': {
    event: v3Batch,
    key: (b) => (b as { application_user_id: string }[])[0]?.application_user_id ?? '',
  },
  'spike-forms-timestamped': {
    event: (n) => ({
      event: 'submission.created',
      timestamp: '2026-01-15T10:02:27.703Z',
      form: { id: 'form_1', name: 'Contact', slug: 'contact' },
      submission: { id: `sub_${n}`, data: { name: 'Zoë' }, createdAt: '2026-01-15T10:02:27.703Z' },
    }),
    key: (b) => (b as { submission: { id: string } }).submission.id,
  },
};

const statuses = [200, 201, 202, 204, 299, 301, 302, 400, 401, 404, 409, 429, 500, 502, 503];
const failing = statuses.filter((s) => s < 200 || s >= 300);
const twoXx = statuses.filter((s) => s >= 200 && s < 300);

/** A random fault in any spelling a test may write, never a plain 2xx. */
function randomFault(rng: Rng): Fault {
  switch (rng.int(0, 12)) {
    case 0:
      return null;
    case 1:
      return 'pass';
    case 2:
      return undefined;
    case 3:
      return rng.pick(failing);
    case 4:
      return { status: rng.pick(failing) };
    case 5:
      return { status: rng.pick(statuses), reachesHandler: false };
    case 6:
      return 'timeout';
    case 7:
      return 'refused';
    case 8:
      return 'reset';
    case 9:
      return 'slow';
    case 10:
      return { slow: rng.int(0, 60_000) };
    default:
      return 'lost-ack';
  }
}

function randomScript(rng: Rng): Fault[] {
  return Array.from({ length: rng.int(0, 8) }, () => randomFault(rng));
}

/** A plan in one of the four forms. */
function randomPlan(rng: Rng, events: number): FaultPlan | undefined {
  switch (rng.int(0, 4)) {
    case 0:
      return undefined;
    case 1:
      return randomScript(rng);
    case 2:
      return Array.from({ length: events }, () => randomScript(rng));
    case 3: {
      const among = Array.from({ length: rng.int(1, 6) }, () => randomFault(rng));
      return ({ random }) => among[Math.floor(random() * among.length)];
    }
    default:
      return randomFaults({
        rate: rng.float(0, 1),
        among: Array.from({ length: rng.int(1, 5) }, () =>
          rng.bool() ? randomFault(rng) : ([randomFault(rng), rng.int(1, 4)] as const),
        ),
      });
  }
}

type Behaviour =
  | { readonly kind: 'status'; readonly status: number }
  | { readonly kind: 'throw' }
  | { readonly kind: 'hang' }
  | { readonly kind: 'slow'; readonly ms: number; readonly status: number }
  | { readonly kind: 'real-io'; readonly ms: number; readonly status: number };

function randomBehaviour(rng: Rng): Behaviour {
  const status = rng.bool(0.5) ? rng.pick(twoXx) : rng.pick(statuses);
  switch (rng.int(0, 9)) {
    case 0:
      return { kind: 'throw' };
    case 1:
      return { kind: 'hang' };
    case 2:
    case 3:
      return { kind: 'slow', ms: rng.int(1, 45_000), status };
    case 4:
      return { kind: 'real-io', ms: rng.int(1, 4), status };
    default:
      return { kind: 'status', status };
  }
}

/**
 * A handler that fails in every way, one behaviour per call drawn from its own seed, and records (itself) every
 * success it answered that the profile accepts, by event key and call.
 */
function unreliableHandler(profile: ProfileId, seed: number) {
  const rng = new Rng(['handler', seed]);
  const accepted = new Set<string>();
  const key = families[profile].key;
  const handler = async (request: Request) => {
    const body = JSON.parse(await request.text()) as unknown;
    const behaviour = randomBehaviour(rng);
    const answer = (status: number) => {
      if (isSuccessStatus(getProfile(profile), status)) accepted.add(key(body));
      return new Response(null, { status });
    };
    switch (behaviour.kind) {
      case 'throw':
        throw new Error('the database is down');
      case 'hang':
        // A virtual timer far past every timeout: the handler never answers in time.
        await new Promise((resolve) => setTimeout(resolve, 10 * 86_400_000));
        return answer(500);
      case 'slow':
        await new Promise((resolve) => setTimeout(resolve, behaviour.ms));
        return answer(behaviour.status);
      case 'real-io':
        await realSleep(behaviour.ms);
        return answer(behaviour.status);
      default:
        return answer(behaviour.status);
    }
  };
  return { handler, accepted };
}

/** Why an event reported delivered does not deserve it, or undefined. */
function falseDelivery(
  result: SimulationResult,
  profile: ProfileId,
  accepted: ReadonlySet<string>,
  keys: readonly string[],
): string | undefined {
  for (const event of result.events) {
    if (event.outcome !== 'delivered') continue;
    const last = event.attempts.at(-1);
    const key = keys[event.duplicateOf ?? event.index] ?? '';
    if (last === undefined || last.classification !== 'success') return `event ${event.index}: no success`;
    const fault = last.fault;
    const bypass = typeof fault === 'object' && fault !== null && 'reachesHandler' in fault;
    if (!last.sent) {
      if (!bypass) return `event ${event.index}: delivered by an unsent attempt without an explicit bypass`;
      continue;
    }
    if (!accepted.has(key)) return `event ${event.index} (${key}): the handler never answered a success`;
    if (last.answer === null || !isSuccessStatus(getProfile(profile), last.answer.status))
      return `event ${event.index}: the delivering answer ${last.answer?.status} is not accepted`;
  }
  return undefined;
}

async function runOne(seed: number): Promise<{ delivered: number; bypassed: number; rejected: boolean }> {
  const rng = new Rng(['simulation', seed]);
  const profile = rng.pick(profileIds) as ProfileId;
  const count = rng.int(1, 4);
  const events = Array.from({ length: count }, (_, i) => families[profile].event(seed * 10 + i));
  const keys = events.map((event) => families[profile].key(event));
  const { handler, accepted } = unreliableHandler(profile, seed);
  let faults = randomPlan(rng, count);
  // Now and then a plain 2xx slips into a list: that must be refused, never a delivery.
  const plain2xx = rng.bool(0.05);
  if (plain2xx) faults = [...randomScript(rng), rng.bool() ? rng.pick(twoXx) : { status: rng.pick(twoXx) }];
  const run = simulate({
    profile,
    target: { fetch: handler },
    events,
    secret: SECRET,
    seed,
    ...(faults === undefined ? {} : { faults }),
    ...(rng.bool(0.2) ? { duplicates: { events: 'all' as const, gap: rng.int(0, 2_000) } } : {}),
  });
  if (plain2xx) {
    const error = await run.catch((e: unknown) => e);
    expect(isSpikeKitError(error, 'INVALID_FAULT'), `seed ${seed}`).toBe(true);
    expect(accepted.size, `seed ${seed}: nothing delivered before the refusal`).toBe(0);
    return { delivered: 0, bypassed: 0, rejected: true };
  }
  const result = await run;
  const problem = falseDelivery(result, profile, accepted, keys);
  expect(problem, `seed ${seed} ${profile}\n${result.toString()}`).toBeUndefined();
  const delivered = result.events.filter((e) => e.outcome === 'delivered');
  return {
    delivered: delivered.length,
    bypassed: delivered.filter((e) => e.attempts.at(-1)?.sent === false).length,
    rejected: false,
  };
}

describe('every verdict is true (property)', () => {
  it('no fault script, handler or concurrency makes the kit report an unacknowledged event delivered', async () => {
    let delivered = 0;
    let bypassed = 0;
    let rejected = 0;
    for (let start = 1; start <= SIMULATIONS; start += CONCURRENT) {
      const batch = Array.from({ length: CONCURRENT }, (_, i) => runOne(start + i));
      for (const outcome of await Promise.all(batch)) {
        delivered += outcome.delivered;
        bypassed += outcome.bypassed;
        if (outcome.rejected) rejected++;
      }
      expect(globalThis.setTimeout).toBe(realSetTimeout);
    }
    // The property was exercised both ways: real deliveries, explicit bypasses and refused plain 2xx scripts.
    expect(delivered - bypassed).toBeGreaterThan(100);
    expect(bypassed).toBeGreaterThan(10);
    expect(rejected).toBeGreaterThan(5);
    expect(globalThis.setTimeout).toBe(realSetTimeout);
    expect(globalThis.clearTimeout).toBe(realClearTimeout);
    expect(globalThis.Date).toBe(RealDate);
    expect(performance.now).toBe(realPerformanceNow);
  });
});

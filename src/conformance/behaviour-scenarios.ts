import type { Delivery } from '../delivery/index.ts';
import { durationWords, successWords } from './profile-words.ts';
import { fail, pass, type Scenario, skip, type Verdict } from './scenario.ts';
import { answerOf, isAcknowledged, type ScenarioContext } from './scenario-context.ts';
import type { Evidence } from './types.ts';

/** How many fresh events `duplicate-delivery` tries before it decides the probe counts everything. */
const FRESH_TRIES = 5;

/** The scenarios about what a receiver does with genuine deliveries: idempotency, tolerance, status and speed. */
export const behaviourScenarios: readonly Scenario[] = [
  {
    id: 'duplicate-delivery',
    title: 'the same event delivered twice, in turn: both acknowledged, side effects once',
    run: (ctx) => duplicateTwice(ctx, 'in turn'),
  },
  {
    id: 'concurrent-duplicate',
    title: 'the same event delivered twice at once: both acknowledged, side effects once',
    run: (ctx) => duplicateTwice(ctx, 'at once'),
  },
  {
    id: 'unknown-fields',
    title: 'an event with fields Spike may add later is acknowledged',
    async run(ctx) {
      const seen = await ctx.send(
        'fields the receiver has never seen, at the root and inside items',
        ctx.delivery(ctx.event(0, { awkward: ['unknown-fields'] })),
      );
      return isAcknowledged(ctx.profile, seen)
        ? pass(`an event with unknown fields was acknowledged (${answerOf(seen)})`)
        : fail(
            `an event with unknown fields got ${answerOf(seen)}: Spike adds fields without notice, and a handler with a strict schema then loses every delivery; ignore fields you do not know`,
          );
    },
  },
  {
    id: 'unknown-event-kind',
    title: 'an event of a kind the receiver has never seen is acknowledged',
    async run(ctx) {
      const seen = await ctx.send(
        'an event kind Spike may add later',
        ctx.delivery(ctx.event(0, { awkward: ['unknown-kind'] })),
      );
      return isAcknowledged(ctx.profile, seen)
        ? pass(`an event of an unknown kind was acknowledged (${answerOf(seen)})`)
        : fail(
            `an event of an unknown kind got ${answerOf(seen)}: Spike retries it until it gives up, for nothing; acknowledge kinds you do not handle`,
          );
    },
  },
  {
    id: 'success-status',
    title: 'a genuine delivery gets a status Spike counts as delivered',
    async run(ctx) {
      const seen = await ctx.send('a correctly signed event', ctx.delivery(ctx.event(0)));
      if (isAcknowledged(ctx.profile, seen))
        return pass(`answered ${answerOf(seen)}, which Spike counts as delivered`);
      const status = seen.response.kind === 'response' ? seen.response.status : undefined;
      const words = successWords(ctx.profile);
      if (status !== undefined && status >= 300 && status < 400)
        return fail(
          `answered ${status}: Spike does not follow redirects and counts a 3xx as a failure; answer ${words}`,
        );
      if (status !== undefined && status >= 200 && status < 300)
        return fail(
          `answered ${status}: ${ctx.profile.id} counts only ${words} as delivered, so Spike retries and the event arrives again; answer ${words}`,
        );
      return fail(`a genuine delivery got ${answerOf(seen)}: Spike counts only ${words} as delivered`);
    },
  },
  {
    id: 'timeout',
    title: "every answer comes within the profile's timeout",
    async run(ctx) {
      await ctx.send('a correctly signed event', ctx.delivery(ctx.event(0)));
      return withinTimeout(ctx.runEvidence, ctx);
    },
  },
];

/** Sends the same delivery twice (in turn or at once) and asks the probe how often it was processed. */
async function duplicateTwice(ctx: ScenarioContext, how: 'in turn' | 'at once'): Promise<Verdict> {
  const probe = ctx.probe;
  if (probe === undefined)
    return skip(
      'needs a probe counting the side effects per dedup key (probe: (key) => count; CLI: --probe-url); without one, a duplicate that is processed twice cannot be seen',
    );
  let delivery: Delivery | undefined;
  let keys: string[] = [];
  let before: number[] = [];
  for (let slot = 0; slot < FRESH_TRIES && delivery === undefined; slot++) {
    const candidate = ctx.delivery(ctx.event(slot));
    keys = ctx.keysOf(candidate);
    before = await Promise.all(keys.map(probe));
    if (before.every((count) => count === 0)) delivery = candidate;
  }
  if (delivery === undefined)
    return fail(
      `the probe counted ${keys[0]} ${before[0]} times before it was ever sent, for ${FRESH_TRIES} fresh events: it must count this receiver's side effects per dedup key`,
    );
  const d = delivery;
  const label = `the same event, twice ${how}`;
  const seen =
    how === 'in turn'
      ? [await ctx.send(label, d), await ctx.send(label, d)]
      : await Promise.all([ctx.send(label, d), ctx.send(label, d)]);
  const refused = seen.find((item) => !isAcknowledged(ctx.profile, item));
  if (refused !== undefined)
    return fail(
      `a duplicate delivered ${how} got ${answerOf(refused)}: Spike sends duplicates after a lost acknowledgement, and a refused one is retried for nothing; acknowledge duplicates`,
    );
  const after = await Promise.all(keys.map(probe));
  const times = after[0] ?? 0;
  if (times === 1) return pass(`both deliveries ${how} were acknowledged and the side effect ran once`);
  return fail(
    times === 0
      ? `both deliveries ${how} were acknowledged but the probe counted no side effect for ${keys[0]}: is the probe looking at this receiver?`
      : `the same event delivered twice ${how} was processed ${times} times: deduplicate on ${ctx.profile.dedup.kind === 'field' ? ctx.profile.dedup.path.join('.') : 'the dedup key'} before the side effect${how === 'at once' ? ', atomically (check and mark in one step)' : ''}`,
  );
}

/** The verdict of `timeout` over every exchange of the run. */
function withinTimeout(evidence: readonly Evidence[], ctx: ScenarioContext): Verdict {
  const limit = ctx.profile.timeoutMs;
  const late = evidence.find(
    (item) =>
      (item.response.kind === 'network-error' && item.response.error === 'timeout') ||
      item.response.latencyMs > limit,
  );
  if (late !== undefined)
    return fail(
      `'${late.label}' got no answer within ${durationWords(limit)}: Spike counts a slow answer as a failure and delivers again; acknowledge first, then do the work in the background`,
    );
  const slowest = Math.max(...evidence.map((item) => item.response.latencyMs));
  return pass(
    `all ${evidence.length} answers came within ${durationWords(limit)} (slowest ${durationWords(slowest)})`,
  );
}

// Type tests of the simulator, its Vitest matchers and the pact endpoint check. Checked by `npm run typecheck`;
// vitest never runs them. That `import 'spike-webhook-kit/vitest'` alone types the matchers in a user's project
// is a property of the BUILT declarations: test/integration/package.test.ts checks it.
import { type EventOutcome, generate, type SimulationResult } from 'spike-webhook-kit';
import { type VerificationReport, verifyEndpoint } from 'spike-webhook-kit/pact';
import { simulate } from 'spike-webhook-kit/simulator';
import 'spike-webhook-kit/vitest';
import { expect, expectTypeOf } from 'vitest';

const event = generate('spike-forms', { kind: 'feedback', seed: 1 });
const running = simulate({ profile: 'spike-forms', target: { fetch: () => new Response() }, event });
expectTypeOf(running).toEqualTypeOf<Promise<SimulationResult>>();

export async function check(): Promise<void> {
  const result = await running;
  expectTypeOf(result.events[0]?.outcome).toEqualTypeOf<EventOutcome | undefined>();
  expectTypeOf<EventOutcome>().toEqualTypeOf<'delivered' | 'exhausted' | 'discarded' | 'pending'>();

  expect(result).toBeDelivered();
  expect(result).not.toBeExhausted();
  expect(result).toHaveAttempts(3);
  expect(result).toHaveBeenDeliveredAfter('1m', { tolerance: '1s' });
  expect(result).toHaveBeenDeliveredAt('1m', { tolerance: '1s' });
  expect(result).toHaveBeenProcessedOnce(new Map<string, number>());
  // @ts-expect-error the matchers are typed: toHaveAttempts takes a number
  expect(result).toHaveAttempts('three');
  // @ts-expect-error a duration is a number of ms or a string like '6m'
  expect(result).toHaveBeenDeliveredAfter(true);
  // @ts-expect-error likewise for the exact matcher
  expect(result).toHaveBeenDeliveredAt(true);

  const report = await verifyEndpoint({ profile: 'spike-forms', baseUrl: 'http://127.0.0.1:1', secret: 's' });
  expectTypeOf(report).toEqualTypeOf<VerificationReport>();
}

// @ts-expect-error a simulation needs a target
void simulate({ profile: 'spike-forms', event });

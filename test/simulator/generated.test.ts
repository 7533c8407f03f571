// The simulator fed with what generate() returns, for every built-in profile, end to end.
import { describe, expect, it } from 'vitest';
import '../../src/vitest/index.ts';
import { generate } from '../../generators/index.ts';
import { dedupKeys, type ProfileId, profileIds } from '../../src/profiles/index.ts';
import { verifyRequest } from '../../src/signing/index.ts';
import { checkInvariants, randomFaults, simulate } from '../../src/simulator/index.ts';
import { SECRET } from './fixtures.ts';

/** An idempotent receiver that verifies every delivery and stores each dedup key once. */
function receiver(profile: ProfileId) {
  const stored = new Map<string, number>();
  const rejected: string[] = [];
  const handler = async (request: Request) => {
    const { ok, body, ...rest } = await verifyRequest(profile, request, { secret: SECRET });
    if (!ok) {
      rejected.push('reason' in rest ? String(rest.reason) : 'unknown');
      return new Response(null, { status: 401 });
    }
    for (const key of dedupKeys(profile, body)) if (!stored.has(key)) stored.set(key, 1);
    return new Response(null, { status: 200 });
  };
  return { handler, stored, rejected };
}

describe('generated events through the simulator', () => {
  for (const profile of profileIds) {
    it(`${profile}: signed, verified, delivered once per dedup key despite faults`, async () => {
      const events = generate(profile, { seed: 42, count: 25 } as never) as unknown[];
      const { handler, stored, rejected } = receiver(profile);
      const result = await simulate({
        profile,
        target: { fetch: handler },
        events,
        secret: SECRET,
        seed: 42,
        faults: randomFaults({ rate: 0.4 }),
        duplicates: { rate: 0.2 },
      });
      expect(rejected).toEqual([]);
      expect(checkInvariants(result, profile)).toEqual([]);
      expect(result.events.every((e) => e.dedupKeys.length > 0)).toBe(true);
      expect(result).toHaveBeenProcessedOnce(stored);
      expect(result.summary.delivered).toBeGreaterThan(0);
    });
  }
});

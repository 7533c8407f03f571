// The test suite every recipe runs, written with the kit the way a team would: real deliveries of every dialect,
// Spike's retries with a lost acknowledgement and concurrent duplicates, a forged signature, awkward bytes.
import { buildDelivery, deliver, generate, type ProfileId, profileIds } from 'spike-webhook-kit';
import { simulate } from 'spike-webhook-kit/simulator';
import 'spike-webhook-kit/vitest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createInbox, paths, type SpikeInbox, secrets } from './spike-inbox.ts';

/** How a recipe is reached: a kit target for a path (`{ app, path }`, `{ fetch }`, `{ url }`), and how to stop it. */
export interface RecipeTarget {
  target(path: string): Parameters<typeof deliver>[0];
  /** The app's own inbox, when the app keeps it itself (a Next.js route module); default the one `start` got. */
  readonly inbox?: SpikeInbox;
  close?(): Promise<void>;
}

const kindOf: Readonly<Record<ProfileId, string>> = {
  'spike-health-v2': 'sleep',
  'spike-health-v3': 'record_change',
  'spike-forms': 'job-application',
  'spike-forms-timestamped': 'contact',
};

/** A delivery Spike would send now (the timestamped dialect's header is checked against the clock). */
function delivery(profile: ProfileId, seed: number, options: Record<string, unknown> = {}) {
  const {
    secret = secrets[profile],
    bodyStyle = 'compact',
    timestamp = new Date(),
    ...generateOptions
  } = options;
  const event = generate(profile, { kind: kindOf[profile], seed, ...generateOptions } as never);
  return buildDelivery(profile, event as never, {
    secret: secret as string,
    bodyStyle: bodyStyle as never,
    timestamp: timestamp as Date,
  });
}

/** Registers the recipe suite for one framework. */
export function describeRecipe(framework: string, start: (inbox: SpikeInbox) => Promise<RecipeTarget>): void {
  describe(`${framework} recipe`, () => {
    const given = createInbox();
    let recipe: RecipeTarget;
    let inbox: SpikeInbox = given;
    beforeAll(async () => {
      recipe = await start(given);
      inbox = recipe.inbox ?? given;
    });
    afterAll(async () => {
      await recipe.close?.();
    });

    for (const profile of profileIds) {
      describe(profile, () => {
        it('answers the status Spike counts as delivered and processes the delivery once', async () => {
          const d = delivery(profile, 1, { bodyStyle: 'awkward' });
          const first = await deliver(recipe.target(paths[profile]), d);
          const again = await deliver(recipe.target(paths[profile]), d);
          expect(first).toMatchObject({ kind: 'response', status: 200 }); // 200 for every dialect; v3 accepts nothing else
          expect(again).toMatchObject({ kind: 'response', status: 200 });
          const key = inbox.processed.at(-1) as string;
          expect(inbox.processed.filter((k) => k === key)).toHaveLength(1);
        });

        it('survives a lost acknowledgement and concurrent duplicates: processed once, delivered', async () => {
          const before = inbox.processed.length;
          // Spike signs each attempt when it sends it; the app reads Spike's (virtual) clock, so each is fresh.
          const event = generate(profile, { kind: kindOf[profile], seed: 2 } as never);
          const result = await simulate({
            profile,
            target: recipe.target(paths[profile]),
            event,
            secret: secrets[profile],
            faults: ['lost-ack'],
            duplicates: { events: 'all' },
          });
          expect(result).toBeDelivered();
          // The inbox as the kit's probe: how often each dedup key was processed.
          expect(result).toHaveBeenProcessedOnce((key) => inbox.processed.filter((k) => k === key).length);
          expect(inbox.processed.length - before).toBe(1);
        });

        it('refuses a forged signature with 401 and processes nothing', async () => {
          const before = inbox.processed.length;
          const forged = delivery(profile, 3, { secret: 'not-the-secret' });
          expect(await deliver(recipe.target(paths[profile]), forged)).toMatchObject({
            kind: 'response',
            status: 401,
          });
          expect(inbox.processed.length).toBe(before);
        });

        it('acknowledges an event kind the kit does not know', async () => {
          const d = delivery(profile, 4, { awkward: 'unknown-kind' });
          expect(await deliver(recipe.target(paths[profile]), d)).toMatchObject({
            kind: 'response',
            status: 200,
          });
          expect(inbox.kinds).toContain('unknown');
        });
      });
    }
  });
}

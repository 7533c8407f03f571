// Receivers deduplicate on the v2 `event_id` and the forms `submissionId`: every identity input of a `generate`
// call must change them, or a correct receiver drops legitimate events in tests.
import { describe, expect, it } from 'vitest';
import { localeIds } from '../../generators/core/faker.ts';
import { formKinds } from '../../generators/forms/index.ts';
import { generate } from '../../generators/generate.ts';
import { personaIds } from '../../generators/health/index.ts';
import { isSpikeKitError } from '../../src/core/index.ts';

type Loose = (profile: string, options: Record<string, unknown>) => unknown;
const gen = generate as unknown as Loose;
const REF = '2026-01-15T10:30:00.000Z';

/** Generates, or `undefined` for a combination the generator refuses with a coded error (no provider ...). */
function tryGen(profile: string, options: Record<string, unknown>): Record<string, unknown>[] | undefined {
  try {
    return gen(profile, { refDate: REF, count: 2, ...options }) as Record<string, unknown>[];
  } catch (error) {
    if (isSpikeKitError(error, 'INVALID_OPTION')) return undefined;
    throw error;
  }
}

/**
 * The keys shared by two different events, with the inputs that produced them. Inputs that name what the seed
 * would draw anyway (the persona or locale it draws) give the very same event, which may keep its id.
 */
function duplicates(keys: readonly (readonly [string, string, unknown])[]): string[] {
  const seen = new Map<string, [string, string]>();
  const dupes: string[] = [];
  for (const [key, input, event] of keys) {
    const bytes = JSON.stringify(event);
    const before = seen.get(key);
    if (before === undefined) seen.set(key, [input, bytes]);
    else if (before[1] !== bytes) dupes.push(`${key}: ${before[0]} and ${input}`);
  }
  return dupes;
}

describe('v2 event_id depends on every identity input', () => {
  const personaOptions: unknown[] = [
    ...personaIds,
    { id: 'office-worker', clientUserId: 'alice' },
    { id: 'office-worker', clientUserId: 'bob' },
    { id: 'office-worker', userId: 'spike-user-1' },
    { id: 'office-worker', userId: 'spike-user-2' },
    { id: 'office-worker', timezoneOffsetMinutes: 60 },
    { id: 'office-worker', providers: ['garmin'] },
    undefined,
  ];

  it('gives distinct event_ids across personas, user ids, kinds, seeds, event types and items', () => {
    const keys: [string, string, unknown][] = [];
    for (const kind of ['sleep', 'heart', 'steps', 'body']) {
      for (const seed of [1, 2, 'x']) {
        for (const persona of personaOptions) {
          for (const eventType of [undefined, 'other_update']) {
            const input = JSON.stringify({ kind, seed, persona, eventType });
            const events = tryGen('spike-health-v2', { kind, seed, persona, eventType });
            events?.forEach((event, i) => {
              keys.push([event.event_id as string, `${input}#${i}`, event]);
            });
          }
        }
      }
    }
    expect(keys.length).toBeGreaterThan(500);
    expect(duplicates(keys)).toEqual([]);
  });

  it('gives different Spike user_ids and data for different clientUserIds', () => {
    const of = (clientUserId: string) =>
      gen('spike-health-v2', {
        kind: 'heart',
        seed: 5,
        refDate: REF,
        persona: { id: 'office-worker', clientUserId },
      }) as Record<string, unknown>;
    const alice = of('alice');
    const bob = of('bob');
    expect(alice.client_user_id).toBe('alice');
    expect(bob.client_user_id).toBe('bob');
    expect(alice.user_id).not.toBe(bob.user_id);
    expect(JSON.stringify(alice.data)).not.toBe(JSON.stringify(bob.data));
  });

  it('gives different v3 batches (and so body hashes) for different clientUserIds', () => {
    const of = (clientUserId: string) =>
      JSON.stringify(
        gen('spike-health-v3', {
          kind: 'record_change',
          seed: 5,
          refDate: REF,
          persona: { id: 'office-worker', clientUserId },
        }),
      ).replaceAll(clientUserId, 'ID');
    expect(of('alice')).not.toBe(of('bob'));
  });

  it('keeps the same bytes for the same inputs', () => {
    const options = {
      kind: 'sleep',
      seed: 3,
      refDate: REF,
      persona: { id: 'office-worker', clientUserId: 'a' },
    };
    expect(JSON.stringify(gen('spike-health-v2', options))).toBe(
      JSON.stringify(gen('spike-health-v2', options)),
    );
  });
});

describe('forms submissionId depends on every identity input', () => {
  it.each(['spike-forms', 'spike-forms-timestamped'])(
    '%s: distinct ids across kinds, locales, form ids, seeds and items',
    (profile) => {
      const idOf = (event: Record<string, unknown>) =>
        (event.submissionId ?? (event.submission as { id: string }).id) as string;
      const keys: [string, string, unknown][] = [];
      for (const kind of formKinds) {
        for (const seed of [1, 2]) {
          for (const locale of [undefined, ...localeIds]) {
            for (const form of [
              undefined,
              { id: 'form-a' },
              { id: 'form-b' },
              { slug: 'x' },
              { name: 'N' },
            ]) {
              const input = JSON.stringify({ kind, seed, locale, form });
              tryGen(profile, { kind, seed, locale, form })?.forEach((event, i) => {
                keys.push([idOf(event), `${input}#${i}`, event]);
              });
            }
          }
        }
      }
      expect(keys.length).toBe(formKinds.length * 2 * (localeIds.length + 1) * 5 * 2);
      expect(duplicates(keys)).toEqual([]);
    },
  );

  it('keeps the same bytes for the same inputs', () => {
    const options = { kind: 'contact', seed: 3, refDate: REF, locale: 'de', form: { id: 'f' } };
    expect(JSON.stringify(gen('spike-forms', options))).toBe(JSON.stringify(gen('spike-forms', options)));
  });
});

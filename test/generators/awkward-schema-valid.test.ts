// The awkward variants (and their combinations) of every profile and kind stay valid by the profile's own schema:
// optionality and nullability have one source, the schema, and the generators obey it.
import { describe, expect, it } from 'vitest';
import { type Awkwardness, generate, kindsOf } from '../../generators/index.ts';
import { getProfile, profileIds } from '../../src/profiles/index.ts';
import { payloadFamilies } from '../../src/schemas/payload-families.ts';

const variants: readonly Awkwardness[][] = [
  ['empty-optionals'],
  ['null-optionals'],
  ['minimal'],
  ['empty-optionals', 'null-optionals'],
  ['minimal', 'empty-optionals'],
];

describe('awkward variants are valid by their own schema', () => {
  for (const id of profileIds) {
    it(`${id}: every kind, seeds 1-4`, () => {
      const profile = getProfile(id);
      const family = payloadFamilies[profile.payload];
      const problems: string[] = [];
      for (const kind of kindsOf(profile) as unknown as readonly string[]) {
        for (const awkward of variants) {
          for (const seed of [1, 2, 3, 4]) {
            const body = (generate as (p: unknown, o: object) => unknown)(profile, { kind, seed, awkward });
            for (const p of family.check(body))
              problems.push(`${kind} ${awkward.join('+')} seed ${seed}: ${p}`);
          }
        }
      }
      expect(problems).toEqual([]);
    });
  }
});

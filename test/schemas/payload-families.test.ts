import { describe, expect, it } from 'vitest';
import { generate } from '../../generators/generate.ts';
import { families } from '../../generators/payload-families.ts';
import { isSpikeKitError } from '../../src/core/index.ts';
import { type PayloadFamilyId, profileIds, profiles } from '../../src/profiles/index.ts';
import { contractFacts } from '../../src/schemas/contract-facts.ts';
import { payloadFamilies, payloadSchemas } from '../../src/schemas/payload-families.ts';
import type { PayloadFamilySchema } from '../../src/schemas/payload-family.ts';

const familyIds = Object.keys(payloadFamilies) as PayloadFamilyId[];

describe('payloadFamilies: the one registry of payload families', () => {
  it.each(familyIds)(
    '%s: its descriptor names itself, its default kind and a schema for every kind',
    (id) => {
      const family = payloadFamilies[id];
      expect(family.id).toBe(id);
      expect(family.kinds).toContain(family.defaultKind);
      expect(new Set(family.kinds).size).toBe(family.kinds.length);
      expect(Object.keys(family.kindSchemas).sort()).toEqual([...family.kinds].sort());
    },
  );

  it('covers the payload family of every built-in profile', () => {
    for (const id of profileIds) expect(familyIds).toContain(profiles[id].payload);
  });

  it.each(profileIds)('%s: every kind generated validates with its kind schema and the body schema', (id) => {
    const family: PayloadFamilySchema = payloadFamilies[profiles[id].payload];
    for (const kind of family.kinds) {
      const body = generate(id, { kind: kind as never, seed: 11 });
      expect(family.kindSchemas[kind]?.safeParse(body).success).toBe(true);
      expect(family.check(body)).toEqual([]);
      expect(family.schema.safeParse(body).success).toBe(true);
    }
  });

  it("a v2 kind schema rejects another data_type's event", () => {
    const heart = generate('spike-health-v2', { kind: 'heart', seed: 3 });
    expect(payloadFamilies['health-v2'].kindSchemas.sleep.safeParse(heart).success).toBe(false);
  });

  it('payloadSchemas and contractFacts are views of it', () => {
    for (const id of familyIds) {
      expect(payloadSchemas[id].schema).toBe(payloadFamilies[id].schema);
      expect(payloadSchemas[id].title).toBe(payloadFamilies[id].title);
      expect(contractFacts[id].rules).toBe(payloadFamilies[id].contractRules);
      const [kind] = payloadFamilies[id].kinds;
      expect(contractFacts[id].schemaFor(kind as string)).toBe(
        (payloadFamilies[id].kindSchemas as Record<string, unknown>)[kind as string],
      );
    }
  });

  it('contractFacts: an unknown kind is UNKNOWN_KIND naming the family', () => {
    let error: unknown;
    try {
      contractFacts['health-v3'].schemaFor('record_deleted');
    } catch (caught) {
      error = caught;
    }
    expect(isSpikeKitError(error, 'UNKNOWN_KIND')).toBe(true);
    expect(String(error)).toMatch(/health-v3/);
    expect(() => contractFacts.forms.schemaFor('toString')).toThrow(/No forms schema for kind 'toString'/);
  });

  it('the generators join each descriptor with its generator', () => {
    for (const id of familyIds) {
      expect(families[id].kinds).toBe(payloadFamilies[id].kinds);
      expect(families[id].kindLabel).toBe(payloadFamilies[id].kindLabel);
      expect(typeof families[id].generate).toBe('function');
    }
  });
});

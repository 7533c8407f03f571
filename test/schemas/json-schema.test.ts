// The JSON Schema files under contracts/schemas/ are what non-TypeScript teams validate with. They are checked here
// with an independent validator (Ajv, draft 2020-12), not with zod, against Spike's own examples (the seed payloads
// of the signing vectors) and against generated payloads over many seeds and every kind.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { generate, kindsOf } from '../../generators/index.ts';
import { jsonSchemaFiles, schemaDrift, schemaRoot } from '../../scripts/schemas.ts';
import { type ProfileId, profileIds } from '../../src/profiles/index.ts';
import { parsePayload } from '../../src/schemas/index.ts';
import { signingVectors } from '../support/vectors.ts';

// Formats are checked, not ignored: a uuid or IP address the generators got wrong fails here.
const ajv = addFormats(new Ajv2020({ allErrors: true, strict: false }), [
  'uuid',
  'ipv4',
  'ipv6',
  'date-time',
  'date',
  'email',
  'uri',
]);
const validators = Object.fromEntries(
  profileIds.map((id) => [
    id,
    ajv.compile(JSON.parse(readFileSync(join(schemaRoot, `${id}.schema.json`), 'utf8')) as object),
  ]),
) as Record<ProfileId, ReturnType<typeof ajv.compile>>;

const problems = (profile: ProfileId, body: unknown): string[] => {
  const validate = validators[profile];
  return validate(body) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
};

describe('contracts/schemas (JSON Schema generated from the zod schemas)', () => {
  it('is checked in exactly as `npm run schemas` writes it', () => {
    expect(schemaDrift(schemaRoot)).toEqual([]);
    expect([...jsonSchemaFiles().keys()].sort()).toEqual(profileIds.map((id) => `${id}.schema.json`).sort());
  });

  it('accepts the example payloads of the seeds and docs, and agrees with zod on every vector body', () => {
    const examples = ['v2-basic', 'v3-batch', 'forms-seed', 'forms-utf8', 'timestamped'];
    for (const name of examples) {
      const vector = signingVectors.find((v) => v.name === name);
      expect(vector, name).toBeDefined();
      expect(problems(vector!.profile, JSON.parse(vector!.body)), name).toEqual([]);
    }
    // Signing-only vectors hold partial bodies: both validators must reject them alike.
    for (const vector of signingVectors) {
      const body = JSON.parse(vector.body) as unknown;
      const zodAccepts = (() => {
        try {
          parsePayload(vector.profile, body);
          return true;
        } catch {
          return false;
        }
      })();
      expect(problems(vector.profile, body).length === 0, vector.name).toBe(zodAccepts);
    }
  });

  it('accepts every generated payload: each profile, each kind, 25 seeds', () => {
    let checked = 0;
    for (const profile of profileIds) {
      for (const kind of kindsOf(profile)) {
        for (let seed = 1; seed <= 25; seed++) {
          const body = generate(profile as ProfileId, { kind, seed } as never);
          expect(problems(profile, body), `${profile} ${kind} seed ${seed}`).toEqual([]);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(500);
  });

  it('rejects what Spike never sends, like the zod schema does', () => {
    const submission = generate('spike-forms', { kind: 'contact', seed: 3 });
    const broken = { ...submission, metadata: { ...submission.metadata, ip: 'localhost' } };
    expect(problems('spike-forms', broken).join('\n')).toMatch(/\/metadata\/ip/);
    expect(() => parsePayload('spike-forms', broken)).toThrow(/metadata\.ip/);
    const v3 = generate('spike-health-v3', { kind: 'record_change', seed: 3 });
    expect(problems('spike-health-v3', { events: v3 })).not.toEqual([]);
    const v2 = generate('spike-health-v2', { kind: 'sleep', seed: 3 });
    expect(problems('spike-health-v2', { ...v2, data: 'not an array' })).not.toEqual([]);
  });

  it('checks formats instead of ignoring them (a uuid, an IP address)', () => {
    const v2 = generate('spike-health-v2', { kind: 'sleep', seed: 3 });
    expect(problems('spike-health-v2', { ...v2, user_id: 'not-a-uuid' }).join('\n')).toMatch(
      /user_id must match format "uuid"/,
    );
    const submission = generate('spike-forms', { kind: 'contact', seed: 3 });
    const badIp = { ...submission, metadata: { ...submission.metadata, ip: '300.1.2.3' } };
    expect(problems('spike-forms', badIp).join('\n')).toMatch(/\/metadata\/ip/);
  });
});

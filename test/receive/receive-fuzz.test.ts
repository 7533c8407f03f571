// Property check with the kit's seeded Rng (reproducible): over many mutated deliveries, receive accepts exactly the
// untouched, validly signed, schema-valid ones, and throws nothing but a SpikeKitError.
import { describe, expect, it } from 'vitest';
import { generate } from '../../generators/generate.ts';
import { isSpikeKitError, Rng } from '../../src/core/index.ts';
import { buildDelivery } from '../../src/delivery/index.ts';
import { profileIds } from '../../src/profiles/index.ts';
import { receive } from '../../src/receive/index.ts';

const SECRET = 'fuzz-secret';
const REF = '2026-01-15T10:30:00Z';

type Mutation = (
  body: Buffer,
  headers: Record<string, string>,
  rng: Rng,
) => { body: unknown; headers: unknown };
const mutations: Record<string, Mutation> = {
  none: (body, headers) => ({ body, headers }),
  'flip a byte': (body, headers, rng) => {
    const copy = Buffer.from(body);
    const i = rng.int(0, copy.length - 1);
    copy[i] = (copy[i] as number) ^ (1 << rng.int(0, 7));
    return { body: copy, headers };
  },
  'drop a byte': (body, headers, rng) => {
    const i = rng.int(0, body.length - 1);
    return { body: Buffer.concat([body.subarray(0, i), body.subarray(i + 1)]), headers };
  },
  truncate: (body, headers, rng) => ({ body: body.subarray(0, rng.int(0, body.length - 1)), headers }),
  'change a header value': (body, headers, rng) => {
    const keys = Object.keys(headers).filter((k) => k.toLowerCase() !== 'content-type');
    const key = keys[rng.int(0, keys.length - 1)] as string;
    const value = headers[key] as string;
    const i = rng.int(0, value.length - 1);
    return {
      body,
      headers: {
        ...headers,
        [key]: `${value.slice(0, i)}${value[i] === 'a' ? 'b' : 'a'}${value.slice(i + 1)}`,
      },
    };
  },
  'drop the headers': (body) => ({ body, headers: {} }),
  'odd header shapes': (body, _headers, rng) => ({
    body,
    headers: rng.pick([
      null,
      undefined,
      [],
      42,
      'x',
      { 'X-Spike-Signature': ['a', 'b'] },
      { 'X-Body-Signature': '' },
    ]),
  }),
  'a parsed body': (body, headers) => ({ body: JSON.parse(body.toString()), headers }),
  'a non-body': (_body, headers, rng) => ({ body: rng.pick([null, undefined, 42, [], true]), headers }),
};

describe('receive accepts exactly the untouched deliveries', () => {
  for (const profile of profileIds) {
    it(`${profile}: 300 mutated deliveries`, () => {
      const rng = new Rng(`fuzz:${profile}`);
      let accepted = 0;
      let refused = 0;
      for (let k = 0; k < 300; k++) {
        const event = generate(profile, {
          seed: k % 20,
          refDate: REF,
          awkward: rng.bool(0.2) ? 'unknown-fields' : [],
        } as never);
        const d = buildDelivery(profile, event as never, {
          secret: SECRET,
          bodyStyle: rng.pick(['compact', 'awkward', 'pretty']),
          timestamp: REF,
        });
        const name = rng.pick(Object.keys(mutations));
        const mutated = (mutations[name] as Mutation)(Buffer.from(d.body), { ...d.headers }, rng);
        try {
          receive(profile, mutated as never, { secret: SECRET, now: REF });
          // Only an untouched delivery (or a mutation that happened to change nothing that is signed or validated)
          // may pass; a pass must be byte-for-byte what was signed, or a v2 body whose signed event_id survived.
          if (
            name !== 'none' &&
            !(
              profile === 'spike-health-v2' &&
              name !== 'change a header value' &&
              name !== 'drop the headers' &&
              name !== 'odd header shapes'
            )
          ) {
            expect.unreachable(`${profile}: '${name}' was accepted`);
          }
          accepted++;
        } catch (error) {
          expect(isSpikeKitError(error), `${name}: ${String(error)}`).toBe(true);
          if (name === 'none') throw error;
          refused++;
        }
      }
      expect(accepted).toBeGreaterThan(10);
      expect(refused).toBeGreaterThan(100);
    });
  }
});

// Body styles change the bytes they promise to change: a receiver that verifies a re-serialisation
// (`JSON.stringify(JSON.parse(body))`) instead of the raw bytes must fail on them, for every profile and kind.
import { describe, expect, it } from 'vitest';
import { generate, kindsOf } from '../../generators/generate.ts';
import { type BodyStyle, bodyStyles, serializeBody } from '../../src/delivery/index.ts';
import { profileIds } from '../../src/profiles/index.ts';

type Loose = (profile: string, options: Record<string, unknown>) => unknown;
const gen = generate as unknown as Loose;
const SEEDS = [1, 2, 3, 4, 5, 6];

/** Whether a value holds a fraction written without an exponent (what `padded-decimals` pads). */
function holdsPlainFraction(value: unknown): boolean {
  if (typeof value === 'number')
    return Number.isFinite(value) && !Number.isInteger(value) && !String(value).includes('e');
  if (Array.isArray(value)) return value.some(holdsPlainFraction);
  if (typeof value === 'object' && value !== null) return Object.values(value).some(holdsPlainFraction);
  return false;
}

const cases = profileIds.flatMap((profile) =>
  kindsOf(profile).flatMap((kind) => SEEDS.map((seed) => ({ profile, kind: kind as string, seed }))),
);

describe('body styles over every profile, kind and seed', () => {
  const always: BodyStyle[] = ['pretty', 'spaced', 'ascii', 'trailing-newline', 'awkward'];

  it.each(profileIds)(
    '%s: every style keeps the value; the promised ones always change the bytes',
    (profile) => {
      const mine = cases.filter((c) => c.profile === profile);
      expect(mine.length).toBeGreaterThan(0);
      const unchanged: string[] = [];
      for (const { kind, seed } of mine) {
        const event = gen(profile, { kind, seed });
        for (const style of bodyStyles) {
          const body = serializeBody(event, style);
          expect(JSON.parse(body)).toEqual(JSON.parse(JSON.stringify(event)));
          const reserialised = JSON.stringify(JSON.parse(body));
          const changes = reserialised !== body;
          const promised =
            always.includes(style) || (style === 'padded-decimals' && holdsPlainFraction(event));
          if (style === 'compact') expect(changes).toBe(false);
          else if (promised && !changes) unchanged.push(`${style} ${kind} seed ${seed}`);
          // padded-decimals changes nothing else: without a fraction it writes the compact bytes.
          if (style === 'padded-decimals' && !holdsPlainFraction(event))
            expect(body).toBe(JSON.stringify(event));
        }
      }
      expect(unchanged).toEqual([]);
    },
  );

  it('awkward also differs from the compact bytes of combined styles and of each single style', () => {
    for (const { profile, kind, seed } of cases.filter((c) => c.seed === 1)) {
      const event = gen(profile, { kind, seed });
      const awkward = serializeBody(event, 'awkward');
      for (const style of ['compact', 'spaced', 'ascii', 'padded-decimals'] as const)
        expect(awkward).not.toBe(serializeBody(event, style));
      expect(serializeBody(event, ['spaced', 'ascii', 'padded-decimals', 'trailing-newline'])).toBe(awkward);
    }
  });
});

describe('what each style writes', () => {
  it('ascii writes only letters, digits and spaces as themselves', () => {
    const value = { event_id: 'a-b:c.d@e_f', name: 'Zoë 👋', url: 'https://x/y', q: 'say "hi" \\ ok' };
    const body = serializeBody(value, 'ascii');
    expect(body).toBe(
      '{"event\\u005fid":"a\\u002db\\u003ac\\u002ed\\u0040e\\u005ff","name":"Zo\\u00eb \\ud83d\\udc4b","url":"https\\u003a\\/\\/x\\/y","q":"say \\"hi\\" \\\\ ok"}',
    );
    expect(/^[\x20-\x7e]*$/.test(body)).toBe(true);
    expect(JSON.parse(body)).toEqual(value);
  });

  it('padded-decimals pads fractions only, so integer fields stay integers', () => {
    expect(serializeBody({ n: 1.5, i: 2, z: -0, e: 1e-7, big: 1e21 }, 'padded-decimals')).toBe(
      '{"n":1.50,"i":2,"z":0,"e":1e-7,"big":1e+21}',
    );
  });

  it('awkward always ends with a newline and spaces its separators', () => {
    expect(serializeBody({}, 'awkward')).toBe('{}\n');
    expect(serializeBody([], 'awkward')).toBe('[]\n');
    expect(serializeBody({ a: [1, 2] }, 'awkward')).toBe('{"a": [1, 2]}\n');
  });
});

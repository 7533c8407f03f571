// Overrides are validated against the schema, not against the type the generator happened to draw; unknown keys
// are an error unless allowed; prototype keys never reach an object's prototype.
import { describe, expect, it } from 'vitest';
import { applyOverrides } from '../../generators/core/overrides.ts';
import { generate } from '../../generators/generate.ts';
import { isSpikeKitError } from '../../src/core/index.ts';

type Loose = (profile: string, options: Record<string, unknown>) => unknown;
const gen = generate as unknown as Loose;
const seeds = Array.from({ length: 40 }, (_, i) => i + 1);

function codeOf(fn: () => unknown): [string, string] {
  try {
    fn();
  } catch (error) {
    return isSpikeKitError(error) ? [error.code, error.message] : ['not-coded', String(error)];
  }
  return ['no-error', ''];
}

describe('overrides are validated against the schema', () => {
  it("accepts the README's numeric rating for every seed, whatever type the generator drew", () => {
    for (const seed of seeds) {
      const event = generate('spike-forms', { kind: 'feedback', seed, overrides: { data: { rating: 1 } } });
      expect(event.data.rating).toBe(1);
    }
  });

  it('accepts a string where the generator drew a number when the schema allows it', () => {
    for (const seed of seeds.slice(0, 10)) {
      const event = gen('spike-forms', {
        kind: 'feedback',
        seed,
        encoding: 'json',
        overrides: { data: { rating: '5' } },
      }) as { data: { rating: unknown } };
      expect(event.data.rating).toBe('5');
    }
  });

  it.each([
    [
      'a form field that is an object',
      'spike-forms',
      { data: { rating: { stars: 1 } } },
      /data\.rating|rating/,
    ],
    ['a v2 timestamp that is a number', 'spike-health-v2', { timestamp: 5 }, /timestamp/],
    ['a v2 data that is a string', 'spike-health-v2', { data: 'none' }, /data/],
  ])('rejects %s with INVALID_OVERRIDE naming the field', (_name, profile, overrides, pattern) => {
    const [code, message] = codeOf(() => gen(profile, { seed: 1, overrides }));
    expect(code).toBe('INVALID_OVERRIDE');
    expect(message).toMatch(pattern);
  });

  it('still lets validate: false produce an invalid payload on purpose', () => {
    const event = gen('spike-health-v2', { seed: 1, validate: false, overrides: { timestamp: 5 } }) as {
      timestamp: unknown;
    };
    expect(event.timestamp).toBe(5);
  });

  it('still supports a function override', () => {
    const event = generate('spike-forms', {
      kind: 'contact',
      seed: 2,
      overrides: (generated) => ({ ...generated, formName: 'Renamed' }),
    });
    expect(event.formName).toBe('Renamed');
  });
});

describe('unknown override keys', () => {
  it.each([
    ['a misspelt root field', 'spike-forms', { formNmae: 'x' }, 'formNmae'],
    ['a misspelt metadata field', 'spike-forms', { metadata: { countyr: 'DE' } }, 'metadata.countyr'],
    ['a misspelt v2 field', 'spike-health-v2', { client_userid: 'x' }, 'client_userid'],
    ['a misspelt v2 item field', 'spike-health-v2', { data: [{ total_sleepp: 1 }] }, 'data[0].total_sleepp'],
    ['a misspelt v3 field', 'spike-health-v3', [{ application_userid: 'x' }], '[0].application_userid'],
  ])('rejects %s with INVALID_OVERRIDE naming its path', (_name, profile, overrides, path) => {
    const [code, message] = codeOf(() => gen(profile, { seed: 1, overrides }));
    expect(code).toBe('INVALID_OVERRIDE');
    expect(message).toContain(`'${path}'`);
    expect(message).toContain('allowUnknownOverrideKeys');
  });

  it('accepts them with allowUnknownOverrideKeys: true', () => {
    const event = gen('spike-forms', {
      seed: 1,
      allowUnknownOverrideKeys: true,
      overrides: { formNmae: 'x', metadata: { countyr: 'DE' } },
    }) as Record<string, unknown> & { metadata: Record<string, unknown> };
    expect(event.formNmae).toBe('x');
    expect(event.metadata.countyr).toBe('DE');
  });

  it('accepts any field name in an open record (a form submission`s data)', () => {
    const event = gen('spike-forms', {
      kind: 'contact',
      seed: 1,
      overrides: { data: { newsletter_opt_in: true } },
    });
    expect((event as { data: Record<string, unknown> }).data.newsletter_opt_in).toBe(true);
  });

  it('rejects a non-boolean allowUnknownOverrideKeys and a non-object overrides', () => {
    expect(codeOf(() => gen('spike-forms', { allowUnknownOverrideKeys: 'yes' }))[0]).toBe('INVALID_OPTION');
    expect(codeOf(() => gen('spike-forms', { overrides: 42 }))[0]).toBe('INVALID_OPTION');
    expect(codeOf(() => gen('spike-forms', { overrides: 'x' }))[0]).toBe('INVALID_OPTION');
  });
});

describe('prototype keys in overrides', () => {
  const attempts: [string, unknown][] = [
    ['__proto__ at the root', JSON.parse('{"__proto__": {"polluted": true}}')],
    ['__proto__ nested', JSON.parse('{"data": {"__proto__": {"polluted": true}}}')],
    ['constructor', { constructor: { prototype: { polluted: true } } }],
    ['prototype', { data: { prototype: { polluted: true } } }],
  ];

  it.each(attempts)('rejects %s with INVALID_OVERRIDE and pollutes nothing', (_name, overrides) => {
    for (const allowUnknownOverrideKeys of [false, true]) {
      const [code, message] = codeOf(() =>
        gen('spike-forms', { kind: 'contact', seed: 1, overrides, allowUnknownOverrideKeys }),
      );
      expect(code).toBe('INVALID_OVERRIDE');
      expect(message).toMatch(/__proto__|constructor|prototype/);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each(attempts)('applyOverrides rejects %s too', (_name, overrides) => {
    const [code] = codeOf(() => applyOverrides({ data: { a: 1 } }, overrides as never));
    expect(code).toBe('INVALID_OVERRIDE');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('rejects circular overrides with INVALID_OVERRIDE', () => {
    const loop: Record<string, unknown> = { data: {} };
    (loop.data as Record<string, unknown>).self = loop;
    expect(codeOf(() => gen('spike-forms', { seed: 1, overrides: loop }))[0]).toBe('INVALID_OVERRIDE');
    expect(codeOf(() => applyOverrides({ data: { a: 1 } }, loop as never))[0]).toBe('INVALID_OVERRIDE');
  });
});

import { describe, expect, it } from 'vitest';
import { localeIds } from '../../../generators/core/faker.ts';
import { generate } from '../../../generators/generate.ts';
import { isSpikeKitError } from '../../../src/core/index.ts';
import { formKinds, REF, seeds } from './support.ts';

const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;
const IPV6 = /^[0-9a-f]{1,4}(:[0-9a-f]{1,4}){7}$/;

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}

describe('multiValue: checkbox groups arrive as arrays or comma-joined strings', () => {
  it("'array' gives string arrays, 'comma-joined' one string joined with ', '", () => {
    for (const seed of seeds(20)) {
      const asArray = generate('spike-forms', {
        kind: 'newsletter',
        seed,
        multiValue: 'array',
        refDate: REF,
      });
      const joined = generate('spike-forms', {
        kind: 'newsletter',
        seed,
        multiValue: 'comma-joined',
        refDate: REF,
      });
      expect(Array.isArray(asArray.data.topics)).toBe(true);
      expect(typeof joined.data.topics).toBe('string');
      expect(joined.data.topics).toBe((asArray.data.topics as string[]).join(', '));
      const event = generate('spike-forms', {
        kind: 'event-registration',
        seed,
        multiValue: 'comma-joined',
        refDate: REF,
      });
      expect(event.data.sessions).toMatch(/^[a-z-]+(, [a-z-]+)*$/);
    }
  });

  it('without the option, the style is drawn per form: both appear across seeds, one per series', () => {
    const styles = new Set(
      seeds(30).map(
        (seed) => typeof generate('spike-forms', { kind: 'newsletter', seed, refDate: REF }).data.topics,
      ),
    );
    expect(styles).toEqual(new Set(['string', 'object']));
    for (const seed of seeds(5)) {
      const series = generate('spike-forms', { kind: 'newsletter', seed, count: 8, refDate: REF });
      expect(new Set(series.map((s) => typeof s.data.topics)).size).toBe(1);
    }
  });
});

describe('ipVersion', () => {
  it('4 and 6 give IPv4 and IPv6 addresses (public IPv4, IPv6 in registry blocks)', () => {
    for (const [kind, seed] of formKinds.flatMap((kind) => seeds(10).map((seed) => [kind, seed] as const))) {
      const v4 = generate('spike-forms', { kind, seed, ipVersion: 4, refDate: REF }).metadata.ip;
      const v6 = generate('spike-forms', { kind, seed, ipVersion: 6, refDate: REF }).metadata.ip;
      expect(v4).toMatch(IPV4);
      expect(v4).not.toMatch(/^(10|127|169\.254|172\.(1[6-9]|2\d|3[01])|192\.168)\./);
      expect(v6).toMatch(IPV6);
      expect(v6).toMatch(/^2[0-9a-f]{3}:/);
    }
  });

  it('is drawn per submission by default, mostly IPv4', () => {
    const ips = seeds(200).map(
      (seed) => generate('spike-forms', { kind: 'contact', seed, refDate: REF }).metadata.ip,
    );
    const v6 = ips.filter((ip) => ip.includes(':')).length;
    expect(v6).toBeGreaterThan(20);
    expect(v6).toBeLessThan(100);
  });

  it('is not an option of the timestamped dialect (its body has no IP)', () => {
    const error = thrown(() =>
      generate('spike-forms-timestamped', { kind: 'contact', ipVersion: 6 } as never),
    );
    expect(isSpikeKitError(error, 'INVALID_OPTION')).toBe(true);
    expect(String((error as Error).message)).toContain("'ipVersion'");
  });
});

describe('encoding', () => {
  it("'json' keeps numbers and booleans; 'form' posts strings, 'on' and '' like an HTML form", () => {
    for (const seed of seeds(20)) {
      const json = generate('spike-forms', { kind: 'feedback', seed, encoding: 'json', refDate: REF });
      const form = generate('spike-forms', { kind: 'feedback', seed, encoding: 'form', refDate: REF });
      expect(typeof json.data.rating).toBe('number');
      expect(form.data.rating).toBe(String(json.data.rating));
      const consent = generate('spike-forms', { kind: 'newsletter', seed, encoding: 'form', refDate: REF })
        .data.consent;
      expect(consent).toBe('on');
      const jsonContact = generate('spike-forms', { kind: 'contact', seed, encoding: 'json', refDate: REF });
      const formContact = generate('spike-forms', { kind: 'contact', seed, encoding: 'form', refDate: REF });
      expect(Object.values(jsonContact.data)).not.toContain('');
      expect(Object.keys(formContact.data)).toEqual([
        'name',
        'email',
        'phone',
        'company',
        'subject',
        'message',
      ]);
    }
  });
});

describe('form: fixing the form identity', () => {
  it('fixes id, name and slug for every submission of a series and in both dialects', () => {
    const form = { id: 'clx123abc', name: 'Contact', slug: 'contact' };
    for (const s of generate('spike-forms', { kind: 'contact', count: 5, form, refDate: REF })) {
      expect([s.formId, s.formName, s.formSlug]).toEqual(['clx123abc', 'Contact', 'contact']);
    }
    const stamped = generate('spike-forms-timestamped', {
      kind: 'contact',
      form: { slug: 'kontakt' },
      refDate: REF,
    });
    expect(stamped.form.slug).toBe('kontakt');
    expect(stamped.form.id).not.toBe('');
  });
});

describe('locale', () => {
  it('fixes the locale of every submitter of a series', () => {
    for (const locale of localeIds) {
      const series = generate('spike-forms', { kind: 'contact', locale, count: 6, refDate: REF });
      expect(new Set(series.map((s) => s.metadata.country)).size).toBe(1);
    }
  });
});

describe('bad options fail with coded errors that list what is valid', () => {
  const cases: [string, Record<string, unknown>, string, string[]][] = [
    ['unknown locale', { locale: 'xx_YY' }, 'UNKNOWN_LOCALE', ["'en_US'", "'ja'", 'xx_YY']],
    [
      'multiValue',
      { multiValue: 'csv' },
      'INVALID_OPTION',
      ["'multiValue'", "'array' or 'comma-joined'", 'csv'],
    ],
    ['ipVersion', { ipVersion: 5 }, 'INVALID_OPTION', ["'ipVersion'", '4 or 6']],
    ['encoding', { encoding: 'xml' }, 'INVALID_OPTION', ["'encoding'", "'json' or 'form'"]],
    ['form not an object', { form: 'contact' }, 'INVALID_OPTION', ["'form'", 'object']],
    ['form unknown key', { form: { url: 'x' } }, 'INVALID_OPTION', ["'url'", "'id', 'name' or 'slug'"]],
    ['form empty id', { form: { id: '' } }, 'INVALID_OPTION', ["'id'", 'non-empty string']],
    ['unknown option', { colour: 'red' }, 'INVALID_OPTION', ["'colour'", "'multiValue'"]],
    ['unknown kind', { kind: 'survey' }, 'UNKNOWN_KIND', ["'contact'", "'support-ticket'"]],
  ];
  it.each(cases)('%s', (name, options, code, mentions) => {
    const profiles = name === 'ipVersion' ? ['spike-forms'] : ['spike-forms', 'spike-forms-timestamped'];
    for (const profile of profiles as ('spike-forms' | 'spike-forms-timestamped')[]) {
      const error = thrown(() => generate(profile, options as never));
      expect(isSpikeKitError(error, code as never), String(error)).toBe(true);
      for (const mention of mentions) expect((error as Error).message).toContain(mention);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { documentationCountry } from '../../../generators/forms/ip-address.ts';
import { countries } from '../../../generators/forms/locales/countries.ts';
import { generate } from '../../../generators/generate.ts';
import { isSpikeKitError } from '../../../src/core/index.ts';
import { formKinds, REF, seeds } from './support.ts';

/** ISO 3166-1 numeric codes, written out here independently of the generator's table. */
const ISO_NUMERIC: Readonly<Record<string, number>> = {
  US: 840,
  GB: 826,
  CA: 124,
  AU: 36,
  IN: 356,
  DE: 276,
  FR: 250,
  ES: 724,
  MX: 484,
  IT: 380,
  NL: 528,
  BR: 76,
  SE: 752,
  PL: 616,
  JP: 392,
  KR: 410,
};
const DOC_V4 = /^(192\.0\.2|198\.51\.100|203\.0\.113)\.(\d{1,3})$/;
// Groups as an address is written: lower-case hex without leading zeros (RFC 5952).
const DOC_V6 = /^2001:db8:([0-9]{1,4})(:(0|[1-9a-f][0-9a-f]{0,3})){5}$/;

/** Every kind and many seeds of a country's locale, with both IP versions. */
function* addresses(n: number) {
  for (const kind of formKinds) {
    for (const seed of seeds(n)) {
      for (const ipVersion of [4, 6] as const) {
        const s = generate('spike-forms', { kind, seed, refDate: REF, ipVersion });
        yield { country: s.metadata.country, ip: s.metadata.ip, ipVersion };
      }
    }
  }
}

describe('ipScheme documentation (default): the documentation ranges, split per country', () => {
  it('IPv6 is in 2001:db8:<ISO numeric>::/48 of the submitter’s country, IPv4 in one /28 per country and /24', () => {
    const v4Blocks = new Map<string, Set<string>>();
    for (const { country, ip, ipVersion } of addresses(40)) {
      if (ipVersion === 6) {
        const match = DOC_V6.exec(ip);
        expect(match, ip).not.toBeNull();
        expect(Number(match?.[1])).toBe(ISO_NUMERIC[country]);
      } else {
        const match = DOC_V4.exec(ip);
        expect(match, ip).not.toBeNull();
        const host = Number(match?.[2]);
        // Hosts .1-.14 of a /28: never the block's first or last address.
        expect(host % 16).toBeGreaterThanOrEqual(1);
        expect(host % 16).toBeLessThanOrEqual(14);
        const block = String(host >> 4);
        v4Blocks.set(country, (v4Blocks.get(country) ?? new Set()).add(block));
      }
      expect(documentationCountry(ip, countries)).toBe(country);
    }
    // The same country always lands in its own block, and no two countries share one.
    const owners = new Map<string, string>();
    for (const [country, blocks] of v4Blocks) {
      expect(blocks.size, country).toBe(1);
      const block = [...blocks][0] as string;
      expect(owners.get(block), `block ${block}`).toBeUndefined();
      owners.set(block, country);
    }
    expect(v4Blocks.size).toBeGreaterThanOrEqual(12);
  });

  it('every supported country has its own IPv6 /48 and IPv4 block, read back from any of its addresses', () => {
    const all = Object.keys(countries);
    expect(new Set(all.map((c) => countries[c as keyof typeof countries].isoNumeric)).size).toBe(all.length);
    for (const locale of ['de', 'ja', 'pt_BR', 'en_AU', 'pl'] as const) {
      const ips = new Set<string>();
      for (const seed of seeds(30)) {
        const s = generate('spike-forms', { kind: 'contact', seed, refDate: REF, locale, ipVersion: 4 });
        ips.add(s.metadata.ip);
        expect(documentationCountry(s.metadata.ip, countries)).toBe(s.metadata.country);
      }
      expect(ips.size, locale).toBeGreaterThan(15);
    }
  });

  it('IPv6 addresses of one country differ (the /48 is only the prefix)', () => {
    const ips = seeds(50).map(
      (seed) =>
        generate('spike-forms', { kind: 'newsletter', seed, refDate: REF, locale: 'fr', ipVersion: 6 })
          .metadata.ip,
    );
    expect(ips.every((ip) => ip.startsWith('2001:db8:250:'))).toBe(true);
    expect(new Set(ips).size).toBe(50);
  });
});

describe("ipScheme 'public': what the kit drew before", () => {
  it('gives public IPv4 and registry-block IPv6 addresses, outside the documentation ranges', () => {
    for (const seed of seeds(40)) {
      const v4 = generate('spike-forms', {
        kind: 'contact',
        seed,
        refDate: REF,
        ipVersion: 4,
        ipScheme: 'public',
      });
      const v6 = generate('spike-forms', {
        kind: 'contact',
        seed,
        refDate: REF,
        ipVersion: 6,
        ipScheme: 'public',
      });
      expect(v4.metadata.ip).not.toMatch(DOC_V4);
      expect(v4.metadata.ip).not.toMatch(/^(10|127|169\.254|172\.(1[6-9]|2\d|3[01])|192\.168)\./);
      expect(v6.metadata.ip).toMatch(/^2(6|a0|00[3]|40|80)[0-9a-f]*(:(0|[1-9a-f][0-9a-f]{0,3})){7}$/);
      expect(v6.metadata.ip).not.toMatch(/^2001:db8:/);
    }
  });

  it('only changes the IP: the rest of the submission is the same', () => {
    const a = generate('spike-forms', { kind: 'demo-request', seed: 5, refDate: REF });
    const b = generate('spike-forms', { kind: 'demo-request', seed: 5, refDate: REF, ipScheme: 'public' });
    expect({ ...b.metadata, ip: a.metadata.ip }).toEqual(a.metadata);
    expect(b.data).toEqual(a.data);
    expect(b.submissionId).toBe(a.submissionId);
  });

  it('is validated, and not an option of the timestamped dialect', () => {
    for (const bad of ['doc', 4, null, '']) {
      let error: unknown;
      try {
        generate('spike-forms', { kind: 'contact', ipScheme: bad as never });
      } catch (e) {
        error = e;
      }
      expect(isSpikeKitError(error, 'INVALID_OPTION'), String(bad)).toBe(true);
      expect(String((error as Error).message)).toContain("'ipScheme'");
    }
    expect(() =>
      generate('spike-forms-timestamped', { kind: 'contact', ipScheme: 'public' } as never),
    ).toThrow(/ipScheme/);
  });
});

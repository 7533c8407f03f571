import type { Rng } from '../../src/core/index.ts';
import type { Country, CountryFacts } from './locales/countries.ts';

// Where `metadata.ip` comes from. A test kit must not hand out addresses of real networks as someone's, so by
// default (`ipScheme: 'documentation'`) every address is in the ranges reserved for documentation, split so that
// the submitter's country can be read back from the address:
//
// - IPv4 (RFC 5737: 192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24): each /24 is cut into sixteen /28 blocks and
//   country slot n (COUNTRY_SLOTS, 0-15) owns block n of all three, hosts .1 to .14 of it: `192.0.2.<16n+1..16n+14>`
//   (42 addresses a country; the slot is `lastOctet >> 4`).
// - IPv6 (RFC 3849: 2001:db8::/32): each country owns `2001:db8:<ISO 3166-1 numeric code>::/48`, the code's
//   decimal digits written as the third group (Germany, 276: `2001:db8:276::/48`), the rest drawn.
//
// `ipScheme: 'public'` keeps what the kit did before: IPv4 anywhere in public unicast space (any country), IPv6 in
// blocks of the country's regional registry.

/** How `metadata.ip` is drawn: from the documentation ranges, split per country, or from public address space. */
export type IpScheme = 'documentation' | 'public';

/**
 * The IPv4 slot of each country: block `n` (a /28) of each documentation /24. Fixed numbers, so adding a country
 * never moves another; at most 16 slots fit.
 */
const COUNTRY_SLOTS: Readonly<Record<Country, number>> = {
  US: 0,
  GB: 1,
  CA: 2,
  AU: 3,
  IN: 4,
  DE: 5,
  FR: 6,
  ES: 7,
  MX: 8,
  IT: 9,
  NL: 10,
  BR: 11,
  SE: 12,
  PL: 13,
  JP: 14,
  KR: 15,
};

/** The RFC 5737 documentation networks (their first three octets). */
const DOCUMENTATION_V4 = ['192.0.2', '198.51.100', '203.0.113'] as const;

/**
 * An IP address of a submitter from `country`: in the country's share of the documentation ranges, or (`'public'`)
 * as before, anywhere public.
 *
 * @example
 * ```ts
 * ipAddress(rng, 4, 'DE', countries.DE, 'documentation'); // '198.51.100.87' (87 >> 4 === 5, Germany's slot)
 * ipAddress(rng, 6, 'DE', countries.DE, 'documentation'); // '2001:db8:276:4b3f:e800:1c4a:9f2:7b1'
 * ```
 */
export function ipAddress(
  rng: Rng,
  version: 4 | 6,
  country: Country,
  facts: CountryFacts,
  scheme: IpScheme,
): string {
  if (scheme === 'public') return publicIp(rng, version, facts.registry);
  if (version === 4) {
    const roll = Math.floor(rng.next() * 42);
    const net = DOCUMENTATION_V4[roll % 3] as string;
    return `${net}.${COUNTRY_SLOTS[country] * 16 + 1 + Math.floor(roll / 3)}`;
  }
  // Five groups from three draws of two (the last group drawn is not written).
  let out = `2001:db8:${facts.isoNumeric}`;
  for (let i = 0; i < 3; i++) {
    const bits = Math.floor(rng.next() * 4_294_967_296);
    out += i < 2 ? `:${hex16(bits >>> 16)}:${hex16(bits & 0xffff)}` : `:${hex16(bits >>> 16)}`;
  }
  return out;
}

/** `0` to `ff`, and `00` to `ff`: the bytes of a 16-bit group. */
const HEX = Array.from({ length: 256 }, (_, n) => n.toString(16));
const HEX_PADDED = Array.from({ length: 256 }, (_, n) => n.toString(16).padStart(2, '0'));

/** A 16-bit group in lower-case hex without leading zeros (what `toString(16)` writes), from the byte tables. */
function hex16(group: number): string {
  const high = group >>> 8;
  return high === 0 ? (HEX[group] as string) : (HEX[high] as string) + (HEX_PADDED[group & 255] as string);
}

/**
 * The country an address of the documentation scheme was drawn for (`undefined` for any other address).
 *
 * @example
 * ```ts
 * documentationCountry('2001:db8:276:4b3f:e800:1c4a:9f2:7b1', countries); // 'DE'
 * documentationCountry('198.51.100.87', countries);                       // 'DE'
 * ```
 */
export function documentationCountry(
  ip: string,
  facts: Readonly<Record<Country, CountryFacts>>,
): Country | undefined {
  const all = Object.keys(facts) as Country[];
  const v6 = /^2001:db8:([0-9]{1,4}):/.exec(ip);
  if (v6 !== null) return all.find((country) => facts[country].isoNumeric === Number(v6[1]));
  const dot = ip.lastIndexOf('.');
  if (!(DOCUMENTATION_V4 as readonly string[]).includes(ip.slice(0, dot))) return undefined;
  const host = Number(ip.slice(dot + 1));
  return all.find((country) => COUNTRY_SLOTS[country] === host >> 4);
}

// First octets of public IPv4 unicast space (private, loopback, link-local, CGNAT, multicast and documentation
// blocks left out).
const IPV4_FIRST = Array.from({ length: 223 }, (_, i) => i + 1).filter(
  (octet) => ![10, 100, 127, 169, 172, 192, 198, 203].includes(octet),
);
// First 16 bits of IPv6 blocks each regional registry allocates.
const IPV6_PREFIXES: Readonly<Record<CountryFacts['registry'], readonly string[]>> = {
  arin: ['2600', '2601', '2602', '2603', '2604', '2605', '2607', '2610'],
  ripe: ['2a00', '2a01', '2a02', '2a03', '2a04', '2a05', '2003'],
  apnic: ['2400', '2401', '2402', '2403', '2404', '2405', '2406', '2407', '2408', '2409', '240b'],
  lacnic: ['2800', '2801', '2803', '2804'],
};

/** `'public'`: IPv4 anywhere in public unicast space, IPv6 from a block of the country's regional registry. */
function publicIp(rng: Rng, version: 4 | 6, registry: CountryFacts['registry']): string {
  if (version === 4) {
    const low = Math.floor(rng.next() * 16_777_216);
    return `${rng.pick(IPV4_FIRST)}.${low >>> 16}.${(low >>> 8) & 255}.${1 + ((low & 255) % 254)}`;
  }
  let out = rng.pick(IPV6_PREFIXES[registry]);
  for (let i = 0; i < 7; i += 2) {
    const bits = Math.floor(rng.next() * 4_294_967_296);
    out += `:${hex16(bits >>> 16)}`;
    if (i < 6) out += `:${hex16(bits & 0xffff)}`;
  }
  return out;
}

import { describe, expect, it } from 'vitest';
import {
  drawWeighted,
  fillDigits,
  pickSome,
  randomChars,
  weightedTable,
} from '../../../generators/forms/draw.ts';
import { compileTemplate, fill, writeTemplate } from '../../../generators/forms/fill-template.ts';
import { Rng } from '../../../src/core/index.ts';

describe('fast draws of the forms generators', () => {
  it('randomChars draws from its alphabet at the requested length', () => {
    const rng = new Rng('chars');
    const seen = new Set<string>();
    for (const length of [1, 4, 5, 6, 20, 58]) {
      const base36 = randomChars(rng, length, 'base36');
      const base64 = randomChars(rng, length, 'base64url');
      expect(base36).toMatch(new RegExp(`^[0-9a-z]{${length}}$`));
      expect(base64).toMatch(new RegExp(`^[A-Za-z0-9_-]{${length}}$`));
      for (const char of base36 + base64) seen.add(char);
    }
    for (let i = 0; i < 200; i++) for (const char of randomChars(rng, 20, 'base64url')) seen.add(char);
    expect(seen.size).toBe(64);
  });

  it('fillDigits keeps literals, fills # with 0-9 and ! with 2-9', () => {
    const rng = new Rng('digits');
    const bangs = new Set<string>();
    for (let i = 0; i < 300; i++) {
      const number = fillDigits(rng, '+1 (!##) !##-####');
      expect(number).toMatch(/^\+1 \([2-9]\d\d\) [2-9]\d\d-\d{4}$/);
      bangs.add(number.charAt(4));
    }
    expect(bangs.size).toBe(8);
  });

  it('pickSome gives distinct elements; drawWeighted follows the weights', () => {
    const rng = new Rng('pick');
    for (let i = 0; i < 100; i++) {
      const some = pickSome(rng, ['a', 'b', 'c', 'd', 'e'], 3);
      expect(new Set(some).size).toBe(3);
    }
    expect(pickSome(rng, ['a'], 5)).toEqual(['a']);
    const table = weightedTable([
      ['never', 0],
      ['rare', 1],
      ['common', 9],
    ] as const);
    const counts = { never: 0, rare: 0, common: 0 };
    for (let i = 0; i < 5000; i++) counts[drawWeighted(rng, table)]++;
    expect(counts.never).toBe(0);
    expect(counts.rare).toBeGreaterThan(350);
    expect(counts.rare).toBeLessThan(650);
  });

  it('fill replaces known placeholders and keeps unknown ones', () => {
    expect(fill('{brand} Summit {year}', { brand: 'Kraus', year: '2026' })).toBe('Kraus Summit 2026');
    expect(fill('Hi {first}, {unknown}!', { first: 'Zoë' })).toBe('Hi Zoë, {unknown}!');
    expect(fill('no placeholders', {})).toBe('no placeholders');
  });

  it('a compiled template writes what fill writes, values by position', () => {
    const names = ['L', 'L2', 'legal'];
    const values = ['Kraus', 'Weber', 'GmbH'];
    const vars = { L: 'Kraus', L2: 'Weber', legal: 'GmbH' };
    for (const template of [
      '{L} & {L2} {legal}',
      '{legal}{L}',
      '{L}{L}',
      '{x} {L}',
      '{l}',
      'plain',
      '',
      '{L',
    ]) {
      expect(writeTemplate(compileTemplate(template, names), values), template).toBe(fill(template, vars));
    }
  });
});

describe('randomChars base36', () => {
  it('writes each draw as toString(36) padded to five digits, the digits a table gives', () => {
    const a = new Rng('base36-table');
    const b = new Rng('base36-table');
    for (let i = 0; i < 20_000; i++) {
      const expected = Math.floor(b.next() * 60_466_176)
        .toString(36)
        .padStart(5, '0');
      expect(randomChars(a, 5, 'base36')).toBe(expected);
    }
  });
});

describe('randomChars at every length', () => {
  // The plain definition: ceil(length / 5) draws, each written as five characters, cut to the length.
  const reference = (rng: Rng, length: number, alphabet: 'base36' | 'base64url'): string => {
    let out = '';
    while (out.length < length) {
      if (alphabet === 'base36') {
        out += Math.floor(rng.next() * 60_466_176)
          .toString(36)
          .padStart(5, '0');
      } else {
        let value = Math.floor(rng.next() * 1_073_741_824);
        for (let i = 0; i < 5; i++, value >>>= 6)
          out += 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'[value & 63];
      }
    }
    return out.slice(0, length);
  };

  it('writes the plain definition and takes as many draws, from 0 to 61 characters', () => {
    for (const alphabet of ['base36', 'base64url'] as const) {
      const a = new Rng(`chars-${alphabet}`);
      const b = new Rng(`chars-${alphabet}`);
      for (let round = 0; round < 20; round++) {
        for (let length = 0; length <= 61; length++) {
          expect(randomChars(a, length, alphabet)).toBe(reference(b, length, alphabet));
        }
      }
      expect(a.next()).toBe(b.next());
    }
  });
});

import { describe, expect, it } from 'vitest';
import { fakerFor } from '../../../generators/core/faker.ts';
import { localeData } from '../../../generators/forms/locale-data.ts';
import { NameTable } from '../../../generators/forms/name-table.ts';
import type { Pair } from '../../../generators/forms/phrases/book.ts';
import { Rng } from '../../../src/core/index.ts';

const pairs: Pair[] = [
  ['Zoë', 'zoe'],
  ['Jürgen', 'juergen'],
  ['佐々木', 'sasaki'],
  ['Ł', 'l'],
  ['Anna-Lena von der Heyde', 'annalenavonderheyde'],
  ['', ''],
  ['O', 'o'],
];

describe('NameTable: names and slugs packed', () => {
  it('gives back every entry as it was given, in order, whatever its script or length', () => {
    const table = new NameTable(pairs);
    expect(table.length).toBe(pairs.length);
    expect(table.entries()).toEqual(pairs);
    for (const [i, pair] of pairs.entries()) expect(table.at(i)).toEqual(pair);
  });

  it('draws the entry rng.pick draws from the pairs, with the same one draw', () => {
    const packed = new Rng('names');
    const listed = new Rng('names');
    const table = new NameTable(pairs);
    for (let i = 0; i < 500; i++) expect(table.draw(packed)).toEqual(listed.pick(pairs));
    expect(packed.next()).toBe(listed.next());
  });

  it('is empty for no pairs', () => {
    const table = new NameTable([]);
    expect(table.length).toBe(0);
    expect(table.entries()).toEqual([]);
  });

  it("holds each locale's names as the locale data prepared them (feminine surnames in the same order)", () => {
    const pl = localeData('pl', () => fakerFor('pl', new Rng(1)));
    expect(pl.last.length).toBeGreaterThan(100);
    expect(pl.femaleLast.length).toBe(pl.last.length);
    const kowalski = pl.last.entries().findIndex(([name]) => name === 'Kowalski');
    expect(kowalski).toBeGreaterThanOrEqual(0);
    expect(pl.femaleLast.at(kowalski)).toEqual(['Kowalska', 'kowalska']);
    for (const [name, slug] of pl.female.entries()) {
      expect(name.length).toBeGreaterThan(0);
      expect(slug).toMatch(/^[a-z]{2,}$/);
    }
  });
});

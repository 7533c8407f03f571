// The realism scorecard (issue 12): every quantity beside its published reference range, over 60 people of a
// third of a year each. The table and its sources are in realism-metrics.ts; docs/realism.md shows the same rows.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { measureRealism } from './realism-metrics.ts';

const rows = measureRealism({ seeds: 60, days: 120 });

describe('realism scorecard of the health data', () => {
  for (const row of rows) {
    it(`${row.id}: ${row.quantity} in [${row.min}, ${row.max}] (${row.reference})`, () => {
      expect(row.value, row.quantity).toBeGreaterThanOrEqual(row.min);
      expect(row.value, row.quantity).toBeLessThanOrEqual(row.max);
    });
  }

  it('docs/realism.md lists every row with its range', () => {
    const doc = readFileSync(new URL('../../../docs/realism.md', import.meta.url), 'utf8');
    for (const row of rows)
      expect(doc, row.id).toMatch(new RegExp(`\\| \`${row.id}\` \\|[^\\n]*\\| ${row.min} to ${row.max} \\|`));
  });

  it('is the same for the same seeds (the state is random-access, not drawn in call order)', () => {
    const again = measureRealism({ seeds: 6, days: 30 });
    const reversed = measureRealism({ seeds: 6, days: 30 });
    expect(reversed).toEqual(again);
  });
});

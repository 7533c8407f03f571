import { formKinds } from '../generators/forms/index.ts';
import { generate } from '../generators/generate.ts';
import { type BenchComparison, compareFreshSeeds, printComparisons } from './harness.ts';

/**
 * Spike Forms generators: `generate()` beside `JSON.stringify` of the very payloads it returns, per form kind and
 * for the timestamped dialect, every call for a new seed (a new form and submitter: the form drawn for a seed is
 * remembered across calls, and a repeated seed would measure that memo). Target: generating costs at most 3x
 * serialising. Generation and serialisation share each round ({@link compareFreshSeeds}), so a burst of load on a
 * shared machine does not decide the ratio.
 */
export async function run(): Promise<boolean> {
  const cases = [
    ...formKinds.map((kind) => ({ profile: 'spike-forms' as const, kind })),
    { profile: 'spike-forms-timestamped' as const, kind: 'support-ticket' as const },
  ];
  const rows: BenchComparison[] = [];
  for (const { profile, kind } of cases) {
    const name = `generate ${profile === 'spike-forms' ? '' : 'timestamped '}${kind}`;
    rows.push(
      compareFreshSeeds(
        name,
        (seed) => generate(profile, { kind, seed, refDate: '2026-01-15T10:30:00.000Z' }),
        {
          maxRatio: 3,
        },
      ),
    );
  }
  return printComparisons(
    'Spike Forms: generate() vs JSON.stringify of the same payloads (fresh seeds)',
    rows,
  );
}

import { formKinds } from '../generators/forms/index.ts';
import { generate } from '../generators/generate.ts';
import { type BenchComparison, compare, printComparisons } from './harness.ts';

/**
 * Spike Forms generators: one `generate()` call beside `JSON.stringify` of the very payload it returns, per form
 * kind and for the timestamped dialect. Target: generating costs at most 3x serialising. Each pair is measured
 * in interleaved rounds ({@link compare}), so a burst of load on a shared machine does not decide the ratio.
 */
export async function run(): Promise<boolean> {
  const cases = [
    ...formKinds.map((kind) => ({ profile: 'spike-forms' as const, kind })),
    { profile: 'spike-forms-timestamped' as const, kind: 'support-ticket' as const },
  ];
  const rows: BenchComparison[] = [];
  for (const { profile, kind } of cases) {
    const options = { kind, seed: 42, refDate: '2026-01-15T10:30:00.000Z' } as const;
    const payload = generate(profile, options);
    const name = `generate ${profile === 'spike-forms' ? '' : 'timestamped '}${kind}`;
    const baselineName = `JSON.stringify (${JSON.stringify(payload).length} B)`;
    rows.push(
      compare(
        { name, fn: () => generate(profile, options) },
        { name: baselineName, fn: () => JSON.stringify(payload) },
        { maxRatio: 3 },
      ),
    );
  }
  return printComparisons('Spike Forms: generate() vs JSON.stringify of the same payload', rows);
}

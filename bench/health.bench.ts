import { generate } from '../generators/generate.ts';
import { healthV2DataTypes } from '../src/schemas/health-v2/index.ts';
import { healthV3EventTypes } from '../src/schemas/health-v3/index.ts';
import { type BenchComparison, compare, printComparisons } from './harness.ts';

const refDate = '2026-01-15T10:30:00Z';

/**
 * Health generators: `generate(...)` through the public facade (option checks, seeded streams, the person, the day
 * model, the payload) beside `JSON.stringify` of the very payload it returns. Target: at most 3x.
 */
export async function run(): Promise<boolean> {
  const rows: BenchComparison[] = [];
  for (const kind of healthV2DataTypes) {
    const options = { kind, seed: 42, refDate } as const;
    const payload = generate('spike-health-v2', options);
    rows.push(
      compare(
        { name: `generate v2 ${kind}`, fn: () => generate('spike-health-v2', options) },
        { name: `JSON.stringify (${JSON.stringify(payload).length} B)`, fn: () => JSON.stringify(payload) },
        { maxRatio: 3 },
      ),
    );
  }
  for (const kind of healthV3EventTypes) {
    const options = { kind, seed: 42, refDate, users: 3 } as const;
    const payload = generate('spike-health-v3', options);
    rows.push(
      compare(
        { name: `generate v3 ${kind} (3 users)`, fn: () => generate('spike-health-v3', options) },
        { name: `JSON.stringify (${JSON.stringify(payload).length} B)`, fn: () => JSON.stringify(payload) },
        { maxRatio: 3 },
      ),
    );
  }
  return printComparisons('Health generators: generate() vs JSON.stringify of the same payload', rows);
}

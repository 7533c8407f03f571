import { generate } from '../generators/generate.ts';
import { healthV2DataTypes } from '../src/schemas/health-v2/index.ts';
import { healthV3EventTypes } from '../src/schemas/health-v3/index.ts';
import { type BenchComparison, compareFreshSeeds, printComparisons } from './harness.ts';

const refDate = '2026-01-15T10:30:00Z';

/**
 * Health generators: `generate(...)` through the public facade (option checks, seeded streams, the person, the day
 * model, the payload) beside `JSON.stringify` of the very payloads it returns, every call for a new seed (so a new
 * person of a drawn persona, and no memo kept across calls helps). Target: at most 3x.
 */
export async function run(): Promise<boolean> {
  const rows: BenchComparison[] = [];
  for (const kind of healthV2DataTypes) {
    rows.push(
      compareFreshSeeds(
        `generate v2 ${kind}`,
        (seed) => generate('spike-health-v2', { kind, seed, refDate }),
        {
          maxRatio: 3,
        },
      ),
    );
  }
  for (const kind of healthV3EventTypes) {
    rows.push(
      compareFreshSeeds(
        `generate v3 ${kind} (3 users)`,
        (seed) => generate('spike-health-v3', { kind, seed, refDate, users: 3 }),
        { maxRatio: 3 },
      ),
    );
  }
  return printComparisons(
    'Health generators: generate() vs JSON.stringify of the same payloads (fresh seeds)',
    rows,
  );
}

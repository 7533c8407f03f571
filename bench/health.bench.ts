import { generate } from '../generators/generate.ts';
import { healthV2DataTypes } from '../src/schemas/health-v2.ts';
import { healthV3EventTypes } from '../src/schemas/health-v3.ts';
import { type BenchComparison, type BenchResult, measure, printComparisons } from './harness.ts';

const refDate = '2026-01-15T10:30:00Z';
/** Rounds per row, sharing the row's time budget: the more rounds, the less one burst of load can decide it. */
const ROUNDS = 7;

/**
 * Measures a case and its baseline in alternating rounds and keeps the best round of each, so a burst of load on
 * the machine during one of them does not decide the ratio.
 */
function compare(
  subject: string,
  run: () => unknown,
  baseline: string,
  base: () => unknown,
): BenchComparison {
  const ms = Number(process.env.BENCH_MS ?? 400) / ROUNDS;
  let best: [BenchResult, BenchResult] | undefined;
  for (let round = 0; round < ROUNDS; round++) {
    const s = measure(subject, run, ms);
    const b = measure(baseline, base, ms);
    best =
      best === undefined
        ? [s, b]
        : [s.opsPerSec > best[0].opsPerSec ? s : best[0], b.opsPerSec > best[1].opsPerSec ? b : best[1]];
  }
  const [s, b] = best as [BenchResult, BenchResult];
  return { subject: s, baseline: b, maxRatio: 3 };
}

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
        `generate v2 ${kind}`,
        () => generate('spike-health-v2', options),
        `JSON.stringify (${JSON.stringify(payload).length} B)`,
        () => JSON.stringify(payload),
      ),
    );
  }
  for (const kind of healthV3EventTypes) {
    const options = { kind, seed: 42, refDate, users: 3 } as const;
    const payload = generate('spike-health-v3', options);
    rows.push(
      compare(
        `generate v3 ${kind} (3 users)`,
        () => generate('spike-health-v3', options),
        `JSON.stringify (${JSON.stringify(payload).length} B)`,
        () => JSON.stringify(payload),
      ),
    );
  }
  return printComparisons('Health generators: generate() vs JSON.stringify of the same payload', rows);
}

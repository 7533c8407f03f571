import { execFileSync } from 'node:child_process';
import { generate } from '../generators/generate.ts';
import { buildDelivery } from '../src/delivery/index.ts';
import { type ProfileId, profileIds } from '../src/profiles/index.ts';
import { receive } from '../src/receive/index.ts';
import { payloadSchemas } from '../src/schemas/index.ts';
import { verifyDelivery } from '../src/signing/index.ts';
import { type BenchComparison, compare, printComparisons, printFigures } from './harness.ts';

const SECRET = 'bench-secret';
const REF = '2026-01-15T10:30:00Z';
const TARGET_RATIO = 1.2;

/** The kinds whose payloads a production receiver sees most, per profile. */
const kindOf: Readonly<Record<ProfileId, string>> = {
  'spike-health-v2': 'sleep',
  'spike-health-v3': 'record_change',
  'spike-forms': 'contact',
  'spike-forms-timestamped': 'contact',
};

/** Median real time of importing a module in a fresh Node, ms (each run loads it cold). */
function importMs(specifier: string, runs = 5): number {
  const times: number[] = [];
  for (let k = 0; k < runs; k++) {
    const out = execFileSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `const t = performance.now(); await import(${JSON.stringify(specifier)}); console.log(performance.now() - t);`,
      ],
      { encoding: 'utf8' },
    );
    times.push(Number(out.trim()));
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)] as number;
}

/**
 * `receive` (verify + parse + schema validation + events + dedup key) beside the same steps done by hand
 * (`verifyDelivery`, `JSON.parse`, the zod schema's `safeParse`) over the same deliveries; and the cold import time
 * of `spike-webhook-kit/receive` (the built `dist/receive.mjs`) beside `node:crypto` alone.
 */
export async function run(): Promise<boolean> {
  const rows: BenchComparison[] = [];
  for (const profile of profileIds) {
    const event = generate(profile, { kind: kindOf[profile], seed: 5, refDate: REF } as never);
    const d = buildDelivery(profile, event as never, { secret: SECRET, timestamp: REF });
    const options = { secret: SECRET, now: REF };
    const schema =
      payloadSchemas[
        profile === 'spike-health-v2'
          ? 'health-v2'
          : profile === 'spike-health-v3'
            ? 'health-v3'
            : profile === 'spike-forms'
              ? 'forms'
              : 'forms-timestamped'
      ].schema;
    rows.push(
      compare(
        { name: `receive ${profile}`, fn: () => receive(profile, d, options) },
        {
          name: 'verify + JSON.parse + zod',
          fn: () => {
            if (!verifyDelivery(profile, d, options).ok) throw new Error('bad');
            return schema.safeParse(JSON.parse(d.body));
          },
        },
        { maxRatio: TARGET_RATIO },
      ),
    );
  }
  const ok = printComparisons('receive: one call beside verify + JSON.parse + zod by hand', rows);
  const dist = new URL('../dist/receive.mjs', import.meta.url).href;
  printFigures('receive: cold import in a fresh Node (median of 5)', [
    { name: 'import spike-webhook-kit/receive (dist/receive.mjs)', value: `${importMs(dist).toFixed(1)} ms` },
    { name: "import 'node:crypto' alone", value: `${importMs('node:crypto').toFixed(1)} ms` },
    { name: "import 'zod' alone", value: `${importMs('zod').toFixed(1)} ms` },
  ]);
  return ok;
}

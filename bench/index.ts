// `npm run bench`: every benchmark section, each comparing against a baseline measured in the same run.
// Sections live in bench/*.bench.ts and export `run(): Promise<boolean>` (false when a target is missed).
import { readdirSync } from 'node:fs';

const only = process.argv[2];
const files = readdirSync(new URL('.', import.meta.url))
  .filter((file) => file.endsWith('.bench.ts') && (only === undefined || file.includes(only)))
  .sort();
console.log(
  `spike-webhook-kit benchmarks on Node ${process.version} (${process.arch}); BENCH_MS=${process.env.BENCH_MS ?? 400}`,
);
let allOk = true;
for (const file of files) {
  const section = (await import(new URL(file, import.meta.url).href)) as { run: () => Promise<boolean> };
  allOk = (await section.run()) && allOk;
}
console.log(allOk ? '\nAll targets met.' : '\nSome targets were missed (see MISSED above).');

// `npm run knip`: unused files, exports and dependencies. The package's entries (one per `exports` subpath, and
// the pact bin) come from tsdown.config.ts through knip's tsdown plugin; the test files (vitest.config.ts
// `include`, plus the `*.bench.ts` sections) through its vitest plugin; biome.json, .dependency-cruiser.cjs and the
// config files through theirs. What is exported from an entry is public API, so knip counts it as used.
import type { KnipConfig } from 'knip';

const config: KnipConfig = {
  // Run by path in child processes: a real default Jest and ts-jest requiring the CJS build
  // (test/receive/jest-commonjs.test.ts), the Bun and Deno binaries (test/runtimes/), and Artillery's
  // (test/cli/export.test.ts). chart.js is read from disk (src/report/chart-library.ts inlines its UMD build).
  ignoreDependencies: ['jest', 'ts-jest', 'bun', 'deno', 'artillery', 'chart.js'],
  entry: [
    // `npm run contracts|schemas|fingerprint`: run by file name.
    'scripts/*.ts',
    // `npm run bench` (bench/index.ts) imports every bench/*.bench.ts by file name; pact.bench.ts runs
    // bench/pact-verify.ts in a child process.
    'bench/*.bench.ts',
    'bench/pact-verify.ts',
    // Run by file name (`npm run demo`, test/integration/examples.test.ts).
    'examples/**/*.ts',
    // Type tests: checked by `npm run typecheck` (tsconfig includes test/), never run by vitest.
    'test/**/*.test-d.ts',
    // Test files of child Vitest runs (test/vitest/describe-conformance.test.ts), with their own config.
    'test/**/fixtures/**/*.fixture.ts',
    'test/**/fixtures/**/vitest.config.ts',
  ],
  project: [
    'src/**/*.ts',
    'generators/**/*.ts',
    'contracts/**/*.ts',
    'test/**/*.ts',
    'examples/**/*.ts',
    'bench/**/*.ts',
    'scripts/**/*.ts',
    '*.config.ts',
  ],
};

export default config;

import { defineConfig } from 'tsdown';

// The CommonJS build of `spike-webhook-kit/receive`, for test runners and servers that `require()` (default Jest,
// ts-jest, CommonJS apps): the receiving entry needs only node:crypto and zod, both of which load under require. The
// rest of the kit is ESM only (faker, its generators' dependency, is ESM only). Built after tsdown.config.ts, into the
// same dist/ (no clean).
export default defineConfig({
  entry: { receive: 'src/receive/index.ts' },
  format: 'cjs',
  platform: 'node',
  target: 'node22.12',
  dts: true,
  clean: false,
  sourcemap: false,
  outDir: 'dist',
  inputOptions: { checks: { pluginTimings: false } },
});

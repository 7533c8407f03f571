import { fileURLToPath } from 'node:url';
import { defineConfig } from 'tsdown';

// The CommonJS build, for test runners and servers that `require()` (default Jest, ts-jest, CommonJS apps): every
// entry but msw, pact and vitest (their own peers decide), through each subpath's `require` condition. Faker is ESM
// only, so this build bundles the locales the generators write in (faker-locale.bundled.ts in place of
// faker-locale.ts); `spike-webhook-kit/receive` stays free of it. Built after tsdown.config.ts, into the same dist/
// (no clean).
const bundledLocales = fileURLToPath(new URL('./generators/core/faker-locale.bundled.ts', import.meta.url));

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    profiles: 'src/profiles/index.ts',
    signing: 'src/signing/index.ts',
    schemas: 'src/schemas/index.ts',
    generators: 'generators/index.ts',
    delivery: 'src/delivery/index.ts',
    simulator: 'src/simulator/index.ts',
    receive: 'src/receive/index.ts',
    jest: 'src/jest/index.ts',
  },
  format: 'cjs',
  platform: 'node',
  target: 'node22.12',
  dts: true,
  clean: false,
  sourcemap: false,
  outDir: 'dist',
  deps: { alwaysBundle: [/^@faker-js\/faker/] },
  plugins: [
    {
      name: 'spike-webhook-kit:bundled-faker-locales',
      resolveId(source: string) {
        return source === './faker-locale.ts' ? bundledLocales : null;
      },
    },
  ],
  inputOptions: { checks: { pluginTimings: false } },
});

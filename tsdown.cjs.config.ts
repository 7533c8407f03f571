import { fileURLToPath } from 'node:url';
import { defineConfig } from 'tsdown';
import esm from './tsdown.config.ts';

// The CommonJS build, for test runners and servers that `require()` (default Jest, ts-jest, CommonJS apps): every
// entry but msw, pact and vitest (their own peers decide), through each subpath's `require` condition. Faker is ESM
// only, so this build bundles the locales the generators write in (faker-locale.bundled.ts in place of
// faker-locale.ts); `spike-webhook-kit/receive` stays free of it. Built after tsdown.config.ts, into the same dist/
// (no clean).
// Entries whose peers decide their module system (vitest, msw, pact), and the Pact helpers' own processes.
const esmOnly = new Set(['vitest', 'msw', 'pact', 'pact-bin', 'pact-verifier-worker', 'cli']);
const bundledLocales = fileURLToPath(new URL('./generators/core/faker-locale.bundled.ts', import.meta.url));

export default defineConfig({
  entry: Object.fromEntries(
    Object.entries(esm.entry as Record<string, string>).filter(([name]) => !esmOnly.has(name)),
  ),

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

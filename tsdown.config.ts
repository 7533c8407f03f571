import { defineConfig } from 'tsdown';

// One entry per `exports` subpath (package.json); each is a capability folder's index. Optional peers (msw, pact,
// supertest, vitest) are peerDependencies, so tsdown leaves them external: they load only when a subpath needs them.
// tsdown.cjs.config.ts builds the CommonJS copies of these entries.

export default defineConfig({
  // A literal object: knip's tsdown plugin reads the entries from here.
  entry: {
    index: 'src/index.ts',
    profiles: 'src/profiles/index.ts',
    signing: 'src/signing/index.ts',
    schemas: 'src/schemas/index.ts',
    generators: 'generators/index.ts',
    delivery: 'src/delivery/index.ts',
    simulator: 'src/simulator/index.ts',
    receive: 'src/receive/index.ts',
    conformance: 'src/conformance/index.ts',
    report: 'src/report/index.ts',
    vitest: 'src/vitest/index.ts',
    jest: 'src/jest/index.ts',
    msw: 'src/msw/index.ts',
    pact: 'src/pact/index.ts',
    'pact-bin': 'src/pact/bin.ts',
    cli: 'src/cli/bin.ts',
    // Not an export: the child process verifyEndpoint / verifyMessages fork for Pact's verifier, so its Rust core's
    // transcript is captured (src/pact/verifier-process.ts finds it beside itself as pact-verifier-worker.mjs).
    'pact-verifier-worker': 'src/pact/verifier-worker.ts',
  },
  format: 'esm',
  platform: 'node',
  target: 'node22.12',
  dts: true,
  clean: true,
  sourcemap: false,
  outDir: 'dist',
  // rolldown's plugin-timing report is noise in every `npm test` and `npm run demo`.
  inputOptions: { checks: { pluginTimings: false } },
});

import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'test/**/*.test.ts',
      'src/**/*.test.ts',
      'generators/**/*.test.ts',
      'contracts/**/*.test.ts',
      'examples/**/*.test.ts',
    ],
    env: { PACT_DO_NOT_TRACK: 'true' },
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});

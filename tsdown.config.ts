import { defineConfig } from 'tsdown';

// One entry per `exports` subpath (package.json); each is a capability folder's index.
export default defineConfig({
  entry: {
    index: 'src/index.ts',
    profiles: 'src/profiles/index.ts',
    signing: 'src/signing/index.ts',
    schemas: 'src/schemas/index.ts',
    generators: 'generators/index.ts',
  },
  format: 'esm',
  platform: 'node',
  target: 'node22.12',
  dts: true,
  clean: true,
  sourcemap: false,
  outDir: 'dist',
});

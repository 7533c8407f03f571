// spike-webhook-kit: the core. msw, pact, supertest and vitest live behind their own subpaths (or load with
// `import()` when a target needs them) and are never imported from here.
export * from '../generators/index.ts';
export * from './delivery/index.ts';
export * from './errors/index.ts';
export * from './profiles/index.ts';
export * from './schemas/index.ts';
export * from './signing/index.ts';
export * from './simulator/index.ts';
export * from './time/index.ts';

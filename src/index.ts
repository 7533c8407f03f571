// spike-webhook-kit: the core. msw, pact, supertest and vitest live behind their own subpaths (or load with
// `import()` when a target needs them) and are never imported from here.
export * from '../generators/index.ts';
export * from './core/index.ts';
export * from './core/index.ts';
export * from './delivery/index.ts';
export { type GeneratedDelivery, generateDelivery } from './generate-delivery.ts';
export * from './profiles/index.ts';
export * from './schemas/index.ts';
export * from './signing/index.ts';
export * from './simulator/index.ts';

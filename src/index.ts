// spike-webhook-kit: the core. msw and pact live behind their own subpaths and are never loaded from here.
export * from '../generators/index.ts';
export * from './errors/index.ts';
export * from './profiles/index.ts';
export * from './schemas/index.ts';
export * from './signing/index.ts';
export * from './time/index.ts';

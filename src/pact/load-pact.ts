import { createRequire } from 'node:module';
import { SpikeKitError } from '../core/index.ts';

/** The `@pact-foundation/pact` module, loaded on first use. */
export type PactModule = typeof import('@pact-foundation/pact');

let cached: Promise<PactModule> | undefined;

/**
 * Turns Pact's usage telemetry off for this process unless the caller chose otherwise. Called before anything of
 * Pact's is loaded or spawned.
 */
export function pactEnv(): void {
  process.env.PACT_DO_NOT_TRACK ??= 'true';
}

/**
 * Loads `@pact-foundation/pact` (an optional peer dependency) with `import()`, so the kit's core never pulls it in.
 *
 * @throws {SpikeKitError} `OPTIONAL_DEPENDENCY_MISSING` when it is not installed.
 * @example
 * ```ts
 * const { PactV4 } = await loadPact();
 * ```
 */
export function loadPact(): Promise<PactModule> {
  pactEnv();
  cached ??= import('@pact-foundation/pact').catch((error: unknown) => {
    cached = undefined;
    throw missing(error);
  });
  return cached;
}

/**
 * Checks that `@pact-foundation/pact` is installed without loading it (a few hundred ms): for a verification, whose
 * verifier loads Pact in its own child process.
 *
 * @throws {SpikeKitError} `OPTIONAL_DEPENDENCY_MISSING` when it is not installed.
 * @example
 * ```ts
 * checkPactInstalled();
 * ```
 */
export function checkPactInstalled(): void {
  pactEnv();
  try {
    createRequire(import.meta.url).resolve('@pact-foundation/pact');
  } catch (error) {
    throw missing(error);
  }
}

function missing(error: unknown): SpikeKitError {
  return new SpikeKitError(
    'OPTIONAL_DEPENDENCY_MISSING',
    `spike-webhook-kit/pact needs @pact-foundation/pact (>= 17): npm install --save-dev @pact-foundation/pact. (${(error as Error).message})`,
    { dependency: '@pact-foundation/pact' },
    { cause: error },
  );
}

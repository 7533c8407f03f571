import { invalid, SpikeKitError } from '../core/index.ts';

const cache = new Map<string, Promise<unknown>>();

/**
 * Loads an optional peer dependency with `import()`, only when the feature needing it is used. The core never
 * imports msw, pact or vitest statically.
 *
 * @throws {SpikeKitError} `OPTIONAL_DEPENDENCY_MISSING` saying what to install (the promise rejects);
 *   `INVALID_OPTION` for a `name` that is not a non-empty string.
 *
 * @example
 * ```ts
 * const { getResponse } = await importOptional<typeof import('msw')>('msw', 'mswTarget');
 * ```
 */
export function importOptional<T>(name: string, usedBy: string): Promise<T> {
  if (typeof name !== 'string' || name === '')
    return Promise.reject(invalid('INVALID_OPTION', 'The optional dependency', 'a package name', name));
  let loading = cache.get(name);
  if (loading === undefined) {
    loading = import(name).catch((error: unknown) => {
      cache.delete(name);
      const code = (error as { code?: unknown } | null)?.code;
      if (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') {
        throw new SpikeKitError(
          'OPTIONAL_DEPENDENCY_MISSING',
          `${usedBy} needs the optional peer dependency '${name}': install it with \`npm install --save-dev ${name}\`.`,
          { dependency: name, usedBy },
          { cause: error },
        );
      }
      throw error;
    });
    cache.set(name, loading);
  }
  return loading as Promise<T>;
}

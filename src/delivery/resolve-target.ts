import { listChoices, SpikeKitError, showValue } from '../core/index.ts';
import { appTransport } from './app-transport.ts';
import { fetchTransport } from './fetch-transport.ts';
import type { FetchHandler, Target, Transport } from './types.ts';
import { urlTransport } from './url-transport.ts';

/** One form a {@link Target} can take: the key that names it, how it is written, and the adapter it resolves to. */
interface TargetForm {
  readonly usage: string;
  readonly resolve: (target: Readonly<Record<string, unknown>>) => Transport | Promise<Transport>;
}

/**
 * Every target form, keyed by the property that names it. `url` names a target only on its own: beside `fetch` it
 * is the URL of the fetch handler's requests. More adapters plug in as `{ transport }` (msw's comes from
 * `spike-webhook-kit/msw`).
 */
const targetForms: Readonly<Record<'fetch' | 'app' | 'url' | 'transport', TargetForm>> = {
  fetch: {
    usage: '{ fetch: (request) => Response }',
    resolve: (t) => {
      const url = t.url as string | URL | undefined;
      return fetchTransport(t.fetch as FetchHandler, url === undefined ? {} : { url });
    },
  },
  app: {
    usage: '{ app }',
    resolve: (t) => appTransport(t.app, { path: t.path as string | undefined }),
  },
  url: {
    usage: '{ url }',
    resolve: (t) => urlTransport(t.url as string | URL, { client: t.client as typeof fetch | undefined }),
  },
  transport: {
    usage: '{ transport }',
    resolve: (t) => {
      const transport = t.transport as Partial<Transport> | null;
      if (transport === null || typeof transport !== 'object' || typeof transport.send !== 'function') {
        throw new SpikeKitError(
          'INVALID_TARGET',
          '{ transport } needs an object with send(delivery, options) => Promise<TransportResult>.',
          { target: 'transport' },
        );
      }
      return transport as Transport;
    },
  },
};

const formKeys = Object.keys(targetForms) as (keyof typeof targetForms)[];
const usages = formKeys.map((key) => targetForms[key].usage);

/**
 * Turns a {@link Target} into the {@link Transport} that reaches it. Optional peers are loaded by the adapter that
 * needs them, with `import()`, only when it is used.
 *
 * @throws {SpikeKitError} `INVALID_TARGET` listing the valid forms; `OPTIONAL_DEPENDENCY_MISSING`.
 *
 * @example
 * ```ts
 * const transport = await resolveTarget({ app: expressApp, path: '/webhooks/spike' });
 * try { await transport.send(delivery); } finally { await transport.close?.(); }
 * ```
 */
export async function resolveTarget(target: Target): Promise<Transport> {
  const t = (target ?? {}) as Record<string, unknown>;
  const keys = formKeys.filter((key) => key !== 'url' && t[key] !== undefined);
  if (keys.length === 0 && t.url !== undefined) keys.push('url');
  const key = keys[0];
  if (keys.length !== 1 || key === undefined || typeof target !== 'object') throw invalidTarget(target, keys);
  return targetForms[key].resolve(t);
}

/** A short description of a target for messages. */
function invalidTarget(target: unknown, keys: readonly string[]): SpikeKitError {
  const got =
    target === null || typeof target !== 'object'
      ? showValue(target)
      : keys.length > 1
        ? `an object with ${listChoices(keys)} (pick one)`
        : `an object with keys ${JSON.stringify(Object.keys(target))}`;
  return new SpikeKitError('INVALID_TARGET', `Invalid target: got ${got}. Use ${listChoices(usages)}.`, {
    valid: usages,
  });
}

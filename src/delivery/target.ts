import { listChoices, SpikeKitError } from '../errors/index.ts';
import type { Delivery } from '../signing/index.ts';
import { fetchTransport } from './fetch-handler.ts';
import { appTransport } from './node-app.ts';
import type {
  FetchHandler,
  MswTargetOptions,
  SendOptions,
  Target,
  Transport,
  TransportResult,
} from './types.ts';
import { urlTransport } from './url.ts';

const TARGET_FORMS = [
  '{ fetch: (request) => Response }',
  '{ app }',
  '{ url }',
  '{ msw: { url, handlers } }',
  '{ msw: { url, server } }',
  '{ transport }',
];

/**
 * Turns a {@link Target} into the {@link Transport} that reaches it. Optional peers are loaded here, with
 * `import()`, only for the target that needs them (supertest for `{ app }`, msw for `{ msw }`).
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
  const keys = ['fetch', 'app', 'msw', 'transport'].filter((key) => t[key] !== undefined);
  if (keys.length === 0 && t.url !== undefined) keys.push('url');
  if (keys.length !== 1 || typeof target !== 'object') throw invalidTarget(target, keys);
  switch (keys[0]) {
    case 'fetch': {
      const url = t.url as string | URL | undefined;
      return fetchTransport(t.fetch as FetchHandler, url === undefined ? {} : { url });
    }
    case 'app':
      return appTransport(t.app, { path: t.path as string | undefined });
    case 'url':
      return urlTransport(t.url as string | URL, { client: t.client as typeof fetch | undefined });
    case 'msw': {
      // The msw adapter lives behind spike-webhook-kit/msw; loaded only for this target.
      const { mswTransport } = await import('../msw/transport.ts');
      return mswTransport(t.msw as MswTargetOptions);
    }
    default: {
      const transport = t.transport as Partial<Transport> | null;
      if (transport === null || typeof transport !== 'object' || typeof transport.send !== 'function') {
        throw new SpikeKitError(
          'INVALID_TARGET',
          '{ transport } needs an object with send(delivery, options) => Promise<TransportResult>.',
          { target: 'transport' },
        );
      }
      return transport as Transport;
    }
  }
}

/**
 * Sends one delivery to a target, once (no retries): the same adapters and result type the simulator uses.
 *
 * @example
 * ```ts
 * import { buildDelivery } from 'spike-webhook-kit';
 * import { deliver } from 'spike-webhook-kit/delivery';
 * const delivery = buildDelivery('spike-forms', submission, { secret: 's3cret' });
 * const result = await deliver({ fetch: POST }, delivery);
 * expect(result).toMatchObject({ kind: 'response', status: 200 });
 * ```
 */
export async function deliver(
  target: Target | Transport,
  delivery: Delivery,
  options: SendOptions = {},
): Promise<TransportResult> {
  const isTransport = typeof (target as Partial<Transport>).send === 'function';
  const transport = isTransport ? (target as Transport) : await resolveTarget(target as Target);
  try {
    return await transport.send(delivery, options);
  } finally {
    if (!isTransport) await transport.close?.();
  }
}

/** A short description of a target for messages. */
function invalidTarget(target: unknown, keys: readonly string[]): SpikeKitError {
  const got =
    target === null || typeof target !== 'object'
      ? (JSON.stringify(target) ?? String(target))
      : keys.length > 1
        ? `an object with ${listChoices(keys)} (pick one)`
        : `an object with keys ${JSON.stringify(Object.keys(target))}`;
  return new SpikeKitError(
    'INVALID_TARGET',
    `Invalid target: got ${got}. Use ${listChoices(TARGET_FORMS)}.`,
    { valid: TARGET_FORMS },
  );
}

import { invalid } from '../core/index.ts';
import type { Delivery } from './build-delivery.ts';
import { checkDelivery } from './check-delivery.ts';
import { resolveTarget } from './resolve-target.ts';
import type { SendOptions, Target, Transport, TransportResult } from './types.ts';

/**
 * Defaults of {@link deliver}: Spike's 30 s timeout.
 *
 * @example
 * ```ts
 * await deliver(target, delivery, { timeoutMs: deliverDefaults.timeoutMs * 2 });
 * ```
 */
export const deliverDefaults = {
  /** Real milliseconds before `deliver` gives up with `{ kind: 'network-error', error: 'timeout' }`. */
  timeoutMs: 30_000,
} as const;

const sendOptionKeys: readonly string[] = ['timeoutMs', 'signal'];

/** The longest timeout `deliver` accepts: 30 days. */
const MAX_TIMEOUT_MS = 30 * 86_400_000;

/**
 * Sends one delivery to a target, once (no retries): the same adapters and result type the simulator uses. It gives
 * up after `timeoutMs` real milliseconds, default 30 s (Spike's timeout, {@link deliverDefaults}), and reports a
 * `{ kind: 'network-error', error: 'timeout' }`.
 *
 * @throws {SpikeKitError} `INVALID_OPTION` for a `timeoutMs` that is not a number of milliseconds above 0 and at most
 *   30 days, a `signal` that is not an `AbortSignal` or options that are not a plain object of those two; `INVALID_TARGET` for a bad target; `INVALID_DELIVERY` for something that is not a delivery.
 *
 * @example
 * ```ts
 * import { buildDelivery } from 'spike-webhook-kit';
 * import { deliver } from 'spike-webhook-kit/delivery';
 * const delivery = buildDelivery('spike-forms', submission, { secret: 's3cret' });
 * const result = await deliver({ fetch: POST }, delivery); // gives up after 30 s
 * expect(result).toMatchObject({ kind: 'response', status: 200 });
 * ```
 */
export async function deliver(
  target: Target | Transport,
  delivery: Delivery,
  options: SendOptions = {},
): Promise<TransportResult> {
  if (target === null || typeof target !== 'object') await resolveTarget(target);
  checkDelivery(delivery, 'deliver');
  const proto = options === null || typeof options !== 'object' ? undefined : Object.getPrototypeOf(options);
  const unknown =
    proto === undefined ? [] : Object.keys(options).filter((key) => !sendOptionKeys.includes(key));
  if ((proto !== Object.prototype && proto !== null) || unknown.length > 0) {
    throw invalid('INVALID_OPTION', "deliver's options", 'an object with only timeoutMs and signal', options);
  }
  const timeoutMs = options.timeoutMs === undefined ? deliverDefaults.timeoutMs : options.timeoutMs;
  if (typeof timeoutMs !== 'number' || !(timeoutMs > 0 && timeoutMs <= MAX_TIMEOUT_MS))
    throw invalid(
      'INVALID_OPTION',
      "deliver's 'timeoutMs'",
      'a number of milliseconds above 0 and at most 30 days (2592000000)',
      timeoutMs,
      { details: { option: 'timeoutMs' } },
    );
  if (options.signal !== undefined && !(options.signal instanceof AbortSignal))
    throw invalid('INVALID_OPTION', "deliver's 'signal'", 'an AbortSignal', options.signal, {
      details: { option: 'signal' },
    });
  const isTransport = typeof (target as Partial<Transport>).send === 'function';
  const transport = isTransport ? (target as Transport) : await resolveTarget(target as Target);
  try {
    return await transport.send(delivery, { ...options, timeoutMs });
  } finally {
    if (!isTransport) await transport.close?.();
  }
}

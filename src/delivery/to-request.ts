import { invalid } from '../core/index.ts';
import type { Delivery } from './build-delivery.ts';
import { checkDelivery } from './check-delivery.ts';

/**
 * Defaults of the delivery adapters.
 *
 * @example
 * ```ts
 * deliveryDefaults.url; // 'http://receiver.test/webhooks/spike'
 * ```
 */
export const deliveryDefaults = {
  /** The URL a `Request` carries when an in-process target has none (a reserved `.test` host: never resolved). */
  url: 'http://receiver.test/webhooks/spike',
  /** The path requested on a Node app. */
  path: '/',
} as const;

/**
 * The fetch `Request` for a delivery: its method, every header value and the exact body (encoded as UTF-8, the
 * bytes Spike signs).
 *
 * @throws {SpikeKitError} `INVALID_DELIVERY` for something that is not a delivery; `INVALID_TARGET` for a `url`
 *   that is not an absolute URL.
 * @example
 * ```ts
 * const request = toRequest(buildDelivery('spike-forms', event, { secret }), 'https://example.test/hook');
 * await handler(request);
 * ```
 */
export function toRequest(delivery: Delivery, given?: string | URL): Request {
  checkDelivery(delivery, 'toRequest');
  const url = given === undefined ? (delivery.url ?? deliveryDefaults.url) : given;
  if (!(url instanceof URL) && !(typeof url === 'string' && URL.canParse(url)))
    throw invalid('INVALID_TARGET', "toRequest's url", 'an absolute URL', url, {
      details: { target: 'url' },
    });
  try {
    return new Request(url, { method: delivery.method, headers: delivery.headers, body: delivery.body });
  } catch (error) {
    throw invalid(
      'INVALID_DELIVERY',
      "The delivery's headers (toRequest)",
      'valid HTTP header names and values',
      delivery.headers,
      { cause: error },
    );
  }
}

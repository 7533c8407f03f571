import type { Delivery } from './build-delivery.ts';

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
 * @example
 * ```ts
 * const request = toRequest(buildDelivery('spike-forms', event, { secret }), 'https://example.test/hook');
 * await handler(request);
 * ```
 */
export function toRequest(
  delivery: Delivery,
  url: string | URL = delivery.url ?? deliveryDefaults.url,
): Request {
  return new Request(url, { method: delivery.method, headers: delivery.headers, body: delivery.body });
}

import { invalid } from '../core/index.ts';
import type { Delivery } from './build-delivery.ts';

const HINT = 'Build deliveries with buildDelivery(profile, event, options).';
const SHAPE =
  "a delivery such as buildDelivery() returns: { method: 'POST', headers: { name: value }, body: string }";

/**
 * Checks that a value is a {@link Delivery} before anything is sent: a POST with string headers and a string body
 * (the exact bytes that were signed).
 *
 * @throws {SpikeKitError} `INVALID_DELIVERY` saying which part is wrong.
 * @example
 * ```ts
 * checkDelivery(buildDelivery('spike-forms', submission, { secret }), 'deliver'); // passes
 * checkDelivery({ body: {} }, 'deliver'); // throws INVALID_DELIVERY
 * ```
 */
export function checkDelivery(value: unknown, where: string): Delivery {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw invalid('INVALID_DELIVERY', `The delivery passed to ${where}`, SHAPE, value, { hint: HINT });
  }
  const { method, headers, body } = value as Record<string, unknown>;
  if (method !== 'POST') {
    throw invalid('INVALID_DELIVERY', `The delivery's method (${where})`, "'POST', as Spike sends", method, {
      hint: HINT,
    });
  }
  if (typeof body !== 'string') {
    throw invalid(
      'INVALID_DELIVERY',
      `The delivery's body (${where})`,
      'the exact body text that was signed',
      body,
      {
        hint: 'Build deliveries with buildDelivery(profile, event, options).',
      },
    );
  }
  if (headers === null || typeof headers !== 'object' || Array.isArray(headers)) {
    throw invalid(
      'INVALID_DELIVERY',
      `The delivery's headers (${where})`,
      'an object of header names and values',
      headers,
    );
  }
  for (const [name, headerValue] of Object.entries(headers)) {
    if (typeof headerValue !== 'string') {
      throw invalid(
        'INVALID_DELIVERY',
        `The delivery's header '${name}' (${where})`,
        'a string',
        headerValue,
      );
    }
  }
  return value as Delivery;
}

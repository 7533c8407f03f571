// The root floor: generating an event and building its signed delivery in one call joins the generators and the
// delivery floor, so it lives beside the root entry, the one place (with the integrations) that imports both.

import { type EventOf, type GenerateOptions, generate, type KindOf } from '../generators/index.ts';
import { type BuildDeliveryOptions, buildDelivery, type Delivery } from './delivery/index.ts';
import type { ProfileRef } from './profiles/index.ts';

/** The result of {@link generateDelivery}: the event and the signed request carrying it. */
export interface GeneratedDelivery<E> {
  readonly event: E;
  readonly delivery: Delivery;
}

/**
 * Generates an event and builds its signed delivery in one step: `generate` options plus `buildDelivery` options.
 *
 * @example
 * ```ts
 * const { event, delivery } = generateDelivery('spike-health-v2', { kind: 'heart', secret: 's3cret', bodyStyle: 'awkward' });
 * ```
 */
export function generateDelivery<const P extends ProfileRef, const K extends KindOf<P> = KindOf<P>>(
  profile: P,
  options: GenerateOptions<P, K> & Omit<BuildDeliveryOptions, 'body'> & { readonly count?: undefined },
): GeneratedDelivery<EventOf<P, K>> {
  const { secret, bodyStyle, timestamp, headers, url, ...generateOptions } = options as Record<
    string,
    unknown
  > &
    BuildDeliveryOptions;
  const event = (generate as (p: ProfileRef, o: object) => unknown)(profile, generateOptions) as EventOf<
    P,
    K
  >;
  const deliveryOptions: BuildDeliveryOptions = {
    ...(secret === undefined ? {} : { secret }),
    ...(bodyStyle === undefined ? {} : { bodyStyle }),
    ...(timestamp === undefined ? {} : { timestamp }),
    ...(headers === undefined ? {} : { headers }),
    ...(url === undefined ? {} : { url }),
  };
  return { event, delivery: buildDelivery(profile, event, deliveryOptions) };
}

export { type AppTransportOptions, appTransport } from './app-transport.ts';
export { type BodyStyle, bodyStyles, serializeBody } from './body-style.ts';
export { type BuildDeliveryOptions, buildDelivery, type Delivery } from './build-delivery.ts';
export { checkDelivery } from './check-delivery.ts';
export { deliver, deliverDefaults } from './deliver.ts';
export { withEventInstant } from './event-instant.ts';
export { type FetchTransportOptions, fetchTransport } from './fetch-transport.ts';
export { importOptional } from './import-optional.ts';
export { classifyNetworkError } from './network-errors.ts';
export { resolveTarget } from './resolve-target.ts';
export { deliveryDefaults, toRequest } from './to-request.ts';
export type {
  FetchHandler,
  NetworkErrorKind,
  SendOptions,
  Target,
  Transport,
  TransportFailure,
  TransportResponse,
  TransportResult,
} from './types.ts';
export { type UrlTransportOptions, urlTransport } from './url-transport.ts';

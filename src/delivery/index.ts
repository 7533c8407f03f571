export { type BodyStyle, bodyStyles, serializeBody } from './body-style.ts';
export { type BuildDeliveryOptions, buildDelivery, type Delivery } from './build-delivery.ts';
export { classifyNetworkError } from './errors.ts';
export { type FetchTransportOptions, fetchTransport } from './fetch-handler.ts';
export { type AppTransportOptions, appTransport } from './node-app.ts';
export { importOptional } from './optional.ts';
export { deliveryDefaults, toRequest } from './request.ts';
export { deliver, resolveTarget } from './target.ts';
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
export { type UrlTransportOptions, urlTransport } from './url.ts';

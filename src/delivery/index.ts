export { classifyNetworkError } from './errors.ts';
export { type FetchTransportOptions, fetchTransport } from './fetch-handler.ts';
export { type AppTransportOptions, appTransport } from './node-app.ts';
export { importOptional } from './optional.ts';
export { deliveryDefaults, toRequest } from './request.ts';
export { deliver, resolveTarget } from './target.ts';
export type {
  FetchHandler,
  MswTargetOptions,
  NetworkErrorKind,
  SendOptions,
  Target,
  Transport,
  TransportFailure,
  TransportResponse,
  TransportResult,
} from './types.ts';
export { type UrlTransportOptions, urlTransport } from './url.ts';

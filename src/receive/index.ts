// Receiving Spike webhooks in production: verify, parse, validate, dispatch, and answer over HTTP. Loads node:crypto
// and the schemas only (no faker, msw, pact or vitest).
export type { ReceiverAnswer } from './answer.ts';
export {
  createReceiver,
  type DedupStore,
  type HandleResult,
  type HandlerContext,
  type ReceiverOptions,
  type SpikeReceiver,
} from './create-receiver.ts';
export { type FetchHandlerOptions, toFetchHandler } from './fetch-handler.ts';
export { type NodeHandler, type NodeHandlerOptions, toNodeHandler } from './node-handler.ts';
export { type Received, type ReceivedEvent, type ReceiveOptions, receive } from './receive.ts';
export { receiveRequest } from './receive-request.ts';

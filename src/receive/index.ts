// Receiving Spike webhooks in production: verify, parse, validate, dispatch. Loads node:crypto and the schemas only
// (no faker, msw, pact or vitest).
export {
  createReceiver,
  type HandleResult,
  type HandlerContext,
  type SpikeReceiver,
} from './create-receiver.ts';
export { type Received, type ReceivedEvent, type ReceiveOptions, receive } from './receive.ts';
export { receiveRequest } from './receive-request.ts';

export type { WorldFile, WorldForm } from './forms/forms-model.ts';
export {
  createWebhookReceiver,
  type ReceivedDelivery,
  type WebhookReceiver,
  type WebhookReceiverOptions,
  webhookReceiverDefaults,
} from './receiver/create-webhook-receiver.ts';
export type { ReceiverAnswer, ResolvedAnswer } from './receiver/receiver-script.ts';
export type { ReceiverServer } from './receiver/receiver-server.ts';
export { type MswTargetOptions, mswTarget, mswTransport } from './transport.ts';
export { type ApiFault, type ApiFaultKind, apiFaultKinds } from './world/api-faults.ts';
export type { ApiCall, ApiName, ApiRoute } from './world/api-route.ts';
export { createSpikeWorld, type SpikeWorld, type SpikeWorldUser } from './world/create-spike-world.ts';
export type { FaultRule, RecordedCall } from './world/world-dispatch.ts';
export { type SpikeWorldOptions, spikeWorldDefaults } from './world/world-options.ts';
export type { WorldUserRef } from './world/world-webhooks.ts';

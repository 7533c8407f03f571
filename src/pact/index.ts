// The contract facts and field rules of the payload families live with the schemas; /pact offers them too.
export { contractFacts, type FamilyContractFacts } from '../schemas/contract-facts.ts';
export type { FieldRule, FieldTreatment } from '../schemas/field-rule.ts';
export {
  type CanIDeployOptions,
  type CanIDeployResult,
  type CreateEnvironmentOptions,
  canIDeploy,
  createEnvironment,
  type PublishPactsOptions,
  type PublishResult,
  publishPacts,
  type RecordDeploymentOptions,
  recordDeployment,
} from './broker-commands.ts';
export { type BrokerOptions, brokerFromEnv } from './broker-options.ts';
export {
  type BrokerVerificationOptions,
  type ConsumerVersionSelector,
  defaultConsumerVersionSelectors,
} from './broker-verification.ts';
export {
  canonicalPactFile,
  canonicalPolicyPactFile,
  type Framing,
  pactFileName,
} from './canonical-pact-files.ts';
export { type AsyncApiProblem, checkPactAgainstAsyncApi } from './check-asyncapi.ts';
export { runCli } from './cli.ts';
export { type ContractOptions, contractDefaults } from './contract-defaults.ts';
export { type EventBody, type EventBodyOptions, eventBody } from './event-body.ts';
export { type GitVersion, gitVersion } from './git-version.ts';
export { httpInteractions } from './http-interactions.ts';
export { type HttpInteraction, signaturePattern } from './http-request.ts';
export { loadPact, type PactModule } from './load-pact.ts';
export { type MessageInteraction, messageInteractions } from './message-interactions.ts';
export { kitVersion } from './package-root.ts';
export { type PactCliResult, pactCliPath, runPactCli } from './pact-cli.ts';
export {
  isMatcher,
  type PactMatcher,
  type PactTemplate,
  pactJsonMatchers,
  reifyTemplate,
} from './pact-json-matchers.ts';
export { pactNames } from './pact-names.ts';
export { normalisePactFile, type WritePactOptions, writeMessagePact } from './pact-writer.ts';
export { policyInteractions } from './policy-interactions.ts';
export { type MessageRequest, type ProduceMessageOptions, produceMessage } from './produce-message.ts';
export { endpointStates, eventState, type PactState, type SignatureMode } from './provider-states.ts';
export { type ReferenceProvider, serveReferenceProvider } from './reference-provider.ts';
export { toRustRegex } from './regex-syntax.ts';
export { type Resigned, Resigner, type ResignOptions, resignDefaults, type StateCall } from './resigner.ts';
export {
  matchersFromSchema,
  type SchemaMatcherOptions,
  type SchemaMatcherResult,
} from './schema-matchers.ts';
export { type SigningProxy, type SigningProxyOptions, startSigningProxy } from './signing-proxy.ts';
export { signingRequestFilter } from './signing-request-filter.ts';
export {
  type ExpectsEventOptions,
  type SpikeMessageExpectation,
  type SpikeMessagePact,
  type SpikeMessagePactOptions,
  spikeMessagePact,
} from './spike-message-pact.ts';
export { spikeVersion } from './spike-version.ts';
export type { InteractionOutcome, VerificationReport } from './verification-report.ts';
export { type StateHandler, type VerifyEndpointOptions, verifyEndpoint } from './verify-endpoint.ts';
export { type VerifyMessagesOptions, verifyMessages } from './verify-messages.ts';
export {
  type RecordedDeliveriesReport,
  type RecordedDelivery,
  type RecordedDeliveryResult,
  type VerifyRecordedDeliveriesOptions,
  verifyRecordedDeliveries,
} from './verify-recorded-deliveries.ts';
export {
  type WriteProfileContractsOptions,
  type WrittenPact,
  writeProfileContracts,
} from './write-profile-contracts.ts';

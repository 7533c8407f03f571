export {
  type BrokerOptions,
  type BrokerVerificationOptions,
  brokerFromEnv,
  type CanIDeployOptions,
  type CanIDeployResult,
  type ConsumerVersionSelector,
  canIDeploy,
  ciBuildUrl,
  defaultConsumerVersionSelectors,
  type GitVersion,
  gitVersion,
  type PactCliResult,
  type PublishPactsOptions,
  type PublishResult,
  publishPacts,
  type RecordDeploymentOptions,
  recordDeployment,
  runPactCli,
} from './broker.ts';
export { runCli } from './cli.ts';
export {
  type ExpectsEventOptions,
  type SpikeMessageExpectation,
  type SpikeMessagePact,
  type SpikeMessagePactOptions,
  spikeMessagePact,
} from './consumer.ts';
export {
  type ContractOptions,
  contractDefaults,
  type EventBody,
  type EventBodyOptions,
  eventBody,
  type HttpInteraction,
  httpInteractions,
  type MessageInteraction,
  messageInteractions,
  normalisePactFile,
  type PactState,
  signaturePattern,
  successStatus,
  type WritePactOptions,
  type WriteProfileContractsOptions,
  type WrittenPact,
  writeHttpPact,
  writeMessagePact,
  writeProfileContracts,
} from './contracts.ts';
export { contractFacts, type FamilyContractFacts } from './families.ts';
export { loadPact, type PactModule, pactCliPath } from './load.ts';
export {
  endpointStates,
  eventState,
  pactNames,
  type SignatureMode,
} from './names.ts';
export {
  canonicalPactDir,
  canonicalPactFile,
  type Framing,
  kitVersion,
  pactFileName,
} from './paths.ts';
export {
  type SigningProxy,
  type SigningProxyOptions,
  STATE_CHANGE_PATH,
  startSigningProxy,
} from './proxy.ts';
export type { InteractionOutcome, VerificationReport } from './report.ts';
export { type Resigned, Resigner, type ResignOptions, resignDefaults, type StateCall } from './resign.ts';
export {
  type FieldRule,
  type FieldTreatment,
  matchersFromSchema,
  type SchemaMatcherOptions,
  type SchemaMatcherResult,
  toRustRegex,
} from './schema-matchers.ts';
export {
  isMatcher,
  m as pactMatchers,
  type PactMatcher,
  type PactTemplate,
  reifyTemplate,
} from './template.ts';
export {
  type StateHandler,
  signingRequestFilter,
  type VerifyEndpointOptions,
  verifyEndpoint,
} from './verify-endpoint.ts';
export {
  type MessageRequest,
  type ProduceMessageOptions,
  produceMessage,
  type ReferenceProvider,
  serveReferenceProvider,
  type VerifyMessagesOptions,
  verifyMessages,
} from './verify-messages.ts';

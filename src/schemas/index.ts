export * from './forms.ts';
export * from './forms-timestamped.ts';
export * from './health-v2.ts';
export * from './health-v3.ts';
export { createParser, formatIssues, type PayloadParser } from './parse.ts';
export { type PayloadSchema, parsePayload, payloadSchemas } from './payloads.ts';

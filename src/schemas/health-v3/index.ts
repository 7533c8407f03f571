export {
  type HealthV3Body,
  type HealthV3Event,
  type HealthV3EventOf,
  type HealthV3Events,
  type HealthV3IntegrationEvent,
  type HealthV3RecordChangeEvent,
  healthV3BodySchema,
  healthV3EventSchema,
  healthV3EventSchemas,
} from './event-schemas.ts';
export { checkHealthV3Body, parseHealthV3Body, safeParseHealthV3Body } from './parse-body.ts';
export { healthV3PayloadFamily } from './payload-family.ts';
export {
  type HealthV3ActivityType,
  type HealthV3EventType,
  type HealthV3Metric,
  type HealthV3SleepStage,
  healthV3ActivityTypes,
  healthV3EventTypes,
  healthV3Metrics,
  healthV3SleepStages,
  V3_APPLICATION_USER_ID,
  V3_RFC3339_UTC,
  V3_SLUG,
} from './vocabulary.ts';

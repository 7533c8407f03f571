export type {
  HealthV2CaloriesItem,
  HealthV2CaloriesSample,
  HealthV2DistanceItem,
  HealthV2GlucoseItem,
  HealthV2GlucoseSample,
  HealthV2HeartItem,
  HealthV2HrvValue,
  HealthV2StepsItem,
  HealthV2StressItem,
} from './daily-items.ts';
export {
  type HealthV2Event,
  type HealthV2EventOf,
  type HealthV2Events,
  type HealthV2Items,
  healthV2EventSchema,
  healthV2EventSchemas,
  healthV2ItemSchemas,
} from './event-schemas.ts';
export { checkHealthV2Event, parseHealthV2Event, safeParseHealthV2Event } from './parse-event.ts';
export { healthV2PayloadFamily } from './payload-family.ts';
export type {
  HealthV2ActivityItem,
  HealthV2ActivitySample,
  HealthV2BodyItem,
  HealthV2BodyMeasure,
  HealthV2EcgItem,
  HealthV2GoalSet,
  HealthV2GoalsItem,
  HealthV2HrZone,
} from './record-items.ts';
export type {
  HealthV2BreathingItem,
  HealthV2OxygenSaturationItem,
  HealthV2Sample,
  HealthV2SleepItem,
  HealthV2SleepLevel,
} from './sleep-items.ts';
export {
  type HealthV2DataType,
  healthV2DataTypes,
  type OpenVocabulary,
  V2_LOCAL_DATE,
  V2_LOCAL_DATE_TIME,
  V2_PROVIDER_SLUG,
} from './vocabulary.ts';

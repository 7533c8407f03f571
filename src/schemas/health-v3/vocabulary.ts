// Spike API v3 health webhook: the body is a JSON array of events, possibly for several users
// (../shared/spike-webhooks.md section 3). Metric and activity vocabularies are partial (the docs list 190+
// activity types): the schemas accept any slug, the lists below are what the kit knows.

/**
 * The v3 `event_type` values Spike documents, in a stable order.
 *
 * @example
 * ```ts
 * healthV3EventTypes[0]; // 'record_change'
 * ```
 */
export const healthV3EventTypes = [
  'record_change',
  'provider_integration_created',
  'provider_integration_deleted',
] as const;

/** A v3 `event_type` of {@link healthV3EventTypes}. */
export type HealthV3EventType = (typeof healthV3EventTypes)[number];

/**
 * Metric slugs of the v3 vocabulary the kit knows (partial; Spike's technical references list more).
 *
 * @example
 * ```ts
 * healthV3Metrics.includes('sleep_duration_deep'); // true
 * ```
 */
export const healthV3Metrics = [
  'steps',
  'distance',
  'distance_walking',
  'distance_running',
  'distance_cycling',
  'calories_burned_active',
  'calories_burned_basal',
  'calories_burned',
  'heartrate',
  'heartrate_resting',
  'heartrate_max',
  'heartrate_min',
  'hrv_rmssd',
  'hrv_sdnn',
  'spo2',
  'breathing_rate',
  'sleep_duration',
  'sleep_duration_deep',
  'sleep_duration_light',
  'sleep_duration_rem',
  'sleep_duration_awake',
  'sleep_score',
  'floors_climbed',
  'elevation_gain',
  'speed',
  'vo2max',
  'weight',
  'body_fat',
  'glucose',
  'blood_pressure_systolic',
  'blood_pressure_diastolic',
  'body_temperature',
  'skin_temperature',
  'ecg_voltage',
] as const;

/** A metric slug of {@link healthV3Metrics}. */
export type HealthV3Metric = (typeof healthV3Metrics)[number];

/**
 * Activity type slugs of the v3 vocabulary the kit knows (partial: the docs list 190+).
 *
 * @example
 * ```ts
 * healthV3ActivityTypes.includes('running'); // true
 * ```
 */
export const healthV3ActivityTypes = [
  'sedentary',
  'walking',
  'running',
  'cycling',
  'swimming',
  'sleep',
  'workout',
  'hiking',
  'yoga',
  'strength_training',
  'other',
] as const;

/** An activity type slug of {@link healthV3ActivityTypes}. */
export type HealthV3ActivityType = (typeof healthV3ActivityTypes)[number];

/**
 * Sleep stage slugs of v3 sleep records (for REST mocks; the webhook itself names no stages).
 *
 * @example
 * ```ts
 * healthV3SleepStages.includes('awake_in_bed'); // true
 * ```
 */
export const healthV3SleepStages = [
  'awake',
  'light',
  'deep',
  'rem',
  'awake_in_bed',
  'out_of_bed',
  'nap',
  'unknown',
] as const;

/** A sleep stage slug of {@link healthV3SleepStages}. */
export type HealthV3SleepStage = (typeof healthV3SleepStages)[number];

/** `application_user_id`: 1 to 128 characters of `A-Za-z0-9-_.`. */
export const V3_APPLICATION_USER_ID = /^[A-Za-z0-9._-]{1,128}$/;
/** RFC 3339 UTC instant with an optional fraction of up to 9 digits, e.g. `2025-04-15T13:33:55.271331177Z`. */
export const V3_RFC3339_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?Z$/;
/** A lower-case slug (metric, activity type, provider). */
export const V3_SLUG = /^[a-z0-9_]+$/;

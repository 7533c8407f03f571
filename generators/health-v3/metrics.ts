import type { HealthV2DataType } from '../../src/schemas/health-v2/index.ts';
import type { HealthV3Metric } from '../../src/schemas/health-v3/index.ts';
import type { WorkoutType } from '../health/workouts.ts';

/**
 * The v3 metrics behind each v2 data type: a provider that records the data type reports these metrics in v3
 * (the same capability matrix serves both dialects). Stress and goals have no v3 metric in the kit's vocabulary.
 *
 * @example
 * ```ts
 * metricsOfDataType.sleep; // ['sleep_duration', 'sleep_duration_deep', ...]
 * ```
 */
export const metricsOfDataType: { readonly [K in HealthV2DataType]: readonly HealthV3Metric[] } = {
  sleep: [
    'sleep_duration',
    'sleep_duration_deep',
    'sleep_duration_light',
    'sleep_duration_rem',
    'sleep_duration_awake',
    'sleep_score',
  ],
  heart: ['heartrate', 'heartrate_resting', 'heartrate_max', 'heartrate_min', 'hrv_rmssd'],
  steps: ['steps'],
  distance: ['distance', 'distance_walking'],
  calories: ['calories_burned_active', 'calories_burned_basal', 'calories_burned'],
  body: ['weight', 'body_fat'],
  glucose: ['glucose'],
  oxygen_saturation: ['spo2'],
  breathing: ['breathing_rate'],
  stress: [],
  ecg: ['ecg_voltage'],
  activities_stream: ['heartrate', 'calories_burned_active', 'elevation_gain', 'speed'],
  goals: [],
};

/** The distance metric of each workout type, if it has one. */
export const distanceMetricOf: { readonly [T in WorkoutType]: HealthV3Metric | undefined } = {
  running: 'distance_running',
  walking: 'distance_walking',
  hiking: 'distance_walking',
  cycling: 'distance_cycling',
  swimming: 'distance',
  strength_training: undefined,
  yoga: undefined,
};

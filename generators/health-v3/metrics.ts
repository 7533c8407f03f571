import type { HealthV2DataType } from '../../src/schemas/health-v2/index.ts';
import type { HealthV3Metric } from '../../src/schemas/health-v3/index.ts';
import { fidelityOf } from '../health/provider-fidelity.ts';
import type { ProviderSlug } from '../health/providers.ts';
import type { WorkoutType } from '../health/workouts.ts';

/**
 * The v3 metrics behind each v2 data type: a provider that records the data type reports these metrics in v3
 * (the same capability matrix serves both dialects), HRV in the provider's own measure ({@link providerMetricsOf}). Stress and goals have no v3 metric in the kit's vocabulary.
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

/** The metrics that name an HRV measure: a provider reports the one of its profile, or none. */
const HRV_METRICS: readonly HealthV3Metric[] = ['hrv_rmssd', 'hrv_sdnn'];

/**
 * The v3 HRV metric of a provider, after its fidelity profile: `hrv_sdnn` for Apple (HealthKit's SDNN),
 * `hrv_rmssd` for the others that report HRV, `undefined` for those that report none.
 *
 * @example
 * ```ts
 * hrvMetricOf('apple');  // 'hrv_sdnn'
 * hrvMetricOf('strava'); // undefined
 * ```
 */
export function hrvMetricOf(slug: ProviderSlug): HealthV3Metric | undefined {
  const hrv = fidelityOf(slug).hrv;
  return hrv === undefined ? undefined : hrv.metric === 'sdnn' ? 'hrv_sdnn' : 'hrv_rmssd';
}

/**
 * True when a provider reports a metric it could derive from what it records: every metric but an HRV measure
 * other than its own ({@link hrvMetricOf}).
 *
 * @example
 * ```ts
 * reportsMetric('apple', 'hrv_rmssd'); // false: Apple reports SDNN
 * ```
 */
export function reportsMetric(slug: ProviderSlug, metric: HealthV3Metric): boolean {
  return !HRV_METRICS.includes(metric) || hrvMetricOf(slug) === metric;
}

/**
 * The v3 metrics a provider reports for a v2 data type it records: {@link metricsOfDataType} with HRV in its own
 * measure.
 *
 * @example
 * ```ts
 * providerMetricsOf('apple', 'heart'); // [..., 'hrv_sdnn']
 * providerMetricsOf('withings', 'heart').includes('hrv_rmssd'); // false: no HRV in its profile
 * ```
 */
export function providerMetricsOf(slug: ProviderSlug, type: HealthV2DataType): HealthV3Metric[] {
  const out: HealthV3Metric[] = [];
  for (const metric of metricsOfDataType[type]) {
    const reported = HRV_METRICS.includes(metric) ? hrvMetricOf(slug) : metric;
    if (reported !== undefined && !out.includes(reported)) out.push(reported);
  }
  return out;
}

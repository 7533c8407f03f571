import { z } from 'zod';
import { createParser, type PayloadParser } from './parse.ts';

// Spike API v2 health webhook ("RealtimeUpdateV1"): one JSON object per event whose `data` array holds items of
// the shape of its `data_type` (../shared/spike-webhooks.md section 2). The TypeScript types are written by hand
// (for their documentation) and proven equal to the schemas' inferred types at the end of this file.
//
// Contract rules: the root fields are required (the seed: "All Spike webhook events have the following
// structure"); item fields are optional because "the data format depends on provider and metrics available";
// values the docs leave open (event_type, sleep levels, classifications ...) are plain strings. Unknown extra
// fields are tolerated everywhere (z.looseObject).

/** A vocabulary whose known values are listed but which Spike may extend: any string is accepted. */
export type OpenVocabulary<Known extends string> = Known | (string & {});

/**
 * The v2 `data_type` values the kit knows ([decision] from the v2 Metrics pages), in a stable order.
 *
 * @example
 * ```ts
 * healthV2DataTypes.includes('sleep'); // true
 * ```
 */
export const healthV2DataTypes = [
  'sleep',
  'heart',
  'steps',
  'distance',
  'calories',
  'body',
  'glucose',
  'oxygen_saturation',
  'breathing',
  'stress',
  'ecg',
  'activities_stream',
  'goals',
] as const;

/** A v2 `data_type` of {@link healthV2DataTypes}. */
export type HealthV2DataType = (typeof healthV2DataTypes)[number];

/** Local date `YYYY-MM-DD`. */
export const V2_LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** Local date and time without zone, `YYYY-MM-DDThh:mm:ss` (v2 pairs it with `timezone_offset` in seconds). */
export const V2_LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/;
/** A provider slug: lower-case letters, digits and `_` (`garmin`, `freestyle_libre` ...). */
export const V2_PROVIDER_SLUG = /^[a-z0-9_]+$/;

// ---------------------------------------------------------------------------------------------------------------
// Types
// ---------------------------------------------------------------------------------------------------------------

/** One point of an intraday series: a local time and a value. */
export type HealthV2Sample = {
  /** Local time of the sample, `YYYY-MM-DDThh:mm:ss` (no zone; see the item's `timezone_offset`). */
  time?: string | undefined;
  /** The measured value, in the unit of the series. */
  value?: number | undefined;
};

/** One contiguous sleep stage of a night (`sleep.levels`). */
export type HealthV2SleepLevel = {
  /** Local start of the stage, `YYYY-MM-DDThh:mm:ss`. */
  date_time?: string | undefined;
  /** The stage: `light`, `deep`, `rem` or `awake` (older Apple devices also report other values). */
  level?: OpenVocabulary<'light' | 'deep' | 'rem' | 'awake'> | undefined;
  /** Length of the stage, seconds. */
  seconds?: number | undefined;
};

/** A `sleep` item: one sleep period. */
export type HealthV2SleepItem = {
  /** The day the sleep ended, local `YYYY-MM-DD`. */
  date?: string | undefined;
  /** Local start of the sleep period (going to bed), `YYYY-MM-DDThh:mm:ss`. */
  bedtime_start?: string | undefined;
  /** Local end of the sleep period, `YYYY-MM-DDThh:mm:ss`. */
  bedtime_end?: string | undefined;
  /** Offset of local time from UTC, seconds (UTC+02:00 is 7200). */
  timezone_offset?: number | undefined;
  /** Time in bed, seconds: `bedtime_end - bedtime_start`. */
  bedtime_duration?: number | undefined;
  /** Time asleep, seconds: `rem + light + deep`. */
  total_sleep?: number | undefined;
  /** Time awake during the period, seconds. */
  awake?: number | undefined;
  /** Light sleep, seconds. */
  light?: number | undefined;
  /** REM sleep, seconds. */
  rem?: number | undefined;
  /** Deep sleep, seconds. */
  deep?: number | undefined;
  /** Lowest heart rate during the period, bpm. */
  hr_lowest?: number | undefined;
  /** Average heart rate during the period, bpm. */
  hr_average?: number | undefined;
  /** `total_sleep / bedtime_duration`, 0..1. */
  efficiency?: number | undefined;
  /** Time from going to bed to falling asleep, seconds. */
  latency?: number | undefined;
  /** Skin temperature deviation from the person's baseline, °C. */
  temperature_delta?: number | undefined;
  /** Average heart rate variability (RMSSD) during the period, ms. */
  average_hrv?: number | undefined;
  /** Average breathing rate during the period, breaths per minute. */
  respiratory_rate?: number | undefined;
  /** Spike's provider-independent sleep score, 0..100. */
  standardized_sleep_score?: number | undefined;
  /** The provider's own sleep score, on the provider's scale. */
  source_specific_sleep_score?: number | undefined;
  /** Provider slug. */
  source?: string | undefined;
  /** The stages, in order, covering the period. */
  levels?: HealthV2SleepLevel[] | undefined;
};

/** Heart rate variability of one window (`heart.intraday_hrv[].value`). */
export type HealthV2HrvValue = {
  /** Root mean square of successive RR differences, ms. */
  rmssd?: number | undefined;
  /** Share of the window with usable beats, 0..1. */
  coverage?: number | undefined;
  /** High-frequency power, ms². */
  hf?: number | undefined;
  /** Low-frequency power, ms². */
  lf?: number | undefined;
};

/** A `heart` item: heart rate of one local day. */
export type HealthV2HeartItem = {
  /** Local day, `YYYY-MM-DD`. */
  date?: string | undefined;
  /** Offset of local time from UTC, seconds. */
  timezone_offset?: number | undefined;
  /** Resting heart rate, bpm. */
  resting_hr?: number | undefined;
  /** Lowest sample of the day, bpm. */
  min_hr?: number | undefined;
  /** Average of the day's samples, bpm. */
  avg_hr?: number | undefined;
  /** Highest sample of the day, bpm. */
  max_hr?: number | undefined;
  /** Heart rate samples (bpm), in time order. */
  heart_rate_samples?: HealthV2Sample[] | undefined;
  /** Daily heart rate variability (RMSSD, ms). */
  heart_rate_variability?:
    | {
        /** Daytime RMSSD, ms. */
        day_hrv?: number | null | undefined;
        /** RMSSD during the main sleep, ms. */
        sleep_hrv?: number | null | undefined;
      }
    | undefined;
  /** Heart rate variability per window (typically 5 minutes during sleep). */
  intraday_hrv?:
    | {
        /** Local start of the window, `YYYY-MM-DDThh:mm:ss`. */
        time?: string | undefined;
        /** The window's measures. */
        value?: HealthV2HrvValue | undefined;
      }[]
    | undefined;
  /** Provider slug. */
  source?: string | undefined;
};

/** A `steps` item: steps of one local day. */
export type HealthV2StepsItem = {
  /** Local day, `YYYY-MM-DD`. */
  date?: string | undefined;
  /** Steps of the day: the sum of `intraday_data`. */
  value?: number | undefined;
  /** Steps per interval (15 minutes by default), each stamped with the interval's local start. */
  intraday_data?: HealthV2Sample[] | undefined;
  /** Provider slug. */
  source?: string | undefined;
};

/** A `distance` item: distance covered on foot in one local day ([decision] meters; shape like `calories`). */
export type HealthV2DistanceItem = {
  /** Local day, `YYYY-MM-DD`. */
  date?: string | undefined;
  /** Distance of the day, meters: the sum of `intraday_data`. */
  value?: number | undefined;
  /** Meters per interval, each stamped with the interval's local start. */
  intraday_data?: HealthV2Sample[] | undefined;
  /** Provider slug. */
  source?: string | undefined;
};

/** One interval of `calories.intraday_data`. */
export type HealthV2CaloriesSample = {
  /** Activity level of the interval: 0 sedentary, 1 light, 2 moderate, 3 vigorous. */
  level?: number | undefined;
  /** Average metabolic equivalent of the interval (1 MET = 1 kcal per kg per hour). */
  mets?: number | undefined;
  /** Local start of the interval, `YYYY-MM-DDThh:mm:ss`. */
  time?: string | undefined;
  /** Energy burned in the interval (basal included), kcal. */
  value?: number | undefined;
};

/** A `calories` item: energy burned in one local day. */
export type HealthV2CaloriesItem = {
  /** Local day, `YYYY-MM-DD`. */
  date?: string | undefined;
  /** Energy burned in the day (basal included), kcal: the sum of `intraday_data`. */
  value?: number | undefined;
  /** Energy per interval. */
  intraday_data?: HealthV2CaloriesSample[] | undefined;
  /** Provider slug. */
  source?: string | undefined;
};

/** One body measure: the latest value and its measurements. */
export type HealthV2BodyMeasure = {
  /** The latest value, in the unit of the measure. */
  value?: number | undefined;
  /** Measurements, each at a local time. */
  timeseries?:
    | {
        /** Local time of the measurement, `YYYY-MM-DDThh:mm:ss`. */
        timestamp?: string | undefined;
        /** The measured value. */
        value?: number | undefined;
      }[]
    | undefined;
};

/** A `body` item: body measurements. */
export type HealthV2BodyItem = {
  /** Provider slug. */
  source?: string | undefined;
  /** Offset of local time from UTC, seconds. */
  timezone_offset?: number | undefined;
  /** The measures. */
  body_data?:
    | {
        /** Weight, kg. */
        weight_kg?: HealthV2BodyMeasure | undefined;
        /** Height, cm. */
        height_cm?: HealthV2BodyMeasure | undefined;
        /** Body mass index, kg/m². */
        BMI?: HealthV2BodyMeasure | undefined;
        /** Body fat, percent of weight. */
        bodyfat_percentage?: HealthV2BodyMeasure | undefined;
        /** Bone mass, grams. */
        bone_mass_g?: HealthV2BodyMeasure | undefined;
        /** Muscle mass, grams. */
        muscle_mass_g?: HealthV2BodyMeasure | undefined;
      }
    | undefined;
};

/** One reading of a continuous glucose monitor. */
export type HealthV2GlucoseSample = {
  /** Local time of the reading, `YYYY-MM-DDThh:mm:ss`. */
  time?: string | undefined;
  /** Glucose, mg/dL. */
  value?: number | undefined;
  /** Glucose as shown in real time on the device, mg/dL. */
  realtime_value?: number | undefined;
  /** Smoothed glucose, mg/dL. */
  smoothed_value?: number | undefined;
  /** Range status, e.g. `low`, `ok`, `high`. */
  status?: OpenVocabulary<'low' | 'ok' | 'high'> | undefined;
  /** Trend arrow, e.g. `flat`, `fortyFiveUp`, `singleDown`. */
  trend?:
    | OpenVocabulary<
        'doubleUp' | 'singleUp' | 'fortyFiveUp' | 'flat' | 'fortyFiveDown' | 'singleDown' | 'doubleDown'
      >
    | undefined;
  /** Rate of change, mg/dL per minute. */
  trend_rate?: number | undefined;
  /** Device or app the reading came from, when known. */
  source?: string | null | undefined;
};

/** A `glucose` item: continuous glucose readings of one local day. */
export type HealthV2GlucoseItem = {
  /** Local day, `YYYY-MM-DD`. */
  date?: string | undefined;
  /** Average reading of the day, mg/dL. */
  avg_value?: number | undefined;
  /** Lowest reading of the day, mg/dL. */
  min_value?: number | undefined;
  /** Highest reading of the day, mg/dL. */
  max_value?: number | undefined;
  /** Always `mg/dL`. */
  unit?: 'mg/dL' | undefined;
  /** Offset of local time from UTC, seconds. */
  timezone_offset?: number | undefined;
  /** Provider slug. */
  source?: string | undefined;
  /** The readings, in time order. */
  intraday_data?: HealthV2GlucoseSample[] | undefined;
  /** Provider-specific extras, often `null`. */
  extra?: Record<string, unknown> | null | undefined;
};

/** An `oxygen_saturation` item: SpO2 of one local day (usually measured during sleep). */
export type HealthV2OxygenSaturationItem = {
  /** Local day, `YYYY-MM-DD`. */
  date?: string | undefined;
  /** Average saturation, percent. */
  avg?: number | undefined;
  /** Lowest saturation, percent. */
  min?: number | undefined;
  /** Highest saturation, percent. */
  max?: number | undefined;
  /** Saturation samples, percent. */
  intraday_data?: HealthV2Sample[] | undefined;
  /** Provider slug. */
  source?: string | undefined;
};

/** A `breathing` item: breathing rate of one local day (measured during sleep). */
export type HealthV2BreathingItem = {
  /** Local day, `YYYY-MM-DD`. */
  date?: string | undefined;
  /** Average breathing rate, breaths per minute. */
  avg_value?: number | undefined;
  /** Breathing rate samples, breaths per minute. */
  intraday_data?: HealthV2Sample[] | undefined;
  /** Provider slug. */
  source?: string | undefined;
};

/** A `stress` item: stress level of one local day (Garmin). */
export type HealthV2StressItem = {
  /** Local day, `YYYY-MM-DD`. */
  date?: string | undefined;
  /** Offset of local time from UTC, seconds. */
  timezone_offset?: number | undefined;
  /** Lowest stress level of the day's valid samples, 0..100. */
  min_stress?: number | undefined;
  /** Average stress level of the day's valid samples, 0..100. */
  avg_stress?: number | undefined;
  /** Highest stress level of the day's valid samples, 0..100. */
  max_stress?: number | undefined;
  /** Stress level samples, 0..100; negative codes mean "no reading" (Garmin: -1 off wrist, -2 too much motion). */
  stress_samples?: HealthV2Sample[] | undefined;
  /** Provider slug. */
  source?: string | undefined;
};

/** An `ecg` item: one electrocardiogram recording. */
export type HealthV2EcgItem = {
  /** Local start of the recording, `YYYY-MM-DDThh:mm:ss`. */
  time_start?: string | undefined;
  /** Local end of the recording, `YYYY-MM-DDThh:mm:ss`. */
  time_end?: string | undefined;
  /** Offset of local time from UTC, seconds. */
  timezone_offset?: number | undefined;
  /** Sampling frequency, Hz (e.g. 300). */
  frequency?: number | undefined;
  /** Average heart rate during the recording, bpm. */
  avg_hr?: number | undefined;
  /** The device's reading, e.g. `normal`. */
  classification?: string | undefined;
  /** The lead recorded, when reported. */
  lead?: string | null | undefined;
  /** The devices that recorded it, e.g. `['ScanWatch 2']`. */
  original_source?: string[] | undefined;
  /** Unit of `samples`: `uv` (microvolts). */
  unit?: 'uv' | undefined;
  /** The voltage samples, µV, `frequency` per second. */
  samples?: number[] | undefined;
  /** Provider slug. */
  source?: string | undefined;
};

/** A heart rate zone of a workout. */
export type HealthV2HrZone = {
  /** Zone name, e.g. `Fat Burn`. */
  name?: string | undefined;
  /** Lower bound, bpm. */
  min?: number | undefined;
  /** Upper bound, bpm. */
  max?: number | undefined;
  /** Minutes spent in the zone. */
  minutes?: number | undefined;
};

/** One sample of a workout (the kit writes one per minute). */
export type HealthV2ActivitySample = {
  /** Local start, `YYYY-MM-DDThh:mm:ss`. */
  time_start?: string | undefined;
  /** Local end, `YYYY-MM-DDThh:mm:ss`. */
  time_end?: string | undefined;
  /** Timer duration of the sample, seconds. */
  timer_duration?: number | undefined;
  /** Time moving within the sample, seconds. */
  moving_time?: number | undefined;
  /** Heart rate, bpm. */
  heart_rate?: number | undefined;
  /** Average speed within the sample, m/s. */
  speed?: number | undefined;
  /** Distance covered within the sample, meters. */
  distance?: number | undefined;
  /** Steps within the sample. */
  steps?: number | undefined;
};

/** An `activities_stream` item: one workout. */
export type HealthV2ActivityItem = {
  /** Local start, `YYYY-MM-DDThh:mm:ss`. */
  time_start?: string | undefined;
  /** Local end, `YYYY-MM-DDThh:mm:ss`. */
  time_end?: string | undefined;
  /** Offset of local time from UTC, seconds. */
  timezone_offset?: number | undefined;
  /** Spike's activity name, e.g. `Running`. */
  activity_name?: string | undefined;
  /** Spike's activity type id. */
  activity_type_id?: number | string | undefined;
  /** The provider's activity name, e.g. `RUNNING`. */
  provider_activity_name?: string | undefined;
  /** The provider's activity type id. */
  provider_activity_type_id?: number | string | undefined;
  /** The provider's id of this workout. */
  provider_activity_id?: number | string | undefined;
  /** The provider's id of the user. */
  provider_user_id?: string | undefined;
  /** Average heart rate, bpm. */
  avg_hr?: number | undefined;
  /** Highest heart rate, bpm. */
  max_hr?: number | undefined;
  /** Lowest heart rate, bpm. */
  min_hr?: number | null | undefined;
  /** Energy burned during the workout, kcal. */
  calories?: number | undefined;
  /** Time in each heart rate zone. */
  hr_zones?: HealthV2HrZone[] | undefined;
  /** Time moving, seconds. */
  moving_time?: number | undefined;
  /** Elevation gained, meters. */
  total_elevation_gain?: number | undefined;
  /** Elevation lost, meters. */
  total_elevation_loss?: number | undefined;
  /** Distance, meters. */
  distance?: number | undefined;
  /** Steps. */
  steps?: number | undefined;
  /** Average speed while moving, m/s. */
  avg_speed?: number | undefined;
  /** Highest speed, m/s. */
  max_speed?: number | undefined;
  /** Average power, watts (cycling). */
  average_watts?: number | undefined;
  /** Highest power, watts (cycling). */
  max_watts?: number | undefined;
  /** Samples of the workout. */
  samples?: HealthV2ActivitySample[] | undefined;
  /** Provider slug. */
  source?: string | undefined;
};

/** Goals over one period. */
export type HealthV2GoalSet = {
  /** Active minutes. */
  active_minutes?: number | undefined;
  /** Energy burned, kcal. */
  calories?: number | undefined;
  /** Distance, km. */
  distance?: number | undefined;
  /** Floors climbed. */
  floors?: number | undefined;
  /** Steps. */
  steps?: number | undefined;
  /** Sleep, minutes. */
  sleep?: number | undefined;
};

/** A `goals` item: the user's goals. */
export type HealthV2GoalsItem = {
  /** Daily goals. */
  daily?: HealthV2GoalSet | undefined;
  /** Weekly goals. */
  weekly?: HealthV2GoalSet | undefined;
  /** Monthly goals. */
  monthly?: HealthV2GoalSet | undefined;
  /** Provider slug. */
  source?: string | undefined;
};

/** The item type of each v2 `data_type`. */
export type HealthV2Items = {
  sleep: HealthV2SleepItem;
  heart: HealthV2HeartItem;
  steps: HealthV2StepsItem;
  distance: HealthV2DistanceItem;
  calories: HealthV2CaloriesItem;
  body: HealthV2BodyItem;
  glucose: HealthV2GlucoseItem;
  oxygen_saturation: HealthV2OxygenSaturationItem;
  breathing: HealthV2BreathingItem;
  stress: HealthV2StressItem;
  ecg: HealthV2EcgItem;
  activities_stream: HealthV2ActivityItem;
  goals: HealthV2GoalsItem;
};

/**
 * A v2 event of one `data_type`: the root fields Spike documents, with `data` holding that type's items.
 *
 * @example
 * ```ts
 * const event: HealthV2EventOf<'sleep'> = generate('spike-health-v2', { kind: 'sleep' });
 * event.data[0]?.total_sleep; // seconds
 * ```
 */
export type HealthV2EventOf<K extends HealthV2DataType> = {
  /** Unique id of the notification, synthetic (the kit writes a UUID v4). The signature covers only this field. */
  event_id: string;
  /** Webhook event type. The values are not documented (the kit writes `realtime_update`). */
  event_type: string;
  /** When Spike received the provider's ping; the kit writes ISO 8601 UTC (`2026-01-15T10:21:07.512Z`). */
  timestamp: string;
  /** Spike user id, a UUID. */
  user_id: string;
  /** Your own id of the user, as given to Spike. */
  client_user_id: string;
  /** Provider slug, lower case (`garmin`, `fitbit` ...). */
  source: string;
  /** The kind of data in `data`. */
  data_type: K;
  /** The data: items of the `data_type`'s shape. */
  data: HealthV2Items[K][];
};

/** Every v2 event type, keyed by `data_type` (what `generate('spike-health-v2', { kind })` returns). */
export type HealthV2Events = { [K in HealthV2DataType]: HealthV2EventOf<K> };

/** A Spike API v2 webhook event: a discriminated union on `data_type`. */
export type HealthV2Event = HealthV2Events[HealthV2DataType];

// ---------------------------------------------------------------------------------------------------------------
// Schemas
// ---------------------------------------------------------------------------------------------------------------

const d = (description: string) => ({ description });
const num = (description: string) => z.number().optional().meta(d(description));
const int = (description: string) => z.int().optional().meta(d(description));
const str = (description: string) => z.string().optional().meta(d(description));
const localDate = (description: string) => z.string().regex(V2_LOCAL_DATE).optional().meta(d(description));
const localTime = (description: string) =>
  z.string().regex(V2_LOCAL_DATE_TIME).optional().meta(d(description));
const list = <T extends z.ZodType>(item: T, description: string) =>
  z.array(item).optional().meta(d(description));
const tzOffset = () => int('Offset of local time from UTC, seconds.');
const sourceField = () => str('Provider slug.');
const dayField = () => localDate('Local day, YYYY-MM-DD.');

const sampleSchema = z
  .looseObject({
    time: localTime('Local time of the sample, YYYY-MM-DDThh:mm:ss.'),
    value: num('The measured value, in the unit of the series.'),
  })
  .meta(d('One point of an intraday series.'));

const sleepLevelSchema = z
  .looseObject({
    date_time: localTime('Local start of the stage.'),
    level: str('Stage: light, deep, rem or awake (other values occur).'),
    seconds: int('Length of the stage, seconds.'),
  })
  .meta(d('One sleep stage.'));

const sleepItemSchema = z
  .looseObject({
    date: localDate('The day the sleep ended, YYYY-MM-DD.'),
    bedtime_start: localTime('Local start of the sleep period.'),
    bedtime_end: localTime('Local end of the sleep period.'),
    timezone_offset: tzOffset(),
    bedtime_duration: int('Time in bed, seconds (bedtime_end - bedtime_start).'),
    total_sleep: int('Time asleep, seconds (rem + light + deep).'),
    awake: int('Awake, seconds.'),
    light: int('Light sleep, seconds.'),
    rem: int('REM sleep, seconds.'),
    deep: int('Deep sleep, seconds.'),
    hr_lowest: num('Lowest heart rate, bpm.'),
    hr_average: num('Average heart rate, bpm.'),
    efficiency: z.number().min(0).max(1).optional().meta(d('total_sleep / bedtime_duration, 0..1.')),
    latency: int('Time to fall asleep, seconds.'),
    temperature_delta: num('Temperature deviation from baseline, °C.'),
    average_hrv: num('Average HRV (RMSSD), ms.'),
    respiratory_rate: num('Average breathing rate, breaths per minute.'),
    standardized_sleep_score: num("Spike's sleep score, 0..100."),
    source_specific_sleep_score: num("The provider's sleep score."),
    source: sourceField(),
    levels: list(sleepLevelSchema, 'The stages covering the period, in order.'),
  })
  .meta(d('A sleep period.'));

const hrvValueSchema = z
  .looseObject({
    rmssd: num('RMSSD, ms.'),
    coverage: num('Share of the window with usable beats, 0..1.'),
    hf: num('High-frequency power, ms².'),
    lf: num('Low-frequency power, ms².'),
  })
  .meta(d('HRV of one window.'));

const heartItemSchema = z
  .looseObject({
    date: dayField(),
    timezone_offset: tzOffset(),
    resting_hr: num('Resting heart rate, bpm.'),
    min_hr: num('Lowest sample, bpm.'),
    avg_hr: num('Average of the samples, bpm.'),
    max_hr: num('Highest sample, bpm.'),
    heart_rate_samples: list(sampleSchema, 'Heart rate samples, bpm.'),
    heart_rate_variability: z
      .looseObject({
        day_hrv: z.number().nullable().optional().meta(d('Daytime RMSSD, ms.')),
        sleep_hrv: z.number().nullable().optional().meta(d('RMSSD during sleep, ms.')),
      })
      .optional()
      .meta(d('Daily HRV.')),
    intraday_hrv: list(
      z.looseObject({ time: localTime('Local start of the window.'), value: hrvValueSchema.optional() }),
      'HRV per window.',
    ),
    source: sourceField(),
  })
  .meta(d('Heart rate of one local day.'));

const dailySeriesItem = (unit: string, what: string) =>
  z
    .looseObject({
      date: dayField(),
      value: num(`${what} of the day, ${unit}: the sum of intraday_data.`),
      intraday_data: list(sampleSchema, `${what} per interval, ${unit}.`),
      source: sourceField(),
    })
    .meta(d(`${what} of one local day.`));

const caloriesItemSchema = z
  .looseObject({
    date: dayField(),
    value: num('Energy burned in the day (basal included), kcal.'),
    intraday_data: list(
      z.looseObject({
        level: int('Activity level: 0 sedentary, 1 light, 2 moderate, 3 vigorous.'),
        mets: num('Average metabolic equivalent of the interval.'),
        time: localTime('Local start of the interval.'),
        value: num('Energy burned in the interval, kcal.'),
      }),
      'Energy per interval.',
    ),
    source: sourceField(),
  })
  .meta(d('Energy burned in one local day.'));

const bodyMeasureSchema = (unit: string) =>
  z
    .looseObject({
      value: num(`Latest value, ${unit}.`),
      timeseries: list(
        z.looseObject({ timestamp: localTime('Local time of the measurement.'), value: num(unit) }),
        `Measurements, ${unit}.`,
      ),
    })
    .optional()
    .meta(d(`A body measure, ${unit}.`));

const bodyItemSchema = z
  .looseObject({
    source: sourceField(),
    timezone_offset: tzOffset(),
    body_data: z
      .looseObject({
        weight_kg: bodyMeasureSchema('kg'),
        height_cm: bodyMeasureSchema('cm'),
        BMI: bodyMeasureSchema('kg/m²'),
        bodyfat_percentage: bodyMeasureSchema('percent'),
        bone_mass_g: bodyMeasureSchema('grams'),
        muscle_mass_g: bodyMeasureSchema('grams'),
      })
      .optional()
      .meta(d('The measures.')),
  })
  .meta(d('Body measurements.'));

const glucoseItemSchema = z
  .looseObject({
    date: dayField(),
    avg_value: num('Average reading, mg/dL.'),
    min_value: num('Lowest reading, mg/dL.'),
    max_value: num('Highest reading, mg/dL.'),
    unit: z.literal('mg/dL').optional().meta(d('Always mg/dL.')),
    timezone_offset: tzOffset(),
    source: sourceField(),
    intraday_data: list(
      z.looseObject({
        time: localTime('Local time of the reading.'),
        value: num('Glucose, mg/dL.'),
        realtime_value: num('Real-time glucose, mg/dL.'),
        smoothed_value: num('Smoothed glucose, mg/dL.'),
        status: str('Range status, e.g. low, ok, high.'),
        trend: str('Trend arrow, e.g. flat, fortyFiveUp, singleDown.'),
        trend_rate: num('Rate of change, mg/dL per minute.'),
        source: z.string().nullable().optional().meta(d('Device the reading came from, if known.')),
      }),
      'The readings, in time order.',
    ),
    extra: z.record(z.string(), z.unknown()).nullable().optional().meta(d('Provider-specific extras.')),
  })
  .meta(d('Continuous glucose readings of one local day.'));

const oxygenItemSchema = z
  .looseObject({
    date: dayField(),
    avg: num('Average saturation, percent.'),
    min: num('Lowest saturation, percent.'),
    max: num('Highest saturation, percent.'),
    intraday_data: list(sampleSchema, 'Saturation samples, percent.'),
    source: sourceField(),
  })
  .meta(d('Oxygen saturation of one local day.'));

const breathingItemSchema = z
  .looseObject({
    date: dayField(),
    avg_value: num('Average breathing rate, breaths per minute.'),
    intraday_data: list(sampleSchema, 'Breathing rate samples, breaths per minute.'),
    source: sourceField(),
  })
  .meta(d('Breathing rate of one local day.'));

const stressItemSchema = z
  .looseObject({
    date: dayField(),
    timezone_offset: tzOffset(),
    min_stress: num('Lowest valid stress level, 0..100.'),
    avg_stress: num('Average valid stress level, 0..100.'),
    max_stress: num('Highest valid stress level, 0..100.'),
    stress_samples: list(sampleSchema, 'Stress samples, 0..100; negative codes mean no reading.'),
    source: sourceField(),
  })
  .meta(d('Stress of one local day.'));

const ecgItemSchema = z
  .looseObject({
    time_start: localTime('Local start of the recording.'),
    time_end: localTime('Local end of the recording.'),
    timezone_offset: tzOffset(),
    frequency: num('Sampling frequency, Hz.'),
    avg_hr: num('Average heart rate, bpm.'),
    classification: str("The device's reading, e.g. normal."),
    lead: z.string().nullable().optional().meta(d('The lead recorded, if reported.')),
    original_source: list(z.string(), 'The recording devices.'),
    unit: z.literal('uv').optional().meta(d('Unit of samples: microvolts.')),
    samples: list(z.number(), 'Voltage samples, µV.'),
    source: sourceField(),
  })
  .meta(d('One electrocardiogram recording.'));

const idField = (description: string) => z.union([z.number(), z.string()]).optional().meta(d(description));

const activityItemSchema = z
  .looseObject({
    time_start: localTime('Local start.'),
    time_end: localTime('Local end.'),
    timezone_offset: tzOffset(),
    activity_name: str("Spike's activity name."),
    activity_type_id: idField("Spike's activity type id."),
    provider_activity_name: str("The provider's activity name."),
    provider_activity_type_id: idField("The provider's activity type id."),
    provider_activity_id: idField("The provider's id of the workout."),
    provider_user_id: str("The provider's id of the user."),
    avg_hr: num('Average heart rate, bpm.'),
    max_hr: num('Highest heart rate, bpm.'),
    min_hr: z.number().nullable().optional().meta(d('Lowest heart rate, bpm.')),
    calories: num('Energy burned, kcal.'),
    hr_zones: list(
      z.looseObject({
        name: str('Zone name.'),
        min: num('Lower bound, bpm.'),
        max: num('Upper bound, bpm.'),
        minutes: num('Minutes in the zone.'),
      }),
      'Time in each heart rate zone.',
    ),
    moving_time: num('Time moving, seconds.'),
    total_elevation_gain: num('Elevation gained, meters.'),
    total_elevation_loss: num('Elevation lost, meters.'),
    distance: num('Distance, meters.'),
    steps: num('Steps.'),
    avg_speed: num('Average speed while moving, m/s.'),
    max_speed: num('Highest speed, m/s.'),
    average_watts: num('Average power, watts.'),
    max_watts: num('Highest power, watts.'),
    samples: list(
      z.looseObject({
        time_start: localTime('Local start.'),
        time_end: localTime('Local end.'),
        timer_duration: num('Timer duration, seconds.'),
        moving_time: num('Time moving, seconds.'),
        heart_rate: num('Heart rate, bpm.'),
        speed: num('Average speed, m/s.'),
        distance: num('Distance, meters.'),
        steps: num('Steps.'),
      }),
      'Samples of the workout.',
    ),
    source: sourceField(),
  })
  .meta(d('One workout.'));

const goalSetSchema = (period: string) =>
  z
    .looseObject({
      active_minutes: num('Active minutes.'),
      calories: num('Energy burned, kcal.'),
      distance: num('Distance, km.'),
      floors: num('Floors climbed.'),
      steps: num('Steps.'),
      sleep: num('Sleep, minutes.'),
    })
    .optional()
    .meta(d(`${period} goals.`));

const goalsItemSchema = z
  .looseObject({
    daily: goalSetSchema('Daily'),
    weekly: goalSetSchema('Weekly'),
    monthly: goalSetSchema('Monthly'),
    source: sourceField(),
  })
  .meta(d("The user's goals."));

/**
 * The zod schema of the items of each v2 `data_type`.
 *
 * @example
 * ```ts
 * healthV2ItemSchemas.sleep.safeParse({ total_sleep: 25_200 }).success; // true
 * ```
 */
export const healthV2ItemSchemas = {
  sleep: sleepItemSchema,
  heart: heartItemSchema,
  steps: dailySeriesItem('steps', 'Steps'),
  distance: dailySeriesItem('meters', 'Distance covered on foot'),
  calories: caloriesItemSchema,
  body: bodyItemSchema,
  glucose: glucoseItemSchema,
  oxygen_saturation: oxygenItemSchema,
  breathing: breathingItemSchema,
  stress: stressItemSchema,
  ecg: ecgItemSchema,
  activities_stream: activityItemSchema,
  goals: goalsItemSchema,
} as const satisfies Record<HealthV2DataType, z.ZodType>;

const rootSchema = z.looseObject({
  event_id: z.string().min(1).meta(d('Unique synthetic id of the notification (signed).')),
  event_type: z.string().meta(d('Webhook event type (values undocumented).')),
  timestamp: z.string().min(1).meta(d("When Spike received the provider's ping.")),
  user_id: z.uuid().meta(d('Spike user id (UUID).')),
  client_user_id: z.string().meta(d('Your own id of the user.')),
  source: z.string().regex(V2_PROVIDER_SLUG).meta(d('Provider slug, lower case.')),
});

const eventSchema = <K extends HealthV2DataType>(kind: K) =>
  rootSchema
    .extend({
      data_type: z.literal(kind).meta(d('The kind of data.')),
      data: z.array(healthV2ItemSchemas[kind]).meta(d(`Items of data_type '${kind}'.`)),
    })
    .meta(d(`Spike v2 webhook event with data_type '${kind}'.`));

/**
 * The zod schema of the v2 event of each `data_type`.
 *
 * @example
 * ```ts
 * healthV2EventSchemas.heart.parse(JSON.parse(rawBody)).data[0]?.avg_hr;
 * ```
 */
export const healthV2EventSchemas = {
  sleep: eventSchema('sleep'),
  heart: eventSchema('heart'),
  steps: eventSchema('steps'),
  distance: eventSchema('distance'),
  calories: eventSchema('calories'),
  body: eventSchema('body'),
  glucose: eventSchema('glucose'),
  oxygen_saturation: eventSchema('oxygen_saturation'),
  breathing: eventSchema('breathing'),
  stress: eventSchema('stress'),
  ecg: eventSchema('ecg'),
  activities_stream: eventSchema('activities_stream'),
  goals: eventSchema('goals'),
} as const;

/**
 * The zod schema of any v2 event: a discriminated union on `data_type`. An unknown `data_type` fails with a
 * readable issue, so a receiver can tell "new kind of data" from "broken payload".
 *
 * @example
 * ```ts
 * const result = healthV2EventSchema.safeParse(JSON.parse(rawBody));
 * if (result.success && result.data.data_type === 'sleep') console.log(result.data.data[0]?.total_sleep);
 * ```
 */
export const healthV2EventSchema = z
  .discriminatedUnion('data_type', [
    healthV2EventSchemas.sleep,
    healthV2EventSchemas.heart,
    healthV2EventSchemas.steps,
    healthV2EventSchemas.distance,
    healthV2EventSchemas.calories,
    healthV2EventSchemas.body,
    healthV2EventSchemas.glucose,
    healthV2EventSchemas.oxygen_saturation,
    healthV2EventSchemas.breathing,
    healthV2EventSchemas.stress,
    healthV2EventSchemas.ecg,
    healthV2EventSchemas.activities_stream,
    healthV2EventSchemas.goals,
  ])
  .meta(d('Spike API v2 health webhook event (RealtimeUpdateV1).'));

const healthV2Parser: PayloadParser<HealthV2Event> = createParser(
  healthV2EventSchema,
  'Spike health v2 event',
);

/**
 * Parses a v2 event, throwing `INVALID_PAYLOAD` with every problem and its path.
 *
 * @example
 * ```ts
 * const event = parseHealthV2Event(JSON.parse(rawBody));
 * if (event.data_type === 'steps') console.log(event.data[0]?.value);
 * ```
 */
export const parseHealthV2Event: (input: unknown) => HealthV2Event = healthV2Parser.parse;

/**
 * Parses a v2 event without throwing: `{ ok: true, value }` or `{ ok: false, issues }`.
 *
 * @example
 * ```ts
 * const result = safeParseHealthV2Event(body);
 * if (!result.ok) console.warn(result.issues.join('\n'));
 * ```
 */
export const safeParseHealthV2Event: PayloadParser<HealthV2Event>['safeParse'] = healthV2Parser.safeParse;

/**
 * Readable problems with a v2 event (empty when valid).
 *
 * @example
 * ```ts
 * checkHealthV2Event({ data_type: 'sleep' }); // ['event_id: Invalid input: expected string, received undefined', ...]
 * ```
 */
export const checkHealthV2Event: (input: unknown) => string[] = healthV2Parser.check;

// Compile-time proof that the documented types and the schemas describe the same payloads.
type MutuallyAssignable<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type SchemaEvents = { [K in HealthV2DataType]: z.infer<(typeof healthV2EventSchemas)[K]> };
const typesMatchSchemas: { [K in HealthV2DataType]: MutuallyAssignable<SchemaEvents[K], HealthV2Events[K]> } =
  {
    sleep: true,
    heart: true,
    steps: true,
    distance: true,
    calories: true,
    body: true,
    glucose: true,
    oxygen_saturation: true,
    breathing: true,
    stress: true,
    ecg: true,
    activities_stream: true,
    goals: true,
  };
void typesMatchSchemas;
const unionMatches: MutuallyAssignable<z.infer<typeof healthV2EventSchema>, HealthV2Event> = true;
void unionMatches;

import { z } from 'zod';
import type { KnownFields } from '../known-fields.ts';
import { d, list, localTime, num, sourceField, str, tzOffset } from './field-schemas.ts';

// The v2 items that are single records: `body` measurements, `ecg` recordings, `activities_stream` workouts and
// the user's `goals`.

const bodyMeasureSchema = (unit: string) =>
  z
    .looseObject({
      /** The latest value, in the unit of the measure. */
      value: num(`Latest value, ${unit}.`),
      /** Measurements, each at a local time. */
      timeseries: list(
        z.looseObject({
          /** Local time of the measurement, `YYYY-MM-DDThh:mm:ss`. */
          timestamp: localTime('Local time of the measurement.'),
          /** The measured value. */
          value: num(unit),
        }),
        `Measurements, ${unit}.`,
      ),
    })
    .optional()
    .meta(d(`A body measure, ${unit}.`));

/** The schema of a `body` item. */
export const bodyItemSchema = z
  .looseObject({
    /** Provider slug. */
    source: sourceField(),
    /** Offset of local time from UTC, seconds. */
    timezone_offset: tzOffset(),
    /** The measures. */
    body_data: z
      .looseObject({
        /** Weight, kg. */
        weight_kg: bodyMeasureSchema('kg'),
        /** Height, cm. */
        height_cm: bodyMeasureSchema('cm'),
        /** Body mass index, kg/m². */
        BMI: bodyMeasureSchema('kg/m²'),
        /** Body fat, percent of weight. */
        bodyfat_percentage: bodyMeasureSchema('percent'),
        /** Bone mass, grams. */
        bone_mass_g: bodyMeasureSchema('grams'),
        /** Muscle mass, grams. */
        muscle_mass_g: bodyMeasureSchema('grams'),
      })
      .optional()
      .meta(d('The measures.')),
  })
  .meta(d('Body measurements.'));

/** The schema of an `ecg` item. */
export const ecgItemSchema = z
  .looseObject({
    /** Local start of the recording, `YYYY-MM-DDThh:mm:ss`. */
    time_start: localTime('Local start of the recording.'),
    /** Local end of the recording, `YYYY-MM-DDThh:mm:ss`. */
    time_end: localTime('Local end of the recording.'),
    /** Offset of local time from UTC, seconds. */
    timezone_offset: tzOffset(),
    /** Sampling frequency, Hz (e.g. 300). */
    frequency: num('Sampling frequency, Hz.'),
    /** Average heart rate during the recording, bpm. */
    avg_hr: num('Average heart rate, bpm.'),
    /** The device's reading, e.g. `normal`. */
    classification: str("The device's reading, e.g. normal."),
    /** The lead recorded, when reported. */
    lead: z.string().nullable().optional().meta(d('The lead recorded, if reported.')),
    /** The devices that recorded it, e.g. `['ScanWatch 2']`. */
    original_source: list(z.string(), 'The recording devices.'),
    /** Unit of `samples`: `uv` (microvolts). */
    unit: z.literal('uv').optional().meta(d('Unit of samples: microvolts.')),
    /** The voltage samples, µV, `frequency` per second. */
    samples: list(z.number(), 'Voltage samples, µV.'),
    /** Provider slug. */
    source: sourceField(),
  })
  .meta(d('One electrocardiogram recording.'));

const idField = (description: string) => z.union([z.number(), z.string()]).optional().meta(d(description));

const hrZoneSchema = z.looseObject({
  /** Zone name, e.g. `Fat Burn`. */
  name: str('Zone name.'),
  /** Lower bound, bpm. */
  min: num('Lower bound, bpm.'),
  /** Upper bound, bpm. */
  max: num('Upper bound, bpm.'),
  /** Minutes spent in the zone. */
  minutes: num('Minutes in the zone.'),
});

const activitySampleSchema = z.looseObject({
  /** Local start, `YYYY-MM-DDThh:mm:ss`. */
  time_start: localTime('Local start.'),
  /** Local end, `YYYY-MM-DDThh:mm:ss`. */
  time_end: localTime('Local end.'),
  /** Timer duration of the sample, seconds. */
  timer_duration: num('Timer duration, seconds.'),
  /** Time moving within the sample, seconds. */
  moving_time: num('Time moving, seconds.'),
  /** Heart rate, bpm. */
  heart_rate: num('Heart rate, bpm.'),
  /** Average speed within the sample, m/s. */
  speed: num('Average speed, m/s.'),
  /** Distance covered within the sample, meters. */
  distance: num('Distance, meters.'),
  /** Steps within the sample. */
  steps: num('Steps.'),
});

/** The schema of an `activities_stream` item. */
export const activityItemSchema = z
  .looseObject({
    /** Local start, `YYYY-MM-DDThh:mm:ss`. */
    time_start: localTime('Local start.'),
    /** Local end, `YYYY-MM-DDThh:mm:ss`. */
    time_end: localTime('Local end.'),
    /** Offset of local time from UTC, seconds. */
    timezone_offset: tzOffset(),
    /** Spike's activity name, e.g. `Running`. */
    activity_name: str("Spike's activity name."),
    /** Spike's activity type id. */
    activity_type_id: idField("Spike's activity type id."),
    /** The provider's activity name, e.g. `RUNNING`. */
    provider_activity_name: str("The provider's activity name."),
    /** The provider's activity type id. */
    provider_activity_type_id: idField("The provider's activity type id."),
    /** The provider's id of this workout. */
    provider_activity_id: idField("The provider's id of the workout."),
    /** The provider's id of the user. */
    provider_user_id: str("The provider's id of the user."),
    /** Average heart rate, bpm. */
    avg_hr: num('Average heart rate, bpm.'),
    /** Highest heart rate, bpm. */
    max_hr: num('Highest heart rate, bpm.'),
    /** Lowest heart rate, bpm. */
    min_hr: z.number().nullable().optional().meta(d('Lowest heart rate, bpm.')),
    /** Energy burned during the workout, kcal. */
    calories: num('Energy burned, kcal.'),
    /** Time in each heart rate zone. */
    hr_zones: list(hrZoneSchema, 'Time in each heart rate zone.'),
    /** Time moving, seconds. */
    moving_time: num('Time moving, seconds.'),
    /** Elevation gained, meters. */
    total_elevation_gain: num('Elevation gained, meters.'),
    /** Elevation lost, meters. */
    total_elevation_loss: num('Elevation lost, meters.'),
    /** Distance, meters. */
    distance: num('Distance, meters.'),
    /** Steps. */
    steps: num('Steps.'),
    /** Average speed while moving, m/s. */
    avg_speed: num('Average speed while moving, m/s.'),
    /** Highest speed, m/s. */
    max_speed: num('Highest speed, m/s.'),
    /** Average power, watts (cycling). */
    average_watts: num('Average power, watts.'),
    /** Highest power, watts (cycling). */
    max_watts: num('Highest power, watts.'),
    /** Samples of the workout. */
    samples: list(activitySampleSchema, 'Samples of the workout.'),
    /** Provider slug. */
    source: sourceField(),
  })
  .meta(d('One workout.'));

const goalSetSchema = (period: string) =>
  z
    .looseObject({
      /** Active minutes. */
      active_minutes: num('Active minutes.'),
      /** Energy burned, kcal. */
      calories: num('Energy burned, kcal.'),
      /** Distance, km. */
      distance: num('Distance, km.'),
      /** Floors climbed. */
      floors: num('Floors climbed.'),
      /** Steps. */
      steps: num('Steps.'),
      /** Sleep, minutes. */
      sleep: num('Sleep, minutes.'),
    })
    .optional()
    .meta(d(`${period} goals.`));

/** The schema of a `goals` item. */
export const goalsItemSchema = z
  .looseObject({
    /** Daily goals. */
    daily: goalSetSchema('Daily'),
    /** Weekly goals. */
    weekly: goalSetSchema('Weekly'),
    /** Monthly goals. */
    monthly: goalSetSchema('Monthly'),
    /** Provider slug. */
    source: sourceField(),
  })
  .meta(d("The user's goals."));

/** One body measure: the latest value and its measurements. */
export type HealthV2BodyMeasure = KnownFields<NonNullable<z.output<ReturnType<typeof bodyMeasureSchema>>>>;

/** A `body` item: body measurements. */
export type HealthV2BodyItem = KnownFields<z.output<typeof bodyItemSchema>>;

/** An `ecg` item: one electrocardiogram recording. */
export type HealthV2EcgItem = KnownFields<z.output<typeof ecgItemSchema>>;

/** A heart rate zone of a workout. */
export type HealthV2HrZone = KnownFields<z.output<typeof hrZoneSchema>>;

/** One sample of a workout (the kit writes one per minute). */
export type HealthV2ActivitySample = KnownFields<z.output<typeof activitySampleSchema>>;

/** An `activities_stream` item: one workout. */
export type HealthV2ActivityItem = KnownFields<z.output<typeof activityItemSchema>>;

/** Goals over one period. */
export type HealthV2GoalSet = KnownFields<NonNullable<z.output<ReturnType<typeof goalSetSchema>>>>;

/** A `goals` item: the user's goals. */
export type HealthV2GoalsItem = KnownFields<z.output<typeof goalsItemSchema>>;

import { z } from 'zod';
import type { KnownFields } from '../known-fields.ts';
import {
  d,
  dayField,
  int,
  list,
  localTime,
  num,
  sampleSchema,
  sourceField,
  tzOffset,
  vocab,
} from './field-schemas.ts';

// The v2 items that sum up one local day: `heart`, `steps`, `distance`, `calories`, `glucose` and `stress`.

const hrvValueSchema = z
  .looseObject({
    /** Root mean square of successive RR differences, ms. */
    rmssd: num('RMSSD, ms.'),
    /** Share of the window with usable beats, 0..1. */
    coverage: num('Share of the window with usable beats, 0..1.'),
    /** High-frequency power, ms². */
    hf: num('High-frequency power, ms².'),
    /** Low-frequency power, ms². */
    lf: num('Low-frequency power, ms².'),
  })
  .meta(d('HRV of one window.'));

/** The schema of a `heart` item. */
export const heartItemSchema = z
  .looseObject({
    /** Local day, `YYYY-MM-DD`. */
    date: dayField(),
    /** Offset of local time from UTC, seconds. */
    timezone_offset: tzOffset(),
    /** Resting heart rate, bpm. */
    resting_hr: num('Resting heart rate, bpm.'),
    /** Lowest sample of the day, bpm. */
    min_hr: num('Lowest sample, bpm.'),
    /** Average of the day's samples, bpm. */
    avg_hr: num('Average of the samples, bpm.'),
    /** Highest sample of the day, bpm. */
    max_hr: num('Highest sample, bpm.'),
    /** Heart rate samples (bpm), in time order. */
    heart_rate_samples: list(sampleSchema, 'Heart rate samples, bpm.'),
    /** Daily heart rate variability (RMSSD, ms). */
    heart_rate_variability: z
      .looseObject({
        /** Daytime RMSSD, ms. */
        day_hrv: z.number().nullable().optional().meta(d('Daytime RMSSD, ms.')),
        /** RMSSD during the main sleep, ms. */
        sleep_hrv: z.number().nullable().optional().meta(d('RMSSD during sleep, ms.')),
      })
      .optional()
      .meta(d('Daily HRV.')),
    /** Heart rate variability per window (typically 5 minutes during sleep). */
    intraday_hrv: list(
      z.looseObject({
        /** Local start of the window, `YYYY-MM-DDThh:mm:ss`. */
        time: localTime('Local start of the window.'),
        /** The window's measures. */
        value: hrvValueSchema.optional(),
      }),
      'HRV per window.',
    ),
    /** Provider slug. */
    source: sourceField(),
  })
  .meta(d('Heart rate of one local day.'));

/** The schema of the items of a daily series (`steps`, `distance`): a total and its intervals. */
export const dailySeriesItem = (unit: string, what: string) =>
  z
    .looseObject({
      /** Local day, `YYYY-MM-DD`. */
      date: dayField(),
      /** The day's total: the sum of `intraday_data`. */
      value: num(`${what} of the day, ${unit}: the sum of intraday_data.`),
      /** The amount per interval (15 minutes by default), each stamped with the interval's local start. */
      intraday_data: list(sampleSchema, `${what} per interval, ${unit}.`),
      /** Provider slug. */
      source: sourceField(),
    })
    .meta(d(`${what} of one local day.`));

const caloriesSampleSchema = z.looseObject({
  /** Activity level of the interval: 0 sedentary, 1 light, 2 moderate, 3 vigorous. */
  level: int('Activity level: 0 sedentary, 1 light, 2 moderate, 3 vigorous.'),
  /** Average metabolic equivalent of the interval (1 MET = 1 kcal per kg per hour). */
  mets: num('Average metabolic equivalent of the interval.'),
  /** Local start of the interval, `YYYY-MM-DDThh:mm:ss`. */
  time: localTime('Local start of the interval.'),
  /** Energy burned in the interval (basal included), kcal. */
  value: num('Energy burned in the interval, kcal.'),
});

/** The schema of a `calories` item. */
export const caloriesItemSchema = z
  .looseObject({
    /** Local day, `YYYY-MM-DD`. */
    date: dayField(),
    /** Energy burned in the day (basal included), kcal: the sum of `intraday_data`. */
    value: num('Energy burned in the day (basal included), kcal.'),
    /** Energy per interval. */
    intraday_data: list(caloriesSampleSchema, 'Energy per interval.'),
    /** Provider slug. */
    source: sourceField(),
  })
  .meta(d('Energy burned in one local day.'));

type GlucoseTrend =
  | 'doubleUp'
  | 'singleUp'
  | 'fortyFiveUp'
  | 'flat'
  | 'fortyFiveDown'
  | 'singleDown'
  | 'doubleDown';

const glucoseSampleSchema = z.looseObject({
  /** Local time of the reading, `YYYY-MM-DDThh:mm:ss`. */
  time: localTime('Local time of the reading.'),
  /** Glucose, mg/dL. */
  value: num('Glucose, mg/dL.'),
  /** Glucose as shown in real time on the device, mg/dL. */
  realtime_value: num('Real-time glucose, mg/dL.'),
  /** Smoothed glucose, mg/dL. */
  smoothed_value: num('Smoothed glucose, mg/dL.'),
  /** Range status, e.g. `low`, `ok`, `high`. */
  status: vocab<'low' | 'ok' | 'high'>('Range status, e.g. low, ok, high.'),
  /** Trend arrow, e.g. `flat`, `fortyFiveUp`, `singleDown`. */
  trend: vocab<GlucoseTrend>('Trend arrow, e.g. flat, fortyFiveUp, singleDown.'),
  /** Rate of change, mg/dL per minute. */
  trend_rate: num('Rate of change, mg/dL per minute.'),
  /** Device or app the reading came from, when known. */
  source: z.string().nullable().optional().meta(d('Device the reading came from, if known.')),
});

/** The schema of a `glucose` item. */
export const glucoseItemSchema = z
  .looseObject({
    /** Local day, `YYYY-MM-DD`. */
    date: dayField(),
    /** Average reading of the day, mg/dL. */
    avg_value: num('Average reading, mg/dL.'),
    /** Lowest reading of the day, mg/dL. */
    min_value: num('Lowest reading, mg/dL.'),
    /** Highest reading of the day, mg/dL. */
    max_value: num('Highest reading, mg/dL.'),
    /** Always `mg/dL`. */
    unit: z.literal('mg/dL').optional().meta(d('Always mg/dL.')),
    /** Offset of local time from UTC, seconds. */
    timezone_offset: tzOffset(),
    /** Provider slug. */
    source: sourceField(),
    /** The readings, in time order. */
    intraday_data: list(glucoseSampleSchema, 'The readings, in time order.'),
    /** Provider-specific extras, often `null`. */
    extra: z.record(z.string(), z.unknown()).nullable().optional().meta(d('Provider-specific extras.')),
  })
  .meta(d('Continuous glucose readings of one local day.'));

/** The schema of a `stress` item. */
export const stressItemSchema = z
  .looseObject({
    /** Local day, `YYYY-MM-DD`. */
    date: dayField(),
    /** Offset of local time from UTC, seconds. */
    timezone_offset: tzOffset(),
    /** Lowest stress level of the day's valid samples, 0..100. */
    min_stress: num('Lowest valid stress level, 0..100.'),
    /** Average stress level of the day's valid samples, 0..100. */
    avg_stress: num('Average valid stress level, 0..100.'),
    /** Highest stress level of the day's valid samples, 0..100. */
    max_stress: num('Highest valid stress level, 0..100.'),
    /** Stress level samples, 0..100; negative codes mean "no reading" (Garmin: -1 off wrist, -2 too much motion). */
    stress_samples: list(sampleSchema, 'Stress samples, 0..100; negative codes mean no reading.'),
    /** Provider slug. */
    source: sourceField(),
  })
  .meta(d('Stress of one local day.'));

/** Heart rate variability of one window (`heart.intraday_hrv[].value`). */
export type HealthV2HrvValue = KnownFields<z.output<typeof hrvValueSchema>>;

/** A `heart` item: heart rate of one local day. */
export type HealthV2HeartItem = KnownFields<z.output<typeof heartItemSchema>>;

/** A `steps` item: steps of one local day (`value` and `intraday_data` in steps). */
export type HealthV2StepsItem = KnownFields<z.output<ReturnType<typeof dailySeriesItem>>>;

/**
 * A `distance` item: distance covered on foot in one local day ([decision] meters; shape like `steps`:
 * `value` and `intraday_data` in meters).
 */
export type HealthV2DistanceItem = KnownFields<z.output<ReturnType<typeof dailySeriesItem>>>;

/** One interval of `calories.intraday_data`. */
export type HealthV2CaloriesSample = KnownFields<z.output<typeof caloriesSampleSchema>>;

/** A `calories` item: energy burned in one local day. */
export type HealthV2CaloriesItem = KnownFields<z.output<typeof caloriesItemSchema>>;

/** One reading of a continuous glucose monitor. */
export type HealthV2GlucoseSample = KnownFields<z.output<typeof glucoseSampleSchema>>;

/** A `glucose` item: continuous glucose readings of one local day. */
export type HealthV2GlucoseItem = KnownFields<z.output<typeof glucoseItemSchema>>;

/** A `stress` item: stress level of one local day (Garmin). */
export type HealthV2StressItem = KnownFields<z.output<typeof stressItemSchema>>;

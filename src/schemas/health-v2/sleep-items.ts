import { z } from 'zod';
import type { KnownFields } from '../known-fields.ts';
import {
  d,
  dayField,
  int,
  list,
  localDate,
  localTime,
  num,
  sampleSchema,
  sourceField,
  tzOffset,
  vocab,
} from './field-schemas.ts';

// The v2 items measured during sleep: `sleep`, `oxygen_saturation` and `breathing`.

const sleepLevelSchema = z
  .looseObject({
    /** Local start of the stage, `YYYY-MM-DDThh:mm:ss`. */
    date_time: localTime('Local start of the stage.'),
    /** The stage: `light`, `deep`, `rem` or `awake` (older Apple devices also report other values). */
    level: vocab<'light' | 'deep' | 'rem' | 'awake'>(
      'Stage: light, deep, rem or awake (other values occur).',
    ),
    /** Length of the stage, seconds. */
    seconds: int('Length of the stage, seconds.'),
  })
  .meta(d('One sleep stage.'));

/** The schema of a `sleep` item. */
export const sleepItemSchema = z
  .looseObject({
    /** The day the sleep ended, local `YYYY-MM-DD`. */
    date: localDate('The day the sleep ended, YYYY-MM-DD.'),
    /** Local start of the sleep period (going to bed), `YYYY-MM-DDThh:mm:ss`. */
    bedtime_start: localTime('Local start of the sleep period.'),
    /** Local end of the sleep period, `YYYY-MM-DDThh:mm:ss`. */
    bedtime_end: localTime('Local end of the sleep period.'),
    /** Offset of local time from UTC, seconds (UTC+02:00 is 7200). */
    timezone_offset: tzOffset(),
    /** Time in bed, seconds: `bedtime_end - bedtime_start`. */
    bedtime_duration: int('Time in bed, seconds (bedtime_end - bedtime_start).'),
    /** Time asleep, seconds: `rem + light + deep`. */
    total_sleep: int('Time asleep, seconds (rem + light + deep).'),
    /** Time awake during the period, seconds. */
    awake: int('Awake, seconds.'),
    /** Light sleep, seconds. */
    light: int('Light sleep, seconds.'),
    /** REM sleep, seconds. */
    rem: int('REM sleep, seconds.'),
    /** Deep sleep, seconds. */
    deep: int('Deep sleep, seconds.'),
    /** Lowest heart rate during the period, bpm. */
    hr_lowest: num('Lowest heart rate, bpm.'),
    /** Average heart rate during the period, bpm. */
    hr_average: num('Average heart rate, bpm.'),
    /** `total_sleep / bedtime_duration`, 0..1. */
    efficiency: z.number().min(0).max(1).optional().meta(d('total_sleep / bedtime_duration, 0..1.')),
    /** Time from going to bed to falling asleep, seconds. */
    latency: int('Time to fall asleep, seconds.'),
    /** Skin temperature deviation from the person's baseline, °C. */
    temperature_delta: num('Temperature deviation from baseline, °C.'),
    /** Average heart rate variability (RMSSD) during the period, ms. */
    average_hrv: num('Average HRV (RMSSD), ms.'),
    /** Average breathing rate during the period, breaths per minute. */
    respiratory_rate: num('Average breathing rate, breaths per minute.'),
    /** Spike's provider-independent sleep score, 0..100. */
    standardized_sleep_score: num("Spike's sleep score, 0..100."),
    /** The provider's own sleep score, on the provider's scale. */
    source_specific_sleep_score: num("The provider's sleep score."),
    /** Provider slug. */
    source: sourceField(),
    /** The stages, in order, covering the period. */
    levels: list(sleepLevelSchema, 'The stages covering the period, in order.'),
  })
  .meta(d('A sleep period.'));

/** The schema of an `oxygen_saturation` item. */
export const oxygenItemSchema = z
  .looseObject({
    /** Local day, `YYYY-MM-DD`. */
    date: dayField(),
    /** Average saturation, percent. */
    avg: num('Average saturation, percent.'),
    /** Lowest saturation, percent. */
    min: num('Lowest saturation, percent.'),
    /** Highest saturation, percent. */
    max: num('Highest saturation, percent.'),
    /** Saturation samples, percent. */
    intraday_data: list(sampleSchema, 'Saturation samples, percent.'),
    /** Provider slug. */
    source: sourceField(),
  })
  .meta(d('Oxygen saturation of one local day.'));

/** The schema of a `breathing` item. */
export const breathingItemSchema = z
  .looseObject({
    /** Local day, `YYYY-MM-DD`. */
    date: dayField(),
    /** Average breathing rate, breaths per minute. */
    avg_value: num('Average breathing rate, breaths per minute.'),
    /** Breathing rate samples, breaths per minute. */
    intraday_data: list(sampleSchema, 'Breathing rate samples, breaths per minute.'),
    /** Provider slug. */
    source: sourceField(),
  })
  .meta(d('Breathing rate of one local day.'));

/** One point of an intraday series: a local time and a value. */
export type HealthV2Sample = KnownFields<z.output<typeof sampleSchema>>;

/** One contiguous sleep stage of a night (`sleep.levels`). */
export type HealthV2SleepLevel = KnownFields<z.output<typeof sleepLevelSchema>>;

/** A `sleep` item: one sleep period. */
export type HealthV2SleepItem = KnownFields<z.output<typeof sleepItemSchema>>;

/** An `oxygen_saturation` item: SpO2 of one local day (usually measured during sleep). */
export type HealthV2OxygenSaturationItem = KnownFields<z.output<typeof oxygenItemSchema>>;

/** A `breathing` item: breathing rate of one local day (measured during sleep). */
export type HealthV2BreathingItem = KnownFields<z.output<typeof breathingItemSchema>>;

import type { ProviderSlug } from './providers.ts';

/** Which HRV measure a provider reports, and how it reports it. */
export interface HrvProfile {
  /**
   * `rmssd`: root mean square of successive RR differences (Oura, Garmin, Fitbit, WHOOP, Health Connect's
   * `HeartRateVariabilityRmssdRecord`); `sdnn`: standard deviation of the RR intervals (Apple HealthKit's
   * `HKQuantityTypeIdentifierHeartRateVariabilitySDNN`, "HealthKit uses SDNN heart rate variability",
   * developer.apple.com/documentation/healthkit/hkquantitytypeidentifier/heartratevariabilitysdnn). The v2 payload
   * carries either in `sleep.average_hrv` and `heart.heart_rate_variability`; v3 names it `hrv_rmssd` or `hrv_sdnn`.
   */
  readonly metric: 'rmssd' | 'sdnn';
  /**
   * The 5-minute windows of the night (`heart.intraday_hrv`): `full` with coverage and the HF/LF powers (Fitbit's
   * intraday HRV: `rmssd`, `coverage`, `hf`, `lf`, dev.fitbit.com/build/reference/web-api/heartrate-variability),
   * `rmssd` alone (Oura's `hrv.items` at `interval: 300`, Garmin's `hrvValues`), or `none`.
   */
  readonly windows: 'full' | 'rmssd' | 'none';
  /** Whether the provider reports a daytime value (`day_hrv`; else `null`). Apple samples SDNN around the clock. */
  readonly daytime: boolean;
  /** Decimals of the reported values (Oura's `average_hrv` and Garmin's `lastNightAvg` are whole ms). */
  readonly decimals: number;
}

/**
 * How often the heart rate series holds a sample, minutes: one sample in each slot of this length (at a varying
 * offset), so samples are `1 .. 2 × slot - 1` minutes apart, `slot` on average. 1 = every minute.
 */
export interface HeartCadence {
  /** Awake, outside workouts. */
  readonly awakeMin: number;
  /** In bed. */
  readonly sleepMin: number;
  /** During workouts (every device records densely while a workout runs). */
  readonly workoutMin: number;
}

/** When the device is off the body to charge: no heart rate, no stress reading. */
interface ChargingProfile {
  /** Days between charges on average (a charge happens on a day with probability `1 / everyDays`). */
  readonly everyDays: number;
  /** Length of a charge, minutes `[min, max]`. */
  readonly minutes: readonly [number, number];
}

/**
 * What a provider's data looks like beside what it records: which optional fields it fills, how it measures HRV and
 * resting heart rate, how densely it samples the heart rate, when the device is off the body, how it rounds.
 * Every field it leaves out is optional in the kit's schemas (src/schemas/health-v2).
 */
export interface FidelityProfile {
  /** Optional `sleep` fields the provider fills. */
  readonly sleep: {
    /** `source_specific_sleep_score`: the provider's own score (Apple, Health Connect and Fitbit's Web API have none). */
    readonly score: boolean;
    /** `temperature_delta`: skin temperature deviation (rings and Fitbit; Oura's `temperature_deviation`). */
    readonly temperature: boolean;
    /** `respiratory_rate`. */
    readonly respiratory: boolean;
  };
  /** HRV, `undefined` when the provider reports none. */
  readonly hrv: HrvProfile | undefined;
  /**
   * How `heart.resting_hr` is defined: `sleep` (the rate of the night's calm sleep, as Oura, Fitbit, WHOOP and Apple
   * derive it) or `lowest30` (the lowest 30-minute average of the day's samples: Garmin's definition, "the lowest
   * 30-minute average in a 24-hour period", Garmin support FAQ; [decision] applied to the samples written).
   */
  readonly restingHr: 'sleep' | 'lowest30';
  /** Heart rate sampling. */
  readonly cadence: HeartCadence;
  /** Charging off the body, `undefined` for devices charged on the body (WHOOP's battery pack) or not worn. */
  readonly charging: ChargingProfile | undefined;
  /** Whether an ECG spot check writes a heart rate sample of its minute (Apple, Withings: the ones with ECG). */
  readonly spotChecks: boolean;
  /** Decimals of `breathing` samples and `respiratory_rate` (Apple and Garmin write whole breaths per minute). */
  readonly breathingDecimals: number;
}

const RMSSD_NIGHT: HrvProfile = { metric: 'rmssd', windows: 'rmssd', daytime: false, decimals: 0 };
const EVERY_MINUTE: HeartCadence = { awakeMin: 1, sleepMin: 1, workoutMin: 1 };
const ALL_SLEEP = { score: true, temperature: false, respiratory: true } as const;

/**
 * The default profile of a wrist device or service without documented quirks: every optional field, RMSSD windows,
 * a sample a minute, a charge every 5 days ([decision]).
 */
const WRIST: FidelityProfile = {
  sleep: ALL_SLEEP,
  hrv: { metric: 'rmssd', windows: 'rmssd', daytime: false, decimals: 1 },
  restingHr: 'sleep',
  cadence: EVERY_MINUTE,
  charging: { everyDays: 5, minutes: [60, 120] },
  spotChecks: false,
  breathingDecimals: 1,
};

/** A provider that records no heart rate series of its own: nothing to sample or charge. */
const NOT_WORN: FidelityProfile = { ...WRIST, hrv: undefined, charging: undefined };

/**
 * The fidelity profile of every provider ([decision] where not cited).
 * - Apple: no sleep score (HealthKit's sleep analysis has none), SDNN around the clock without RMSSD windows, heart
 *   rate every 4-7 minutes at rest ([decision]: 5-minute slots; background readings "periodically", Apple's
 *   "Heart rate on Apple Watch" support page) and every minute in a workout, charged daily for 1-2 hours.
 * - Garmin: RMSSD windows at night in whole ms, resting HR as the lowest 30-minute average, samples every minute
 *   (the Health API epochs and `timeOffsetHeartRateSamples` at 15 s), charged every ~12 days, whole breaths.
 * - Fitbit: no sleep score in the Web API, full intraday HRV windows, temperature, charged every ~6 days.
 * - Oura: score and temperature, heart rate and HRV every 5 minutes (`heart_rate.interval: 300`), whole-ms HRV,
 *   charged every ~5 days for about an hour.
 * - WHOOP: score, temperature, RMSSD without windows, charged on the wrist (no gap).
 */
const fidelity: Record<ProviderSlug, FidelityProfile> = {
  apple: {
    sleep: { score: false, temperature: false, respiratory: true },
    hrv: { metric: 'sdnn', windows: 'none', daytime: true, decimals: 1 },
    restingHr: 'sleep',
    cadence: { awakeMin: 5, sleepMin: 5, workoutMin: 1 },
    charging: { everyDays: 1, minutes: [60, 120] },
    spotChecks: true,
    breathingDecimals: 0,
  },
  health_connect: {
    ...WRIST,
    sleep: { score: false, temperature: false, respiratory: true },
    cadence: { awakeMin: 2, sleepMin: 2, workoutMin: 1 },
    charging: { everyDays: 1, minutes: [45, 90] },
  },
  samsung_health_data: {
    ...WRIST,
    cadence: { awakeMin: 10, sleepMin: 1, workoutMin: 1 },
    charging: { everyDays: 2, minutes: [60, 100] },
  },
  garmin: {
    ...WRIST,
    hrv: RMSSD_NIGHT,
    restingHr: 'lowest30',
    charging: { everyDays: 12, minutes: [60, 120] },
    breathingDecimals: 0,
  },
  fitbit: {
    ...WRIST,
    sleep: { score: false, temperature: true, respiratory: true },
    hrv: { metric: 'rmssd', windows: 'full', daytime: false, decimals: 1 },
    charging: { everyDays: 6, minutes: [60, 120] },
  },
  oura: {
    ...WRIST,
    sleep: { score: true, temperature: true, respiratory: true },
    hrv: RMSSD_NIGHT,
    cadence: { awakeMin: 5, sleepMin: 5, workoutMin: 1 },
    charging: { everyDays: 5, minutes: [50, 80] },
  },
  whoop: {
    ...WRIST,
    sleep: { score: true, temperature: true, respiratory: true },
    hrv: { metric: 'rmssd', windows: 'none', daytime: false, decimals: 1 },
    charging: undefined,
  },
  polar: { ...WRIST, charging: { everyDays: 7, minutes: [60, 120] } },
  withings: {
    ...WRIST,
    hrv: undefined,
    cadence: { awakeMin: 10, sleepMin: 1, workoutMin: 1 },
    spotChecks: true,
  },
  suunto: {
    ...WRIST,
    cadence: { awakeMin: 10, sleepMin: 10, workoutMin: 1 },
    charging: { everyDays: 10, minutes: [60, 120] },
  },
  strava: NOT_WORN,
  coros: { ...WRIST, charging: { everyDays: 14, minutes: [60, 120] } },
  huawei: { ...WRIST, charging: { everyDays: 10, minutes: [60, 120] } },
  ultrahuman: {
    ...WRIST,
    sleep: { score: true, temperature: true, respiratory: false },
    cadence: { awakeMin: 5, sleepMin: 5, workoutMin: 1 },
  },
  luna: { ...WRIST, hrv: undefined, cadence: { awakeMin: 5, sleepMin: 5, workoutMin: 1 } },
  dexcom: NOT_WORN,
  freestyle_libre: NOT_WORN,
  omron_us: NOT_WORN,
  omron_eu: NOT_WORN,
  google_fit: { ...WRIST, sleep: { score: false, temperature: false, respiratory: false }, hrv: undefined },
  wahoo: { ...NOT_WORN, sleep: { score: false, temperature: false, respiratory: false } },
  biostrap: { ...WRIST, cadence: { awakeMin: 1, sleepMin: 1, workoutMin: 1 } },
};

/**
 * The fidelity profile of a provider.
 *
 * @example
 * ```ts
 * fidelityOf('apple').hrv?.metric;     // 'sdnn'
 * fidelityOf('garmin').restingHr;      // 'lowest30'
 * fidelityOf('apple').sleep.score;     // false: HealthKit has no sleep score
 * ```
 */
export function fidelityOf(slug: ProviderSlug): FidelityProfile {
  return fidelity[slug];
}

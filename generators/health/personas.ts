import type { TravelHabit } from './itinerary.ts';
import { clinicalPersonas } from './personas-clinical.ts';
import type { PersonaVariety } from './population.ts';
import type { ProviderSlug } from './providers.ts';
import type { WorkoutType } from './workouts.ts';

/** Sleep habits of a persona. Times are minutes from the local midnight of the day the sleep ends. */
export interface SleepHabits {
  /** Usual bedtime, minutes from the midnight of the day the sleep ends (negative: the evening before). */
  readonly bedtimeMin: number;
  /** Night-to-night spread of the bedtime, minutes (standard deviation). */
  readonly bedtimeSdMin: number;
  /** Usual time in bed, minutes. */
  readonly inBedMin: number;
  /** Spread of the time in bed, minutes (standard deviation). */
  readonly inBedSdMin: number;
  /** Bedtime shift on nights ending on a Saturday or Sunday, minutes. */
  readonly weekendShiftMin: number;
  /** Extra time in bed on those nights, minutes. */
  readonly weekendExtraMin: number;
  /** Usual time to fall asleep, minutes. */
  readonly latencyMin: number;
  /** Share of sleep spent in deep sleep, 0..1. */
  readonly deepShare: number;
  /** Share of sleep spent in REM sleep, 0..1. */
  readonly remShare: number;
  /** Average number of awakenings per night. */
  readonly wakeEpisodes: number;
  /** Average length of an awakening, minutes. */
  readonly wakeEpisodeMin: number;
}

/** How a persona's evenings, weekends and rest days go: what drives the day-to-day state besides training. */
interface LifeHabits {
  /** Chance of a late night or drinks on a weekday evening (Friday and Saturday evenings: three times it). */
  readonly lateNightChance: number;
  /** Steps outside workouts on Saturdays and Sundays relative to weekdays. */
  readonly weekendSteps: number;
  /** Chance of the everyday walk on a day without a planned workout (the other such days are rest days). */
  readonly walkChance: number;
}

/** A recurring workout of a persona. */
interface WorkoutHabit {
  /** What kind of workout. */
  readonly type: WorkoutType;
  /** Days of the week it happens on, Monday = 0 ... Sunday = 6. */
  readonly weekdays: readonly number[];
  /** Chance it happens on one of those days, 0..1. */
  readonly chance: number;
  /** Usual local start, minutes after midnight. */
  readonly startMin: number;
  /** Usual duration, minutes. */
  readonly durationMin: number;
  /** Effort as a share of the heart rate reserve, 0..1 (Karvonen). */
  readonly intensity: number;
}

/** A usual meal (drives glucose curves), at local minutes after midnight, with its carbohydrates in grams. */
interface Meal {
  /** Local minutes after midnight. */
  readonly atMin: number;
  /** Carbohydrates, grams. */
  readonly carbsG: number;
}

/** How a persona's blood glucose behaves. */
interface GlucoseProfile {
  /** `none`: no glucose monitoring condition; `type1`/`type2`: diabetes, with a CGM among the providers. */
  readonly condition: 'none' | 'type1' | 'type2';
  /** Fasting level, mg/dL. */
  readonly fastingMgDl: number;
  /** Peak rise per gram of carbohydrate after a meal, mg/dL. */
  readonly risePerGram: number;
  /** Minutes from a meal to its glucose peak. */
  readonly peakMin: number;
  /** Amplitude of slow unexplained swings, mg/dL. */
  readonly swingMgDl: number;
}

/** A persona's goals as the provider stores them. */
export interface Goals {
  /** Steps per day. */
  readonly steps: number;
  /** Active minutes per day. */
  readonly activeMinutes: number;
  /** Energy per day, kcal. */
  readonly calories: number;
  /** Distance per day, km. */
  readonly distanceKm: number;
  /** Floors per day. */
  readonly floors: number;
  /** Sleep per night, minutes. */
  readonly sleepMin: number;
}

/**
 * A kind of person whose data the generators produce: body, physiology, habits and devices. Each seed derives one
 * individual of the persona (its own ids and small variations of these baselines).
 */
export interface Persona {
  /** Stable id, e.g. `office-worker`. */
  readonly id: string;
  /** Short human name. */
  readonly label: string;
  /** Who this is, in a sentence. */
  readonly description: string;
  readonly sex: 'female' | 'male';
  /** Years. */
  readonly age: number;
  /** Height, cm. */
  readonly heightCm: number;
  /** Weight, kg. */
  readonly weightKg: number;
  /** Percent of weight. */
  readonly bodyFatPct: number;
  /** bpm. */
  readonly restingHr: number;
  /** bpm. */
  readonly maxHr: number;
  /** Heart rate above resting while awake and sitting, bpm. */
  readonly awakeHrDelta: number;
  /** Night-time RMSSD, ms. */
  readonly hrvMs: number;
  /** Breaths per minute asleep. */
  readonly breathingRate: number;
  /** Average SpO2 asleep, percent. */
  readonly spo2Pct: number;
  /**
   * Oxygen desaturations asleep (drops of 3 % or more, AASM 2012): events per hour of sleep for this persona's
   * centre (an individual's rise with BMI) and their mean depth, percent. Under 5 an hour is normal; 15-30 is
   * moderate sleep apnoea.
   */
  readonly desaturation: { readonly odiPerHour: number; readonly depthPct: number };
  /** Sleep habits. */
  readonly sleep: SleepHabits;
  /** Usual steps per day outside workouts. */
  readonly stepsPerDay: number;
  /** Evenings, weekends and rest days. */
  readonly life: LifeHabits;
  /** Relative walking activity for each local hour 0..23 (the shape of a usual day). */
  readonly activeHours: readonly number[];
  /** When the everyday walk happens on days without a planned workout, local minutes after midnight. */
  readonly walkAtMin: number;
  /** Recurring workouts. */
  readonly workouts: readonly WorkoutHabit[];
  /** Usual meals (they drive glucose). */
  readonly meals: readonly Meal[];
  /** How blood glucose behaves. */
  readonly glucose: GlucoseProfile;
  /** Stress: baseline level (0..100), working hours (local minutes, may wrap midnight) and the rise at work. */
  readonly stress: {
    readonly base: number;
    readonly workFromMin: number;
    readonly workToMin: number;
    readonly workBoost: number;
  };
  /** Chance that an ECG recording is classified `inconclusive` rather than `normal`. */
  readonly ecgInconclusiveChance: number;
  /**
   * Paroxysmal atrial fibrillation: episodes a year and their mean length, hours (0: none). During an episode the
   * heart beats irregularly and faster, and an ECG spot check reads `atrial_fibrillation`.
   */
  readonly afib: { readonly episodesPerYear: number; readonly meanHours: number };
  /** Goals set at the provider. */
  readonly goals: Goals;
  /** Connected providers, preferred first: a payload's `source` is the first that records its data type. */
  readonly providers: readonly ProviderSlug[];
  /** How much of the population's spread of each trait its people show (see `population.ts`). */
  readonly variety: PersonaVariety;
  /** Home time zone, an IANA name (its daylight saving comes from `Intl`). */
  readonly timeZone: string;
  /** Trips to other zones drawn per person (none when absent). */
  readonly travel?: TravelHabit;
}

const hours = (...weights: number[]): readonly number[] => weights;

const personaTable = {
  'endurance-athlete': {
    id: 'endurance-athlete',
    label: 'Endurance athlete',
    description:
      'Trains twice a day some days: runs, long rides, swims. Low resting heart rate, high HRV, long sleep.',
    sex: 'male',
    age: 34,
    heightCm: 181,
    weightKg: 72,
    bodyFatPct: 11,
    restingHr: 46,
    maxHr: 188,
    awakeHrDelta: 10,
    hrvMs: 88,
    breathingRate: 13,
    spo2Pct: 97,
    desaturation: { odiPerHour: 1.5, depthPct: 3.5 },
    sleep: {
      bedtimeMin: -95,
      bedtimeSdMin: 20,
      inBedMin: 500,
      inBedSdMin: 25,
      weekendShiftMin: 20,
      weekendExtraMin: 25,
      latencyMin: 8,
      deepShare: 0.22,
      remShare: 0.23,
      wakeEpisodes: 1,
      wakeEpisodeMin: 4,
    },
    stepsPerDay: 7500,
    life: { lateNightChance: 0.03, weekendSteps: 1.1, walkChance: 0.5 },
    activeHours: hours(0, 0, 0, 0, 0, 0, 2, 4, 5, 3, 3, 3, 6, 3, 3, 3, 4, 5, 5, 4, 3, 2, 1, 0),
    walkAtMin: 12 * 60 + 30,
    workouts: [
      {
        type: 'running',
        weekdays: [0, 2, 4],
        chance: 0.9,
        startMin: 6 * 60 + 15,
        durationMin: 50,
        intensity: 0.62,
      },
      { type: 'running', weekdays: [6], chance: 0.9, startMin: 8 * 60, durationMin: 100, intensity: 0.6 },
      {
        type: 'cycling',
        weekdays: [1, 3],
        chance: 0.8,
        startMin: 17 * 60 + 45,
        durationMin: 75,
        intensity: 0.65,
      },
      {
        type: 'cycling',
        weekdays: [5],
        chance: 0.85,
        startMin: 8 * 60 + 30,
        durationMin: 180,
        intensity: 0.55,
      },
      {
        type: 'strength_training',
        weekdays: [2],
        chance: 0.7,
        startMin: 18 * 60 + 30,
        durationMin: 45,
        intensity: 0.5,
      },
      { type: 'swimming', weekdays: [4], chance: 0.5, startMin: 18 * 60, durationMin: 45, intensity: 0.55 },
    ],
    meals: [
      { atMin: 7 * 60 + 30, carbsG: 90 },
      { atMin: 12 * 60 + 45, carbsG: 110 },
      { atMin: 19 * 60, carbsG: 120 },
    ],
    glucose: { condition: 'none', fastingMgDl: 88, risePerGram: 0.35, peakMin: 45, swingMgDl: 8 },
    stress: { base: 20, workFromMin: 9 * 60, workToMin: 17 * 60, workBoost: 8 },
    ecgInconclusiveChance: 0.04,
    afib: { episodesPerYear: 0, meanHours: 0 },
    goals: { steps: 12000, activeMinutes: 60, calories: 3200, distanceKm: 12, floors: 15, sleepMin: 480 },
    providers: ['garmin', 'strava', 'withings'],
    variety: { body: 0.3, fitness: 0.3, activity: 0.3, chronotype: 0.4 },
    timeZone: 'Europe/Berlin',
    // Races and training camps: a few trips a year for most, some long-haul (Kona, Dubai, New York).
    travel: {
      share: 0.5,
      tripsPerYear: 2.5,
      days: [4, 12],
      timeZones: [
        'Europe/London',
        'Atlantic/Canary',
        'Europe/Helsinki',
        'America/New_York',
        'Asia/Dubai',
        'Pacific/Honolulu',
      ],
    },
  },
  'office-worker': {
    id: 'office-worker',
    label: 'Office worker',
    description: 'Desk job with a commute; gym twice a week, yoga on Saturdays. Sleeps in on weekends.',
    sex: 'female',
    age: 38,
    heightCm: 166,
    weightKg: 68,
    bodyFatPct: 31,
    restingHr: 66,
    maxHr: 182,
    awakeHrDelta: 12,
    hrvMs: 36,
    breathingRate: 15,
    spo2Pct: 97,
    desaturation: { odiPerHour: 2, depthPct: 3.5 },
    sleep: {
      bedtimeMin: -45,
      bedtimeSdMin: 25,
      inBedMin: 435,
      inBedSdMin: 30,
      weekendShiftMin: 60,
      weekendExtraMin: 60,
      latencyMin: 15,
      deepShare: 0.16,
      remShare: 0.21,
      wakeEpisodes: 1.5,
      wakeEpisodeMin: 5,
    },
    stepsPerDay: 5200,
    life: { lateNightChance: 0.08, weekendSteps: 0.72, walkChance: 0.45 },
    activeHours: hours(0, 0, 0, 0, 0, 0, 0, 3, 8, 2, 1, 1, 5, 2, 1, 1, 2, 4, 8, 3, 2, 2, 1, 0),
    walkAtMin: 12 * 60 + 30,
    workouts: [
      {
        type: 'strength_training',
        weekdays: [1, 3],
        chance: 0.6,
        startMin: 18 * 60 + 30,
        durationMin: 50,
        intensity: 0.45,
      },
      { type: 'yoga', weekdays: [5], chance: 0.7, startMin: 10 * 60, durationMin: 60, intensity: 0.3 },
      {
        type: 'walking',
        weekdays: [6],
        chance: 0.6,
        startMin: 10 * 60 + 30,
        durationMin: 60,
        intensity: 0.3,
      },
    ],
    meals: [
      { atMin: 7 * 60 + 15, carbsG: 50 },
      { atMin: 12 * 60 + 30, carbsG: 70 },
      { atMin: 19 * 60 + 30, carbsG: 80 },
    ],
    glucose: { condition: 'none', fastingMgDl: 92, risePerGram: 0.45, peakMin: 45, swingMgDl: 8 },
    stress: { base: 30, workFromMin: 9 * 60, workToMin: 17 * 60 + 30, workBoost: 18 },
    ecgInconclusiveChance: 0.05,
    afib: { episodesPerYear: 0, meanHours: 0 },
    goals: { steps: 8000, activeMinutes: 30, calories: 2100, distanceKm: 6, floors: 10, sleepMin: 450 },
    providers: ['fitbit'],
    variety: { body: 1, fitness: 1, activity: 1, chronotype: 1 },
    timeZone: 'America/New_York',
    // Business and holiday flights: about half fly in a year, a few trips each, some across many zones.
    travel: {
      share: 0.45,
      tripsPerYear: 3,
      days: [3, 9],
      timeZones: [
        'America/Chicago',
        'America/Denver',
        'America/Los_Angeles',
        'Europe/London',
        'Europe/Paris',
        'Asia/Tokyo',
      ],
    },
  },
  'shift-worker': {
    id: 'shift-worker',
    label: 'Night-shift worker',
    description: 'Night-shift nurse: on the ward from 22:00 to 06:30, sleeps from about 08:00 to 15:00.',
    sex: 'male',
    age: 45,
    heightCm: 176,
    weightKg: 86,
    bodyFatPct: 27,
    restingHr: 70,
    maxHr: 175,
    awakeHrDelta: 14,
    hrvMs: 30,
    breathingRate: 15.5,
    spo2Pct: 96.5,
    desaturation: { odiPerHour: 3, depthPct: 3.5 },
    sleep: {
      bedtimeMin: 8 * 60,
      bedtimeSdMin: 30,
      inBedMin: 420,
      inBedSdMin: 40,
      weekendShiftMin: 0,
      weekendExtraMin: 0,
      latencyMin: 20,
      deepShare: 0.14,
      remShare: 0.2,
      wakeEpisodes: 2,
      wakeEpisodeMin: 6,
    },
    stepsPerDay: 7500,
    life: { lateNightChance: 0.05, weekendSteps: 1.0, walkChance: 0.4 },
    activeHours: hours(6, 5, 5, 6, 5, 5, 4, 2, 0, 0, 0, 0, 0, 0, 0, 1, 2, 3, 3, 2, 1, 1, 4, 6),
    walkAtMin: 17 * 60,
    workouts: [
      {
        type: 'strength_training',
        weekdays: [0, 4],
        chance: 0.5,
        startMin: 17 * 60 + 30,
        durationMin: 40,
        intensity: 0.5,
      },
    ],
    meals: [
      { atMin: 16 * 60, carbsG: 70 },
      { atMin: 21 * 60, carbsG: 80 },
      { atMin: 2 * 60 + 30, carbsG: 60 },
    ],
    glucose: { condition: 'none', fastingMgDl: 98, risePerGram: 0.5, peakMin: 50, swingMgDl: 10 },
    stress: { base: 28, workFromMin: 22 * 60, workToMin: 6 * 60 + 30, workBoost: 15 },
    ecgInconclusiveChance: 0.06,
    afib: { episodesPerYear: 0, meanHours: 0 },
    goals: { steps: 9000, activeMinutes: 30, calories: 2700, distanceKm: 7, floors: 10, sleepMin: 420 },
    providers: ['oura', 'samsung_health_data'],
    variety: { body: 1, fitness: 1, activity: 0.8, chronotype: 0.5 },
    timeZone: 'Asia/Kolkata',
  },
  'type1-diabetes': {
    id: 'type1-diabetes',
    label: 'Person with type 1 diabetes',
    description:
      'Wears a Dexcom CGM and an Apple Watch; runs twice a week. Glucose follows meals, insulin and exercise.',
    sex: 'female',
    age: 27,
    heightCm: 170,
    weightKg: 61,
    bodyFatPct: 24,
    restingHr: 60,
    maxHr: 193,
    awakeHrDelta: 11,
    hrvMs: 58,
    breathingRate: 14,
    spo2Pct: 98,
    desaturation: { odiPerHour: 1.5, depthPct: 3.5 },
    sleep: {
      bedtimeMin: -30,
      bedtimeSdMin: 30,
      inBedMin: 470,
      inBedSdMin: 30,
      weekendShiftMin: 45,
      weekendExtraMin: 40,
      latencyMin: 12,
      deepShare: 0.19,
      remShare: 0.22,
      wakeEpisodes: 1.2,
      wakeEpisodeMin: 6,
    },
    stepsPerDay: 6000,
    life: { lateNightChance: 0.06, weekendSteps: 0.9, walkChance: 0.45 },
    activeHours: hours(0, 0, 0, 0, 0, 0, 0, 3, 6, 3, 2, 2, 5, 3, 2, 2, 3, 5, 5, 3, 2, 1, 1, 0),
    walkAtMin: 12 * 60 + 45,
    workouts: [
      { type: 'running', weekdays: [1, 3], chance: 0.8, startMin: 18 * 60, durationMin: 45, intensity: 0.55 },
      { type: 'yoga', weekdays: [6], chance: 0.6, startMin: 9 * 60, durationMin: 60, intensity: 0.3 },
    ],
    meals: [
      { atMin: 7 * 60 + 30, carbsG: 45 },
      { atMin: 12 * 60 + 45, carbsG: 60 },
      { atMin: 15 * 60 + 30, carbsG: 20 },
      { atMin: 19 * 60 + 15, carbsG: 70 },
    ],
    glucose: { condition: 'type1', fastingMgDl: 135, risePerGram: 1.5, peakMin: 70, swingMgDl: 30 },
    stress: { base: 27, workFromMin: 9 * 60, workToMin: 17 * 60, workBoost: 12 },
    ecgInconclusiveChance: 0.05,
    afib: { episodesPerYear: 0, meanHours: 0 },
    goals: { steps: 10000, activeMinutes: 45, calories: 2200, distanceKm: 8, floors: 10, sleepMin: 480 },
    providers: ['dexcom', 'apple'],
    variety: { body: 0.8, fitness: 0.8, activity: 0.8, chronotype: 0.8 },
    timeZone: 'Australia/Sydney',
  },
  'new-parent': {
    id: 'new-parent',
    label: 'New parent',
    description:
      'Baby at home: broken nights with feeds, stroller walks, little training. WHOOP for sleep, phone for steps.',
    sex: 'male',
    age: 33,
    heightCm: 178,
    weightKg: 82,
    bodyFatPct: 23,
    restingHr: 64,
    maxHr: 187,
    awakeHrDelta: 12,
    hrvMs: 40,
    breathingRate: 14.5,
    spo2Pct: 97,
    desaturation: { odiPerHour: 1.5, depthPct: 3.5 },
    sleep: {
      bedtimeMin: -90,
      bedtimeSdMin: 35,
      inBedMin: 500,
      inBedSdMin: 40,
      weekendShiftMin: 0,
      weekendExtraMin: 20,
      latencyMin: 10,
      deepShare: 0.15,
      remShare: 0.19,
      wakeEpisodes: 3,
      wakeEpisodeMin: 22,
    },
    stepsPerDay: 6000,
    life: { lateNightChance: 0.02, weekendSteps: 1.0, walkChance: 0.6 },
    activeHours: hours(0, 0, 0, 0, 0, 0, 2, 4, 5, 3, 3, 3, 4, 3, 3, 3, 4, 5, 5, 3, 2, 1, 0, 0),
    walkAtMin: 17 * 60 + 30,
    workouts: [
      {
        type: 'walking',
        weekdays: [0, 1, 2, 3, 4, 5, 6],
        chance: 0.5,
        startMin: 10 * 60,
        durationMin: 60,
        intensity: 0.3,
      },
      {
        type: 'strength_training',
        weekdays: [5],
        chance: 0.4,
        startMin: 7 * 60,
        durationMin: 30,
        intensity: 0.5,
      },
    ],
    meals: [
      { atMin: 8 * 60, carbsG: 60 },
      { atMin: 13 * 60, carbsG: 80 },
      { atMin: 20 * 60, carbsG: 90 },
    ],
    glucose: { condition: 'none', fastingMgDl: 94, risePerGram: 0.45, peakMin: 45, swingMgDl: 9 },
    stress: { base: 35, workFromMin: 9 * 60, workToMin: 17 * 60, workBoost: 10 },
    ecgInconclusiveChance: 0.05,
    afib: { episodesPerYear: 0, meanHours: 0 },
    goals: { steps: 8000, activeMinutes: 30, calories: 2600, distanceKm: 6, floors: 8, sleepMin: 480 },
    providers: ['whoop', 'health_connect'],
    variety: { body: 0.9, fitness: 0.9, activity: 0.8, chronotype: 0.5 },
    timeZone: 'America/Sao_Paulo',
  },
  'older-adult': {
    id: 'older-adult',
    label: 'Older adult with type 2 diabetes',
    description:
      'Retired; early to bed, light sleep, daily walks and swimming. Withings watch and scale, FreeStyle Libre.',
    sex: 'female',
    age: 71,
    heightCm: 160,
    weightKg: 66,
    bodyFatPct: 36,
    restingHr: 68,
    maxHr: 150,
    awakeHrDelta: 9,
    hrvMs: 20,
    breathingRate: 16,
    spo2Pct: 95,
    desaturation: { odiPerHour: 4, depthPct: 4 },
    sleep: {
      bedtimeMin: -150,
      bedtimeSdMin: 20,
      inBedMin: 540,
      inBedSdMin: 30,
      weekendShiftMin: 0,
      weekendExtraMin: 0,
      latencyMin: 25,
      deepShare: 0.1,
      remShare: 0.18,
      wakeEpisodes: 2.5,
      wakeEpisodeMin: 9,
    },
    stepsPerDay: 3000,
    life: { lateNightChance: 0.02, weekendSteps: 0.95, walkChance: 0.6 },
    activeHours: hours(0, 0, 0, 0, 0, 0, 1, 3, 4, 5, 5, 4, 3, 1, 2, 3, 3, 3, 2, 1, 1, 0, 0, 0),
    walkAtMin: 9 * 60 + 30,
    workouts: [
      {
        type: 'walking',
        weekdays: [0, 2, 4],
        chance: 0.8,
        startMin: 9 * 60 + 30,
        durationMin: 45,
        intensity: 0.3,
      },
      {
        type: 'swimming',
        weekdays: [1, 3],
        chance: 0.6,
        startMin: 10 * 60 + 30,
        durationMin: 40,
        intensity: 0.35,
      },
      { type: 'yoga', weekdays: [5], chance: 0.5, startMin: 10 * 60, durationMin: 45, intensity: 0.25 },
    ],
    meals: [
      { atMin: 7 * 60 + 30, carbsG: 50 },
      { atMin: 12 * 60 + 30, carbsG: 60 },
      { atMin: 18 * 60 + 30, carbsG: 55 },
    ],
    glucose: { condition: 'type2', fastingMgDl: 128, risePerGram: 1.1, peakMin: 60, swingMgDl: 14 },
    stress: { base: 22, workFromMin: 0, workToMin: 0, workBoost: 0 },
    ecgInconclusiveChance: 0.12,
    afib: { episodesPerYear: 0, meanHours: 0 },
    goals: { steps: 6000, activeMinutes: 30, calories: 1800, distanceKm: 4, floors: 5, sleepMin: 480 },
    providers: ['withings', 'freestyle_libre', 'omron_eu'],
    variety: { body: 0.8, fitness: 0.8, activity: 0.8, chronotype: 0.7 },
    timeZone: 'Europe/Athens',
  },
  ...clinicalPersonas,
} as const satisfies Record<string, Persona>;

/** The id of a built-in persona. */
export type PersonaId = keyof typeof personaTable;

/**
 * The built-in personas, keyed by id (deeply frozen: they are shared by every call): endurance athlete, office
 * worker, night-shift worker (sleeps by day), person with type 1 diabetes (Dexcom CGM), new parent, older adult with
 * type 2 diabetes (FreeStyle Libre), adult with obstructive sleep apnoea and older adult at risk of atrial
 * fibrillation (`personas-clinical.ts`).
 *
 * @example
 * ```ts
 * personas['shift-worker'].sleep.bedtimeMin; // 480: goes to bed at 08:00
 * personas['type1-diabetes'].providers;      // ['dexcom', 'apple']
 * ```
 */
export const personas: { readonly [K in PersonaId]: Persona } = deepFreeze(personaTable);

/** Every {@link PersonaId}, in table order (frozen). */
export const personaIds: readonly PersonaId[] = Object.freeze(Object.keys(personaTable) as PersonaId[]);

/** Freezes a table and everything in it: the built-in personas are shared by every call, so nobody may edit them. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    for (const item of Object.values(value)) deepFreeze(item);
    Object.freeze(value);
  }
  return value;
}

/**
 * True when `id` names a built-in persona.
 *
 * @example
 * ```ts
 * isPersonaId('office-worker'); // true
 * ```
 */
export function isPersonaId(id: unknown): id is PersonaId {
  return typeof id === 'string' && Object.hasOwn(personaTable, id);
}

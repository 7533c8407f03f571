import type { HealthV3ActivityType } from '../../src/schemas/health-v3/index.ts';
import { roundHalfUp } from '../core/round-half-up.ts';
import { hash32, smoothRange } from './noise.ts';
import type { ActivityNaming } from './providers.ts';

/** The workout types of the day model. */
export type WorkoutType =
  | 'running'
  | 'cycling'
  | 'walking'
  | 'hiking'
  | 'swimming'
  | 'strength_training'
  | 'yoga';

/** How one workout type moves the body: data for the per-minute workout profile. */
export interface WorkoutKind {
  /** Spike's activity name ([decision] spelling). */
  readonly activityName: string;
  /** Spike's activity type id ([decision]: Fitbit's numeric ids). */
  readonly activityTypeId: number;
  /** The v3 activity type slug. */
  readonly v3: HealthV3ActivityType;
  /** Steps per minute at an intensity (0 when not on foot). */
  readonly cadence: (intensity: number) => number;
  /** Stride length as a share of height, on foot. */
  readonly strideShare: (intensity: number) => number;
  /** Speed when not on foot, m/s (0 for stationary workouts). */
  readonly speed: (intensity: number) => number;
  /** Metabolic equivalent at a speed (km/h) and intensity. */
  readonly mets: (speedKmh: number, intensity: number) => number;
  /** Meters climbed per km covered. */
  readonly climbPerKm: number;
  /** Chance that a minute contains a pause (traffic lights, wall turns, rests between sets). */
  readonly pauseChance: number;
  /** Power output, watts, for powered workouts. */
  readonly watts?: (weightKg: number, intensity: number) => number;
  /** The provider's own name and type id of the workout, per naming style. */
  readonly providerNames: {
    readonly [N in ActivityNaming]: readonly [name: string, typeId: string | number];
  };
}

const none = () => 0;

/**
 * The workout types and how each moves the body ([decision] after ACSM metabolic equations and usual cadences).
 *
 * @example
 * ```ts
 * workoutKinds.running.cadence(0.6); // 172 steps per minute
 * ```
 */
export const workoutKinds: { readonly [T in WorkoutType]: WorkoutKind } = {
  running: {
    activityName: 'Running',
    activityTypeId: 90009,
    v3: 'running',
    cadence: (i) => 160 + 20 * i,
    strideShare: (i) => 0.5 + 0.25 * i,
    speed: none,
    mets: (kmh) => kmh,
    climbPerKm: 8,
    pauseChance: 0.04,
    providerNames: { garmin: ['RUNNING', 'RUNNING'], fitbit: ['Run', 90009], generic: ['Run', 'running'] },
  },
  walking: {
    activityName: 'Walking',
    activityTypeId: 90013,
    v3: 'walking',
    cadence: (i) => 100 + 20 * i,
    strideShare: () => 0.415,
    speed: none,
    mets: (kmh) => 1 + 0.6 * kmh,
    climbPerKm: 5,
    pauseChance: 0.06,
    providerNames: { garmin: ['WALKING', 'WALKING'], fitbit: ['Walk', 90013], generic: ['Walk', 'walking'] },
  },
  hiking: {
    activityName: 'Hiking',
    activityTypeId: 90012,
    v3: 'hiking',
    cadence: (i) => 90 + 20 * i,
    strideShare: () => 0.38,
    speed: none,
    mets: (kmh) => 2.5 + 0.6 * kmh,
    climbPerKm: 60,
    pauseChance: 0.08,
    providerNames: { garmin: ['HIKING', 'HIKING'], fitbit: ['Hike', 90012], generic: ['Hike', 'hiking'] },
  },
  cycling: {
    activityName: 'Cycling',
    activityTypeId: 90001,
    v3: 'cycling',
    cadence: none,
    strideShare: none,
    speed: (i) => 5 + 4 * i,
    mets: (_, i) => 4 + 8 * i,
    climbPerKm: 9,
    pauseChance: 0.05,
    watts: (kg, i) => kg * (1.2 + 2.6 * i),
    providerNames: { garmin: ['CYCLING', 'CYCLING'], fitbit: ['Bike', 90001], generic: ['Ride', 'cycling'] },
  },
  swimming: {
    activityName: 'Swimming',
    activityTypeId: 90024,
    v3: 'swimming',
    cadence: none,
    strideShare: none,
    speed: (i) => 0.6 + 0.5 * i,
    mets: (_, i) => 6 + 4 * i,
    climbPerKm: 0,
    pauseChance: 0.15,
    providerNames: {
      garmin: ['LAP_SWIMMING', 'LAP_SWIMMING'],
      fitbit: ['Swim', 90024],
      generic: ['Swim', 'swimming'],
    },
  },
  strength_training: {
    activityName: 'Strength training',
    activityTypeId: 2050,
    v3: 'strength_training',
    cadence: none,
    strideShare: none,
    speed: none,
    mets: (_, i) => 3.5 + 2.5 * i,
    climbPerKm: 0,
    pauseChance: 0.35,
    providerNames: {
      garmin: ['STRENGTH_TRAINING', 'STRENGTH_TRAINING'],
      fitbit: ['Weights', 2050],
      generic: ['WeightTraining', 'strength_training'],
    },
  },
  yoga: {
    activityName: 'Yoga',
    activityTypeId: 52001,
    v3: 'yoga',
    cadence: none,
    strideShare: none,
    speed: none,
    mets: (_, i) => 2.5 + i,
    climbPerKm: 0,
    pauseChance: 0.2,
    providerNames: { garmin: ['YOGA', 'YOGA'], fitbit: ['Yoga', 52001], generic: ['Yoga', 'yoga'] },
  },
};

/** One workout of a day. Times are seconds from the day's local midnight, on whole minutes. */
export interface Workout {
  /** What kind of workout. */
  readonly type: WorkoutType;
  /** Start, seconds from the local midnight (a whole minute). */
  readonly startSec: number;
  /** End, seconds from the local midnight (a whole minute). */
  readonly endSec: number;
  /** Effort as a share of the heart rate reserve, 0..1. */
  readonly intensity: number;
  /** Position in the day, 0-based. */
  readonly ordinal: number;
}

/** What a workout profile needs to know about the person and the day. */
export interface WorkoutBody {
  /** Height, cm. */
  readonly heightCm: number;
  /** Weight, kg. */
  readonly weightKg: number;
  /** Resting heart rate of the day, bpm. */
  readonly restingHr: number;
  /** Maximum heart rate, bpm. */
  readonly maxHr: number;
  /** Salt of the person's heart rate noise. */
  readonly hrSalt: number;
  /** Salt of the person's movement noise. */
  readonly moveSalt: number;
  /** Absolute minute index (local day number × 1440 + minute) of the workout's first minute. */
  readonly firstMinute: number;
}

/**
 * A workout minute by minute: the truth the activity stream, heart rate, steps and calories agree on. Movement is
 * computed at once; heart rate on first use.
 *
 * @example
 * ```ts
 * const profile = new WorkoutProfile(workout, body);
 * profile.steps.reduce((a, b) => a + b, 0); // the workout's steps
 * ```
 */
export class WorkoutProfile {
  /** Length, minutes. */
  readonly minutes: number;
  /** Steps per minute. */
  readonly steps: number[];
  /** Distance per minute, decimeters. */
  readonly distanceDm: number[];
  /** Seconds moving in each minute. */
  readonly movingSec: number[];
  /** Metabolic equivalent of each minute. */
  readonly mets: number[];
  /** Power per minute, watts (powered workouts only). */
  readonly watts: number[] | undefined;
  /** Elevation gained, decimeters. */
  readonly elevationGainDm: number;
  /** Elevation lost, decimeters. */
  readonly elevationLossDm: number;
  readonly #workout: Workout;
  readonly #body: WorkoutBody;
  #hr: Uint8Array | undefined;

  constructor(workout: Workout, body: WorkoutBody) {
    this.#workout = workout;
    this.#body = body;
    const kind = workoutKinds[workout.type];
    const minutes = (workout.endSec - workout.startSec) / 60;
    const i = workout.intensity;
    this.minutes = minutes;
    this.steps = new Array<number>(minutes).fill(0);
    this.distanceDm = new Array<number>(minutes);
    this.movingSec = new Array<number>(minutes);
    this.mets = new Array<number>(minutes);
    this.watts = kind.watts === undefined ? undefined : new Array<number>(minutes);
    const cadence = kind.cadence(i);
    const strideM = (body.heightCm / 100) * kind.strideShare(i);
    const baseWatts = kind.watts?.(body.weightKg, i) ?? 0;
    const first = body.firstMinute;
    // Only the noise this kind of workout uses: speed for wheels and water, terrain for distance, power for bikes.
    const ride = cadence > 0 ? undefined : smoothRange(body.moveSalt, first, 5, minutes, 'workout-ride');
    const terrain =
      kind.climbPerKm > 0
        ? smoothRange(body.moveSalt ^ 0x57, first, 8, minutes, 'workout-terrain')
        : undefined;
    const power =
      this.watts === undefined
        ? undefined
        : smoothRange(body.moveSalt ^ 0x3b, first, 3, minutes, 'workout-power');
    let gain = 0;
    let loss = 0;
    for (let k = 0; k < minutes; k++) {
      // One hash, three independent uniforms: pause chance, pause length, cadence jitter.
      const h = hash32(body.moveSalt, first + k);
      const paused = (h & 0x3ff) / 1024 < kind.pauseChance;
      const moving = paused ? 20 + (((h >>> 10) & 0x3ff) % 31) : 60;
      const share = moving / 60;
      this.movingSec[k] = moving;
      let metres: number;
      if (cadence > 0) {
        const s = roundHalfUp(cadence * share * (1 + 0.03 * ((h >>> 20) / 2048 - 1)));
        this.steps[k] = s;
        metres = s * strideM;
      } else {
        metres = kind.speed(i) * moving * (1 + 0.08 * (ride?.[k] ?? 0));
      }
      this.distanceDm[k] = roundHalfUp(metres * 10);
      const kmh = moving > 0 ? (metres / moving) * 3.6 : 0;
      this.mets[k] = share * kind.mets(kmh, i) + (1 - share) * 1.5;
      if (this.watts !== undefined)
        this.watts[k] = roundHalfUp(share * baseWatts * (1 + 0.15 * (power?.[k] ?? 0)));
      const climb = (metres / 1000) * kind.climbPerKm * 10 * (terrain?.[k] ?? 0);
      if (climb > 0) gain += climb;
      else loss -= climb;
    }
    this.elevationGainDm = roundHalfUp(gain);
    this.elevationLossDm = roundHalfUp(loss);
  }

  /** Heart rate per minute, bpm: warm-up, effort with drift, pauses and cool-down. */
  get hr(): Uint8Array {
    if (this.#hr !== undefined) return this.#hr;
    const body = this.#body;
    const minutes = this.minutes;
    const hr = new Uint8Array(minutes);
    const rest = body.restingHr;
    const target = rest + (body.maxHr - rest) * this.#workout.intensity;
    const effort = smoothRange(body.hrSalt ^ 0x77, body.firstMinute, 6, minutes, 'workout-effort');
    for (let k = 0; k < minutes; k++) {
      const warm = Math.min(1, (k + 1) / 6);
      let bpm = rest + 15 + (target - rest - 15) * warm + 0.06 * k;
      if (k >= minutes - 3) bpm -= (k - minutes + 4) * 6;
      bpm -= (1 - (this.movingSec[k] as number) / 60) * 12;
      bpm +=
        (effort[k] as number) * 4 + (hash32(body.hrSalt ^ 0x78, body.firstMinute + k) / 2147483648 - 1) * 1.5;
      hr[k] = roundHalfUp(Math.min(body.maxHr, Math.max(rest + 5, bpm)));
    }
    this.#hr = hr;
    return hr;
  }
}

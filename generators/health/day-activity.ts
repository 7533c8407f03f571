import { roundHalfUp } from '../core/round-half-up.ts';
import { BLOCK_S } from './day-grid.ts';
import type { BackgroundWalking } from './day-walking.ts';
import type { Person } from './person.ts';
import { type Workout, type WorkoutProfile, workoutKinds } from './workouts.ts';

const WALK_METS = 3.3;
const SITTING_METS = 1.3;
const SLEEPING_METS = 0.95;

/** The day's movement in 15-minute blocks: the truth behind steps, distance and calories. */
export interface ActivityBlocks {
  /** Steps per block. */
  readonly steps: readonly number[];
  /** Distance covered on foot per block (walking, running, hiking; not cycling or swimming), decimeters. */
  readonly distanceDm: readonly number[];
  /** Energy burned per block (basal included), hundredths of a kcal. */
  readonly centiKcal: readonly number[];
  /** Average metabolic equivalent of each block. */
  readonly mets: readonly number[];
  /** Activity level of each block: 0 sedentary, 1 light, 2 moderate, 3 vigorous. */
  readonly level: readonly number[];
  /** Share of the block's free awake time spent walking, 0..1 (drives heart rate and stress). */
  readonly walkShare: readonly number[];
}

/** What the activity blocks read of the day. */
export interface ActivityDay {
  readonly user: Person;
  readonly workouts: readonly Workout[];
  profile(workout: Workout): WorkoutProfile;
}

/**
 * Steps, distance and energy in 15-minute blocks: background walking plus the workouts minute by minute. The
 * blocks are those `walking` has (a prefix of the day gives exactly the whole day's first blocks). Each series is
 * computed when first read (a steps payload needs no energy, a calories payload no distance).
 */
export function buildActivity(day: ActivityDay, walking: BackgroundWalking): ActivityBlocks {
  return new DayActivity(day, walking);
}

/** {@link ActivityBlocks}, each series computed on first read. */
class DayActivity implements ActivityBlocks {
  readonly walkShare: readonly number[];
  readonly #day: ActivityDay;
  readonly #walking: BackgroundWalking;
  #steps: number[] | undefined;
  #distanceDm: number[] | undefined;
  #energyOfBlocks: { mets: number[]; centiKcal: number[]; level: number[] } | undefined;

  constructor(day: ActivityDay, walking: BackgroundWalking) {
    this.#day = day;
    this.#walking = walking;
    this.walkShare = walking.walkShare;
  }

  get steps(): readonly number[] {
    if (this.#steps === undefined) {
      const steps = this.#walking.steps.slice();
      this.#eachWorkoutMinute((block, p, k) => {
        steps[block] = (steps[block] as number) + (p.steps[k] as number);
      });
      this.#steps = steps;
    }
    return this.#steps;
  }

  get distanceDm(): readonly number[] {
    if (this.#distanceDm === undefined) {
      const walked = this.#walking.steps;
      const strideDm = this.#day.user.baseline.heightCm * 0.0415;
      const distanceDm = new Array<number>(walked.length);
      for (let i = 0; i < walked.length; i++) distanceDm[i] = roundHalfUp((walked[i] as number) * strideDm);
      this.#eachWorkoutMinute((block, p, k, onFoot) => {
        if (onFoot) distanceDm[block] = (distanceDm[block] as number) + (p.distanceDm[k] as number);
      });
      this.#distanceDm = distanceDm;
    }
    return this.#distanceDm;
  }

  get mets(): readonly number[] {
    return this.#energy().mets;
  }

  get centiKcal(): readonly number[] {
    return this.#energy().centiKcal;
  }

  get level(): readonly number[] {
    return this.#energy().level;
  }

  /** METs, energy and activity level of each block, computed together (what the calories payload reads). */
  #energy(): { mets: number[]; centiKcal: number[]; level: number[] } {
    if (this.#energyOfBlocks === undefined) {
      const walking = this.#walking;
      const weightKg = this.#day.user.baseline.weightKg;
      const n = walking.steps.length;
      const workoutMetSec = new Array<number>(n).fill(0);
      this.#eachWorkoutMinute((block, p, k) => {
        workoutMetSec[block] = (workoutMetSec[block] as number) + (p.mets[k] as number) * 60;
      });
      const mets = new Array<number>(n);
      const centiKcal = new Array<number>(n);
      const level = new Array<number>(n);
      for (let i = 0; i < n; i++) {
        const walkSec = walking.walkSec[i] as number;
        const m =
          ((walking.asleepSec[i] as number) * SLEEPING_METS +
            walkSec * WALK_METS +
            ((walking.freeSec[i] as number) - walkSec) * SITTING_METS +
            (workoutMetSec[i] as number)) /
          BLOCK_S;
        mets[i] = m;
        centiKcal[i] = roundHalfUp(m * weightKg * 25);
        level[i] = m < 1.5 ? 0 : m < 3 ? 1 : m < 6 ? 2 : 3;
      }
      this.#energyOfBlocks = { mets, centiKcal, level };
    }
    return this.#energyOfBlocks;
  }

  /** Calls `visit` for each workout minute inside the blocks, in workout and minute order. */
  #eachWorkoutMinute(
    visit: (block: number, profile: WorkoutProfile, minute: number, onFoot: boolean) => void,
  ): void {
    const n = this.#walking.steps.length;
    for (const w of this.#day.workouts) {
      if (w.startSec >= n * BLOCK_S) continue;
      const p = this.#day.profile(w);
      const onFoot = workoutKinds[w.type].cadence(w.intensity) > 0;
      for (let k = 0; k < p.minutes; k++) {
        const block = Math.floor((w.startSec + k * 60) / BLOCK_S);
        if (block >= n) break;
        visit(block, p, k, onFoot);
      }
    }
  }
}

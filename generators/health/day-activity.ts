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
 * blocks are those `walking` has (a prefix of the day gives exactly the whole day's first blocks).
 */
export function buildActivity(day: ActivityDay, walking: BackgroundWalking): ActivityBlocks {
  const b = day.user.baseline;
  const steps = walking.steps.slice();
  const strideDm = b.heightCm * 0.0415;
  const n = steps.length;
  const distanceDm = new Array<number>(n);
  const workoutMetSec = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    distanceDm[i] = Math.round((walking.steps[i] as number) * strideDm);
    workoutMetSec[i] = 0;
  }
  for (const w of day.workouts) {
    if (w.startSec >= n * BLOCK_S) continue;
    const p = day.profile(w);
    const onFoot = workoutKinds[w.type].cadence(w.intensity) > 0;
    for (let k = 0; k < p.minutes; k++) {
      const block = Math.floor((w.startSec + k * 60) / BLOCK_S);
      if (block >= n) break;
      steps[block] = (steps[block] as number) + (p.steps[k] as number);
      if (onFoot) distanceDm[block] = (distanceDm[block] as number) + (p.distanceDm[k] as number);
      workoutMetSec[block] = (workoutMetSec[block] as number) + (p.mets[k] as number) * 60;
    }
  }
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
    centiKcal[i] = Math.round(m * b.weightKg * 25);
    level[i] = m < 1.5 ? 0 : m < 3 ? 1 : m < 6 ? 2 : 3;
  }
  return { steps, distanceDm, centiKcal, mets, level, walkShare: walking.walkShare };
}

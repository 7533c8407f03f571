import { roundHalfUp } from '../core/round-half-up.ts';
import { BLOCK_S, BLOCKS } from './day-grid.ts';
import { hash01 } from './noise.ts';
import type { Person } from './person.ts';
import type { SleepSession } from './sleep.ts';
import type { Workout } from './workouts.ts';

const WALK_CADENCE = 105;

/** Walking outside workouts in one 15-minute block (see {@link DayModel.walkingBlock}). */
export interface WalkingBlock {
  /** Steps outside workouts. */
  readonly steps: number;
  /** Share of the block's free awake time spent walking, 0..1. */
  readonly walkShare: number;
  /** Seconds walking, free (awake, not training) and in bed. */
  readonly walkSec: number;
  readonly freeSec: number;
  readonly asleepSec: number;
}

/** Walking outside workouts in 15-minute blocks (the everyday steps the activity blocks add workouts to). */
export interface BackgroundWalking {
  /** Steps per block outside workouts. */
  readonly steps: readonly number[];
  /** Share of the block's free awake time spent walking, 0..1. */
  readonly walkShare: readonly number[];
  /** Seconds walking, free (awake, not training) and in bed, per block. */
  readonly walkSec: readonly number[];
  readonly freeSec: readonly number[];
  readonly asleepSec: readonly number[];
}

/** `T` with its fields writable (the scratch block the whole-day walking loop reuses). */
export type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** What every block of a day's background walking shares (see {@link DayModel.walkingBlock}). */
export interface WalkingPlan {
  readonly salt: number;
  /** 15-minute blocks of the day (96, or 92 / 100 on a daylight-saving change). */
  readonly blocks: number;
  /** Steps per block at activity weight 1, before the block's free time, the day factor and the noise. */
  readonly perWeightBlock: number;
  readonly dayFactor: number;
  /** The persona's activity weight of each hour. */
  readonly weights: readonly number[];
  /** The sleep ending this day and the one ending the next, seconds from this day's midnight. */
  readonly sleep0From: number;
  readonly sleep0To: number;
  readonly sleep1From: number;
  readonly sleep1To: number;
  readonly workouts: readonly Workout[];
}

/** What planning a day's background walking reads of the day. */
export interface WalkingPlanDay {
  readonly user: Person;
  readonly lengthS: number;
  readonly blocks: number;
  readonly dayNo: number;
  readonly sleep: SleepSession;
  readonly nextSleep: SleepSession;
  readonly workouts: readonly Workout[];
  /** How much this day walks against the usual one (the hidden state's `stepsFactor`). */
  readonly stepsFactor: number;
}

/**
 * Walking outside workouts, per 15-minute block: it needs when the person slept and trained, not how. With
 * `blocks`, only the day's first blocks (each block is computed on its own, so a prefix is exactly the whole day's).
 */
export function backgroundWalking(plan: WalkingPlan, dayNo: number, blocks = plan.blocks): BackgroundWalking {
  const n = Math.min(blocks, plan.blocks);
  const steps = new Array<number>(n);
  const walkShare = new Array<number>(n);
  const walkSec = new Array<number>(n);
  const freeSec = new Array<number>(n);
  const asleepSec = new Array<number>(n);
  const block: Mutable<WalkingBlock> = { steps: 0, walkShare: 0, walkSec: 0, freeSec: 0, asleepSec: 0 };
  for (let i = 0; i < n; i++) {
    walkBlock(plan, dayNo, i, block);
    steps[i] = block.steps;
    walkShare[i] = block.walkShare;
    walkSec[i] = block.walkSec;
    freeSec[i] = block.freeSec;
    asleepSec[i] = block.asleepSec;
  }
  return { steps, walkShare, walkSec, freeSec, asleepSec };
}

/** The one computation of a walking block, written into `out` (so the whole-day loop allocates nothing per block). */
export function walkBlock(plan: WalkingPlan, dayNo: number, i: number, out: Mutable<WalkingBlock>): void {
  const p = plan;
  const from = i * BLOCK_S;
  const to = from + BLOCK_S;
  const asleep = overlap(from, to, p.sleep0From, p.sleep0To) + overlap(from, to, p.sleep1From, p.sleep1To);
  let training = 0;
  const workouts = p.workouts;
  for (let k = 0; k < workouts.length; k++) {
    const w = workouts[k] as Workout;
    training += overlap(from, to, w.startSec, w.endSec);
  }
  const free = Math.max(0, BLOCK_S - asleep - training);
  const noise = 0.3 + 1.4 * hash01(p.salt, dayNo * BLOCKS + i);
  const steps = roundHalfUp(
    p.perWeightBlock * (p.weights[Math.floor(i / 4) % 24] as number) * (free / BLOCK_S) * p.dayFactor * noise,
  );
  const walkSec = Math.min(free, (steps / WALK_CADENCE) * 60);
  out.steps = steps;
  out.walkShare = free > 0 ? walkSec / free : 0;
  out.walkSec = walkSec;
  out.freeSec = free;
  out.asleepSec = asleep;
}

/** What every walking block of the day shares: the step budget and when the person slept and trained. */
export function planWalking(day: WalkingPlanDay): WalkingPlan {
  const user = day.user;
  const salt = user.salts.walk ^ 0x6b;
  const weights = user.persona.activeHours;
  let weightSum = 0;
  for (const w of weights) weightSum += w;
  return {
    salt,
    blocks: day.blocks,
    perWeightBlock: user.baseline.stepsPerDay / weightSum / 4,
    dayFactor: day.stepsFactor,
    weights,
    sleep0From: day.sleep.startSec,
    sleep0To: day.sleep.endSec,
    sleep1From: day.nextSleep.startSec + day.lengthS,
    sleep1To: day.nextSleep.endSec + day.lengthS,
    workouts: day.workouts,
  };
}

/** Whether a minute is spent walking, from the person's walk hash of it: `walkCoin(h) < walkShare`. */
export function walkCoin(walkHash: number): number {
  return (walkHash >>> 16) / 65536;
}

function overlap(a0: number, a1: number, b0: number, b1: number): number {
  return Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));
}

import { roundHalfUp } from '../core/round-half-up.ts';
import { cgmReading } from './cgm-sensor.ts';
import { type DayState, dayState, type Evening, eveningOf, stepsFactorOf } from './daily-state.ts';
import { type ActivityBlocks, buildActivity } from './day-activity.ts';
import { type EcgRecording, pickEcg } from './day-ecg.ts';
import { FREE, IN_BED, WORKOUT } from './day-grid.ts';
import { buildHeartRate } from './day-heart-rate.ts';
import { buildStress } from './day-stress.ts';
import { DayTime } from './day-time.ts';
import {
  type BackgroundWalking,
  backgroundWalking,
  type Mutable,
  planWalking,
  type WalkingBlock,
  type WalkingPlan,
  walkBlock,
} from './day-walking.ts';
import { type WeighIn, weighInOf } from './day-weigh-in.ts';
import { DayBody, drawTraining, planWorkouts, type Training } from './day-workouts.ts';
import { type DayMeal, drawMeals } from './glucose-day.ts';
import { bloodGlucose } from './glucose-model.ts';
import { checkDayLength, MIN_DAY_MS } from './itinerary.ts';
import type { Person } from './person.ts';
import { SleepSession } from './sleep.ts';
import { weekdayOf } from './time.ts';
import { type Workout, WorkoutProfile } from './workouts.ts';

const MIN_DAY_S = MIN_DAY_MS / 1000;
/** A day shorter than this (a switch of zone east, not a daylight-saving change) may push the next night later. */
const SHORT_DAY_S = 22 * 3600;
/** Time up between two nights at least, seconds. */
const MIN_UP_S = 2 * 3600;

/** What a day needs of its person: the person's facts and streams, and their other days (yesterday's meals ...). */
export interface DayOwner extends Person {
  day(date: string | number): DayModel;
}

/**
 * Everything one person's devices recorded during one local day, computed lazily from the seed: the sleep that ends
 * this day, workouts minute by minute, activity in 15-minute blocks, heart rate per minute, an ECG spot check, a
 * weigh-in, glucose and stress at any minute. Every v2 payload and v3 window is derived from these numbers, so
 * they agree with each other. Times are seconds (or minutes) from the day's local midnight; convert with
 * {@link DayModel.toMs} (the day's local time: {@link DayTime}).
 *
 * @example
 * ```ts
 * const day = healthUser({ seed: 7, persona: 'endurance-athlete' }).day('2026-01-14');
 * day.sleep.totals;                         // [awake, light, deep, rem] seconds
 * day.activity.steps.reduce((a, b) => a + b); // steps of the day
 * new Date(day.toMs(day.workouts[0]!.startSec)); // when the first workout began
 * ```
 */
export class DayModel extends DayTime {
  /** Whose day. */
  readonly user: DayOwner;
  #evening: Evening | undefined;
  #state: DayState | undefined;
  #training: Training | undefined;
  #sleep: SleepSession | undefined;
  #nextSleep: SleepSession | undefined;
  #minutes: Uint8Array | undefined;
  #spans: readonly number[] | undefined;
  #stress: Int8Array | undefined;
  #workouts: readonly Workout[] | undefined;
  #profiles: Map<Workout, WorkoutProfile> | undefined;
  #activity: ActivityBlocks | undefined;
  #walking: BackgroundWalking | undefined;
  #walkingPlan: WalkingPlan | undefined;
  #hr: Uint8Array | undefined;
  #ecg: EcgRecording | undefined;
  #weighIn: WeighIn | undefined;
  #meals: readonly DayMeal[] | undefined;
  #activityPrefix: ActivityBlocks | undefined;
  /** How many blocks {@link DayModel.activityUntil}'s prefix holds (read without computing a series). */
  #prefixBlocks = 0;

  constructor(user: DayOwner, dayNo: number) {
    super(user, dayNo);
    this.user = user;
    if (this.lengthS < MIN_DAY_S) checkDayLength(dayNo, this.lengthS * 1000, user.itinerary.zoneOf(dayNo));
  }

  /** Day of the week, Monday = 0 ... Sunday = 6. */
  get weekday(): number {
    return weekdayOf(this.dayNo);
  }

  /**
   * The main sleep ending this day (for a night-shift worker: the daytime sleep). After a day cut short by a switch
   * of zone east (a few hours long after a long flight), it begins at least {@link MIN_UP_S} after the night before
   * ended, so the two never overlap.
   */
  get sleep(): SleepSession {
    if (this.#sleep === undefined) {
      const beforeS = roundHalfUp((this.startMs - this.user.dayStartMs(this.dayNo - 1)) / 1000);
      const notBefore =
        beforeS < SHORT_DAY_S
          ? this.user.day(this.dayNo - 1).sleep.endSec - beforeS + MIN_UP_S
          : Number.NEGATIVE_INFINITY;
      this.#sleep = new SleepSession(
        this.user.sleeper,
        this.dayNo,
        this.user.stream(this.dayNo, ':sleep'),
        this.evening,
        () => this.state,
        notBefore,
      );
    }
    return this.#sleep;
  }

  /** What the day's hidden state says before its night begins: illness, a late night the evening before. */
  get evening(): Evening {
    this.#evening ??= eveningOf(this.user, this.dayNo);
    return this.#evening;
  }

  /** The training drawn for the day (none when ill), before it is placed in the waking hours. */
  get training(): Training {
    this.#training ??= drawTraining(this.user, this.dayNo, this.evening.skipsTraining);
    return this.#training;
  }

  /** The day's hidden state (illness, late nights, strain, sleep debt, cycle, season) and its effects. */
  get state(): DayState {
    this.#state ??= dayState(this.user, this.dayNo);
    return this.#state;
  }

  /** Steps outside workouts relative to the person's usual day: `state.stepsFactor`, without the rest of the state. */
  get stepsFactor(): number {
    return this.#state?.stepsFactor ?? stepsFactorOf(this.user, this.dayNo, this.evening);
  }

  /** The sleep ending the next day, which may begin this evening. */
  get nextSleep(): SleepSession {
    this.#nextSleep ??= this.user.day(this.dayNo + 1).sleep;
    return this.#nextSleep;
  }

  /**
   * What each minute of the day (index = minute from local midnight) was spent on: {@link IN_BED} (inside a sleep
   * session, asleep or not), {@link WORKOUT}, or {@link FREE}. {@link DayModel.minuteCode} reads one minute without
   * filling the day.
   */
  get minutes(): Uint8Array {
    if (this.#minutes === undefined) {
      const out = new Uint8Array(this.lengthMin);
      const spans = this.#minuteSpans();
      for (let i = 0; i < spans.length; i += 3)
        out.fill(spans[i + 2] as number, spans[i] as number, spans[i + 1] as number);
      this.#minutes = out;
    }
    return this.#minutes;
  }

  /**
   * What one minute of the day (0 to {@link DayModel.lengthMin} - 1) was spent on: `day.minutes[m]` without filling the whole day.
   *
   * @example
   * ```ts
   * day.minuteCode(day.workouts[0]!.startSec / 60) === WORKOUT; // true
   * ```
   */
  minuteCode(minute: number): number {
    const spans = this.#minuteSpans();
    let code = FREE;
    for (let i = 0; i < spans.length; i += 3)
      if (minute >= (spans[i] as number) && minute < (spans[i + 1] as number)) code = spans[i + 2] as number;
    return code;
  }

  /**
   * The minute spans of {@link DayModel.minutes} as `[from, to, code, ...]` (minutes `from` to `to - 1`, clamped to
   * the day), later spans winning: the two sleeps in bed, then the workouts.
   */
  #minuteSpans(): readonly number[] {
    if (this.#spans === undefined) {
      const spans: number[] = [];
      const mark = (fromSec: number, toSec: number, code: number) => {
        spans.push(
          Math.max(0, Math.ceil(fromSec / 60)),
          Math.max(0, Math.min(this.lengthMin, Math.ceil(toSec / 60))),
          code,
        );
      };
      mark(this.sleep.startSec, this.sleep.endSec, IN_BED);
      mark(this.nextSleep.startSec + this.lengthS, this.nextSleep.endSec + this.lengthS, IN_BED);
      for (const w of this.workouts) mark(w.startSec, w.endSec, WORKOUT);
      this.#spans = spans;
    }
    return this.#spans;
  }

  /** The day's workouts, in time order, each within the waking hours and on whole minutes. */
  get workouts(): readonly Workout[] {
    this.#workouts ??= planWorkouts(this);
    return this.#workouts;
  }

  /**
   * A workout of this day minute by minute (cached).
   *
   * @example
   * ```ts
   * day.profile(day.workouts[0]!).hr; // heart rate per minute of the first workout
   * ```
   */
  profile(workout: Workout): WorkoutProfile {
    this.#profiles ??= new Map();
    let profile = this.#profiles.get(workout);
    if (profile === undefined) {
      profile = new WorkoutProfile(workout, new DayBody(this, workout));
      this.#profiles.set(workout, profile);
    }
    return profile;
  }

  /**
   * Energy a workout burned, kcal (gross: METs × weight × hours).
   *
   * @example
   * ```ts
   * roundHalfUp(day.workoutKcal(day.workouts[0]!)); // the activity stream's `calories`
   * ```
   */
  workoutKcal(workout: Workout): number {
    const mets = this.profile(workout).mets;
    let sum = 0;
    for (let k = 0; k < mets.length; k++) sum += mets[k] as number;
    return (sum * this.user.baseline.weightKg) / 60;
  }

  /** Steps, distance and energy in 15-minute blocks. */
  get activity(): ActivityBlocks {
    this.#activity ??= buildActivity(this, this.walking);
    return this.#activity;
  }

  /**
   * The day's first `blocks` blocks of {@link DayModel.activity} (at least; the whole day once it is built): a
   * payload that ends early in the day computes only what it shows.
   *
   * @example
   * ```ts
   * day.activityUntil(20).steps[19] === day.activity.steps[19]; // true
   * ```
   */
  activityUntil(blocks: number): ActivityBlocks {
    if (this.#activity !== undefined || blocks >= this.blocks) return this.activity;
    if (this.#activityPrefix === undefined || this.#prefixBlocks < blocks) {
      const walking = this.#walking ?? backgroundWalking(this.#plan(), this.dayNo, blocks);
      this.#activityPrefix = buildActivity(this, walking);
      this.#prefixBlocks = walking.steps.length;
    }
    return this.#activityPrefix;
  }

  /** Heart rate for each minute of the day (index = minute from local midnight), bpm. */
  get heartRate(): Uint8Array {
    this.#hr ??= buildHeartRate(this);
    return this.#hr;
  }

  /** The day's ECG spot check (recorded by providers that record ECG). */
  get ecg(): EcgRecording {
    this.#ecg ??= pickEcg(this);
    return this.#ecg;
  }

  /** The day's weigh-in, shortly after getting up. */
  get weighIn(): WeighIn {
    this.#weighIn ??= weighInOf(this.user, this.dayNo, this.sleep.endSec);
    return this.#weighIn;
  }

  /** The day's meals with their timing jitter. */
  get meals(): readonly DayMeal[] {
    this.#meals ??= drawMeals(this.user, this.dayNo);
    return this.#meals;
  }

  /**
   * Blood glucose at a minute of this day (may be negative or past 1440), mg/dL, unrounded: for type 1 diabetes a
   * glucose-insulin model run over the day ({@link bloodGlucose}), else a meal-bump curve.
   *
   * @example
   * ```ts
   * day.glucoseAt(8 * 60 + 30); // shortly after breakfast
   * ```
   */
  glucoseAt(minute: number): number {
    return bloodGlucose(this, minute);
  }

  /**
   * A CGM reading at a minute: the glucose some minutes earlier with sensor bias, noise and compression lows, whole
   * mg/dL (see {@link cgmReading}); `cgmGap(day, minute)` says when the sensor recorded nothing.
   *
   * @example
   * ```ts
   * Array.from({ length: 288 }, (_, k) => day.glucoseReading(k * 5)); // a day of 5-minute readings
   * ```
   */
  glucoseReading(minute: number): number {
    return cgmReading(this, minute);
  }

  /**
   * Garmin-style stress level for each minute of the day: 0..100, or -1 (off wrist: the morning shower) and -2 (too
   * much motion: workouts, brisk walking) when there is no reading.
   */
  get stress(): Int8Array {
    this.#stress ??= buildStress(this);
    return this.#stress;
  }

  /** Walking outside workouts, per 15-minute block: it needs when the person slept and trained, not how. */
  get walking(): BackgroundWalking {
    this.#walking ??= backgroundWalking(this.#plan(), this.dayNo);
    return this.#walking;
  }

  /** What every walking block of the day shares (planned once). */
  #plan(): WalkingPlan {
    this.#walkingPlan ??= planWalking(this);
    return this.#walkingPlan;
  }

  /**
   * Walking outside workouts in one 15-minute block (0 to {@link DayModel.blocks} - 1), computed on its own: block `i` of
   * {@link DayModel.walking}, for callers that look at a few blocks.
   *
   * @example
   * ```ts
   * day.walkingBlock(34).steps === day.walking.steps[34]; // true
   * ```
   */
  walkingBlock(i: number): WalkingBlock {
    const block: Mutable<WalkingBlock> = { steps: 0, walkShare: 0, walkSec: 0, freeSec: 0, asleepSec: 0 };
    walkBlock(this.#plan(), this.dayNo, i, block);
    return block;
  }
}

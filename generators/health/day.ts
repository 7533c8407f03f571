import { hash01, hash32, hashSigned, smoothNoise, smoothRange } from './noise.ts';
import type { Person } from './person.ts';
import { SleepSession } from './sleep.ts';
import { DAY_S, dayStartMs, LocalClock, weekdayOf } from './time.ts';
import { type Workout, type WorkoutBody, WorkoutProfile, workoutKinds } from './workouts.ts';

/** Seconds in one activity block: the day is 96 blocks of 15 minutes. */
/** What a day needs of its person: the person's facts and streams, and their other days (yesterday's meals ...). */
export interface DayOwner extends Person {
  day(date: string | number): DayModel;
}

export const BLOCK_S = 900;
/** Activity blocks per day. */
export const BLOCKS = 96;

/** Code of {@link DayModel.minutes}: awake, outside workouts. */
export const FREE = 0;
/** Code of {@link DayModel.minutes}: inside a sleep session (asleep or awake in bed). */
export const IN_BED = 1;
/** Code of {@link DayModel.minutes}: during a workout. */
export const WORKOUT = 2;

const WALK_CADENCE = 105;
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
type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** What every block of a day's background walking shares (see {@link DayModel.walkingBlock}). */
interface WalkingPlan {
  readonly salt: number;
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

/** An ECG spot check: 30 seconds while sitting. */
export interface EcgRecording {
  /** Start, seconds from the local midnight. */
  readonly startSec: number;
  /** Length, seconds. */
  readonly durationSec: number;
  /** The minute it was taken in: its heart rate is `heartRate[minute]`. */
  readonly minute: number;
  /** The device's reading. */
  readonly classification: 'normal' | 'inconclusive';
}

/** The morning weigh-in. */
export interface WeighIn {
  /** Seconds from the local midnight. */
  readonly sec: number;
  /** kg, one decimal. */
  readonly weightKg: number;
  /** Percent, one decimal. */
  readonly bodyFatPct: number;
}

/** A meal of the day, for glucose. */
export interface DayMeal {
  /** Minutes from the local midnight. */
  readonly atMin: number;
  /** Carbohydrates, grams. */
  readonly carbsG: number;
  /** How well insulin (or the body) covers it: above 1 the rise is larger. */
  readonly cover: number;
}

/**
 * Everything one person's devices recorded during one local day, computed lazily from the seed: the sleep that ends
 * this day, workouts minute by minute, activity in 15-minute blocks, heart rate per minute, an ECG spot check, a
 * weigh-in, glucose and stress at any minute. Every v2 payload and v3 window is derived from these numbers, so
 * they agree with each other. Times are seconds (or minutes) from the day's local midnight; convert with
 * {@link DayModel.toMs}.
 *
 * @example
 * ```ts
 * const day = healthUser({ seed: 7, persona: 'endurance-athlete' }).day('2026-01-14');
 * day.sleep.totals;                         // [awake, light, deep, rem] seconds
 * day.activity.steps.reduce((a, b) => a + b); // steps of the day
 * new Date(day.toMs(day.workouts[0]!.startSec)); // when the first workout began
 * ```
 */
export class DayModel {
  /** Whose day. */
  readonly user: DayOwner;
  /** Local day number (days since 1970-01-01 in local time). */
  readonly dayNo: number;
  /** The local midnight starting this day, epoch ms. */
  readonly startMs: number;
  #clock: LocalClock | undefined;
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

  constructor(user: DayOwner, dayNo: number) {
    this.user = user;
    this.dayNo = dayNo;
    this.startMs = dayStartMs(dayNo, user.tzOffsetSec);
  }

  /** Local date, `YYYY-MM-DD`. */
  get date(): string {
    return this.clock.date();
  }

  /** Writes local date-times for seconds from this day's midnight. */
  get clock(): LocalClock {
    this.#clock ??= new LocalClock(this.dayNo);
    return this.#clock;
  }

  /**
   * The instant (epoch ms) of a second offset from this day's local midnight.
   *
   * @example
   * ```ts
   * new Date(day.toMs(day.sleep.endSec)); // when the person got up
   * ```
   */
  toMs(sec: number): number {
    return this.startMs + sec * 1000;
  }

  /** Day of the week, Monday = 0 ... Sunday = 6. */
  get weekday(): number {
    return weekdayOf(this.dayNo);
  }

  /** The main sleep ending this day (for a night-shift worker: the daytime sleep). */
  get sleep(): SleepSession {
    this.#sleep ??= new SleepSession(this.user.sleeper, this.dayNo, this.user.stream(this.dayNo, ':sleep'));
    return this.#sleep;
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
      const out = new Uint8Array(1440);
      const spans = this.#minuteSpans();
      for (let i = 0; i < spans.length; i += 3)
        out.fill(spans[i + 2] as number, spans[i] as number, spans[i + 1] as number);
      this.#minutes = out;
    }
    return this.#minutes;
  }

  /**
   * What one minute of the day (0..1439) was spent on: `day.minutes[m]` without filling the whole day.
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
          Math.max(0, Math.min(1440, Math.ceil(toSec / 60))),
          code,
        );
      };
      mark(this.sleep.startSec, this.sleep.endSec, IN_BED);
      mark(this.nextSleep.startSec + DAY_S, this.nextSleep.endSec + DAY_S, IN_BED);
      for (const w of this.workouts) mark(w.startSec, w.endSec, WORKOUT);
      this.#spans = spans;
    }
    return this.#spans;
  }

  /** The day's workouts, in time order, each within the waking hours and on whole minutes. */
  get workouts(): readonly Workout[] {
    this.#workouts ??= this.#planWorkouts();
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
   * Math.round(day.workoutKcal(day.workouts[0]!)); // the activity stream's `calories`
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
    this.#activity ??= this.#buildActivity();
    return this.#activity;
  }

  /** Heart rate for each minute of the day (index = minute from local midnight), bpm. */
  get heartRate(): Uint8Array {
    this.#hr ??= this.#buildHeartRate();
    return this.#hr;
  }

  /** The day's ECG spot check (recorded by providers that record ECG). */
  get ecg(): EcgRecording {
    this.#ecg ??= this.#pickEcg();
    return this.#ecg;
  }

  /** The day's weigh-in, shortly after getting up. */
  get weighIn(): WeighIn {
    if (this.#weighIn === undefined) {
      const b = this.user.baseline;
      const salt = this.user.salts.body;
      const weight =
        b.weightKg + 0.8 * smoothNoise(salt, this.dayNo / 9) + 0.25 * hashSigned(salt ^ 1, this.dayNo);
      const fat =
        b.bodyFatPct + 0.6 * smoothNoise(salt ^ 2, this.dayNo / 12) + 0.2 * hashSigned(salt ^ 3, this.dayNo);
      this.#weighIn = {
        sec: Math.max(0, this.sleep.endSec) + (10 + (hash32(salt ^ 4, this.dayNo) % 31)) * 60,
        weightKg: Math.round(weight * 10) / 10,
        bodyFatPct: Math.round(fat * 10) / 10,
      };
    }
    return this.#weighIn;
  }

  /** The day's meals with their timing jitter. */
  get meals(): readonly DayMeal[] {
    if (this.#meals === undefined) {
      const rng = this.user.stream(this.dayNo, ':meals');
      this.#meals = this.user.persona.meals.map((meal) => ({
        atMin: Math.round(meal.atMin + rng.clampedNormal(0, 20, -60, 60)),
        carbsG: Math.round(meal.carbsG * rng.float(0.7, 1.3)),
        cover: rng.float(0.75, 1.3),
      }));
    }
    return this.#meals;
  }

  /**
   * Blood glucose at a minute of this day (may be negative or past 1440), mg/dL, unrounded.
   *
   * @example
   * ```ts
   * day.glucoseAt(8 * 60 + 30); // shortly after breakfast
   * ```
   */
  glucoseAt(minute: number): number {
    const g = this.user.persona.glucose;
    const salt = this.user.salts.glucose;
    let value = g.fastingMgDl + 18 * Math.exp(-(((minute - 330) / 100) ** 2));
    const meal = (m: DayMeal, shift: number) => {
      const x = (minute - m.atMin - shift) / g.peakMin;
      if (x > 0 && x < 6) value += m.carbsG * g.risePerGram * m.cover * x * Math.exp(1 - x);
    };
    for (const m of this.meals) meal(m, 0);
    for (const m of this.user.day(this.dayNo - 1).meals) meal(m, -1440);
    for (const w of this.workouts) {
      const into = minute - w.startSec / 60;
      const length = (w.endSec - w.startSec) / 60;
      if (into > 0 && into < length + 120) {
        const shape = into < length ? into / length : Math.exp(-(into - length) / 45);
        value -= (8 + 40 * w.intensity) * shape * (g.condition === 'none' ? 0.25 : 1);
      }
    }
    value += g.swingMgDl * smoothNoise(salt, (this.dayNo * 1440 + minute) / 75);
    return Math.min(400, Math.max(40, value));
  }

  /**
   * A CGM reading at a minute: the glucose plus sensor noise, whole mg/dL.
   *
   * @example
   * ```ts
   * Array.from({ length: 288 }, (_, k) => day.glucoseReading(k * 5)); // a day of 5-minute readings
   * ```
   */
  glucoseReading(minute: number): number {
    const abs = this.dayNo * 1440 + minute;
    const value = this.glucoseAt(minute) + 2 * hashSigned(this.user.salts.glucose ^ 0x5e, abs);
    return Math.round(Math.min(400, Math.max(40, value)));
  }

  /**
   * Garmin-style stress level for each minute of the day: 0..100, or -1 (off wrist: the morning shower) and -2 (too
   * much motion: workouts, brisk walking) when there is no reading.
   */
  get stress(): Int8Array {
    if (this.#stress !== undefined) return this.#stress;
    const out = new Int8Array(1440);
    const user = this.user;
    const salt = user.salts.stress;
    const abs0 = this.dayNo * 1440;
    const calm = smoothRange(salt, abs0, 15, 1440, 'stress-calm');
    const drift = smoothRange(salt ^ 0x9, abs0, 20, 1440, 'stress-drift');
    const minutes = this.minutes;
    const walkShare = this.walking.walkShare;
    const shower = Math.ceil(Math.max(0, this.sleep.endSec) / 60) + 20 + (hash32(salt, this.dayNo) % 25);
    const s = user.persona.stress;
    const wraps = s.workFromMin > s.workToMin;
    const walkSalt = user.salts.walk;
    const jitterSalt = salt ^ 0xa;
    for (let m = 0; m < 1440; m++) {
      const abs = abs0 + m;
      const code = minutes[m];
      let value: number;
      if (code === IN_BED) value = 5 + 7 * ((calm[m] as number) + 1);
      else if (code === WORKOUT) value = -2;
      else if (m >= shower && m < shower + 15) value = -1;
      else {
        const walk = hash32(walkSalt, abs);
        if (walkCoin(walk) < (walkShare[(m / 15) | 0] as number) && (walk & 0x8000) !== 0) value = -2;
        else {
          const atWork = wraps
            ? m >= s.workFromMin || m < s.workToMin
            : m >= s.workFromMin && m < s.workToMin;
          value = s.base + (atWork ? s.workBoost : 0) + 12 * (drift[m] as number);
          value = Math.min(100, Math.max(0, value + 4 * (hash32(jitterSalt, abs) / 2147483648 - 1)));
        }
      }
      out[m] = Math.round(value);
    }
    this.#stress = out;
    return out;
  }

  #planWorkouts(): Workout[] {
    const persona = this.user.persona;
    const rng = this.user.stream(this.dayNo, ':workouts');
    const earliest = Math.ceil((Math.max(0, this.sleep.endSec) + 20 * 60) / 60);
    const latest = Math.floor(Math.min(this.nextSleep.startSec + DAY_S - 30 * 60, DAY_S - 10 * 60) / 60);
    const planned: { type: Workout['type']; start: number; minutes: number; intensity: number }[] = [];
    for (const habit of persona.workouts) {
      const happens = habit.weekdays.includes(this.weekday) && rng.bool(habit.chance);
      const start = Math.round(habit.startMin + rng.clampedNormal(0, 15, -45, 45));
      const minutes = Math.round(rng.clampedNormal(habit.durationMin, habit.durationMin * 0.12, 15, 300));
      const intensity = Math.min(0.95, Math.max(0.15, habit.intensity + rng.normal(0, 0.04)));
      if (happens) planned.push({ type: habit.type, start, minutes, intensity });
    }
    const walk = {
      type: 'walking' as const,
      start: Math.round(persona.walkAtMin + rng.clampedNormal(0, 25, -60, 60)),
      minutes: rng.int(20, 40),
      intensity: rng.float(0.25, 0.35),
    };
    if (planned.length === 0) planned.push(walk);
    planned.sort((a, b) => a.start - b.start);
    const out: Workout[] = [];
    let free = earliest;
    for (const p of planned) {
      const start = Math.max(p.start, free);
      if (start + p.minutes > latest) continue;
      out.push({
        type: p.type,
        startSec: start * 60,
        endSec: (start + p.minutes) * 60,
        intensity: p.intensity,
        ordinal: out.length,
      });
      free = start + p.minutes + 30;
    }
    if (out.length === 0 && earliest + walk.minutes <= latest) {
      const start = Math.min(Math.max(walk.start, earliest), latest - walk.minutes);
      out.push({
        type: 'walking',
        startSec: start * 60,
        endSec: (start + walk.minutes) * 60,
        intensity: walk.intensity,
        ordinal: 0,
      });
    }
    return out;
  }

  /** Walking outside workouts, per 15-minute block: it needs when the person slept and trained, not how. */
  get walking(): BackgroundWalking {
    if (this.#walking === undefined) {
      const steps = new Array<number>(BLOCKS);
      const walkShare = new Array<number>(BLOCKS);
      const walkSec = new Array<number>(BLOCKS);
      const freeSec = new Array<number>(BLOCKS);
      const asleepSec = new Array<number>(BLOCKS);
      const block: Mutable<WalkingBlock> = { steps: 0, walkShare: 0, walkSec: 0, freeSec: 0, asleepSec: 0 };
      for (let i = 0; i < BLOCKS; i++) {
        this.#walkBlock(i, block);
        steps[i] = block.steps;
        walkShare[i] = block.walkShare;
        walkSec[i] = block.walkSec;
        freeSec[i] = block.freeSec;
        asleepSec[i] = block.asleepSec;
      }
      this.#walking = { steps, walkShare, walkSec, freeSec, asleepSec };
    }
    return this.#walking;
  }

  /**
   * Walking outside workouts in one 15-minute block (0..95), computed on its own: block `i` of
   * {@link DayModel.walking}, for callers that look at a few blocks.
   *
   * @example
   * ```ts
   * day.walkingBlock(34).steps === day.walking.steps[34]; // true
   * ```
   */
  walkingBlock(i: number): WalkingBlock {
    const block: Mutable<WalkingBlock> = { steps: 0, walkShare: 0, walkSec: 0, freeSec: 0, asleepSec: 0 };
    this.#walkBlock(i, block);
    return block;
  }

  /** The one computation of a walking block, written into `out` (so the whole-day loop allocates nothing per block). */
  #walkBlock(i: number, out: Mutable<WalkingBlock>): void {
    this.#walkingPlan ??= this.#planWalking();
    const p = this.#walkingPlan;
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
    const noise = 0.3 + 1.4 * hash01(p.salt, this.dayNo * BLOCKS + i);
    const steps = Math.round(
      p.perWeightBlock * (p.weights[Math.floor(i / 4)] as number) * (free / BLOCK_S) * p.dayFactor * noise,
    );
    const walkSec = Math.min(free, (steps / WALK_CADENCE) * 60);
    out.steps = steps;
    out.walkShare = free > 0 ? walkSec / free : 0;
    out.walkSec = walkSec;
    out.freeSec = free;
    out.asleepSec = asleep;
  }

  /** What every walking block of the day shares: the step budget and when the person slept and trained. */
  #planWalking(): WalkingPlan {
    const user = this.user;
    const salt = user.salts.walk ^ 0x6b;
    const weights = user.persona.activeHours;
    let weightSum = 0;
    for (const w of weights) weightSum += w;
    return {
      salt,
      perWeightBlock: user.baseline.stepsPerDay / weightSum / 4,
      dayFactor: 0.75 + 0.5 * hash01(salt, this.dayNo),
      weights,
      sleep0From: this.sleep.startSec,
      sleep0To: this.sleep.endSec,
      sleep1From: this.nextSleep.startSec + DAY_S,
      sleep1To: this.nextSleep.endSec + DAY_S,
      workouts: this.workouts,
    };
  }

  #buildActivity(): ActivityBlocks {
    const b = this.user.baseline;
    const walking = this.walking;
    const steps = walking.steps.slice();
    const strideDm = b.heightCm * 0.0415;
    const distanceDm = new Array<number>(BLOCKS);
    const workoutMetSec = new Array<number>(BLOCKS);
    for (let i = 0; i < BLOCKS; i++) {
      distanceDm[i] = Math.round((walking.steps[i] as number) * strideDm);
      workoutMetSec[i] = 0;
    }
    for (const w of this.workouts) {
      const p = this.profile(w);
      const onFoot = workoutKinds[w.type].cadence(w.intensity) > 0;
      for (let k = 0; k < p.minutes; k++) {
        const block = Math.floor((w.startSec + k * 60) / BLOCK_S);
        steps[block] = (steps[block] as number) + (p.steps[k] as number);
        if (onFoot) distanceDm[block] = (distanceDm[block] as number) + (p.distanceDm[k] as number);
        workoutMetSec[block] = (workoutMetSec[block] as number) + (p.mets[k] as number) * 60;
      }
    }
    const mets = new Array<number>(BLOCKS);
    const centiKcal = new Array<number>(BLOCKS);
    const level = new Array<number>(BLOCKS);
    for (let i = 0; i < BLOCKS; i++) {
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

  #buildHeartRate(): Uint8Array {
    const out = new Uint8Array(1440);
    const copySleep = (s: SleepSession, shift: number) => {
      const hr = s.heartRate;
      const first = s.firstMinute + shift;
      for (let k = Math.max(0, -first); k < hr.length && first + k < 1440; k++)
        out[first + k] = hr[k] as number;
    };
    copySleep(this.sleep, 0);
    copySleep(this.nextSleep, 1440);
    for (const w of this.workouts) out.set(this.profile(w).hr, w.startSec / 60);
    const user = this.user;
    const rest = this.sleep.restingHr;
    const awake = rest + user.persona.awakeHrDelta;
    const maxHr = user.baseline.maxHr;
    const walkShare = this.walking.walkShare;
    const minutes = this.minutes;
    const salt = user.salts.hr;
    const abs0 = this.dayNo * 1440;
    const noise = smoothRange(salt ^ 0x3, abs0, 11, 1440, 'day-hr');
    const daily = circadian();
    const walkSalt = user.salts.walk;
    const jitterSalt = salt ^ 0x4;
    for (let m = 0; m < 1440; m++) {
      if (minutes[m] !== FREE) continue;
      const abs = abs0 + m;
      let bpm =
        awake +
        (daily[m] as number) +
        (noise[m] as number) * 4 +
        (hash32(jitterSalt, abs) / 2147483648 - 1) * 1.5;
      const walk = hash32(walkSalt, abs);
      if (walkCoin(walk) < (walkShare[(m / 15) | 0] as number)) bpm += 22 + 10 * ((walk & 0xffff) / 65536);
      out[m] = Math.round(Math.min(maxHr, Math.max(rest - 2, bpm)));
    }
    return out;
  }

  #pickEcg(): EcgRecording {
    const salt = this.user.salts.ecg;
    const lo = Math.ceil(Math.max(0, this.sleep.endSec) / 60) + 60;
    const hi = Math.max(lo, Math.floor(Math.min(DAY_S, this.nextSleep.startSec + DAY_S) / 60) - 60);
    let minute = lo;
    for (let attempt = 0; attempt < 24; attempt++) {
      const m = lo + (hash32(salt ^ attempt, this.dayNo) % (hi - lo + 1));
      const busy = this.workouts.some((w) => m >= w.startSec / 60 - 10 && m < w.endSec / 60 + 20);
      if (!busy && this.minuteCode(m) === FREE) {
        minute = m;
        break;
      }
    }
    return {
      startSec: minute * 60 + (hash32(salt ^ 0x5a, this.dayNo) % 30),
      durationSec: 30,
      minute,
      classification:
        hash01(salt ^ 0x5b, this.dayNo) < this.user.persona.ecgInconclusiveChance ? 'inconclusive' : 'normal',
    };
  }
}

/** What a workout profile needs of its person and day. */
class DayBody implements WorkoutBody {
  readonly heightCm: number;
  readonly weightKg: number;
  readonly maxHr: number;
  readonly hrSalt: number;
  readonly moveSalt: number;
  readonly firstMinute: number;
  readonly #sleep: SleepSession;

  constructor(day: DayModel, workout: Workout) {
    const user = day.user;
    const b = user.baseline;
    this.heightCm = b.heightCm;
    this.weightKg = b.weightKg;
    this.maxHr = b.maxHr;
    this.hrSalt = user.salts.hr;
    this.moveSalt = user.salts.move;
    this.firstMinute = day.dayNo * 1440 + workout.startSec / 60;
    this.#sleep = day.sleep;
  }

  /** The night's resting heart rate, read by the heart rate only: movement alone does not draw the stages. */
  get restingHr(): number {
    return this.#sleep.restingHr;
  }
}

/** Whether a minute is spent walking, from the person's walk hash of it: `walkCoin(h) < walkShare`. */
function walkCoin(walkHash: number): number {
  return (walkHash >>> 16) / 65536;
}

let circadianTable: Float64Array | undefined;

/** The daily rhythm of the waking heart rate, bpm above the waking baseline for each minute (peak mid-afternoon). */
function circadian(): Float64Array {
  circadianTable ??= Float64Array.from(
    { length: 1440 },
    (_, m) => 2.5 * Math.sin(2 * Math.PI * (m / 1440 - 0.3)),
  );
  return circadianTable;
}

function overlap(a0: number, a1: number, b0: number, b1: number): number {
  return Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));
}

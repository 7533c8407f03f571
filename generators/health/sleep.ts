import type { Rng } from '../../src/core/index.ts';
import { roundHalfUp } from '../core/round-half-up.ts';
import { sleepHeartRate, sleepHeartRateStats } from './sleep-heart-rate.ts';
import { type HrvSeries, type SleepSeries, windowsUntil } from './sleep-series.ts';
import { fillBreathing, fillRmssd, fillSpo2, hrvSeries } from './sleep-signals.ts';
import { AWAKE, DEEP, drawNight, EPOCH_S, LIGHT, type NightDetail, REM } from './sleep-stages.ts';
import type { NightEvening, NightState, Sleeper } from './sleeper.ts';
import type { Stats } from './summary.ts';
import { weekdayOf } from './time.ts';

/**
 * The main sleep ending on a local day: stages in 30-second epochs and the signals measured during it. Times are
 * seconds from the local midnight of the day it ends on (`startSec` is negative when it starts the evening before).
 * Every payload about this night (sleep, heart, SpO2, breathing, v3 windows) reads these same numbers.
 *
 * Bedtime and time in bed are drawn at construction; the stages and the night's resting heart rate, HRV and
 * temperature are drawn from the rest of the session's stream on first use (nothing else consumes it, so they are
 * the same whenever they are first read): a caller that needs only the window does not pay for the stages.
 */
export class SleepSession {
  /** Local day number the sleep ends on (its v2 `date`). */
  readonly dayNo: number;
  /** Going to bed, seconds from the local midnight of `dayNo`. */
  readonly startSec: number;
  /** Getting up, seconds from the local midnight of `dayNo`. */
  readonly endSec: number;
  readonly #sleeper: Sleeper;
  readonly #rng: Rng;
  readonly #epochs: number;
  readonly #jetLagH: number;
  readonly #state: () => NightState;
  #detail: (NightDetail & { readonly breathingDelta: number }) | undefined;
  #hr: Uint8Array | undefined;
  /** `null` until computed (`undefined` is a session without a whole minute). */
  #hrStats: Stats | undefined | null = null;
  #cache: Map<string, SleepSeries> | undefined;
  #windows: Map<number, readonly number[]> | undefined;
  #hrv: HrvSeries | undefined;

  /**
   * @param evening what the day's state says of the night before it begins (a late night, illness)
   * @param state the day's whole state, read when the night's values are first drawn (it reads earlier nights)
   * @param notBeforeSec the earliest bedtime (after a day cut short by flying east: see `DayModel.sleep`)
   */
  constructor(
    sleeper: Sleeper,
    dayNo: number,
    rng: Rng,
    evening: NightEvening,
    state: () => NightState,
    notBeforeSec = Number.NEGATIVE_INFINITY,
  ) {
    this.#sleeper = sleeper;
    this.#rng = rng;
    this.#state = state;
    this.#jetLagH = evening.jetLagH;
    this.dayNo = dayNo;
    const h = sleeper.habits;
    const weekend = weekdayOf(dayNo) >= 5;
    const bedMin =
      h.bedtimeMin +
      sleeper.bedtimeShiftMin +
      (weekend ? h.weekendShiftMin : 0) +
      evening.bedtimeDelayMin +
      rng.normal(0, h.bedtimeSdMin);
    const inBedMin = rng.clampedNormal(
      h.inBedMin + sleeper.inBedShiftMin + (weekend ? h.weekendExtraMin : 0) + evening.inBedDeltaMin,
      h.inBedSdMin,
      240,
      720,
    );
    this.startSec = Math.max(notBeforeSec, roundHalfUp(bedMin) * 60 + rng.int(0, 59));
    this.#epochs = roundHalfUp(inBedMin * 2);
    // The stages tile the session: buildStages returns exactly this many epochs.
    this.endSec = this.startSec + this.#epochs * EPOCH_S;
  }

  /** Stage starts, seconds from the local midnight of `dayNo` (one per stage, in time order). */
  get stageStart(): readonly number[] {
    return this.#night().stageStart;
  }

  /** Stage lengths, seconds. */
  get stageLength(): readonly number[] {
    return this.#night().stageLength;
  }

  /** Stage codes (see {@link AWAKE}); adjacent stages differ. */
  get stage(): readonly number[] {
    return this.#night().stage;
  }

  /** Seconds in each stage, indexed by stage code. */
  get totals(): readonly [awake: number, light: number, deep: number, rem: number] {
    return this.#night().totals;
  }

  /** Seconds from going to bed to the first sleep stage. */
  get latencySec(): number {
    const night = this.#night();
    return night.stage[0] === AWAKE ? (night.stageLength[0] as number) : 0;
  }

  /** Resting heart rate of the night and its day, bpm. */
  get restingHr(): number {
    return this.#night().restingHr;
  }

  /** Baseline RMSSD of the night, ms. */
  get hrvMs(): number {
    return this.#night().hrvMs;
  }

  /** Skin temperature deviation, °C. */
  get temperatureDelta(): number {
    return this.#night().temperatureDelta;
  }

  /** The stages and the night's values, drawn on first use from the rest of the session's stream. */
  #night(): NightDetail & { readonly breathingDelta: number } {
    if (this.#detail === undefined) {
      const s = this.#sleeper;
      const state = this.#state();
      const sleeper = {
        habits: s.habits,
        restingHr: s.restingHr + state.restingHrDelta,
        hrvMs: s.hrvMs * state.hrvFactor,
        jetLagH: this.#jetLagH,
      };
      const night = drawNight(sleeper, this.#epochs, this.startSec, this.#rng);
      const temperatureDelta = roundHalfUp((night.temperatureDelta + state.temperatureDelta) * 100) / 100;
      this.#detail = { ...night, temperatureDelta, breathingDelta: state.breathingDelta };
    }
    return this.#detail;
  }

  /** Time asleep (light + deep + REM), seconds. */
  get asleepSec(): number {
    return this.totals[LIGHT] + this.totals[DEEP] + this.totals[REM];
  }

  /**
   * Sleep score 0..100 as providers compose theirs: duration (full marks from 7.5 h asleep, less beyond 9.5 h),
   * efficiency, the share of deep and REM sleep, how long falling asleep took and how often the night was broken.
   * A usual night scores in the 70s and 80s, as Fitbit, Oura and Garmin report for most people.
   */
  get score(): number {
    const asleep = this.asleepSec;
    const hours = asleep / 3600;
    const clamp = (x: number) => Math.min(1, Math.max(0, x));
    const duration = 40 * clamp((hours - 4) / 3.5) - 4 * clamp(hours - 9.5);
    const efficiency = 20 * clamp((asleep / (this.endSec - this.startSec) - 0.7) / 0.25);
    const restorative =
      asleep > 0 ? 15 * clamp(((this.totals[DEEP] + this.totals[REM]) / asleep - 0.25) / 0.25) : 0;
    const latency = 10 * clamp((45 * 60 - this.latencySec) / (35 * 60));
    const stages = this.stage;
    let breaks = 0;
    for (let k = 1; k < stages.length - 1; k++) if (stages[k] === AWAKE) breaks++;
    const continuity = 15 * clamp(1 - breaks / 5);
    return roundHalfUp(Math.max(0, duration + efficiency + restorative + latency + continuity));
  }

  /** First minute of the session (minutes from the local midnight of `dayNo`): the first whole minute in it. */
  get firstMinute(): number {
    return Math.ceil(this.startSec / 60);
  }

  /** One past the last minute whose start lies in the session. */
  get endMinute(): number {
    return Math.ceil(this.endSec / 60);
  }

  /** Heart rate for each minute of the session (index 0 is {@link firstMinute}), bpm. */
  get heartRate(): Uint8Array {
    if (this.#hr === undefined) {
      const { values, stats } = sleepHeartRate(this, this.#sleeper.salts.hr, this.#night());
      this.#hr = values;
      this.#hrStats = stats;
    }
    return this.#hr;
  }

  /** Lowest, highest and mean of {@link SleepSession.heartRate} (`undefined` for a session without a whole minute). */
  get heartRateStats(): Stats | undefined {
    if (this.#hrStats === null)
      this.#hrStats = sleepHeartRateStats(this, this.#sleeper.salts.hr, this.#night());
    return this.#hrStats;
  }

  /** SpO2 per minute, percent (one decimal). */
  get spo2(): SleepSeries {
    return this.#series('spo2', 1, (stages, abs0, values) => fillSpo2(this.#sleeper, stages, abs0, values));
  }

  /**
   * Breathing rate per `step`-minute window, breaths per minute (one decimal).
   *
   * @example
   * ```ts
   * day.sleep.breathing().values; // 5-minute windows
   * ```
   */
  breathing(step = 5): SleepSeries {
    return this.#series(`breathing${step}`, step, (stages, abs0, values) =>
      fillBreathing(this.#sleeper, this.#night().breathingDelta, step, stages, abs0, values),
    );
  }

  /** RMSSD per 5-minute window, ms (one decimal). */
  get rmssd(): SleepSeries {
    return this.#series('rmssd', 5, (stages, abs0, values) =>
      fillRmssd(this.#sleeper.salts.hrv, this.hrvMs, stages, abs0, values),
    );
  }

  /** HRV per 5-minute window: RMSSD with its coverage and spectral powers. */
  get hrv(): HrvSeries {
    this.#hrv ??= hrvSeries(this.rmssd, this.#sleeper.salts.hrv, this.dayNo);
    return this.#hrv;
  }

  /**
   * RMSSD of the night: the mean of the HRV windows ending by `untilSec`, ms (one decimal), if any.
   *
   * @example
   * ```ts
   * day.sleep.averageHrv(); // the v2 sleep `average_hrv` and heart `sleep_hrv`
   * ```
   */
  averageHrv(untilSec = this.endSec): number | undefined {
    const series = this.rmssd;
    const n = windowsUntil(series, untilSec);
    if (n === 0) return undefined;
    let sum = 0;
    for (let k = 0; k < n; k++) sum += series.values[k] as number;
    return roundHalfUp((sum / n) * 10) / 10;
  }

  /**
   * A series of `step`-minute windows (aligned to the wall clock, inside the session), computed once: `fill` gets
   * each window's stage code, the absolute minute (local day number × 1440 + minute) of the first window, and the
   * values to write.
   */
  #series(
    key: string,
    step: number,
    fill: (stages: readonly number[], firstAbsMinute: number, values: number[]) => void,
  ): SleepSeries {
    this.#cache ??= new Map();
    let series = this.#cache.get(key);
    if (series === undefined) {
      const first = Math.ceil(this.firstMinute / step) * step;
      const stages = this.#windowStages(step, first);
      const values = new Array<number>(stages.length);
      fill(stages, this.dayNo * 1440 + first, values);
      series = { firstSec: first * 60, stepSec: step * 60, values };
      this.#cache.set(key, series);
    }
    return series;
  }

  /** The stage code of each `step`-minute window from minute `first` (shared by the series of one step). */
  #windowStages(step: number, first: number): readonly number[] {
    this.#windows ??= new Map();
    let stages = this.#windows.get(step);
    if (stages === undefined) {
      const count = Math.max(0, Math.floor(this.endSec / 60 / step) - first / step);
      const { stage, stageStart } = this.#night();
      const codes = new Array<number>(count);
      let segment = 0;
      for (let k = 0; k < count; k++) {
        const sec = (first + k * step) * 60;
        while (segment + 1 < stage.length && (stageStart[segment + 1] as number) <= sec) segment++;
        codes[k] = stage[segment] as number;
      }
      stages = codes;
      this.#windows.set(step, stages);
    }
    return stages;
  }
}

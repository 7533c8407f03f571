import type { Rng } from '../../src/core/index.ts';
import { hash32, hashSigned, smoothRange } from './noise.ts';
import type { SleepHabits } from './personas.ts';
import type { Stats } from './summary.ts';
import { weekdayOf } from './time.ts';

/** Sleep stage code (see {@link SleepSession.stage}, an index of {@link sleepStageNames}): awake in bed. */
export const AWAKE = 0;
/** Sleep stage code: light sleep. */
export const LIGHT = 1;
/** Sleep stage code: deep sleep. */
export const DEEP = 2;
/** Sleep stage code: REM sleep. */
export const REM = 3;

/** The v2 names of the stage codes. */
export const sleepStageNames = ['awake', 'light', 'deep', 'rem'] as const;

const EPOCH_S = 30;
const STAGE_HR = [6, -2, -6, 1];
const STAGE_SPO2 = [0.2, 0, 0.1, -0.6];
const STAGE_BREATHING = [1.5, 0, -0.6, 0.9];
const STAGE_HRV = [0.7, 1, 1.25, 0.9];

/** What a sleep session needs to know about the person. */
export interface Sleeper {
  /** The persona's sleep habits. */
  readonly habits: SleepHabits;
  /** The individual's usual bedtime relative to the persona's, minutes. */
  readonly bedtimeShiftMin: number;
  /** Resting heart rate, bpm. */
  readonly restingHr: number;
  /** Night-time RMSSD, ms. */
  readonly hrvMs: number;
  /** Breaths per minute asleep. */
  readonly breathingRate: number;
  /** Average SpO2 asleep, percent. */
  readonly spo2Pct: number;
  /** Noise salts of the sleep-time signals. */
  readonly salts: {
    readonly hr: number;
    readonly spo2: number;
    readonly breathing: number;
    readonly hrv: number;
  };
}

/**
 * A series measured during a sleep: window `k` starts at `firstSec + k * stepSec` (seconds from the local midnight of
 * the session's day), windows aligned to the wall clock and inside the session.
 */
export interface SleepSeries {
  /** Start of the first window, seconds from the local midnight of the session's day. */
  readonly firstSec: number;
  /** Window length, seconds. */
  readonly stepSec: number;
  /** The value of each window. */
  readonly values: readonly number[];
}

/** HRV windows of a sleep: RMSSD (ms), coverage (0..1), high- and low-frequency power (ms²) per window. */
export interface HrvSeries extends SleepSeries {
  /** RMSSD per window, ms (one decimal); the same array as `values`. */
  readonly rmssd: readonly number[];
  /** Share of usable beats per window, 0..1. */
  readonly coverage: readonly number[];
  /** High-frequency power per window, ms². */
  readonly hf: readonly number[];
  /** Low-frequency power per window, ms². */
  readonly lf: readonly number[];
}

/**
 * How many windows of a series end by `untilSec` (seconds from the local midnight of the session's day).
 *
 * @example
 * ```ts
 * windowsUntil(day.sleep.rmssd, 6 * 3600); // the HRV windows measured before 06:00
 * ```
 */
export function windowsUntil(series: SleepSeries, untilSec: number): number {
  const n = Math.floor((untilSec - series.firstSec) / series.stepSec);
  return Math.max(0, Math.min(series.values.length, n));
}

/** What a night's stages and the rest of its stream give: drawn on first use (see {@link SleepSession}). */
interface NightDetail {
  readonly stageStart: readonly number[];
  readonly stageLength: readonly number[];
  readonly stage: readonly number[];
  readonly totals: readonly [awake: number, light: number, deep: number, rem: number];
  readonly restingHr: number;
  readonly hrvMs: number;
  readonly temperatureDelta: number;
}

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
  #detail: NightDetail | undefined;
  #hr: Uint8Array | undefined;
  #hrStats: Stats | undefined;
  #cache: Map<string, SleepSeries> | undefined;
  #windows: Map<number, readonly number[]> | undefined;
  #hrv: HrvSeries | undefined;

  constructor(sleeper: Sleeper, dayNo: number, rng: Rng) {
    this.#sleeper = sleeper;
    this.#rng = rng;
    this.dayNo = dayNo;
    const h = sleeper.habits;
    const weekend = weekdayOf(dayNo) >= 5;
    const bedMin =
      h.bedtimeMin +
      sleeper.bedtimeShiftMin +
      (weekend ? h.weekendShiftMin : 0) +
      rng.normal(0, h.bedtimeSdMin);
    const inBedMin = rng.clampedNormal(
      h.inBedMin + (weekend ? h.weekendExtraMin : 0),
      h.inBedSdMin,
      240,
      720,
    );
    this.startSec = Math.round(bedMin) * 60 + rng.int(0, 59);
    this.#epochs = Math.round(inBedMin * 2);
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
  #night(): NightDetail {
    if (this.#detail !== undefined) return this.#detail;
    const rng = this.#rng;
    const epochs = buildStages(this.#sleeper.habits, this.#epochs, rng);
    const count = epochs.length / 2;
    const stageStart: number[] = [];
    const stageLength: number[] = [];
    const stage: number[] = [];
    const totals: [number, number, number, number] = [0, 0, 0, 0];
    let at = this.startSec;
    for (let i = 0; i < count; i++) {
      const code = epochs[2 * i] as number;
      const length = (epochs[2 * i + 1] as number) * EPOCH_S;
      stageStart.push(at);
      stageLength.push(length);
      stage.push(code);
      totals[code] = (totals[code] as number) + length;
      at += length;
    }
    const sleeper = this.#sleeper;
    this.#detail = {
      stageStart,
      stageLength,
      stage,
      totals,
      restingHr: Math.round(sleeper.restingHr + rng.normal(0, 1.3)),
      hrvMs: sleeper.hrvMs * (1 + rng.clampedNormal(0, 0.08, -0.25, 0.25)),
      temperatureDelta: Math.round(rng.clampedNormal(0, 0.18, -0.8, 0.8) * 100) / 100,
    };
    return this.#detail;
  }

  /** Time asleep (light + deep + REM), seconds. */
  get asleepSec(): number {
    return this.totals[LIGHT] + this.totals[DEEP] + this.totals[REM];
  }

  /** Sleep score 0..100 from duration (vs 8 h), efficiency and the share of deep and REM sleep. */
  get score(): number {
    const asleep = this.asleepSec;
    const duration = Math.min(1, asleep / 28_800) * 50;
    const efficiency = (asleep / (this.endSec - this.startSec)) * 30;
    const restorative =
      asleep > 0 ? Math.min(1, (this.totals[DEEP] + this.totals[REM]) / asleep / 0.45) * 20 : 0;
    return Math.round(duration + efficiency + restorative);
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
    if (this.#hr === undefined) this.#buildHeartRate();
    return this.#hr as Uint8Array;
  }

  /** Lowest, highest and mean of {@link SleepSession.heartRate} (`undefined` for a session without a whole minute). */
  get heartRateStats(): Stats | undefined {
    if (this.#hr === undefined) this.#buildHeartRate();
    return this.#hrStats;
  }

  /** The heart rate of each minute, summarised as it is written (the sleep payload needs no second pass). */
  #buildHeartRate(): void {
    const first = this.firstMinute;
    const out = new Uint8Array(this.endMinute - first);
    const salt = this.#sleeper.salts.hr;
    const jitterSalt = salt ^ 0x1d;
    const abs0 = this.dayNo * 1440 + first;
    const noise = smoothRange(salt, abs0, 7, out.length, 'sleep-hr');
    const perMinute = 60 / (this.endSec - this.startSec);
    let min = 255;
    let max = 0;
    let sum = 0;
    let count = 0;
    const { stage, stageStart, stageLength, restingHr } = this.#night();
    // Minute k of the session lies in the stage whose span holds its first second.
    for (let i = 0; i < stage.length; i++) {
      const base = restingHr - 2 + (STAGE_HR[stage[i] as number] as number);
      const from = Math.max(0, Math.ceil((stageStart[i] as number) / 60) - first);
      const to = Math.min(
        out.length,
        Math.ceil(((stageStart[i] as number) + (stageLength[i] as number)) / 60) - first,
      );
      let pos = ((first + from) * 60 - this.startSec) / (this.endSec - this.startSec) - 0.4;
      for (let k = from; k < to; k++, pos += perMinute) {
        const jitter = hash32(jitterSalt, abs0 + k) / 2147483648 - 1;
        // `& 0xff` is the Uint8Array store's own conversion, so the summary sees exactly the stored value.
        const bpm = Math.round(base + 8 * pos * pos + (noise[k] as number) * 2.2 + jitter) & 0xff;
        out[k] = bpm;
        if (bpm < min) min = bpm;
        if (bpm > max) max = bpm;
        sum += bpm;
        count++;
      }
    }
    this.#hr = out;
    this.#hrStats = count === 0 ? undefined : { min, max, mean: sum / count };
  }

  /** SpO2 per minute, percent (one decimal). */
  get spo2(): SleepSeries {
    const s = this.#sleeper;
    return this.#series('spo2', 1, (stages, abs0, values) => {
      const noise = smoothRange(s.salts.spo2, abs0, 5, values.length, 'spo2');
      for (let k = 0; k < values.length; k++) {
        const dip = hash32(s.salts.spo2 ^ 0x3, abs0 + k) < 0.015 * 4294967296 ? 2.5 : 0;
        const value =
          s.spo2Pct + (STAGE_SPO2[stages[k] as number] as number) + (noise[k] as number) * 0.7 - dip;
        values[k] = Math.min(100, Math.round(value * 10) / 10);
      }
    });
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
    const s = this.#sleeper;
    return this.#series(`breathing${step}`, step, (stages, abs0, values) => {
      const noise = smoothRange(s.salts.breathing, abs0 / step, 15 / step, values.length, 'breathing');
      for (let k = 0; k < values.length; k++) {
        const value =
          s.breathingRate + (STAGE_BREATHING[stages[k] as number] as number) + (noise[k] as number) * 0.5;
        values[k] = Math.round(value * 10) / 10;
      }
    });
  }

  /** RMSSD per 5-minute window, ms (one decimal). */
  get rmssd(): SleepSeries {
    const salt = this.#sleeper.salts.hrv;
    return this.#series('rmssd', 5, (stages, abs0, values) => {
      const noise = smoothRange(salt, abs0 / 5, 2, values.length, 'rmssd');
      const hrvMs = this.hrvMs;
      for (let k = 0; k < values.length; k++) {
        const factor = (STAGE_HRV[stages[k] as number] as number) * (1 + 0.12 * (noise[k] as number));
        values[k] = Math.round(hrvMs * factor * 10) / 10;
      }
    });
  }

  /** HRV per 5-minute window: RMSSD with its coverage and spectral powers. */
  get hrv(): HrvSeries {
    if (this.#hrv === undefined) {
      const base = this.rmssd;
      const salt = this.#sleeper.salts.hrv;
      const n = base.values.length;
      const coverage = new Array<number>(n);
      const hf = new Array<number>(n);
      const lf = new Array<number>(n);
      for (let k = 0; k < n; k++) {
        const abs = this.dayNo * 1440 + (base.firstSec + k * base.stepSec) / 60;
        const rmssd = base.values[k] as number;
        const power = Math.round(rmssd * rmssd * (0.6 + 0.15 * hashSigned(salt ^ 0x5, abs)) * 1000) / 1000;
        coverage[k] = Math.round((0.9 + 0.09 * hashSigned(salt ^ 0x9, abs)) * 1000) / 1000;
        hf[k] = power;
        lf[k] = Math.round(power * (1.6 + 0.5 * hashSigned(salt ^ 0x7, abs)) * 1000) / 1000;
      }
      this.#hrv = { ...base, rmssd: base.values, coverage, hf, lf };
    }
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
    return Math.round((sum / n) * 10) / 10;
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

/** Stages as `[code, epochs, code, epochs, ...]` summing to `total` epochs of 30 s, merged where adjacent. */
function buildStages(h: SleepHabits, total: number, rng: Rng): number[] {
  const out: number[] = [];
  const push = (code: number, epochs: number) => {
    if (epochs <= 0) return;
    if (out.length > 0 && out[out.length - 2] === code)
      out[out.length - 1] = (out[out.length - 1] as number) + epochs;
    else out.push(code, epochs);
  };
  const latency = Math.max(2, Math.round(rng.clampedNormal(h.latencyMin, h.latencyMin * 0.4, 1, 90) * 2));
  const finalWake = rng.int(2, 16);
  const asleepBudget = Math.max(0, total - latency - finalWake);
  push(AWAKE, latency);
  const expectedCycles = Math.max(1, asleepBudget / 190);
  let used = 0;
  const add = (code: number, epochs: number) => {
    const take = Math.min(Math.round(epochs), asleepBudget - used);
    push(code, take);
    used += Math.max(0, take);
  };
  for (let cycle = 0; used < asleepBudget; cycle++) {
    const length = rng.int(170, 210);
    const deep = h.deepShare * 2.4 * Math.max(0.08, 1 - 0.35 * cycle) * length;
    const rem = h.remShare * (0.45 + 0.35 * cycle) * length;
    const light = Math.max(10, length - deep - rem);
    add(LIGHT, light * 0.55);
    add(DEEP, deep);
    add(LIGHT, light * 0.45);
    add(REM, rem);
    if (rng.bool(h.wakeEpisodes / expectedCycles)) {
      add(AWAKE, rng.clampedNormal(h.wakeEpisodeMin, h.wakeEpisodeMin * 0.4, 1, 90) * 2);
    }
  }
  push(AWAKE, total - latency - asleepBudget);
  return out;
}

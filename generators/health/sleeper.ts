import type { SleepHabits } from './personas.ts';

// What a sleep session reads of the person (`Sleeper`) and of the day's hidden state (`NightEvening`, `NightState`).

/** What the night's timing reads of the day's hidden state (`Evening` in `daily-state.ts`). */
export interface NightEvening {
  /** Bedtime, minutes later than usual. */
  readonly bedtimeDelayMin: number;
  /** Time in bed, minutes more than usual. */
  readonly inBedDeltaMin: number;
  /** Jet lag of the day the night begins on, hours (0: none; it fragments the night). */
  readonly jetLagH: number;
}

/** What the night's values read of the day's hidden state (`DayState` in `daily-state.ts`). */
export interface NightState {
  /** Resting heart rate, bpm above baseline. */
  readonly restingHrDelta: number;
  /** HRV relative to baseline. */
  readonly hrvFactor: number;
  /** Skin temperature deviation, °C. */
  readonly temperatureDelta: number;
  /** Breathing rate, breaths per minute above baseline. */
  readonly breathingDelta: number;
}

/** What a sleep session needs to know about the person. */
export interface Sleeper {
  /** The persona's sleep habits. */
  readonly habits: SleepHabits;
  /** The individual's usual bedtime relative to the persona's, minutes. */
  readonly bedtimeShiftMin: number;
  /** The individual's usual time in bed relative to the persona's, minutes. */
  readonly inBedShiftMin: number;
  /** Resting heart rate, bpm. */
  readonly restingHr: number;
  /** Night-time RMSSD, ms. */
  readonly hrvMs: number;
  /** Breaths per minute asleep. */
  readonly breathingRate: number;
  /** Average SpO2 asleep, percent. */
  readonly spo2Pct: number;
  /** Oxygen desaturations (drops of 3 % or more) per hour asleep. */
  readonly odiPerHour: number;
  /** Their mean depth, percent (each is 0.6 to 1.4 times it). */
  readonly desatDepthPct: number;
  /** Noise salts of the sleep-time signals. */
  readonly salts: {
    readonly hr: number;
    readonly spo2: number;
    readonly breathing: number;
    readonly hrv: number;
  };
}

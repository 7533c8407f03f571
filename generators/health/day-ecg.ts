import { afibEpisodes } from './afib.ts';
import { FREE } from './day-grid.ts';
import { hash01, hash32 } from './noise.ts';
import type { Person } from './person.ts';
import type { SleepSession } from './sleep.ts';
import type { Workout } from './workouts.ts';

/** An ECG spot check: 30 seconds while sitting. */
export interface EcgRecording {
  /** Start, seconds from the local midnight. */
  readonly startSec: number;
  /** Length, seconds. */
  readonly durationSec: number;
  /** The minute it was taken in: its heart rate is `heartRate[minute]`. */
  readonly minute: number;
  /** The device's reading. */
  readonly classification: 'normal' | 'inconclusive' | 'atrial_fibrillation';
}

/** What picking the ECG spot check reads of the day. */
export interface EcgDay {
  readonly user: Person;
  readonly dayNo: number;
  /** Elapsed seconds of the day (23, 24 or 25 hours ...). */
  readonly lengthS: number;
  readonly sleep: SleepSession;
  readonly nextSleep: SleepSession;
  readonly workouts: readonly Workout[];
  minuteCode(minute: number): number;
}

/**
 * The day's ECG spot check: a free minute an hour after getting up, away from workouts and bedtime; during an
 * episode of atrial fibrillation it is taken in the episode (a check prompted by palpitations) and reads
 * `atrial_fibrillation`.
 */
export function pickEcg(day: EcgDay): EcgRecording {
  const salt = day.user.salts.ecg;
  let lo = Math.ceil(Math.max(0, day.sleep.endSec) / 60) + 60;
  let hi = Math.max(lo, Math.floor(Math.min(day.lengthS, day.nextSleep.startSec + day.lengthS) / 60) - 60);
  // The first episode (or part of one begun the day before) in the waking window.
  const episode = afibEpisodes(day.user, day.dayNo).find((e) => e.startMin <= hi && e.endMin - 1 >= lo);
  if (episode !== undefined) {
    lo = Math.max(lo, episode.startMin);
    hi = Math.min(hi, episode.endMin - 1);
  }
  let minute = lo;
  for (let attempt = 0; attempt < 24; attempt++) {
    const m = lo + (hash32(salt ^ attempt, day.dayNo) % (hi - lo + 1));
    const busy = day.workouts.some((w) => m >= w.startSec / 60 - 10 && m < w.endSec / 60 + 20);
    if (!busy && day.minuteCode(m) === FREE) {
      minute = m;
      break;
    }
  }
  return {
    startSec: minute * 60 + (hash32(salt ^ 0x5a, day.dayNo) % 30),
    durationSec: 30,
    minute,
    classification:
      episode !== undefined && minute >= episode.startMin && minute < episode.endMin
        ? 'atrial_fibrillation'
        : hash01(salt ^ 0x5b, day.dayNo) < day.user.persona.ecgInconclusiveChance
          ? 'inconclusive'
          : 'normal',
  };
}

import { roundHalfUp } from '../core/round-half-up.ts';
import { AFIB_RISE_BPM, AFIB_SWING_BPM, afibEpisodes } from './afib.ts';
import { FREE } from './day-grid.ts';
import { type BackgroundWalking, walkCoin } from './day-walking.ts';
import { hash32, hashSigned, smoothRange } from './noise.ts';
import type { Person } from './person.ts';
import type { SleepSession } from './sleep.ts';
import type { Workout, WorkoutProfile } from './workouts.ts';

/** What the heart rate of a day reads of the day. */
export interface HeartRateDay {
  readonly user: Person;
  readonly dayNo: number;
  readonly lengthMin: number;
  readonly sleep: SleepSession;
  readonly nextSleep: SleepSession;
  readonly workouts: readonly Workout[];
  readonly walking: BackgroundWalking;
  readonly minutes: Uint8Array;
  profile(workout: Workout): WorkoutProfile;
}

/**
 * Heart rate for each minute of the day, bpm: the two sleeps' and the workouts' own series, and the waking rate
 * (resting rate, daily rhythm, noise, walking) in between.
 */
export function buildHeartRate(day: HeartRateDay): Uint8Array {
  const length = day.lengthMin;
  const out = new Uint8Array(length);
  const copySleep = (s: SleepSession, shift: number) => {
    const hr = s.heartRate;
    const first = s.firstMinute + shift;
    for (let k = Math.max(0, -first); k < hr.length && first + k < length; k++)
      out[first + k] = hr[k] as number;
  };
  copySleep(day.sleep, 0);
  copySleep(day.nextSleep, length);
  for (const w of day.workouts) out.set(day.profile(w).hr, w.startSec / 60);
  const user = day.user;
  const rest = day.sleep.restingHr;
  const awake = rest + user.persona.awakeHrDelta;
  const maxHr = user.baseline.maxHr;
  const walkShare = day.walking.walkShare;
  const minutes = day.minutes;
  const salt = user.salts.hr;
  const abs0 = day.dayNo * 1440;
  const noise = smoothRange(salt ^ 0x3, abs0, 11, length, 'day-hr');
  const daily = circadian();
  const walkSalt = user.salts.walk;
  const jitterSalt = salt ^ 0x4;
  for (let m = 0; m < length; m++) {
    if (minutes[m] !== FREE) continue;
    const abs = abs0 + m;
    let bpm =
      awake +
      (daily[m < 1440 ? m : m - 1440] as number) +
      (noise[m] as number) * 4 +
      (hash32(jitterSalt, abs) / 2147483648 - 1) * 1.5;
    const walk = hash32(walkSalt, abs);
    if (walkCoin(walk) < (walkShare[(m / 15) | 0] as number)) bpm += 22 + 10 * ((walk & 0xffff) / 65536);
    out[m] = roundHalfUp(Math.min(maxHr, Math.max(rest - 2, bpm)));
  }
  // Atrial fibrillation: faster and irregular while awake (sleep and workouts keep their own series), in the parts
  // of episodes within the day (one may have begun the day before).
  const afSalt = salt ^ 0x0af1;
  for (const episode of afibEpisodes(user, day.dayNo)) {
    for (let m = episode.startMin; m < episode.endMin; m++) {
      if (minutes[m] !== FREE) continue;
      const bpm = (out[m] as number) + AFIB_RISE_BPM + AFIB_SWING_BPM * hashSigned(afSalt, abs0 + m);
      out[m] = roundHalfUp(Math.min(maxHr, Math.max(rest, bpm)));
    }
  }
  return out;
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

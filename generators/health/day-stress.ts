import { IN_BED, WORKOUT } from './day-grid.ts';
import { type BackgroundWalking, walkCoin } from './day-walking.ts';
import { hash32, smoothRange } from './noise.ts';
import type { Person } from './person.ts';
import type { SleepSession } from './sleep.ts';

/** What the stress levels of a day read of the day. */
export interface StressDay {
  readonly user: Person;
  readonly dayNo: number;
  readonly lengthMin: number;
  readonly sleep: SleepSession;
  readonly minutes: Uint8Array;
  readonly walking: BackgroundWalking;
}

/**
 * Garmin-style stress level for each minute of the day: 0..100, or -1 (off wrist: the morning shower) and -2 (too
 * much motion: workouts, brisk walking) when there is no reading.
 */
export function buildStress(day: StressDay): Int8Array {
  const length = day.lengthMin;
  const out = new Int8Array(length);
  const user = day.user;
  const salt = user.salts.stress;
  const abs0 = day.dayNo * 1440;
  const calm = smoothRange(salt, abs0, 15, length, 'stress-calm');
  const drift = smoothRange(salt ^ 0x9, abs0, 20, length, 'stress-drift');
  const minutes = day.minutes;
  const walkShare = day.walking.walkShare;
  const shower = Math.ceil(Math.max(0, day.sleep.endSec) / 60) + 20 + (hash32(salt, day.dayNo) % 25);
  const s = user.persona.stress;
  const wraps = s.workFromMin > s.workToMin;
  const walkSalt = user.salts.walk;
  const jitterSalt = salt ^ 0xa;
  for (let m = 0; m < length; m++) {
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
        const atWork = wraps ? m >= s.workFromMin || m < s.workToMin : m >= s.workFromMin && m < s.workToMin;
        value = s.base + (atWork ? s.workBoost : 0) + 12 * (drift[m] as number);
        value = Math.min(100, Math.max(0, value + 4 * (hash32(jitterSalt, abs) / 2147483648 - 1)));
      }
    }
    out[m] = Math.round(value);
  }
  return out;
}

import { roundHalfUp } from '../core/round-half-up.ts';
import { FREE, IN_BED, WORKOUT } from './day-grid.ts';
import { type BackgroundWalking, walkCoin } from './day-walking.ts';
import { hash32, smoothRange } from './noise.ts';
import type { Person } from './person.ts';
import type { SleepSession } from './sleep.ts';
import type { Workout } from './workouts.ts';

/** What the stress levels of a day read of the day. */
export interface StressDay {
  readonly user: Person;
  readonly dayNo: number;
  readonly lengthMin: number;
  readonly sleep: SleepSession;
  readonly minutes: Uint8Array;
  readonly walking: BackgroundWalking;
  readonly workouts: readonly Workout[];
}

/**
 * Garmin-style stress level for each minute of the day: 0..100, or -1 (off wrist: the morning shower) and -2 (too
 * much motion: workouts, brisk walking) when there is no reading. Garmin's scale (0-25 rest, 26-50 low, 51-75
 * medium, 76-100 high; Garmin support, "What is the stress level?") reads heart rate variability, so it runs high
 * while the heart recovers after a workout, and in short episodes of the waking day ({@link stressBursts}).
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
    out[m] = roundHalfUp(value);
  }
  addBursts(out, day.minutes, stressBursts(day));
  return out;
}

/** A stretch of raised stress: from minute `from`, `peak` percent of the way to 100, fading over `length` minutes. */
interface StressBurst {
  readonly from: number;
  readonly length: number;
  readonly peak: number;
}

/**
 * The day's raised stretches: 30-60 minutes after each workout, starting 45-65 % of the way from the level to 100
 * (the heart still recovering: Garmin's all-day stress reads high after exercise), and 0-3 episodes of 10-40
 * minutes, 25-55 % of the way, in the waking day ([decision]: a meeting, a commute, a coffee).
 */
function stressBursts(day: StressDay): StressBurst[] {
  const salt = day.user.salts.stress ^ 0x3b;
  const out: StressBurst[] = [];
  for (const w of day.workouts) {
    const k = w.startSec;
    out.push({
      from: w.endSec / 60,
      length: 30 + (hash32(salt, k) % 31),
      peak: 45 + (hash32(salt ^ 1, k) % 21),
    });
  }
  const wake = Math.ceil(Math.max(0, day.sleep.endSec) / 60);
  const episodes = hash32(salt ^ 2, day.dayNo) % 4;
  for (let e = 0; e < episodes; e++) {
    const n = day.dayNo * 8 + e;
    out.push({
      from: wake + 60 + (hash32(salt ^ 3, n) % 600),
      length: 10 + (hash32(salt ^ 4, n) % 31),
      peak: 25 + (hash32(salt ^ 5, n) % 31),
    });
  }
  return out;
}

/**
 * Raises the valid free awake readings (in bed and no-reading codes stay) by `peak` percent of the room left below
 * 100, fading linearly over the burst.
 */
function addBursts(out: Int8Array, minutes: Uint8Array, bursts: readonly StressBurst[]): void {
  for (const b of bursts) {
    const to = Math.min(out.length, b.from + b.length);
    for (let m = b.from; m < to; m++) {
      const level = out[m] as number;
      if (level < 0 || minutes[m] !== FREE) continue;
      out[m] = level + roundHalfUp((100 - level) * (b.peak / 100) * (1 - (m - b.from) / b.length));
    }
  }
}

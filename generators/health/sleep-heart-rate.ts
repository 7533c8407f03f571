import { roundHalfUp } from '../core/round-half-up.ts';
import { hash32, hashSigned } from './noise.ts';
import type { NightDetail } from './sleep-stages.ts';
import type { Stats } from './summary.ts';

const STAGE_HR = [6, -2, -6, 1];

/** Knot spacing of the heart rate's smooth noise, minutes. */
const NOISE_PERIOD = 7;
/** Smoothstep weights between two knots (as `smoothRange` interpolates). */
const NOISE_WEIGHTS = Float64Array.from({ length: NOISE_PERIOD }, (_, j) => {
  const f = j / NOISE_PERIOD;
  return f * f * (3 - 2 * f);
});

/** The window of a sleep session. */
export interface SleepWindow {
  readonly dayNo: number;
  readonly startSec: number;
  readonly endSec: number;
  readonly firstMinute: number;
  readonly endMinute: number;
}

/** A session's heart rate per minute and its summary. */
export interface SleepHeartRate {
  readonly values: Uint8Array;
  readonly stats: Stats | undefined;
}

/** The heart rate of each minute, summarised as it is written (the sleep payload needs no second pass). */
export function sleepHeartRate(session: SleepWindow, hrSalt: number, night: NightDetail): SleepHeartRate {
  const values = new Uint8Array(session.endMinute - session.firstMinute);
  return { values, stats: writeSleepHeartRate(session, hrSalt, night, values) };
}

/** Reused by {@link sleepHeartRateStats}: a typed array longer than 64 bytes costs V8 an allocation off its heap. */
let scratch = new Uint8Array(1440);

/** The summary of {@link sleepHeartRate} alone, written into a reused buffer (nothing allocated per night). */
export function sleepHeartRateStats(
  session: SleepWindow,
  hrSalt: number,
  night: NightDetail,
): Stats | undefined {
  const length = session.endMinute - session.firstMinute;
  if (scratch.length < length) scratch = new Uint8Array(length);
  return writeSleepHeartRate(session, hrSalt, night, scratch.subarray(0, length));
}

/** Writes each minute's heart rate into `out` (one entry per minute of the session) and returns their summary. */
function writeSleepHeartRate(
  session: SleepWindow,
  salt: number,
  night: NightDetail,
  out: Uint8Array,
): Stats | undefined {
  const first = session.firstMinute;
  const length = out.length;
  const jitterSalt = salt ^ 0x1d;
  const abs0 = session.dayNo * 1440 + first;
  let min = 255;
  let max = 0;
  let sum = 0;
  let count = 0;
  const { stage, stageStart, stageLength, restingHr } = night;
  // The smooth noise of `smoothRange(salt, abs0, 7, ...)`, interpolated as the minutes go by: minute `k` lies `j`
  // minutes after knot `knot`, whose value is `a` (the next knot's `b`).
  let knot = Math.floor(abs0 / NOISE_PERIOD);
  let j = abs0 - knot * NOISE_PERIOD;
  let a = hashSigned(salt, knot);
  let b = hashSigned(salt, knot + 1);
  let k = 0;
  const span = session.endSec - session.startSec;
  const perMinute = 60 / span;
  // Minute k of the session lies in the stage whose span holds its first second.
  for (let i = 0; i < stage.length; i++) {
    const base = restingHr - 2 + (STAGE_HR[stage[i] as number] as number);
    // `| 0`: a stage starting in the last minute before midnight has `Math.ceil` give -0, which made V8 throw away
    // this function's optimised code ('minus zero' deopt); the values are the same.
    const from = Math.max(0, (Math.ceil((stageStart[i] as number) / 60) | 0) - first);
    const to = Math.min(
      length,
      (Math.ceil(((stageStart[i] as number) + (stageLength[i] as number)) / 60) | 0) - first,
    );
    if (from >= to) continue;
    for (; k < from; k++) {
      if (++j === NOISE_PERIOD) {
        j = 0;
        knot++;
        a = b;
        b = hashSigned(salt, knot + 1);
      }
    }
    let pos = ((first + from) * 60 - session.startSec) / span - 0.4;
    for (; k < to; k++, pos += perMinute) {
      const noise = a + (b - a) * (NOISE_WEIGHTS[j] as number);
      if (++j === NOISE_PERIOD) {
        j = 0;
        knot++;
        a = b;
        b = hashSigned(salt, knot + 1);
      }
      const jitter = hash32(jitterSalt, abs0 + k) / 2147483648 - 1;
      // `& 0xff` is the Uint8Array store's own conversion, so the summary sees exactly the stored value.
      const bpm = roundHalfUp(base + 8 * pos * pos + noise * 2.2 + jitter) & 0xff;
      out[k] = bpm;
      if (bpm < min) min = bpm;
      if (bpm > max) max = bpm;
      sum += bpm;
      count++;
    }
  }
  return count === 0 ? undefined : { min, max, mean: sum / count };
}

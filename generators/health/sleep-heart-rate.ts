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
  const first = session.firstMinute;
  const out = new Uint8Array(session.endMinute - first);
  const salt = hrSalt;
  const jitterSalt = salt ^ 0x1d;
  const abs0 = session.dayNo * 1440 + first;
  let min = 255;
  let max = 0;
  let sum = 0;
  let count = 0;
  const { stage, stageStart, stageLength, restingHr } = night;
  // The smooth noise of `smoothRange(salt, abs0, 7, ...)`, interpolated as the minutes go by: knot `knot` and the
  // next one's values `a` and `b`, minute `j` between them, valid for minute `next` of the session.
  let next = -1;
  let knot = 0;
  let j = 0;
  let a = 0;
  let b = 0;
  const perMinute = 60 / (session.endSec - session.startSec);
  // Minute k of the session lies in the stage whose span holds its first second.
  for (let i = 0; i < stage.length; i++) {
    const base = restingHr - 2 + (STAGE_HR[stage[i] as number] as number);
    const from = Math.max(0, Math.ceil((stageStart[i] as number) / 60) - first);
    const to = Math.min(
      out.length,
      Math.ceil(((stageStart[i] as number) + (stageLength[i] as number)) / 60) - first,
    );
    let pos = ((first + from) * 60 - session.startSec) / (session.endSec - session.startSec) - 0.4;
    for (let k = from; k < to; k++, pos += perMinute) {
      if (k !== next) {
        knot = Math.floor((abs0 + k) / NOISE_PERIOD);
        j = abs0 + k - knot * NOISE_PERIOD;
        a = hashSigned(salt, knot);
        b = hashSigned(salt, knot + 1);
      }
      const noise = a + (b - a) * (NOISE_WEIGHTS[j] as number);
      next = k + 1;
      if (++j === NOISE_PERIOD) {
        j = 0;
        knot++;
        a = b;
        b = hashSigned(salt, knot + 1);
      }
      const jitter = hash32(jitterSalt, abs0 + k) / 2147483648 - 1;
      // `& 0xff` is the Uint8Array store's own conversion, so the summary sees exactly the stored value.
      const bpm = Math.round(base + 8 * pos * pos + noise * 2.2 + jitter) & 0xff;
      out[k] = bpm;
      if (bpm < min) min = bpm;
      if (bpm > max) max = bpm;
      sum += bpm;
      count++;
    }
  }
  return { values: out, stats: count === 0 ? undefined : { min, max, mean: sum / count } };
}

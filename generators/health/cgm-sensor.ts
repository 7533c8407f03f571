// What a continuous glucose monitor makes of blood glucose. Interstitial glucose trails blood glucose by 5-10 minutes
// (Basu et al., Diabetes 2013: about 5-6 min; the sensor's filtering adds a few more); each sensor session reads a few
// percent high or low, with slow drift and a little white noise (MARD ~9-10 %: Dexcom G6, Shah et al., Diabetes
// Technol Ther 2018). Lying on the sensor squeezes interstitial fluid away and reads a short false low, a
// "compression low" (Mensh et al., J Diabetes Sci Technol 2013). A new sensor every 10 days (Dexcom G6) or 14 days
// (FreeStyle Libre 2) gives no readings during its warm-up (2 h Dexcom G6, 1 h Libre 2, per the makers' user guides),
// and now and then the phone loses the transmitter's signal for a while.

import { roundHalfUp } from '../core/round-half-up.ts';
import type { GlucoseDay } from './glucose-day.ts';
import { bloodGlucose } from './glucose-model.ts';
import { hash01, hash32, hashSigned, smoothNoise } from './noise.ts';

/** A CGM's session length and warm-up, minutes. */
interface SensorKind {
  readonly sessionMin: number;
  readonly warmUpMin: number;
}

const DEXCOM_G6: SensorKind = { sessionMin: 10 * 1440, warmUpMin: 120 };
const LIBRE_2: SensorKind = { sessionMin: 14 * 1440, warmUpMin: 60 };

/** The sensor the person wears: a FreeStyle Libre when that is their glucose provider, else a Dexcom. */
function sensorOf(day: GlucoseDay): SensorKind {
  return day.user.sourceFor('glucose') === 'freestyle_libre' ? LIBRE_2 : DEXCOM_G6;
}

/**
 * The CGM reading at a minute of a day (may be negative or past 1440): blood glucose some minutes earlier, with the
 * session's bias, drift, noise and compression lows, whole mg/dL within the sensor's 40..400. It is defined at every
 * minute; {@link cgmGap} says when the sensor recorded nothing.
 *
 * @example
 * ```ts
 * Array.from({ length: 288 }, (_, k) => cgmReading(day, k * 5)); // a day of 5-minute readings
 * ```
 */
export function cgmReading(day: GlucoseDay, minute: number): number {
  const salt = day.user.salts.glucose;
  const wearsCgm = day.user.sourceFor('glucose') !== undefined;
  const abs = day.dayNo * 1440 + minute;
  const lag = 7 + 2 * smoothNoise(salt ^ 0xd4, abs / 300);
  const blood = bloodGlucose(day, minute - lag);
  const session = sessionAt(day, abs);
  const bias = 1 + 0.05 * hashSigned(salt ^ 0xd3, session.no);
  const drift = 0.035 * smoothNoise(salt ^ 0xd5, abs / 45);
  let value = blood * (bias + drift) + 2.5 * hashSigned(salt ^ 0xd6, abs);
  if (wearsCgm) value -= compressionLow(day, abs) * Math.max(0, value - 45);
  return roundHalfUp(Math.min(400, Math.max(40, value)));
}

/**
 * Whether the CGM recorded nothing at a minute of a day: a new sensor warming up, or the signal lost.
 *
 * @example
 * ```ts
 * const readings = minutes.filter((m) => !cgmGap(day, m)).map((m) => cgmReading(day, m));
 * ```
 */
export function cgmGap(day: GlucoseDay, minute: number): boolean {
  const abs = day.dayNo * 1440 + minute;
  const session = sessionAt(day, abs);
  if (abs - session.startAbs < sensorOf(day).warmUpMin) return true;
  const loss = signalLoss(day.user.salts.glucose, Math.floor(abs / 1440));
  const into = abs - Math.floor(abs / 1440) * 1440 - loss.fromMin;
  return into >= 0 && into < loss.lengthMin;
}

/**
 * The sensor session a minute (absolute: days × 1440 + minute) falls in: its number and first minute. Sensors are
 * changed every session length, at a waking hour that varies by up to ±2 h.
 */
function sessionAt(day: GlucoseDay, abs: number): { no: number; startAbs: number } {
  const salt = day.user.salts.glucose;
  const { sessionMin } = sensorOf(day);
  const last = lastSession;
  // Readings come minute after minute: the session of the one before usually holds this one too.
  if (last.salt === salt && last.sessionMin === sessionMin && abs >= last.startAbs && abs < last.endAbs)
    return last;
  const offset =
    (hash32(salt ^ 0xd1, 1) % (sessionMin / 1440)) * 1440 + 8 * 60 + (hash32(salt ^ 0xd1, 2) % 720);
  const startOf = (no: number) => offset + no * sessionMin + roundHalfUp(120 * hashSigned(salt ^ 0xd2, no));
  let no = Math.floor((abs - offset) / sessionMin) + 1;
  while (startOf(no) > abs) no--;
  lastSession = { salt, sessionMin, no, startAbs: startOf(no), endAbs: startOf(no + 1) };
  return lastSession;
}

/** The session {@link sessionAt} found last (a pure function's memo: the same answer as computing it again). */
let lastSession = { salt: Number.NaN, sessionMin: 0, no: 0, startAbs: 0, endAbs: 0 };

/** A day's signal loss (a third of days): minutes from midnight and length, 10-90 min; length 0 when none. */
function signalLoss(salt: number, dayNo: number): { fromMin: number; lengthMin: number } {
  if (hash01(salt ^ 0xd8, dayNo) >= 0.35) return { fromMin: 0, lengthMin: 0 };
  const fromMin = 8 * 60 + (hash32(salt ^ 0xd9, dayNo) % (14 * 60));
  return { fromMin, lengthMin: roundHalfUp(10 + 80 * hash01(salt ^ 0xda, dayNo) ** 2) };
}

/**
 * How deep a compression low is at a minute (absolute), as a share of the reading above 45 mg/dL: 0 outside one.
 * About one night in four has one: 15-40 minutes, at least an hour after going to bed and before getting up.
 */
function compressionLow(day: GlucoseDay, abs: number): number {
  const salt = day.user.salts.glucose;
  const dayNo = Math.floor(abs / 1440);
  for (const ends of [dayNo, dayNo + 1]) {
    if (hash01(salt ^ 0xe1, ends) >= 0.25) continue;
    const sleep = day.user.day(ends).sleep;
    const from = sleep.startSec / 60 + 60;
    const room = sleep.endSec / 60 - 60 - 40 - from;
    if (room <= 0) continue;
    const start = ends * 1440 + from + room * hash01(salt ^ 0xe2, ends);
    const length = 15 + 25 * hash01(salt ^ 0xe3, ends);
    const t = (abs - start) / length;
    if (t > 0 && t < 1) return (0.4 + 0.35 * hash01(salt ^ 0xe4, ends)) * Math.sin(Math.PI * t) ** 0.5;
  }
  return 0;
}

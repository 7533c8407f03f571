import { FREE, IN_BED, WORKOUT } from './day-grid.ts';
import { hash01, hash32 } from './noise.ts';
import type { Person } from './person.ts';
import type { FidelityProfile, HeartCadence } from './provider-fidelity.ts';
import type { SleepSession } from './sleep.ts';

// Which minutes of a day a provider's heart rate series holds: its native cadence, and the charging gap.

/** What the sampling of a day reads of the day. */
export interface SampledDay {
  readonly user: Person;
  readonly dayNo: number;
  readonly sleep: SleepSession;
  /** What each minute of the day is spent on: one entry per minute (1380, 1440 or 1500). */
  readonly minutes: Uint8Array;
  readonly ecg: { readonly minute: number };
}

/** The minutes `[from, to)` of a day the device spends on its charger (clamped to the day). */
export type ChargingWindow = readonly [from: number, to: number];

const CHARGE_SALT = 0x0c4a;
const CADENCE_SALT = 0x5a17;

/** The slot length (minutes) of a minute code. */
function slotOf(cadence: HeartCadence, code: number): number {
  return code === IN_BED ? cadence.sleepMin : code === WORKOUT ? cadence.workoutMin : cadence.awakeMin;
}

/**
 * The absolute minute (local day number × 1440 + minute) at which the series holds the sample of slot `k` (minutes
 * `k * slot` to `k * slot + slot - 1`, `slot` over 1): one sample in each slot, at an offset hashed from the slot,
 * so the pattern is the same whichever day's payload writes the minute (a night spans two).
 */
function sampledMinute(salt: number, k: number, slot: number): number {
  return k * slot + (hash32(salt ^ CADENCE_SALT, k) % slot);
}

/**
 * When the device charges on this day, if it does: on a day with probability `1 / everyDays`, starting 20-110
 * minutes after getting up ([decision]: the morning routine), for `minutes` of the profile; cut short by the day's
 * ECG for a provider that records one (the watch comes off the charger for it).
 */
export function chargingWindow(day: SampledDay, profile: FidelityProfile): ChargingWindow | undefined {
  const charging = profile.charging;
  if (charging === undefined) return undefined;
  const salt = day.user.salts.hr ^ CHARGE_SALT;
  if (hash01(salt, day.dayNo) >= 1 / charging.everyDays) return undefined;
  const [shortest, longest] = charging.minutes;
  const from = Math.ceil(Math.max(0, day.sleep.endSec) / 60) + 20 + (hash32(salt ^ 1, day.dayNo) % 91);
  const length = shortest + (hash32(salt ^ 2, day.dayNo) % (longest - shortest + 1));
  const dayMin = day.minutes.length;
  let to = Math.min(dayMin, from + length);
  const ecg = day.ecg.minute;
  if (profile.spotChecks && ecg >= from && ecg < to) to = ecg;
  return [Math.min(dayMin, from), to];
}

const masks = new WeakMap<SampledDay, Map<FidelityProfile, Uint8Array>>();

/**
 * For each minute of the day (index = minute from local midnight), 1 when the provider's heart rate series holds a
 * sample: the profile's cadence by what the minute was spent on, and nothing while the device charges (only free
 * awake minutes: a device is on the body for sleep and workouts); an ECG's minute always (the recording writes its
 * heart rate) for a provider with spot checks. Cached per day and profile.
 *
 * @example
 * ```ts
 * const mask = heartSampleMask(day, fidelityOf('apple'));
 * mask.reduce((a, b) => a + b, 0); // about 1440 / 5, less the charge
 * ```
 */
export function heartSampleMask(day: SampledDay, profile: FidelityProfile): Uint8Array {
  let perProfile = masks.get(day);
  if (perProfile === undefined) {
    perProfile = new Map();
    masks.set(day, perProfile);
  }
  let mask = perProfile.get(profile);
  if (mask === undefined) {
    const minutes = day.minutes;
    mask = new Uint8Array(minutes.length);
    const salt = day.user.salts.hr;
    const abs0 = day.dayNo * 1440;
    const cadence = profile.cadence;
    // The sampled minute of a slot is hashed once per slot, not once per minute.
    let lastSlot = 0;
    let lastK = Number.NaN;
    let pick = 0;
    for (let m = 0; m < minutes.length; m++) {
      const slot = slotOf(cadence, minutes[m] as number);
      if (slot <= 1) {
        mask[m] = 1;
        continue;
      }
      const abs = abs0 + m;
      const k = Math.floor(abs / slot);
      if (k !== lastK || slot !== lastSlot) {
        lastK = k;
        lastSlot = slot;
        pick = sampledMinute(salt, k, slot);
      }
      mask[m] = abs === pick ? 1 : 0;
    }
    const charge = chargingWindow(day, profile);
    if (charge !== undefined)
      for (let m = charge[0]; m < charge[1]; m++) if (minutes[m] === FREE) mask[m] = 0;
    if (profile.spotChecks) mask[day.ecg.minute] = 1;
    perProfile.set(profile, mask);
  }
  return mask;
}

/**
 * The sleep's heart rate at the minutes the provider samples in bed: `[min, sum, count]` (count 0 when none).
 *
 * @example
 * ```ts
 * const [min, sum, count] = sleepHeartSamples(day.sleep, fidelityOf('oura'), day.user.salts.hr);
 * ```
 */
export function sleepHeartSamples(
  sleep: SleepSession,
  profile: FidelityProfile,
  salt: number,
): readonly [min: number, sum: number, count: number] {
  const hr = sleep.heartRate;
  const slot = profile.cadence.sleepMin;
  const abs0 = sleep.dayNo * 1440 + sleep.firstMinute;
  let min = Number.POSITIVE_INFINITY;
  let sum = 0;
  let count = 0;
  const add = (v: number) => {
    if (v < min) min = v;
    sum += v;
    count++;
  };
  if (slot <= 1) for (let k = 0; k < hr.length; k++) add(hr[k] as number);
  else {
    // Slot by slot: each holds one sampled minute (in time order, as the minutes are).
    const last = abs0 + hr.length - 1;
    for (let s = Math.floor(abs0 / slot); s <= Math.floor(last / slot); s++) {
      const abs = sampledMinute(salt, s, slot);
      if (abs >= abs0 && abs <= last) add(hr[abs - abs0] as number);
    }
  }
  return [min, sum, count];
}

import type {
  HealthV2ActivityItem,
  HealthV2ActivitySample,
  HealthV2BodyMeasure,
  HealthV2GoalSet,
  HealthV2HrZone,
} from '../../src/schemas/health-v2/index.ts';
import { roundHalfUp } from '../core/round-half-up.ts';
import type { DayModel } from '../health/day.ts';
import { ecgSamples } from '../health/ecg.ts';
import { hash32 } from '../health/noise.ts';
import type { Goals } from '../health/personas.ts';
import { type ProviderSlug, providerInfo } from '../health/providers.ts';
import { type Workout, workoutKinds } from '../health/workouts.ts';
import type { BuildContext, Built } from './build-context.ts';
import { round, share, stats } from './item-numbers.ts';

// Records of the day: an ECG spot check, a weigh-in, workouts, and the user's goals.

/**
 * `ecg`: the day's 30-second spot check (2 minutes when `large`).
 *
 * @example
 * ```ts
 * const { items } = v2Kinds.ecg.build({ day: user.day('2026-01-14'), source: 'garmin', untilSec: 86_400, large: false });
 * ```
 */
export function buildEcg({ day, source, large }: BuildContext): Built<'ecg'> {
  const e = day.ecg;
  const hr = day.heartRate[e.minute] as number;
  const info = providerInfo(source);
  const spec = info.ecg ?? { frequencyHz: 300, lead: null };
  const duration = large ? 120 : e.durationSec;
  return {
    endSec: e.startSec + duration,
    items: [
      {
        time_start: day.clock.at(e.startSec),
        time_end: day.clock.at(e.startSec + duration),
        timezone_offset: day.offsetAt(e.startSec),
        frequency: spec.frequencyHz,
        avg_hr: hr,
        classification: e.classification,
        lead: spec.lead,
        original_source: [info.devices[0] as string],
        unit: 'uv',
        samples: ecgSamples(
          hr,
          spec.frequencyHz,
          duration,
          day.user.salts.ecg ^ day.dayNo,
          e.classification === 'atrial_fibrillation',
        ),
        source,
      },
    ],
  };
}

/**
 * `body`: the day's weigh-in (the last 365 days of weigh-ins when `large`).
 *
 * @example
 * ```ts
 * const { items } = v2Kinds.body.build({ day: user.day('2026-01-14'), source: 'garmin', untilSec: 86_400, large: false });
 * ```
 */
export function buildBody({ day, source, large }: BuildContext): Built<'body'> {
  const user = day.user;
  const heightM = user.baseline.heightCm / 100;
  const days = large ? 365 : 1;
  const series = (value: (weightKg: number, fatPct: number) => number) => {
    const timeseries: { timestamp: string; value: number }[] = [];
    for (let back = days - 1; back >= 0; back--) {
      const then = user.day(day.dayNo - back);
      const w = then.weighIn;
      timeseries.push({
        timestamp: day.clock.at(w.sec + (then.startMs - day.startMs) / 1000),
        value: value(w.weightKg, w.bodyFatPct),
      });
    }
    return timeseries;
  };
  const measure = (value: (weightKg: number, fatPct: number) => number): HealthV2BodyMeasure => {
    const timeseries = series(value);
    return { value: timeseries.at(-1)?.value, timeseries };
  };
  const bone = (kg: number) => roundHalfUp(kg * 42);
  const last = day.weighIn;
  return {
    endSec: last.sec,
    items: [
      {
        source,
        timezone_offset: day.offsetAt(last.sec),
        body_data: {
          weight_kg: measure((kg) => kg),
          height_cm: {
            value: user.baseline.heightCm,
            timeseries: [{ timestamp: day.clock.at(last.sec), value: user.baseline.heightCm }],
          },
          BMI: measure((kg) => round(kg / (heightM * heightM), 1)),
          bodyfat_percentage: measure((_, fat) => fat),
          bone_mass_g: measure(bone),
          muscle_mass_g: measure((kg, fat) => roundHalfUp((kg - (kg * fat) / 100 - bone(kg) / 1000) * 940)),
        },
      },
    ],
  };
}

/**
 * Heart rate zones as shares of the maximum heart rate (Fitbit's names). */
const ZONES: readonly (readonly [name: string, fromShare: number])[] = [
  ['Out of Range', 0],
  ['Fat Burn', 0.5],
  ['Cardio', 0.69],
  ['Peak', 0.84],
];

function hrZones(hr: Uint8Array, maxHr: number): HealthV2HrZone[] {
  const bounds = ZONES.map(([, from]) => (from === 0 ? 30 : roundHalfUp(maxHr * from)));
  return ZONES.map(([name], z) => {
    const min = bounds[z] as number;
    const max = z + 1 < bounds.length ? (bounds[z + 1] as number) : 220;
    let minutes = 0;
    for (const bpm of hr) if ((z === 0 || bpm >= min) && (z + 1 === bounds.length || bpm < max)) minutes++;
    return { name, min, max, minutes };
  });
}

function workoutItem(day: DayModel, source: ProviderSlug, w: Workout, large: boolean): HealthV2ActivityItem {
  const kind = workoutKinds[w.type];
  const p = day.profile(w);
  const [providerName, providerTypeId] = kind.providerNames[providerInfo(source).naming];
  const onFoot = kind.cadence(w.intensity) > 0;
  const samples: HealthV2ActivitySample[] = [];
  const parts = large ? 60 : 1;
  let distanceDm = 0;
  let steps = 0;
  let moving = 0;
  let maxSpeed = 0;
  for (let k = 0; k < p.minutes; k++) {
    const dm = p.distanceDm[k] as number;
    const mv = p.movingSec[k] as number;
    const speed = mv > 0 ? round(dm / 10 / mv, 2) : 0;
    distanceDm += dm;
    steps += p.steps[k] as number;
    moving += mv;
    if (speed > maxSpeed) maxSpeed = speed;
    for (let part = 0; part < parts; part++) {
      const from = w.startSec + k * 60 + (part * 60) / parts;
      samples.push({
        time_start: day.clock.at(from),
        time_end: day.clock.at(from + 60 / parts),
        timer_duration: 60 / parts,
        moving_time: large ? (part < mv ? 1 : 0) : mv,
        heart_rate: p.hr[k],
        speed,
        distance: share(dm, parts, part) / 10,
        steps: onFoot ? share(p.steps[k] as number, parts, part) : undefined,
      });
    }
  }
  const hr = stats(p.hr);
  const watts = p.watts === undefined ? undefined : stats(p.watts);
  return {
    time_start: day.clock.at(w.startSec),
    time_end: day.clock.at(w.endSec),
    timezone_offset: day.offsetAt(w.startSec),
    activity_name: kind.activityName,
    activity_type_id: kind.activityTypeId,
    provider_activity_name: providerName,
    provider_activity_type_id: providerTypeId,
    provider_activity_id: String(1e10 + hash32(day.user.salts.move ^ 0xac, day.dayNo * 8 + w.ordinal)),
    provider_user_id: day.user.providerUserId(source),
    avg_hr: hr === undefined ? undefined : roundHalfUp(hr.mean),
    max_hr: hr?.max,
    min_hr: hr?.min,
    calories: roundHalfUp(day.workoutKcal(w)),
    hr_zones: hrZones(p.hr, day.user.baseline.maxHr),
    moving_time: moving,
    total_elevation_gain: p.elevationGainDm / 10,
    total_elevation_loss: p.elevationLossDm / 10,
    distance: distanceDm / 10,
    steps: onFoot ? steps : undefined,
    avg_speed: moving > 0 ? round(distanceDm / 10 / moving, 2) : 0,
    max_speed: maxSpeed,
    average_watts: watts === undefined ? undefined : roundHalfUp(watts.mean),
    max_watts: watts?.max,
    samples,
    source,
  };
}

/**
 * `activities_stream`: the day's workouts that have ended (per-second samples when `large`).
 *
 * @example
 * ```ts
 * const { items } = v2Kinds.activities_stream.build({ day: user.day('2026-01-14'), source: 'garmin', untilSec: 86_400, large: false });
 * ```
 */
export function buildActivities({ day, source, untilSec, large }: BuildContext): Built<'activities_stream'> {
  const done = day.workouts.filter((w) => w.endSec <= untilSec);
  return {
    endSec: done.at(-1)?.endSec ?? 0,
    items: done.map((w) => workoutItem(day, source, w, large)),
  };
}

function goalSet(goals: Goals, days: number): HealthV2GoalSet {
  return {
    active_minutes: goals.activeMinutes * days,
    calories: goals.calories * days,
    distance: round(goals.distanceKm * days, 2),
    floors: goals.floors * days,
    steps: goals.steps * days,
    sleep: days === 1 ? goals.sleepMin : undefined,
  };
}

/** `goals`: the daily, weekly and monthly goals the user set at the provider.
 *
 * @example
 * ```ts
 * const { items } = v2Kinds.goals.build({ day: user.day('2026-01-14'), source: 'garmin', untilSec: 86_400, large: false });
 * ```
 */
export function buildGoals({ day, source, untilSec }: BuildContext): Built<'goals'> {
  const goals = day.user.persona.goals;
  return {
    endSec: untilSec,
    items: [{ daily: goalSet(goals, 1), weekly: goalSet(goals, 7), monthly: goalSet(goals, 30), source }],
  };
}

import { roundHalfUp } from '../core/round-half-up.ts';
import type { Person } from './person.ts';
import type { SleepSession } from './sleep.ts';
import { weekdayOf } from './time.ts';
import type { Workout, WorkoutBody } from './workouts.ts';

/** What planning a day's workouts reads of the day. */
export interface WorkoutPlanDay {
  readonly user: Person;
  readonly dayNo: number;
  /** Elapsed seconds of the day (23, 24 or 25 hours ...). */
  readonly lengthS: number;
  readonly sleep: SleepSession;
  readonly nextSleep: SleepSession;
  /** The training drawn for the day ({@link drawTraining}). */
  readonly training: Training;
}

/** A workout as drawn for a day, before it is placed in the waking hours: start minute, length, intensity. */
interface DrawnWorkout {
  readonly type: Workout['type'];
  readonly start: number;
  readonly minutes: number;
  readonly intensity: number;
}

/** The training drawn for a day: what is planned, and the everyday walk it may have (see {@link drawTraining}). */
export interface Training {
  readonly planned: readonly DrawnWorkout[];
  /** The everyday walk, on a day the person walks (`undefined`: a rest day unless training is planned). */
  readonly walk: DrawnWorkout | undefined;
}

/**
 * The training a day's stream draws: the persona's habits that happen that day (none when ill), and the everyday
 * walk on a day without them when the person walks (`walk`; otherwise it is a rest day). Nothing here needs the
 * day's sleep, so the day's state can read the training of the days before it cheaply.
 *
 * @example
 * ```ts
 * drawTraining(user, dayNo, false).planned.map((w) => w.type); // e.g. ['running']
 * ```
 */
export function drawTraining(
  user: Pick<Person, 'persona' | 'stream'>,
  dayNo: number,
  skipsTraining: boolean,
): Training {
  const persona = user.persona;
  const weekday = weekdayOf(dayNo);
  const rng = user.stream(dayNo, ':workouts');
  const planned: DrawnWorkout[] = [];
  // Only a habit that happens draws its details (the stream is the day's own, so nothing else shifts).
  for (const habit of persona.workouts) {
    if (!habit.weekdays.includes(weekday) || !rng.bool(habit.chance) || skipsTraining) continue;
    const start = roundHalfUp(habit.startMin + rng.clampedNormal(0, 15, -45, 45));
    const minutes = roundHalfUp(rng.clampedNormal(habit.durationMin, habit.durationMin * 0.12, 15, 300));
    const intensity = Math.min(0.95, Math.max(0.15, habit.intensity + rng.normal(0, 0.04)));
    planned.push({ type: habit.type, start, minutes, intensity });
  }
  // A day without planned training has the everyday walk, or is a rest day; only a walker draws the walk.
  const walks = rng.bool(persona.life.walkChance);
  const walk: DrawnWorkout | undefined = walks
    ? {
        type: 'walking',
        start: roundHalfUp(persona.walkAtMin + rng.clampedNormal(0, 25, -60, 60)),
        minutes: rng.int(20, 40),
        intensity: rng.float(0.25, 0.35),
      }
    : undefined;
  if (planned.length === 0 && walk !== undefined) planned.push(walk);
  return { planned, walk };
}

/** The day's workouts, in time order, each within the waking hours and on whole minutes. */
export function planWorkouts(day: WorkoutPlanDay): Workout[] {
  const earliest = Math.ceil((Math.max(0, day.sleep.endSec) + 20 * 60) / 60);
  const latest = Math.floor(
    Math.min(day.nextSleep.startSec + day.lengthS - 30 * 60, day.lengthS - 10 * 60) / 60,
  );
  const { planned: drawn, walk } = day.training;
  const planned = [...drawn];
  planned.sort((a, b) => a.start - b.start);
  const out: Workout[] = [];
  let free = earliest;
  for (const p of planned) {
    const start = Math.max(p.start, free);
    if (start + p.minutes > latest) continue;
    out.push({
      type: p.type,
      startSec: start * 60,
      endSec: (start + p.minutes) * 60,
      intensity: p.intensity,
      ordinal: out.length,
    });
    free = start + p.minutes + 30;
  }
  if (out.length === 0 && walk !== undefined && earliest + walk.minutes <= latest) {
    const start = Math.min(Math.max(walk.start, earliest), latest - walk.minutes);
    out.push({
      type: 'walking',
      startSec: start * 60,
      endSec: (start + walk.minutes) * 60,
      intensity: walk.intensity,
      ordinal: 0,
    });
  }
  return out;
}

/** What a workout profile reads of its day. */
export interface WorkoutBodyDay {
  readonly user: Person;
  readonly dayNo: number;
  readonly sleep: SleepSession;
}

/** What a workout profile needs of its person and day. */
export class DayBody implements WorkoutBody {
  readonly heightCm: number;
  readonly weightKg: number;
  readonly maxHr: number;
  readonly hrSalt: number;
  readonly moveSalt: number;
  readonly firstMinute: number;
  readonly #sleep: SleepSession;

  constructor(day: WorkoutBodyDay, workout: Workout) {
    const user = day.user;
    const b = user.baseline;
    this.heightCm = b.heightCm;
    this.weightKg = b.weightKg;
    this.maxHr = b.maxHr;
    this.hrSalt = user.salts.hr;
    this.moveSalt = user.salts.move;
    this.firstMinute = day.dayNo * 1440 + workout.startSec / 60;
    this.#sleep = day.sleep;
  }

  /** The night's resting heart rate, read by the heart rate only: movement alone does not draw the stages. */
  get restingHr(): number {
    return this.#sleep.restingHr;
  }
}

// What the glucose model and the CGM sensor read of a day (and the draw of its meals): its meals, workouts, minutes in bed, sleep and person,
// and the person's other days. The day model (`day.ts`) is one; nothing here imports it, so the model does not
// depend back on the day that uses it.

import { roundHalfUp } from '../core/round-half-up.ts';
import type { Person } from './person.ts';
import type { SleepSession } from './sleep.ts';
import type { Workout } from './workouts.ts';

/** A meal of the day, for glucose. */
export interface DayMeal {
  /** Minutes from the local midnight. */
  readonly atMin: number;
  /** Carbohydrates, grams. */
  readonly carbsG: number;
  /** How well insulin (or the body) covers it: above 1 the rise is larger. */
  readonly cover: number;
}

/**
 * The meals of local day `dayNo`: the persona's, each with its own timing (±20 min, at most an hour), size
 * (70-130 %) and cover, from the day's `meals` stream.
 *
 * @example
 * ```ts
 * drawMeals(user, day.dayNo).map((m) => m.atMin); // e.g. [452, 748, 1139]
 * ```
 */
export function drawMeals(user: Pick<Person, 'persona' | 'stream'>, dayNo: number): DayMeal[] {
  const rng = user.stream(dayNo, ':meals');
  return user.persona.meals.map((meal) => ({
    atMin: roundHalfUp(meal.atMin + rng.clampedNormal(0, 20, -60, 60)),
    carbsG: roundHalfUp(meal.carbsG * rng.float(0.7, 1.3)),
    cover: rng.float(0.75, 1.3),
  }));
}

/** A day as the glucose model and the sensor read it. */
export interface GlucoseDay {
  readonly user: Person & { day(dayNo: number): GlucoseDay };
  /** Local day number. */
  readonly dayNo: number;
  /** Minutes of the day (1440, or 1380 / 1500 on a daylight-saving change). */
  readonly lengthMin: number;
  /** The day's meals. */
  readonly meals: readonly DayMeal[];
  /** What each minute of the day was spent on (see `day-grid.ts`). */
  readonly minutes: Uint8Array;
  /** The day's workouts. */
  readonly workouts: readonly Workout[];
  /** The main sleep ending this day. */
  readonly sleep: SleepSession;
}

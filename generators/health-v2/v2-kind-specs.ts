import type { HealthV2DataType } from '../../src/schemas/health-v2/index.ts';
import type { DayModel } from '../health/day.ts';
import type { BuildContext, Built } from './build-context.ts';
import { buildActivities, buildBody, buildEcg, buildGoals } from './record-builders.ts';
import {
  buildCalories,
  buildDistance,
  buildGlucose,
  buildHeart,
  buildSteps,
  buildStress,
} from './series-builders.ts';
import { buildBreathing, buildOxygenSaturation, buildSleep } from './sleep-builders.ts';

/** How one v2 data type is made from a day model. */
export interface KindSpec<K extends HealthV2DataType> {
  /**
   * From which second of its day (from local midnight) a day's record of this type can be sent: day series after
   * their first hour, sleep data once the sleep ended, records once they exist.
   */
  readonly readyAt: (day: DayModel) => number;
  readonly build: (ctx: BuildContext) => Built<K>;
  /** Item fields kept by the `minimal`, `empty-optionals` and `null-optionals` variants. */
  readonly core: readonly string[];
}

const afterFirstHour = () => 3600;
/** Once the sleep's last minute has ended, so the day's heart samples cover the whole night. */
const afterSleep = (day: DayModel) => Math.ceil(day.sleep.endSec / 60) * 60;

/** Every v2 data type: when it is ready, how it is built, and its core fields. */
export const v2Kinds: { readonly [K in HealthV2DataType]: KindSpec<K> } = {
  sleep: {
    readyAt: afterSleep,
    build: buildSleep,
    core: ['date', 'bedtime_start', 'bedtime_end', 'total_sleep'],
  },
  heart: { readyAt: afterFirstHour, build: buildHeart, core: ['date', 'avg_hr'] },
  steps: { readyAt: afterFirstHour, build: buildSteps, core: ['date', 'value'] },
  distance: { readyAt: afterFirstHour, build: buildDistance, core: ['date', 'value'] },
  calories: { readyAt: afterFirstHour, build: buildCalories, core: ['date', 'value'] },
  body: { readyAt: (day) => day.weighIn.sec, build: buildBody, core: ['body_data'] },
  glucose: { readyAt: afterFirstHour, build: buildGlucose, core: ['date', 'avg_value'] },
  oxygen_saturation: { readyAt: afterSleep, build: buildOxygenSaturation, core: ['date', 'avg'] },
  breathing: { readyAt: afterSleep, build: buildBreathing, core: ['date', 'avg_value'] },
  stress: { readyAt: afterFirstHour, build: buildStress, core: ['date', 'avg_stress'] },
  ecg: {
    readyAt: (day) => day.ecg.startSec + day.ecg.durationSec,
    build: buildEcg,
    core: ['time_start', 'samples'],
  },
  activities_stream: {
    readyAt: (day) => day.workouts[0]?.endSec ?? Number.POSITIVE_INFINITY,
    build: buildActivities,
    core: ['time_start', 'time_end', 'activity_name'],
  },
  goals: { readyAt: afterFirstHour, build: buildGoals, core: ['daily'] },
};

// One hidden state per person per day, driving every signal (sleep timing, resting heart rate, HRV, breathing, skin
// temperature, steps, training) through documented relationships, so that days have memory and signals move
// together the way they do in people:
// - illness (about 2.5 episodes a year, 4-8 days each): resting HR up several bpm, HRV down, breathing rate and
//   skin temperature up, fewer steps, no training (Radin et al., Lancet Digital Health 2020: resting HR and sleep
//   from wearables during influenza-like illness; Mishra et al., Nature Biomed. Eng. 2020);
// - late nights and alcohol (Friday and Saturday evenings three times as likely): later to bed, shorter night,
//   resting HR up and HRV down that night (Pietilä et al., JMIR Mental Health 2018);
// - training strain of the two days before: resting HR up, HRV down (Plews et al., Sports Med. 2013);
// - sleep debt of the week before: resting HR up, HRV down;
// - the menstrual cycle (women 13-50): luteal phase resting HR +2 bpm, temperature +0.3 °C, HRV lower (Goodale et
//   al., npj Digital Medicine 2019; Shilaih et al., Biosci. Rep. 2018);
// - season (northern hemisphere): fewer steps in winter (Tudor-Locke et al., Med. Sci. Sports Exerc. 2004);
// - a slow personal drift (AR(1), lag-1 correlation 0.6) shared by resting HR and HRV, and one of steps.
// Everything is random-access: a day's state is computed from stateless hashes of its own and the days before it,
// never by simulating from an epoch, so every payload about a day reads the same state in any order.
import type { Rng } from '../../src/core/index.ts';
import { drawTraining } from './day-workouts.ts';
import { hash01, hash32, hashNormal } from './noise.ts';
import type { Persona } from './personas.ts';
import { weekdayOf } from './time.ts';

/** Illness onsets per day (about 2.5 a year: adults catch 2-4 colds a year). */
const ILLNESS_ONSET = 2.5 / 365;
/** The longest illness, days (an onset this long ago or more no longer matters). */
const ILLNESS_MAX_DAYS = 8;
/** Illness above this severity rules training out. */
const SKIP_TRAINING_ILLNESS = 0.25;
/** Lag-1 correlation of the personal drifts. */
const DRIFT_PHI = 0.6;
/** A drift sums the shocks of the days before until `phi^k` falls below this. */
const DRIFT_CUTOFF = 1e-3;
/** Nights of the week before that make up the sleep debt, and how fast they are forgotten. */
const DEBT_NIGHTS = 7;
const DEBT_DECAY = 0.75;

/** Salt offsets of the state's hashes. */
const Part = {
  Illness: 1,
  IllnessLength: 2,
  IllnessSeverity: 3,
  LateNight: 4,
  LateNightSize: 5,
  Recovery: 6,
  HrvOwn: 7,
  Steps: 8,
  Cycle: 9,
  InBed: 10,
} as const;

/** What the state reads of a person. */
export interface StateOwner {
  readonly persona: Persona;
  readonly salts: { readonly state: number };
  readonly baseline: { readonly age: number };
  stream(...label: (string | number)[]): Rng;
  /** Hours the body clock lags the local clock after flying (positive east, negative west; 0 at home). */
  jetLagHours(dayNo: number): number;
}

/** What is known of a day before its night (the sleep ending on it) begins: it shapes the night and the training. */
export interface Evening {
  /** Illness severity on this day, 0 (well) to 1. */
  readonly illness: number;
  /** A late night or drinks on the evening before this day. */
  readonly lateNight: boolean;
  /** No planned training today (ill). */
  readonly skipsTraining: boolean;
  /** Bedtime of the night ending on this day, minutes later than usual (negative: earlier). */
  readonly bedtimeDelayMin: number;
  /** Time in bed of that night, minutes more than usual (negative: less). */
  readonly inBedDeltaMin: number;
  /** Jet lag of the day, hours the body clock is behind the local one (see `itinerary.ts`). */
  readonly jetLagH: number;
}

/**
 * The hidden state of a day and what it does to the day's signals.
 *
 * @example
 * ```ts
 * const state = healthUser({ seed: 7, persona: 'office-worker' }).day('2026-01-14').state;
 * state.restingHrDelta; // bpm above the person's baseline this day
 * ```
 */
export interface DayState extends Evening {
  /** Training strain of the two days before (about 1 after a hard hour yesterday). */
  readonly strain: number;
  /** Average shortfall of the week's nights against the usual time in bed, hours (negative: more sleep). */
  readonly sleepDebtH: number;
  /** In the luteal phase of the menstrual cycle; `undefined` for people without a cycle. */
  readonly luteal: boolean | undefined;
  /** The season: 1 at midsummer, -1 at midwinter (northern hemisphere). */
  readonly season: number;
  /** Resting heart rate of the night and the day, bpm above baseline. */
  readonly restingHrDelta: number;
  /** Night HRV relative to baseline (0.8: 20 % lower). */
  readonly hrvFactor: number;
  /** Skin temperature deviation from the state, °C (the night adds its own noise). */
  readonly temperatureDelta: number;
  /** Breathing rate asleep, breaths per minute above baseline. */
  readonly breathingDelta: number;
  /** Steps outside workouts relative to the person's usual day. */
  readonly stepsFactor: number;
}

/** The weights `sqrt(1 - phi²) · phi^k` of a drift's shocks, until `phi^k` falls below the cutoff, per `phi`. */
const driftWeights = new Map<number, Float64Array>();

function weightsOf(phi: number): Float64Array {
  let weights = driftWeights.get(phi);
  if (weights === undefined) {
    weights = new Float64Array(Math.ceil(Math.log(DRIFT_CUTOFF) / Math.log(phi)));
    let weight = Math.sqrt(1 - phi * phi);
    for (let k = 0; k < weights.length; k++) {
      weights[k] = weight;
      weight *= phi;
    }
    driftWeights.set(phi, weights);
  }
  return weights;
}

/** A stationary AR(1) value with SD 1 for `dayNo`: shocks of the days before, weighted by `phi^k`. */
function drift(salt: number, dayNo: number, phi = DRIFT_PHI): number {
  const weights = weightsOf(phi);
  let sum = 0;
  for (let k = 0; k < weights.length; k++) sum += (weights[k] as number) * hashNormal(salt, dayNo - k);
  return sum;
}

/** Phi of the drift of time in bed. */
const IN_BED_PHI = 0.4;

/**
 * The part of a day's state known before its night: illness, a late night the evening before, and what they do to
 * the night's timing and to training.
 *
 * @example
 * ```ts
 * eveningOf(user, dayNo).lateNight; // true: this night starts late and ends short
 * ```
 */
export function eveningOf(owner: StateOwner, dayNo: number): Evening {
  return eveningsOf(owner, dayNo, 1)[0] as Evening;
}

/**
 * The evenings of `count` days from `from`, sharing the hashes of the days they look back on (a day's state reads
 * the week before it): each is exactly {@link eveningOf} of its day.
 */
function eveningsOf(owner: StateOwner, from: number, count: number): Evening[] {
  const salt = owner.salts.state;
  const life = owner.persona.life;
  const inBedSd = owner.persona.sleep.inBedSdMin;
  const weights = weightsOf(IN_BED_PHI);
  const back = weights.length - 1;
  // The drift's shocks of the days from `from - back`, and the illness episodes begun from `from - 7`.
  // (The buffer may be longer than needed: fill only the days read.)
  const shocks = scratch(0, count + back);
  for (let i = 0; i < count + back; i++) shocks[i] = hashNormal(salt + Part.InBed, from - back + i);
  const onsets = illnessOnsets(salt, from - (ILLNESS_MAX_DAYS - 1), count + ILLNESS_MAX_DAYS - 1);
  const out = new Array<Evening>(count);
  for (let j = 0; j < count; j++) {
    const dayNo = from + j;
    const illness = illnessFrom(onsets, j + ILLNESS_MAX_DAYS - 1);
    let drift = 0;
    for (let k = 0; k < weights.length; k++)
      drift += (weights[k] as number) * (shocks[j + back - k] as number);
    // The evening before `dayNo` is a Friday (4) or Saturday (5) when the night ends on a Saturday or Sunday.
    const eveningDay = weekdayOf(dayNo - 1);
    const chance = life.lateNightChance * (eveningDay === 4 || eveningDay === 5 ? 3 : 1);
    const lateNight = illness < 0.2 && hash01(salt + Part.LateNight, dayNo) < chance;
    const size = hash01(salt + Part.LateNightSize, dayNo);
    const weekendMorning = weekdayOf(dayNo) >= 5;
    // Jet lag of the day the night begins on: bedtime follows the body clock still partly on the old zone (later
    // after flying east, earlier west, by at most 3 h), and the night is shorter while the clocks disagree (assumed
    // 15 min per hour of lag, at most 2 h).
    const jetLagH = owner.jetLagHours(dayNo - 1);
    const displacedH = Math.max(-3, Math.min(3, jetLagH));
    out[j] = {
      illness,
      lateNight,
      skipsTraining: illness > SKIP_TRAINING_ILLNESS,
      jetLagH,
      bedtimeDelayMin: (lateNight ? 60 + 90 * size : 0) - 30 * illness + 60 * displacedH,
      // Work still starts on time after a weekday late night; at weekends the lie-in covers half of it.
      inBedDeltaMin:
        (lateNight ? -(60 + 90 * size) * (weekendMorning ? 0.5 : 0.8) : 0) +
        75 * illness +
        inBedSd * drift -
        Math.min(120, 15 * Math.abs(jetLagH)),
    };
  }
  return out;
}

/** Two reusable buffers of {@link eveningsOf} (nothing it calls computes evenings, so one pair serves). */
const scratchBuffers = [new Float64Array(64), new Float64Array(64)];

function scratch(slot: 0 | 1, length: number): Float64Array {
  if ((scratchBuffers[slot] as Float64Array).length < length)
    scratchBuffers[slot] = new Float64Array(2 * length);
  return scratchBuffers[slot] as Float64Array;
}

/** Illness episodes begun on `count` days from `from`: per day its length (0: none) and peak severity. */
function illnessOnsets(salt: number, from: number, count: number): Float64Array {
  const out = scratch(1, 2 * count);
  for (let i = 0; i < count; i++) {
    const onset = from + i;
    out[2 * i] = 0;
    if (hash01(salt + Part.Illness, onset) >= ILLNESS_ONSET) continue;
    out[2 * i] = 4 + (hash32(salt + Part.IllnessLength, onset) % (ILLNESS_MAX_DAYS - 3));
    out[2 * i + 1] = 0.5 + 0.5 * hash01(salt + Part.IllnessSeverity, onset);
  }
  return out;
}

/** Illness severity, 0..1, on the day at index `i` of {@link illnessOnsets}: the worst of the episodes before it. */
function illnessFrom(onsets: Float64Array, i: number): number {
  let worst = 0;
  for (let k = 0; k < ILLNESS_MAX_DAYS; k++) {
    const length = onsets[2 * (i - k)] as number;
    if (k >= length) continue;
    const peak = onsets[2 * (i - k) + 1] as number;
    // Worst on the second day, then recovering.
    const shape = k === 0 ? 0.7 : k === 1 ? 1 : Math.max(0.15, 1 - (k - 1) / (length - 1));
    worst = Math.max(worst, peak * shape);
  }
  return worst;
}

/** The season of a day number: cos of the day of the year, 1 near 21 June. */
function seasonOf(dayNo: number): number {
  return Math.cos((2 * Math.PI * (dayNo - 171)) / 365.2425);
}

/** Whether `dayNo` is in the luteal phase, for a person with a cycle (its length and phase from the salt). */
function lutealOn(owner: StateOwner, dayNo: number): boolean | undefined {
  const { sex } = owner.persona;
  const { age } = owner.baseline;
  if (sex !== 'female' || age < 13 || age > 50) return undefined;
  const salt = owner.salts.state + Part.Cycle;
  const length = 26 + (hash32(salt, 1) % 7);
  const cycleDay = (((dayNo + hash32(salt, 2)) % length) + length) % length;
  return cycleDay >= length - 14;
}

/** Training strain of the workouts drawn for a day: intensity² × hours, summed. */
function strainOn(owner: StateOwner, dayNo: number, evening: Evening): number {
  let sum = 0;
  for (const w of drawTraining(owner, dayNo, evening.skipsTraining).planned)
    sum += (w.intensity * w.intensity * w.minutes) / 60;
  return sum;
}

/**
 * The whole hidden state of a day: the evening's part, the training strain of the two days before, the sleep debt
 * of the week before, the cycle, the season and the personal drifts, and their effects on the day's signals.
 *
 * @example
 * ```ts
 * dayState(user, dayNo).hrvFactor; // below 1 after a hard day, a short week or a late night
 * ```
 */
export function dayState(owner: StateOwner, dayNo: number): DayState {
  const salt = owner.salts.state;
  const persona = owner.persona;
  const evenings = eveningsOf(owner, dayNo - DEBT_NIGHTS, DEBT_NIGHTS + 1);
  const evening = evenings[DEBT_NIGHTS] as Evening;
  const strain =
    strainOn(owner, dayNo - 1, evenings[DEBT_NIGHTS - 1] as Evening) +
    0.5 * strainOn(owner, dayNo - 2, evenings[DEBT_NIGHTS - 2] as Evening);
  // The nights of the week before as planned (late nights, illness, lie-ins, the drift), short of the usual.
  let debt = 0;
  let weights = 0;
  let weight = 1;
  for (let k = 1; k <= DEBT_NIGHTS; k++) {
    const extra = weekdayOf(dayNo - k) >= 5 ? persona.sleep.weekendExtraMin : 0;
    debt -= (weight * (extra + (evenings[DEBT_NIGHTS - k] as Evening).inBedDeltaMin)) / 60;
    weights += weight;
    weight *= DEBT_DECAY;
  }
  const sleepDebtH = debt / weights;
  const luteal = lutealOn(owner, dayNo);
  const season = seasonOf(dayNo);
  const recovery = drift(salt + Part.Recovery, dayNo);
  const { illness, lateNight, jetLagH } = evening;
  // Circadian misalignment: resting HR up and HRV down while the clock re-entrains (assumed sizes, a late night's
  // worth for a 6-hour shift).
  const lag = Math.min(8, Math.abs(jetLagH));
  const shortWeek = Math.max(0, sleepDebtH);
  const restingHrDelta =
    1.5 * recovery +
    7 * illness +
    (lateNight ? 4 : 0) +
    1.5 * strain +
    1.2 * shortWeek +
    (luteal === true ? 2 : 0) +
    0.5 * lag -
    0.6 * season;
  const hrvLog =
    -0.11 * recovery +
    0.14 * drift(salt + Part.HrvOwn, dayNo) -
    0.35 * illness -
    (lateNight ? 0.22 : 0) -
    0.08 * strain -
    0.05 * shortWeek -
    (luteal === true ? 0.06 : 0) -
    0.025 * lag;
  return {
    ...evening,
    strain,
    sleepDebtH,
    luteal,
    season,
    restingHrDelta,
    hrvFactor: Math.exp(hrvLog),
    temperatureDelta: 0.7 * illness + (luteal === true ? 0.3 : 0) + (lateNight ? 0.1 : 0),
    breathingDelta: 1.6 * illness + (luteal === true ? 0.3 : 0),
    stepsFactor: stepsFactorOf(owner, dayNo, evening),
  };
}

/**
 * Steps outside workouts of a day relative to the person's usual day ({@link DayState.stepsFactor}): the steps
 * drift, illness, season, weekends and a late night. It needs only the evening, so a day's walking is planned
 * without the rest of its state.
 *
 * @example
 * ```ts
 * stepsFactorOf(user, dayNo, eveningOf(user, dayNo)) === dayState(user, dayNo).stepsFactor; // true
 * ```
 */
export function stepsFactorOf(owner: StateOwner, dayNo: number, evening: Evening): number {
  const weekend = weekdayOf(dayNo) >= 5;
  return (
    Math.exp(0.22 * drift(owner.salts.state + Part.Steps, dayNo, 0.5)) *
    (1 - 0.65 * evening.illness) *
    (1 + 0.1 * seasonOf(dayNo)) *
    (weekend ? owner.persona.life.weekendSteps : 1) *
    (evening.lateNight ? 0.9 : 1)
  );
}

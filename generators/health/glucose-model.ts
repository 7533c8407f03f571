// Blood glucose of a day. For type 1 diabetes: a minimal glucose-insulin model simulated on a 1-minute grid; for
// everyone else the meal-bump formula at the end (plausible without diabetes and for type 2: higher, milder, no deep
// hypos).
//
// The type 1 model, Euler steps of 1 min:
//   dG/dt  = EGP0 (1 - e S X / Xb) + D(t) + CR(G) + Ra(t) / VG - p1 G - S X G - E(t) G / 140
//   dX/dt  = -p2 X + p2 SI I
//   dI/dt  = S2 / (tI VI) - ke I,   dS1/dt = u(t) - S1 / tI,   dS2/dt = (S1 - S2) / tI
//   dQ1/dt = c(t) - Q1 / tG,        dQ2/dt = (Q1 - Q2) / tG,   Ra = AG Q2 / tG   (meal carbs; rescue carbs alike)
// G glucose (mg/dL) and X remote insulin action (1/min) are Bergman's minimal model (Bergman et al., Am J Physiol
// 1979; with exogenous insulin as in Fisher, IEEE Trans Biomed Eng 1991); insulin also suppresses a share e of the
// endogenous production EGP0, which is what lets a night on too much basal insulin drift low, and the subcutaneous
// insulin (u: basal + boluses, mU/min) and gut compartments are Hovorka et al.'s (Physiol Meas 2004), with I plasma
// insulin (µU/mL) and c carbs eaten (mg/min). S scales insulin sensitivity: by day (a slow drift), by night (higher
// in the small hours) and after exercise (for hours: Riddell et al., Lancet Diabetes Endocrinol 2017); E is
// insulin-independent uptake while training, D the dawn phenomenon, CR the weak counter-regulation left in type 1
// diabetes. EGP0 is set so the basal dose holds the person's Gb.
//
// What makes the highs and hypos is the person, not the physiology: the basal dose fits some days better than others,
// meal boluses follow a mis-set carb ratio and a carb count that is off (`DayMeal.cover`, scaled by how careful the
// person is), are sometimes late, forgotten or (rarely) far too big; highs sometimes get a correction bolus; a low
// that is felt (or, asleep, that sets off the urgent-low alarm) gets 15-40 g of fast carbs, often too many: the
// rebound.
//
// Random access: a day's trace starts from a steady state WARM_UP_DAYS local midnights earlier and runs forward, so
// any day is computed from the seed alone, in any order; decisions draw from hashes of the absolute minute, so runs
// that start on different days make the same choices and meet by the day they are read.

import { roundHalfUp } from '../core/round-half-up.ts';
import { IN_BED } from './day-grid.ts';
import type { DayMeal, GlucoseDay } from './glucose-day.ts';
import { hash01, hashSigned, smoothNoise } from './noise.ts';

/** Days simulated before the day read, from a steady state at their first midnight. */
const WARM_UP_DAYS = 2;
/** Glucose effectiveness p1 (1/min), insulin action decay p2 (1/min), insulin elimination ke (1/min). */
const P1 = 0.0035;
const P2 = 0.025;
const KE = 0.138;
/** Time to peak of rapid-acting insulin and of meal / rescue carbohydrates, min. */
const T_INSULIN = 55;
const T_MEAL = 65;
const T_FAST = 15;
/** Carbohydrate bioavailability; glucose and insulin distribution volumes per kg (dL/kg, L/kg). */
const AG = 0.8;
const VG_PER_KG = 1.6;
const VI_PER_KG = 0.12;
/** Basal glucose Gb and the glucose the person doses towards, mg/dL. */
const GB = 130;
const TARGET = 120;
/** Insulin sensitivity p3/p2 (per µU/mL) at the glucose the person's insulin-to-carb ratio was set at. */
const SI = 3.6e-4;
const G_REF = 200;
/** Share of endogenous glucose production that basal insulin suppresses. */
const EGP_SUPPRESSED = 0.35;

/** Insulin sensitivity by minute of the day: higher in the small hours. */
const NIGHT = Float32Array.from({ length: 1440 }, (_, m) => 1 + 0.35 * Math.exp(-(((m - 150) / 90) ** 2)));
/** The dawn phenomenon by minute of the day: extra glucose production, mg/dL/min, around 05:30. */
const DAWN = Float32Array.from({ length: 1440 }, (_, m) => 0.12 * Math.exp(-(((m - 330) / 80) ** 2)));

/** Type 1 traces of days, minute 0 to the day's length (inclusive), cached per day. */
const traces = new WeakMap<GlucoseDay, Float32Array>();

/**
 * Blood glucose at a minute of a day (may be negative or past its length, it then reads the neighbouring day),
 * mg/dL, unrounded; fractional minutes interpolate.
 *
 * @example
 * ```ts
 * bloodGlucose(healthUser({ seed: 1, persona: 'type1-diabetes' }).day('2026-01-14'), 3 * 60); // 3 a.m.
 * ```
 */
export function bloodGlucose(day: GlucoseDay, minute: number): number {
  if (day.user.persona.glucose.condition !== 'type1') return mealBumpGlucose(day, minute);
  let owner = day;
  let m = minute;
  while (m < 0) {
    owner = day.user.day(owner.dayNo - 1);
    m += owner.lengthMin;
  }
  while (m > owner.lengthMin) {
    m -= owner.lengthMin;
    owner = day.user.day(owner.dayNo + 1);
  }
  const trace = type1Trace(owner);
  const i = Math.floor(m);
  const a = trace[i] as number;
  return i === m ? a : a + (m - i) * ((trace[i + 1] as number) - a);
}

/**
 * The type 1 trace of a day: blood glucose at minutes 0 to the day's length (cached).
 *
 * @example
 * ```ts
 * Math.min(...type1Trace(day)); // the day's lowest blood glucose
 * ```
 */
function type1Trace(day: GlucoseDay): Float32Array {
  let trace = traces.get(day);
  if (trace === undefined) {
    trace = simulate(day);
    traces.set(day, trace);
  }
  return trace;
}

/** The person's constants: volumes, insulin doses and how well their settings fit. */
function personal(day: GlucoseDay) {
  const kg = day.user.baseline.weightKg;
  const salt = day.user.salts.glucose;
  const vg = VG_PER_KG * kg;
  const vi = VI_PER_KG * kg;
  const basalMuPerMin = (0.35 * kg * 1000) / 1440; // basal ≈ 45 % of ~0.6-0.8 U/kg/day
  const ib = basalMuPerMin / (vi * KE);
  // Endogenous glucose production that the basal dose holds at the person's gb, a share EGP_SUPPRESSED of it
  // suppressed by basal insulin: xb is the insulin action at basal.
  const gb = GB + 30 * hash01(salt ^ 0xa5, 1);
  const xb = SI * ib;
  const egp = ((P1 + xb) * gb) / (1 - EGP_SUPPRESSED);
  // mg/dL one unit lowers glucose by at G_REF (uptake and suppressed production), and the person's estimate of it.
  const isf = ((SI * 1000) / (vi * KE)) * (G_REF + (egp * EGP_SUPPRESSED) / xb);
  const isfGuess = isf * Math.exp(0.12 * hashSigned(salt ^ 0xa2, 1));
  // Units per gram that would exactly cover a meal, and the person's estimate of it (a mis-set ratio).
  const unitsPerG = ((AG * 1000) / vg / isf) * 0.85 * Math.exp(0.1 * hashSigned(salt ^ 0xa1, 1));
  // How careful the person is (scales their dosing errors, 0.6-1.6) and how their dinner ratio is set.
  const care = 0.6 + hash01(salt ^ 0xa3, 1);
  const dinnerBias = Math.exp(0.15 * hashSigned(salt ^ 0xa4, 1));
  // About a quarter of adults with type 1 diabetes have impaired awareness of hypoglycaemia (Geddes et al., Diabet
  // Med 2008): they notice (and treat) lows much later.
  const aware = hash01(salt ^ 0xa6, 1) < 0.25 ? 0.4 : 1;
  return { salt, vg, vi, basalMuPerMin, ib, xb, egp, unitsPerG, isfGuess, care, dinnerBias, aware };
}

type Personal = ReturnType<typeof personal>;

/** Simulates the day from a steady state WARM_UP_DAYS earlier; returns its minutes 0 to its length. */
function simulate(day: GlucoseDay): Float32Array {
  const p = personal(day);
  const s0 = p.basalMuPerMin * T_INSULIN;
  const never = -1e9;
  const st: State = { g: GB + 15, x: p.xb, i: p.ib, s1: s0, s2: s0, q1: 0, q2: 0, f1: 0, f2: 0 } as State;
  st.lastBolus = st.lastRescue = st.lastCorrection = st.lastSnack = never;
  const out = new Float32Array(day.lengthMin + 1);
  for (let k = WARM_UP_DAYS; k >= 0; k--)
    runDay(day.user.day(day.dayNo - k), p, st, k === 0 ? out : undefined);
  out[day.lengthMin] = st.g;
  return out;
}

/** The model's state: glucose, insulin action, plasma and subcutaneous insulin, gut carbs (meal, fast). */
interface State {
  g: number;
  x: number;
  i: number;
  s1: number;
  s2: number;
  q1: number;
  q2: number;
  f1: number;
  f2: number;
  /** Absolute minutes of the last bolus, rescue carbs and correction bolus. */
  lastBolus: number;
  lastRescue: number;
  lastCorrection: number;
  /** Absolute minute of the last bedtime check. */
  lastSnack: number;
}

/** A meal's bolus as planned: minute, and units before any correction. */
interface Bolus {
  readonly atMin: number;
  readonly units: number;
}

/** The day's meal boluses: carb count error, mis-set ratio, timing (often late) and forgotten ones. */
function planBoluses(day: GlucoseDay, p: Personal): Bolus[] {
  const rng = day.user.stream(day.dayNo, ':insulin');
  const out: Bolus[] = [];
  const dayBias = Math.exp(0.08 * p.care * rng.normal());
  for (const meal of day.meals) {
    const forgot = rng.next() < (meal.carbsG < 30 ? 0.3 : 0.12) * p.care;
    const late = rng.next() < 0.3 * p.care ? rng.float(15, 60) : rng.clampedNormal(-5, 8, -20, 10);
    const bias = dayBias * (meal.atMin > 17 * 60 ? p.dinnerBias : 1) * Math.exp(0.08 * p.care * rng.normal());
    // Now and then a gross mistake: a bolus for more than was eaten, or taken twice.
    const blunder = rng.next() < 0.04 * p.care ? rng.float(1.5, 2.2) : 1;
    const units = meal.carbsG * p.unitsPerG * meal.cover ** -p.care * bias * blunder;
    if (!forgot) out.push({ atMin: roundHalfUp(meal.atMin + late), units });
  }
  return out;
}

/**
 * Per minute of the day, how much workouts (during them, and for hours after: yesterday's too) raise insulin
 * sensitivity, and their insulin-independent glucose uptake (mg/dL/min at 140 mg/dL).
 */
function exercise(day: GlucoseDay, work: WorkArrays): void {
  const length = day.lengthMin;
  const { sens, uptake } = work;
  const mark = (workouts: GlucoseDay['workouts'], shift: number) => {
    for (const w of workouts) {
      const from = Math.max(0, roundHalfUp(w.startSec / 60) - shift);
      const to = roundHalfUp(w.endSec / 60) - shift;
      for (let m = from; m < length; m++) {
        if (m < to) {
          sens[m] = (sens[m] as number) + w.intensity;
          uptake[m] = (uptake[m] as number) + w.intensity;
        } else sens[m] = (sens[m] as number) + w.intensity * afterEffect(m - to);
      }
    }
  };
  mark(day.workouts, 0);
  const yesterday = day.user.day(day.dayNo - 1);
  mark(yesterday.workouts, yesterday.lengthMin);
}

/** The per-minute working arrays of one simulated day (by minute: sensitivity and uptake of workouts, carbs, boluses). */
interface WorkArrays {
  readonly sens: Float32Array;
  readonly uptake: Float32Array;
  readonly carbs: Float32Array;
  readonly bolused: Float32Array;
}
let work: WorkArrays | undefined;
/**
 * The working arrays for a day of `length` minutes, zeroed: one set reused (a day's are read before the next day's
 * are written; typed arrays this size are allocated off the JavaScript heap, which costs more than zeroing them).
 */
function workArrays(length: number): WorkArrays {
  if (work === undefined || work.sens.length < length) {
    const size = Math.max(length, 1500);
    work = {
      sens: new Float32Array(size),
      uptake: new Float32Array(size),
      carbs: new Float32Array(size),
      bolused: new Float32Array(size),
    };
    return work;
  }
  work.sens.fill(0, 0, length);
  work.uptake.fill(0, 0, length);
  work.carbs.fill(0, 0, length);
  work.bolused.fill(0, 0, length);
  return work;
}

/** `Math.exp(-k / 480)` for whole minutes `k` after a workout, from a table (the same numbers: one exp per entry). */
const AFTER_EFFECT = Float64Array.from({ length: 3 * 1500 }, (_, k) => Math.exp(-k / 480));
function afterEffect(k: number): number {
  return k < AFTER_EFFECT.length ? (AFTER_EFFECT[k] as number) : Math.exp(-k / 480);
}

/** Runs one day's minutes (1440, or 1380 / 1500 on a daylight-saving change) on the state; writes blood glucose of each minute into `out` when given. */
function runDay(day: GlucoseDay, p: Personal, st: State, out: Float32Array | undefined): void {
  const boluses = planBoluses(day, p);
  const length = day.lengthMin;
  const ex = workArrays(length);
  exercise(day, ex);
  // Carbs eaten (mg) and meal boluses (units before any correction) by minute.
  const { carbs, bolused } = ex;
  const at = (minute: number) => Math.min(length - 1, Math.max(0, minute));
  for (const meal of day.meals)
    carbs[at(meal.atMin)] = (carbs[at(meal.atMin)] as number) + meal.carbsG * 1000;
  for (const b of boluses) bolused[at(b.atMin)] = (bolused[at(b.atMin)] as number) + b.units;
  const minutes = day.minutes;
  const salt = p.salt;
  const abs0 = day.dayNo * 1440;
  const basalMu =
    p.basalMuPerMin *
    (1 + 0.15 * smoothNoise(salt ^ 0xb1, day.dayNo / 4) + 0.1 * hashSigned(salt ^ 0xb2, day.dayNo));
  const daySens = Math.exp(
    0.3 * smoothNoise(salt ^ 0xb5, day.dayNo / 3) + 0.1 * hashSigned(salt ^ 0xb6, day.dayNo),
  );
  let drift = 1;
  for (let m = 0; m < length; m++) {
    const abs = abs0 + m;
    if (out !== undefined) out[m] = st.g;
    let bolusMu = 0;
    let fastMg = 0;
    const units = bolused[m] as number;
    if (units > 0) {
      const correction = st.g > 160 ? (0.7 * (st.g - TARGET)) / p.isfGuess : 0;
      bolusMu += (units + correction) * 1000;
      st.lastBolus = abs;
    }
    if (m % 5 === 0) {
      drift = Math.exp(0.18 * smoothNoise(salt ^ 0xb4, abs / 240));
      const asleep = minutes[m] === IN_BED;
      const coin = hash01(salt ^ 0xc1, abs);
      // A low: noticed when awake, at night mostly when the CGM alarm sounds (urgent low, < 55) or it wakes them.
      if (st.g < 70 && abs - st.lastRescue > 20) {
        const notice =
          (asleep ? (st.g < 55 ? 0.15 : 0.01) : st.g < 55 ? 0.4 : st.g < 62 ? 0.15 : 0.05) * p.aware;
        if (coin < notice) {
          fastMg += (15 + 25 * hash01(salt ^ 0xc2, abs) ** 1.5) * 1000;
          st.lastRescue = abs;
        }
      }
      // Half an hour before bed, below 110: usually a snack, without insulin, against a low in the night.
      if (
        !asleep &&
        minutes[Math.min(length - 1, m + 30)] === IN_BED &&
        st.g < 110 &&
        abs - st.lastSnack > 180
      ) {
        st.lastSnack = abs;
        if (coin < 0.6) carbs[m] = (carbs[m] as number) + (15 + 15 * hash01(salt ^ 0xc4, abs)) * 1000;
      }
      // A high while awake, no insulin for 2.5 h: sometimes a correction bolus.
      const stale = abs - st.lastBolus > 150 && abs - st.lastCorrection > 180;
      if (!asleep && st.g > 230 && stale && coin > 0.75) {
        bolusMu += ((st.g - TARGET) / p.isfGuess) * (0.6 + 0.5 * hash01(salt ^ 0xc3, abs)) * 1000;
        st.lastBolus = abs;
        st.lastCorrection = abs;
      }
    }
    const sens = (NIGHT[m % 1440] as number) * daySens * drift * (1 + (ex.sens[m] as number));
    step(p, st, m, sens, ex.uptake[m] as number, basalMu + bolusMu, carbs[m] as number, fastMg);
  }
}

/**
 * One Euler minute of the model: the rates of glucose, insulin action and plasma insulin from the state, then the
 * compartments moved on. (Written as small functions: the compiler inlines them into the minute loop, where a call
 * would box every number passed.)
 */
function step(
  p: Personal,
  st: State,
  m: number,
  sens: number,
  uptake: number,
  u: number,
  carbsMg: number,
  fastMg: number,
): void {
  const dg = glucoseRate(p, st, m, sens, uptake);
  const dx = -P2 * st.x + P2 * SI * st.i;
  const di = st.s2 / (T_INSULIN * p.vi) - KE * st.i;
  moveCompartments(st, u, carbsMg, fastMg);
  st.g = Math.min(450, Math.max(30, st.g + dg));
  st.x += dx;
  st.i += di;
}

/** mg/dL per minute: production, the dawn rise, counter-regulation and gut absorption, less uptake. */
function glucoseRate(p: Personal, st: State, m: number, sens: number, uptake: number): number {
  const counter = st.g < 55 ? 0.008 * (55 - st.g) : 0;
  const ra = (AG * (st.q2 / T_MEAL + st.f2 / T_FAST)) / p.vg;
  const production = p.egp * Math.max(0, 1 - (EGP_SUPPRESSED * sens * st.x) / p.xb);
  return (
    production +
    (DAWN[m % 1440] as number) +
    counter +
    ra -
    P1 * st.g -
    sens * st.x * st.g -
    uptake * (st.g / 140)
  );
}

/** The subcutaneous insulin and the gut (meal and fast carbs) compartments, one minute on, with this minute's doses. */
function moveCompartments(st: State, u: number, carbsMg: number, fastMg: number): void {
  st.s2 += (st.s1 - st.s2) / T_INSULIN;
  st.s1 += u - st.s1 / T_INSULIN;
  st.q2 += (st.q1 - st.q2) / T_MEAL;
  st.q1 += carbsMg - st.q1 / T_MEAL;
  st.f2 += (st.f1 - st.f2) / T_FAST;
  st.f1 += fastMg - st.f1 / T_FAST;
}

/**
 * Glucose without type 1 diabetes: a fasting level, a small dawn rise, a bump per meal (bigger when `cover` is
 * above 1), a dip during and after workouts and slow unexplained swings, mg/dL.
 *
 * @example
 * ```ts
 * mealBumpGlucose(healthUser({ seed: 1, persona: 'office-worker' }).day('2026-01-14'), 8 * 60 + 30);
 * ```
 */
function mealBumpGlucose(day: GlucoseDay, minute: number): number {
  const g = day.user.persona.glucose;
  const salt = day.user.salts.glucose;
  let value = g.fastingMgDl + 18 * Math.exp(-(((minute - 330) / 100) ** 2));
  const meal = (m: DayMeal, shift: number) => {
    const x = (minute - m.atMin - shift) / g.peakMin;
    if (x > 0 && x < 6) value += m.carbsG * g.risePerGram * m.cover * x * Math.exp(1 - x);
  };
  for (const m of day.meals) meal(m, 0);
  const yesterday = day.user.day(day.dayNo - 1);
  for (const m of yesterday.meals) meal(m, -yesterday.lengthMin);
  for (const w of day.workouts) {
    const into = minute - w.startSec / 60;
    const length = (w.endSec - w.startSec) / 60;
    if (into > 0 && into < length + 120) {
      const shape = into < length ? into / length : Math.exp(-(into - length) / 45);
      value -= (8 + 40 * w.intensity) * shape * (g.condition === 'none' ? 0.25 : 1);
    }
  }
  value += g.swingMgDl * smoothNoise(salt, (day.dayNo * 1440 + minute) / 75);
  return Math.min(400, Math.max(40, value));
}

// The adult population behind the personas. A persona is a preset: its table values are the centre of its people,
// and `variety` says how much of the population's spread of each trait its people show (an endurance athlete stays
// fit; an office worker can be anyone). Each individual draws standard-normal traits (body build, fitness, habitual
// activity, chronotype, habitual sleep length, age) and turns them into numbers with the distributions below:
// - height by sex: SD about 7 cm (NCD Risk Factor Collaboration, eLife 2016: height of adults in 200 countries);
// - BMI log-normal with its obese tail: SD of ln(BMI) about 0.21, so that with the persona centres about a quarter
//   of people have BMI >= 30 and a few percent >= 40 (NCD-RisC, Lancet 2024: obesity in 16 % of adults worldwide,
//   over 40 % in the US; NHANES 2017-2020: BMI >= 40 in 9 % of US adults);
// - body fat from BMI, age and sex (Deurenberg et al., Br. J. Nutr. 1991);
// - fitness drives resting heart rate (population mean near 65-70 bpm, SD near 8-10, individuals from 40 to over
//   100: Quer et al., JAMA Netw. Open 2020; Nanchen, Heart 2018) and HRV, which also falls with age (Umetani et al.,
//   J. Am. Coll. Cardiol. 1998); maximum heart rate falls 0.7 bpm a year (Tanaka et al., J. Am. Coll. Cardiol. 2001);
// - habitual steps log-normal with a wide spread (Althoff et al., Nature 2017: a median near 5,000 and large
//   inequality of activity), fewer with higher BMI;
// - chronotype shifts bedtime (Roenneberg et al., Curr. Biol. 2007: mid-sleep on free days spreads about 1 h SD);
// - habitual time in bed varies between people by about half an hour SD (Jonasdottir et al., Sleep 2021);
// - nocturnal desaturations rise with BMI (Peppard et al., JAMA 2000).
import type { Rng } from '../../src/core/index.ts';
import { roundHalfUp } from '../core/round-half-up.ts';

/** How much of the population's spread of each trait a persona's people show, 0 (all alike) to 1 (anyone). */
export interface PersonaVariety {
  /** Age, height and BMI. */
  readonly body: number;
  /** Aerobic fitness: resting heart rate and HRV. */
  readonly fitness: number;
  /** Habitual steps. */
  readonly activity: number;
  /** Chronotype (bedtime) and habitual time in bed. */
  readonly chronotype: number;
}

/** What the draw reads of a persona: the centre of its people and their variety. */
export interface PersonaCentre {
  readonly sex: 'female' | 'male';
  readonly age: number;
  readonly heightCm: number;
  readonly weightKg: number;
  readonly bodyFatPct: number;
  readonly restingHr: number;
  readonly maxHr: number;
  readonly hrvMs: number;
  readonly breathingRate: number;
  readonly spo2Pct: number;
  readonly stepsPerDay: number;
  readonly desaturation: { readonly odiPerHour: number };
  readonly variety: PersonaVariety;
}

/** The population distributions, as data (sources above). */
export const population = {
  /** SD of adult height by sex, cm. */
  heightSdCm: { female: 6.5, male: 7.1 },
  /** SD of age around a persona's, years; adults are 18 to 90. */
  ageSdYears: 9,
  ageRange: [18, 90],
  /** SD of ln(BMI); BMI stays within the range. */
  bmiLogSd: 0.21,
  bmiRange: [16, 55],
  /** Body fat percentage points per BMI unit and per year of age (Deurenberg 1991). */
  bodyFatPerBmi: 1.2,
  bodyFatPerYear: 0.23,
  /** Resting heart rate: bpm lower per SD of fitness, bpm higher per BMI unit, range. */
  restingHrPerFitness: 9.5,
  restingHrPerBmi: 0.35,
  restingHrRange: [42, 102],
  /** ln(HRV) higher per SD of fitness and lower per year of age. */
  hrvLogPerFitness: 0.22,
  hrvLogPerYear: 0.015,
  /** Maximum heart rate lower per year of age (Tanaka 2001). */
  maxHrPerYear: 0.7,
  /** SD of ln(habitual steps); ln(steps) lower per BMI unit. */
  stepsLogSd: 0.5,
  stepsLogPerBmi: 0.025,
  /** SpO2 asleep lower per BMI unit, percent. */
  spo2PerBmi: 0.04,
  /** ln(desaturations an hour) higher per BMI unit (Peppard et al., JAMA 2000: 10 % more weight, 32 % higher AHI). */
  odiLogPerBmi: 0.1,
  odiMax: 28,
  /** SD of the personal bedtime shift (chronotype) and of habitual time in bed, minutes. */
  chronotypeSdMin: 55,
  chronotypeRangeMin: [-75, 75],
  inBedSdMin: 30,
} as const;

/** The individual's own numbers: the persona's, moved by the individual's place in the population. */
export interface Baseline {
  /** Years. */
  readonly age: number;
  /** Height, cm. */
  readonly heightCm: number;
  /** Weight, kg (the day-to-day weigh-ins vary around it). */
  readonly weightKg: number;
  /** Body mass index, kg/m². */
  readonly bmi: number;
  /** Percent. */
  readonly bodyFatPct: number;
  /** bpm. */
  readonly restingHr: number;
  /** bpm. */
  readonly maxHr: number;
  /** Night-time RMSSD, ms. */
  readonly hrvMs: number;
  /** Breaths per minute. */
  readonly breathingRate: number;
  /** Percent. */
  readonly spo2Pct: number;
  /** Usual steps per day outside workouts. */
  readonly stepsPerDay: number;
  /** The individual's usual bedtime relative to the persona's, minutes. */
  readonly bedtimeShiftMin: number;
  /** The individual's usual time in bed relative to the persona's, minutes. */
  readonly inBedShiftMin: number;
  /** Oxygen desaturations (drops of 3 % or more) per hour of sleep. */
  readonly odiPerHour: number;
}

const clamp = (x: number, range: readonly [number, number]) => Math.min(range[1], Math.max(range[0], x));

/**
 * Draws an individual of a persona from the population (the draws come from `rng` in a fixed order).
 *
 * @example
 * ```ts
 * drawBaseline(person.stream('baseline'), personas['office-worker']).bmi; // e.g. 27.4
 * ```
 */
export function drawBaseline(rng: Rng, p: PersonaCentre): Baseline {
  const v = p.variety;
  const pop = population;
  const z = () => rng.clampedNormal(0, 1, -3, 3);
  const zBody = z();
  const zFit = z();
  const zActive = z();
  const zChrono = z();
  const zInBed = z();
  const zAge = z();
  const age = roundHalfUp(clamp(p.age + v.body * pop.ageSdYears * zAge, pop.ageRange));
  const dAge = age - p.age;
  const heightCm = roundHalfUp(
    p.heightCm + (3 + (pop.heightSdCm[p.sex] - 3) * v.body) * rng.clampedNormal(0, 1, -3, 3),
  );
  const centreBmi = p.weightKg / (p.heightCm / 100) ** 2;
  const bmi = clamp(centreBmi * Math.exp(Math.max(0.04, v.body * pop.bmiLogSd) * zBody), pop.bmiRange);
  const dBmi = bmi - centreBmi;
  const weightKg = roundHalfUp(bmi * (heightCm / 100) ** 2 * 10) / 10;
  const fit = Math.max(0.15, v.fitness) * zFit;
  const restingHr = roundHalfUp(
    clamp(
      p.restingHr - pop.restingHrPerFitness * fit + pop.restingHrPerBmi * dBmi + rng.int(-2, 2),
      pop.restingHrRange,
    ),
  );
  return {
    age,
    heightCm,
    weightKg,
    bmi: roundHalfUp(bmi * 10) / 10,
    bodyFatPct:
      roundHalfUp(
        clamp(
          p.bodyFatPct +
            pop.bodyFatPerBmi * dBmi +
            pop.bodyFatPerYear * dAge +
            rng.clampedNormal(0, 1.5, -4, 4),
          [4, 60],
        ) * 10,
      ) / 10,
    restingHr,
    maxHr: roundHalfUp(p.maxHr - pop.maxHrPerYear * dAge + rng.int(-4, 4)),
    hrvMs: p.hrvMs * Math.exp(pop.hrvLogPerFitness * fit - pop.hrvLogPerYear * dAge) * rng.float(0.85, 1.15),
    breathingRate: p.breathingRate + rng.float(-0.8, 0.8),
    spo2Pct: p.spo2Pct - pop.spo2PerBmi * dBmi + rng.float(-0.5, 0.5),
    stepsPerDay:
      p.stepsPerDay *
      Math.exp(Math.max(0.15, v.activity) * pop.stepsLogSd * zActive - pop.stepsLogPerBmi * dBmi),
    bedtimeShiftMin: clamp(
      (15 + (pop.chronotypeSdMin - 15) * v.chronotype) * zChrono,
      pop.chronotypeRangeMin,
    ),
    inBedShiftMin: pop.inBedSdMin * v.chronotype * zInBed,
    odiPerHour: Math.min(pop.odiMax, p.desaturation.odiPerHour * Math.exp(pop.odiLogPerBmi * dBmi)),
  };
}

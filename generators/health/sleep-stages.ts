import type { Rng } from '../../src/core/index.ts';
import { roundHalfUp } from '../core/round-half-up.ts';
import type { SleepHabits } from './personas.ts';

// The stages of a night: how a sleep session is drawn in 30-second epochs.

/** Sleep stage code (see {@link SleepSession.stage}, an index of {@link sleepStageNames}): awake in bed. */
export const AWAKE = 0;
/** Sleep stage code: light sleep. */
export const LIGHT = 1;
/** Sleep stage code: deep sleep. */
export const DEEP = 2;
/** Sleep stage code: REM sleep. */
export const REM = 3;

/** The v2 names of the stage codes. */
export const sleepStageNames = ['awake', 'light', 'deep', 'rem'] as const;

/** Length of a stage epoch, seconds. */
export const EPOCH_S = 30;

/** What a night's stages and the rest of its stream give: drawn on first use (see {@link SleepSession}). */
export interface NightDetail {
  readonly stageStart: readonly number[];
  readonly stageLength: readonly number[];
  readonly stage: readonly number[];
  readonly totals: readonly [awake: number, light: number, deep: number, rem: number];
  readonly restingHr: number;
  readonly hrvMs: number;
  readonly temperatureDelta: number;
}

/** What drawing a night reads of the person. */
export interface NightSleeper {
  readonly habits: SleepHabits;
  readonly restingHr: number;
  readonly hrvMs: number;
  /** Jet lag of the night, hours the body clock is behind the local one (0 or absent: none). */
  readonly jetLagH?: number;
}

/**
 * Jet lag fragments the night: sleep at the wrong circadian phase is broken by more and longer awakenings (wake
 * within sleep rises steeply away from the habitual phase: Dijk & Czeisler, J. Neurosci. 1995; sleep efficiency
 * falls for several nights after long flights: Doherty et al., Neurobiol. Sleep Circadian Rhythms 2023). Full
 * effect from 6 hours of lag (assumed): twice the awakenings, each half as long again; after flying east falling
 * asleep takes up to twice as long, after flying west the morning wakes up to 20 minutes early in bed.
 */
const LAG_FULL_H = 6;

/** The night's habits under `jetLagH` hours of lag (the habits themselves without lag). */
function laggedHabits(h: SleepHabits, jetLagH: number): SleepHabits {
  const f = Math.min(1, Math.abs(jetLagH) / LAG_FULL_H);
  return {
    ...h,
    wakeEpisodes: h.wakeEpisodes * (1 + f),
    wakeEpisodeMin: h.wakeEpisodeMin * (1 + 0.5 * f),
    latencyMin: jetLagH > 0 ? h.latencyMin * (1 + f) : h.latencyMin,
  };
}

/** The stages and the night's values, drawn on first use from the rest of the session's stream. */
export function drawNight(
  sleeper: NightSleeper,
  epochCount: number,
  startSec: number,
  rng: Rng,
): NightDetail {
  const lag = sleeper.jetLagH ?? 0;
  const epochs = buildStages(
    lag === 0 ? sleeper.habits : laggedHabits(sleeper.habits, lag),
    epochCount,
    rng,
    lag,
  );
  const count = epochs.length / 2;
  const stageStart: number[] = [];
  const stageLength: number[] = [];
  const stage: number[] = [];
  const totals: [number, number, number, number] = [0, 0, 0, 0];
  let at = startSec;
  for (let i = 0; i < count; i++) {
    const code = epochs[2 * i] as number;
    const length = (epochs[2 * i + 1] as number) * EPOCH_S;
    stageStart.push(at);
    stageLength.push(length);
    stage.push(code);
    totals[code] = (totals[code] as number) + length;
    at += length;
  }
  return {
    stageStart,
    stageLength,
    stage,
    totals,
    restingHr: roundHalfUp(sleeper.restingHr + rng.normal(0, 1)),
    hrvMs: sleeper.hrvMs * (1 + rng.clampedNormal(0, 0.07, -0.25, 0.25)),
    temperatureDelta: roundHalfUp(rng.clampedNormal(0, 0.18, -0.8, 0.8) * 100) / 100,
  };
}

/**
 * Stages as `[code, epochs, code, epochs, ...]` summing to `total` epochs of 30 s, merged where adjacent. With jet
 * lag (`jetLagH` not 0) a cycle may hold two awakenings, and after flying west the morning wakes early in bed.
 */
function buildStages(h: SleepHabits, total: number, rng: Rng, jetLagH: number): number[] {
  const out: number[] = [];
  const push = (code: number, epochs: number) => {
    if (epochs <= 0) return;
    if (out.length > 0 && out[out.length - 2] === code)
      out[out.length - 1] = (out[out.length - 1] as number) + epochs;
    else out.push(code, epochs);
  };
  const latency = Math.max(2, roundHalfUp(rng.clampedNormal(h.latencyMin, h.latencyMin * 0.4, 1, 90) * 2));
  const earlyWake = jetLagH < 0 ? roundHalfUp(40 * Math.min(1, -jetLagH / LAG_FULL_H)) : 0;
  const finalWake = rng.int(2, 16) + earlyWake;
  const asleepBudget = Math.max(0, total - latency - finalWake);
  push(AWAKE, latency);
  const expectedCycles = Math.max(1, asleepBudget / 190);
  let used = 0;
  const add = (code: number, epochs: number) => {
    const take = Math.min(roundHalfUp(epochs), asleepBudget - used);
    push(code, take);
    used += Math.max(0, take);
  };
  for (let cycle = 0; used < asleepBudget; cycle++) {
    const length = rng.int(170, 210);
    const deep = h.deepShare * 2.4 * Math.max(0.08, 1 - 0.35 * cycle) * length;
    const rem = h.remShare * (0.45 + 0.35 * cycle) * length;
    const light = Math.max(10, length - deep - rem);
    add(LIGHT, light * 0.55);
    add(DEEP, deep);
    add(LIGHT, light * 0.45);
    add(REM, rem);
    const p = h.wakeEpisodes / expectedCycles;
    if (rng.bool(p)) {
      add(AWAKE, rng.clampedNormal(h.wakeEpisodeMin, h.wakeEpisodeMin * 0.4, 1, 90) * 2);
      // More awakenings than cycles (a fragmented night): a second one in the cycle, after more light sleep.
      if (jetLagH !== 0 && p > 1 && rng.bool(p - 1)) {
        add(LIGHT, rng.int(6, 20));
        add(AWAKE, rng.clampedNormal(h.wakeEpisodeMin, h.wakeEpisodeMin * 0.4, 1, 90) * 2);
      }
    }
  }
  push(AWAKE, total - latency - asleepBudget);
  return out;
}

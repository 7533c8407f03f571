// Paroxysmal atrial fibrillation: whether a day has an episode and when, from the persona's `afib` entry and the
// person's salt (stateless, so any day can be asked in any order). An episode may start in the evening and end the
// next morning: each day reads its part of it. During an episode the ventricles beat
// irregularly and faster: about 100-110 bpm at rest untreated, RR intervals "irregularly irregular" (2023
// ACC/AHA/ACCP/HRS Guideline for Atrial Fibrillation; coefficient of variation of RR 0.15-0.3, Tateno & Glass,
// Med. Biol. Eng. Comput. 2001).

import { roundHalfUp } from '../core/round-half-up.ts';
import { hash01, hash32 } from './noise.ts';

/** Who has the episodes: the persona's rate, the person's ECG salt and the person's local midnights. */
export interface AfibOwner {
  readonly persona: { readonly afib: { readonly episodesPerYear: number; readonly meanHours: number } };
  readonly salts: { readonly ecg: number };
  /** The first instant (epoch ms) of local day `dayNo`. */
  dayStartMs(dayNo: number): number;
}

/** An episode's part in one day, minutes from the day's local midnight: `startMin` inclusive, `endMin` exclusive. */
export interface AfibEpisode {
  readonly startMin: number;
  readonly endMin: number;
}

/** Heart rate in an episode: bpm above the sinus rate, and the minute-to-minute swing (either way), bpm. */
export const AFIB_RISE_BPM = 28;
export const AFIB_SWING_BPM = 14;
/** Beat-to-beat variation of the RR interval (relative): sinus rhythm, and atrial fibrillation. */
export const RR_VARIATION = { sinus: 0.04, afib: 0.3 } as const;

/** Longest episode relative to the mean length. */
const LONGEST = 1.6;
const MINUTE_MS = 60_000;
const NONE: readonly AfibEpisode[] = Object.freeze([]);

/**
 * The episode begun on local day `dayNo` (at most one a day), as instants `[startMs, endMs)`, or undefined. It
 * starts at any minute of the day and may run past the next local midnight (into one day or more).
 */
function episodeBegunOn(user: AfibOwner, dayNo: number): readonly [number, number] | undefined {
  const { episodesPerYear, meanHours } = user.persona.afib;
  const salt = user.salts.ecg ^ 0x0af1;
  if (hash01(salt, dayNo) >= episodesPerYear / 365) return undefined;
  const from = user.dayStartMs(dayNo);
  const dayMin = roundHalfUp((user.dayStartMs(dayNo + 1) - from) / MINUTE_MS);
  const length = roundHalfUp(meanHours * 60 * (0.4 + (LONGEST - 0.4) * hash01(salt ^ 0x1, dayNo)));
  const start = from + (hash32(salt ^ 0x2, dayNo) % Math.max(1, dayMin)) * MINUTE_MS;
  return [start, start + length * MINUTE_MS];
}

/**
 * The parts of episodes of atrial fibrillation within local day `dayNo`, in time order and not overlapping: the
 * day's own (from its start to the day's end at most) and the rest of one begun on an earlier day that runs past
 * midnight. An episode across midnight is one stretch of time, so both days show it, each its own part.
 *
 * @example
 * ```ts
 * afibEpisodes(user, dayNo); // e.g. [{ startMin: 0, endMin: 312 }, { startMin: 1290, endMin: 1440 }]
 * ```
 */
export function afibEpisodes(user: AfibOwner, dayNo: number): readonly AfibEpisode[] {
  const { episodesPerYear, meanHours } = user.persona.afib;
  if (episodesPerYear <= 0 || meanHours <= 0) return NONE;
  const from = user.dayStartMs(dayNo);
  const to = user.dayStartMs(dayNo + 1);
  const longestMs = meanHours * 60 * LONGEST * MINUTE_MS;
  // The earliest day whose episode could still run into this one.
  let first = dayNo;
  while (user.dayStartMs(first) + longestMs > from) first--;
  let out: AfibEpisode[] | undefined;
  for (let d = first; d <= dayNo; d++) {
    const episode = episodeBegunOn(user, d);
    if (episode === undefined || episode[1] <= from || episode[0] >= to) continue;
    const startMin = roundHalfUp((Math.max(from, episode[0]) - from) / MINUTE_MS);
    const endMin = roundHalfUp((Math.min(to, episode[1]) - from) / MINUTE_MS);
    out ??= [];
    const last = out.at(-1);
    // Episodes begun on different days that overlap are one stretch of fibrillation.
    if (last !== undefined && startMin <= last.endMin)
      out[out.length - 1] = { startMin: last.startMin, endMin: Math.max(last.endMin, endMin) };
    else out.push({ startMin, endMin });
  }
  return out ?? NONE;
}

// Paroxysmal atrial fibrillation: whether a day has an episode and when, from the persona's `afib` entry and the
// person's salt (stateless, so any day can be asked in any order). During an episode the ventricles beat
// irregularly and faster: about 100-110 bpm at rest untreated, RR intervals "irregularly irregular" (2023
// ACC/AHA/ACCP/HRS Guideline for Atrial Fibrillation; coefficient of variation of RR 0.15-0.3, Tateno & Glass,
// Med. Biol. Eng. Comput. 2001).
import { hash01, hash32 } from './noise.ts';

/** Who has the episodes: the persona's rate and the person's ECG salt. */
export interface AfibOwner {
  readonly persona: { readonly afib: { readonly episodesPerYear: number; readonly meanHours: number } };
  readonly salts: { readonly ecg: number };
}

/** An episode, minutes from the local midnight: `startMin` inclusive, `endMin` exclusive. */
export interface AfibEpisode {
  readonly startMin: number;
  readonly endMin: number;
}

/** Heart rate in an episode: bpm above the sinus rate, and the minute-to-minute swing (either way), bpm. */
export const AFIB_RISE_BPM = 28;
export const AFIB_SWING_BPM = 14;
/** Beat-to-beat variation of the RR interval (relative): sinus rhythm, and atrial fibrillation. */
export const RR_VARIATION = { sinus: 0.04, afib: 0.3 } as const;

/**
 * The day's episode of atrial fibrillation, or undefined (at most one a day, within the day).
 *
 * @example
 * ```ts
 * afibEpisode(user, dayNo, 1440)?.startMin;
 * ```
 */
export function afibEpisode(user: AfibOwner, dayNo: number, lengthMin: number): AfibEpisode | undefined {
  const { episodesPerYear, meanHours } = user.persona.afib;
  if (episodesPerYear <= 0 || meanHours <= 0) return undefined;
  const salt = user.salts.ecg ^ 0x0af1;
  if (hash01(salt, dayNo) >= episodesPerYear / 365) return undefined;
  const length = Math.min(lengthMin, Math.round(meanHours * 60 * (0.4 + 1.2 * hash01(salt ^ 0x1, dayNo))));
  const startMin = hash32(salt ^ 0x2, dayNo) % Math.max(1, lengthMin - length + 1);
  return { startMin, endMin: startMin + length };
}

import { roundHalfUp } from '../core/round-half-up.ts';
import { RR_VARIATION } from './afib.ts';
import { hashSigned } from './noise.ts';

// One heartbeat as a sum of Gaussian waves (P, Q, R, S, T) over the RR interval, sampled once into a table.
const WAVES: readonly (readonly [centre: number, width: number, amplitude: number])[] = [
  [0.2, 0.025, 0.12],
  [0.37, 0.008, -0.1],
  [0.4, 0.01, 1],
  [0.43, 0.01, -0.25],
  [0.65, 0.05, 0.3],
];
const TABLE_SIZE = 1024;
// Sinus beats, and beats in atrial fibrillation (no P wave: the atria fibrillate instead of contracting).
const beatTables: (Float32Array | undefined)[] = [undefined, undefined];

function beat(afib: boolean): Float32Array {
  const index = afib ? 1 : 0;
  let table = beatTables[index];
  if (table === undefined) {
    table = new Float32Array(TABLE_SIZE);
    for (let i = 0; i < TABLE_SIZE; i++) {
      const phase = i / TABLE_SIZE;
      let v = 0;
      for (let w = afib ? 1 : 0; w < WAVES.length; w++) {
        const [centre, width, amplitude] = WAVES[w] as (typeof WAVES)[number];
        v += amplitude * Math.exp(-(((phase - centre) / width) ** 2) / 2);
      }
      table[i] = v;
    }
    beatTables[index] = table;
  }
  return table;
}

/**
 * A synthetic single-lead ECG, µV: beats at `hr` bpm with slight beat-to-beat variability, baseline wander and
 * noise; with `afib`, no P waves and irregularly irregular RR intervals (see afib.ts). Deterministic for a salt.
 *
 * @example
 * ```ts
 * ecgSamples(64, 300, 30, salt).length; // 9000
 * ```
 */
export function ecgSamples(
  hr: number,
  frequencyHz: number,
  durationSec: number,
  salt: number,
  afib = false,
): number[] {
  const table = beat(afib);
  const variation = afib ? RR_VARIATION.afib : RR_VARIATION.sinus;
  const n = roundHalfUp(frequencyHz * durationSec);
  const rAmplitude = 900 + 500 * ((hashSigned(salt, 0) + 1) / 2);
  const meanRr = 60 / hr;
  const out: number[] = new Array(n);
  let beatIndex = 0;
  let rr = meanRr * (1 + variation * hashSigned(salt, 1));
  let beatStart = -rr * ((hashSigned(salt, 2) + 1) / 2);
  // Baseline wander at 0.3 Hz, advanced by rotation instead of one Math.sin per sample.
  const step = (2 * Math.PI * 0.3) / frequencyHz;
  const cosStep = Math.cos(step);
  const sinStep = Math.sin(step);
  let sin = Math.sin(Math.PI * (hashSigned(salt, 3) + 1));
  let cos = Math.sqrt(1 - sin * sin);
  const noiseSalt = salt ^ 0x33;
  for (let i = 0; i < n; i++) {
    const t = i / frequencyHz;
    while (t >= beatStart + rr) {
      beatStart += rr;
      beatIndex++;
      rr = meanRr * (1 + variation * hashSigned(salt, beatIndex + 1));
    }
    const wave = table[(((t - beatStart) / rr) * TABLE_SIZE) | 0] as number;
    out[i] = roundHalfUp(rAmplitude * wave + 40 * sin + 6 * hashSigned(noiseSalt, i));
    const next = sin * cosStep + cos * sinStep;
    cos = cos * cosStep - sin * sinStep;
    sin = next;
  }
  return out;
}

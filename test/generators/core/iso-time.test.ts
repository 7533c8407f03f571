import { describe, expect, it } from 'vitest';
import { isoDate, isoUtc } from '../../../generators/core/iso-time.ts';
import { Rng } from '../../../src/core/index.ts';

describe('ISO date-times from tables', () => {
  it('isoUtc writes what toISOString writes, across days, hours, milliseconds and centuries', () => {
    const rng = new Rng('iso');
    const instants = [
      0,
      999,
      86_399_999,
      86_400_000,
      Date.UTC(2026, 0, 15, 23, 59, 59, 999),
      -1,
      8.64e15,
      -8.64e15,
    ];
    instants.push(
      Date.UTC(1900, 0, 1),
      Date.UTC(1000, 0, 1),
      Date.UTC(1000, 0, 1) - 1,
      Date.UTC(999, 11, 31),
    );
    instants.push(Date.UTC(9999, 11, 31, 23, 59, 59, 999), Date.UTC(10_000, 0, 1), Date.UTC(2024, 1, 29, 12));
    for (let i = 0; i < 3000; i++)
      instants.push(Math.floor(rng.float(-2_300_000_000_000, 4_102_444_800_000)));
    for (let i = 0; i < 200; i++) instants.push(Date.UTC(2026, 0, 15) + i * 431_000 + (i % 7));
    for (const ms of instants) expect(isoUtc(ms), String(ms)).toBe(new Date(ms).toISOString());
  });

  it('isoDate writes the date of a day number', () => {
    for (let dayNo = -25_567; dayNo < 30_000; dayNo += 17) {
      expect(isoDate(dayNo)).toBe(new Date(dayNo * 86_400_000).toISOString().slice(0, 10));
    }
  });
});

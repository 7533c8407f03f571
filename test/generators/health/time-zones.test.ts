// Real calendars: IANA zones with daylight saving (from Intl), 23- and 25-hour local days with the matching number
// of intraday samples, nights across a transition, and byte-identical output for pinned fixed offsets.
import { describe, expect, it } from 'vitest';
import { isoDate } from '../../../generators/core/iso-time.ts';
import { dayNoOf } from '../../../generators/health/time.ts';
import { fixedZone, ianaZone } from '../../../generators/health/time-zone.ts';
import { healthUser } from '../../../generators/health/user.ts';
import { isSpikeKitError } from '../../../src/core/index.ts';
import { generate } from '../../../src/index.ts';
import type { HealthV2Events } from '../../../src/schemas/health-v2/index.ts';
import { localSec, only, req } from './support.ts';

/** The 2026 days of a zone whose local day is not 24 hours long, found by asking Intl day by day. */
function odd2026Days(zone: string): { date: string; hours: number }[] {
  const f = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' });
  const offsetMin = (ms: number) => {
    const name = f.formatToParts(ms).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
    const m = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
    return m === null ? 0 : (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
  };
  const out: { date: string; hours: number }[] = [];
  const first = dayNoOf('2026-01-01') as number;
  for (let d = first; d < first + 365; d++) {
    // Noon UTC of consecutive days brackets every transition at local night-time in these zones.
    const delta = offsetMin((d + 1) * 86_400_000 + 43_200_000) - offsetMin(d * 86_400_000 + 43_200_000);
    if (delta !== 0) out.push({ date: isoDate(d + 1), hours: 24 - delta / 60 });
  }
  return out;
}

describe('IANA time zones', () => {
  it('finds the 2026 transitions Intl knows: US Mar 8 / Nov 1, EU Mar 29 / Oct 25', () => {
    expect(odd2026Days('America/New_York')).toEqual([
      { date: '2026-03-08', hours: 23 },
      { date: '2026-11-01', hours: 25 },
    ]);
    expect(odd2026Days('Europe/Berlin')).toEqual([
      { date: '2026-03-29', hours: 23 },
      { date: '2026-10-25', hours: 25 },
    ]);
    for (const zone of ['America/New_York', 'Europe/Berlin', 'Australia/Sydney', 'Asia/Kolkata']) {
      const tz = ianaZone(zone);
      const first = dayNoOf('2026-01-01') as number;
      const odd: { date: string; hours: number }[] = [];
      for (let d = first; d < first + 365; d++) {
        const hours = (tz.dayStartMs(d + 1) - tz.dayStartMs(d)) / 3_600_000;
        if (hours !== 24) odd.push({ date: isoDate(d), hours });
      }
      expect(odd).toEqual(odd2026Days(zone));
    }
  });

  it('gives the offset in force at an instant, July in New York is -4 h', () => {
    const ny = ianaZone('America/New_York');
    expect(ny.offsetAt(Date.parse('2026-07-01T12:00:00Z'))).toBe(-14_400);
    expect(ny.offsetAt(Date.parse('2026-01-15T12:00:00Z'))).toBe(-18_000);
    // The spring-forward instant itself: 02:00 EST = 07:00 UTC.
    expect(ny.offsetAt(Date.parse('2026-03-08T06:59:59Z'))).toBe(-18_000);
    expect(ny.offsetAt(Date.parse('2026-03-08T07:00:00Z'))).toBe(-14_400);
    expect(fixedZone(19_800).offsetAt(0)).toBe(19_800);
  });

  it('rejects an unknown zone, and a zone given together with a fixed offset', () => {
    const bad = [
      { id: 'office-worker', timeZone: 'Mars/Olympus_Mons' },
      { id: 'office-worker', timeZone: 'Europe/Berlin', timezoneOffsetMinutes: 60 },
    ] as const;
    for (const persona of bad) {
      try {
        generate('spike-health-v2', { seed: 1, persona, kind: 'heart' });
        expect.unreachable();
      } catch (error) {
        expect(isSpikeKitError(error) && error.code).toBe('INVALID_OPTION');
        expect(String(error)).toMatch(/timeZone/);
      }
    }
    expect(() => ianaZone('Nowhere/Land')).toThrow(/IANA/);
  });
});

describe('23- and 25-hour local days', () => {
  const cases = [
    { zone: 'America/New_York', date: '2026-03-08', hours: 23 },
    { zone: 'America/New_York', date: '2026-11-01', hours: 25 },
    { zone: 'Europe/Berlin', date: '2026-03-29', hours: 23 },
    { zone: 'Europe/Berlin', date: '2026-10-25', hours: 25 },
    { zone: 'Europe/Berlin', date: '2026-06-10', hours: 24 },
  ];
  for (const { zone, date, hours } of cases) {
    it(`${zone} ${date} is ${hours} h with ${hours * 60} heart-rate minutes and ${hours * 4} step blocks`, () => {
      const refDate = `${isoDate((dayNoOf(date) as number) + 2)}T12:00:00Z`;
      const persona = { id: 'office-worker', timeZone: zone } as const;
      const user = healthUser({ seed: 5, persona });
      const day = user.day(date);
      expect(day.lengthS).toBe(hours * 3600);
      expect(day.heartRate.length).toBe(hours * 60);
      expect(day.stress.length).toBe(hours * 60);
      expect(day.activity.steps.length).toBe(hours * 4);
      const series = generate('spike-health-v2', {
        seed: 5,
        persona,
        kind: 'heart',
        refDate,
        count: 5,
        source: 'whoop', // WHOOP samples every minute and charges on the wrist: a sample for every minute
      });
      const heart = (series as HealthV2Events['heart'][])
        .map((e) => only(e.data))
        .find((item) => item.date === date);
      const samples = req(heart?.heart_rate_samples);
      expect(samples.length).toBe(hours * 60);
      // The wall clock skips (23 h) or repeats (25 h) an hour; every sample is a distinct instant a minute apart.
      const instants = samples.map((s, i) => day.localToMs(req(s.time), day.startMs + (i - 0.5) * 60_000));
      for (let i = 1; i < instants.length; i++) expect(instants[i]! - instants[i - 1]!).toBe(60_000);
      const times = new Set(samples.map((s) => s.time));
      expect(times.size).toBe(hours === 25 ? hours * 60 - 60 : hours * 60);
      expect(heart?.timezone_offset).toBe(user.offsetAt(day.startMs));
      const steps = generate('spike-health-v2', { seed: 5, persona, kind: 'steps', refDate, count: 5 });
      const stepDay = (steps as HealthV2Events['steps'][])
        .map((e) => only(e.data))
        .find((i) => i.date === date);
      expect(req(stepDay?.intraday_data).length).toBe(hours * 4);
      expect(req(stepDay?.value)).toBe(day.activity.steps.reduce((a, b) => a + b, 0));
    });
  }

  it('a night across the fall-back change: bedtime_duration is elapsed time, an hour more than the clocks say', () => {
    const persona = { id: 'office-worker', timeZone: 'America/New_York' } as const;
    let across = 0;
    for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
      const night = only(
        (
          generate('spike-health-v2', {
            seed,
            persona,
            kind: 'sleep',
            refDate: '2026-11-01T23:00:00Z',
          }) as HealthV2Events['sleep']
        ).data,
      );
      expect(night.date).toBe('2026-11-01');
      // Everyone is up after 01:00 EST; a night that began on EDT (the offset at bedtime, the record's
      // timezone_offset) spans the change and is an hour longer than its clock times, one that began after it is not.
      const spans = night.timezone_offset === -14_400;
      if (spans) across++;
      else expect(night.timezone_offset).toBe(-18_000);
      const clockSec = localSec(night.bedtime_end) - localSec(night.bedtime_start);
      expect(req(night.bedtime_duration) - clockSec).toBe(spans ? 3600 : 0);
      expect(night.bedtime_duration).toBe(req(night.total_sleep) + req(night.awake));
    }
    expect(across).toBeGreaterThanOrEqual(5);
  });

  it('a night across the spring-forward change is an hour shorter than the clocks say', () => {
    const persona = { id: 'office-worker', timeZone: 'Europe/Berlin' } as const;
    const night = only(
      (
        generate('spike-health-v2', {
          seed: 9,
          persona,
          kind: 'sleep',
          refDate: '2026-03-29T20:00:00Z',
        }) as HealthV2Events['sleep']
      ).data,
    );
    expect(night.date).toBe('2026-03-29');
    expect(localSec(night.bedtime_end) - localSec(night.bedtime_start) - req(night.bedtime_duration)).toBe(
      3600,
    );
  });

  it('keeps a pinned fixed offset exactly as before: no daylight saving, 24-hour days', () => {
    const persona = { id: 'office-worker', timezoneOffsetMinutes: -300 } as const;
    const user = healthUser({ seed: 5, persona });
    expect(user.day('2026-03-08').lengthS).toBe(86_400);
    const night = only(
      (
        generate('spike-health-v2', {
          seed: 5,
          persona,
          kind: 'sleep',
          refDate: '2026-07-01T23:00:00Z',
        }) as HealthV2Events['sleep']
      ).data,
    );
    expect(night.timezone_offset).toBe(-18_000);
  });

  it('is deterministic: the same seed gives byte-identical output around a transition', () => {
    const options = {
      seed: 11,
      persona: { id: 'endurance-athlete' },
      refDate: '2026-10-27T09:00:00Z',
      count: 4,
    } as const;
    for (const kind of ['heart', 'sleep', 'steps', 'stress'] as const) {
      const a = JSON.stringify(generate('spike-health-v2', { ...options, kind }));
      const b = JSON.stringify(generate('spike-health-v2', { ...options, kind }));
      expect(b).toBe(a);
    }
  });
});

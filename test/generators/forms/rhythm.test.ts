import { describe, expect, it } from 'vitest';
import { ActivityClock, utcOffsetMs } from '../../../generators/forms/rhythm.ts';
import { generate } from '../../../generators/generate.ts';
import { formKinds, REF_MS, seeds } from './support.ts';

/** The time zone of each country's submitters, written out here independently of the generator. */
const ZONES: Readonly<Record<string, string>> = {
  US: 'America/New_York',
  GB: 'Europe/London',
  CA: 'America/Toronto',
  AU: 'Australia/Sydney',
  IN: 'Asia/Kolkata',
  DE: 'Europe/Berlin',
  FR: 'Europe/Paris',
  ES: 'Europe/Madrid',
  MX: 'America/Mexico_City',
  IT: 'Europe/Rome',
  NL: 'Europe/Amsterdam',
  BR: 'America/Sao_Paulo',
  SE: 'Europe/Stockholm',
  PL: 'Europe/Warsaw',
  JP: 'Asia/Tokyo',
  KR: 'Asia/Seoul',
};
const formats = new Map<string, Intl.DateTimeFormat>();
/** The local weekday (`'Mon'`) and hour of `ms` in the country's zone. */
function local(country: string, ms: number): { weekday: string; hour: number } {
  const zone = ZONES[country] as string;
  let format = formats.get(zone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      weekday: 'short',
      hour: 'numeric',
      hourCycle: 'h23',
    });
    formats.set(zone, format);
  }
  const parts = format.formatToParts(ms);
  return {
    weekday: parts.find((p) => p.type === 'weekday')?.value as string,
    hour: Number(parts.find((p) => p.type === 'hour')?.value),
  };
}

interface Shape {
  readonly n: number;
  readonly night: number;
  readonly weekday: number;
  readonly office: number;
  readonly evening: number;
}
/** The local-time shape of series of `kind` to many forms, ending at refDates spread over a year. */
function shape(kind: (typeof formKinds)[number], forms: number, count: number): Shape {
  let n = 0;
  let night = 0;
  let weekday = 0;
  let office = 0;
  let evening = 0;
  for (const seed of seeds(forms)) {
    // Ends spread over the week and the year, so no single end time shapes the whole sample.
    const refDate = new Date(REF_MS - seed * 8.3 * 86_400_000 - seed * 3_913_000).toISOString();
    for (const s of generate('spike-forms', { kind, seed, count, refDate })) {
      const { weekday: day, hour } = local(s.metadata.country, Date.parse(s.metadata.timestamp));
      n++;
      if (hour < 6) night++;
      const workday = day !== 'Sat' && day !== 'Sun';
      if (workday) weekday++;
      if (workday && hour >= 9 && hour < 17) office++;
      if (hour >= 18 && hour < 23) evening++;
    }
  }
  return { n, night: night / n, weekday: weekday / n, office: office / n, evening: evening / n };
}

describe('submission times follow a day-and-week rhythm in the submitter’s time zone', () => {
  it.each(['contact', 'support-ticket', 'demo-request', 'job-application'] as const)(
    '%s (office hours): few at night, most on weekday working hours',
    (kind) => {
      const s = shape(kind, 40, 150);
      expect(s.night, JSON.stringify(s)).toBeLessThan(0.08);
      expect(s.weekday, JSON.stringify(s)).toBeGreaterThan(5 / 7 + 0.05);
      // Working hours are 8 of 24 hours on 5 of 7 days (24 % of the week).
      expect(s.office, JSON.stringify(s)).toBeGreaterThan(0.45);
    },
  );

  it.each(['newsletter', 'feedback', 'event-registration'] as const)(
    '%s (evenings): few at night, the evening is the busiest time, a weekend dip',
    (kind) => {
      const s = shape(kind, 80, 100);
      expect(s.night, JSON.stringify(s)).toBeLessThan(0.08);
      // 18-23 h is 5 of 24 hours (21 %).
      expect(s.evening, JSON.stringify(s)).toBeGreaterThan(0.3);
      expect(s.weekday, JSON.stringify(s)).toBeGreaterThan(5 / 7);
    },
  );

  it('a series still increases and ends at or before refDate, across weeks and a change to summer time', () => {
    for (const refDate of [
      '2026-03-30T06:00:00.000Z',
      '2026-10-26T23:59:00.000Z',
      '2026-01-15T10:30:00.000Z',
    ]) {
      for (const kind of formKinds) {
        const times = generate('spike-forms', { kind, seed: 3, count: 400, refDate }).map((s) =>
          Date.parse(s.metadata.timestamp),
        );
        for (let i = 1; i < times.length; i++) expect(times[i]).toBeGreaterThan(times[i - 1] as number);
        expect(times.at(-1)).toBeLessThanOrEqual(Date.parse(refDate));
      }
    }
  });

  it('the activity clock is monotonic, periodic by the week, and a week of activity is a week', () => {
    const WEEK = 7 * 86_400_000;
    for (const [rhythm, offset] of [
      ['office', 3_600_000],
      ['evening', -18_000_000],
      ['office', 19_800_000],
    ] as const) {
      const clock = new ActivityClock(rhythm, offset);
      const end = REF_MS;
      expect(clock.before(end, WEEK)).toBe(end - WEEK);
      expect(clock.before(end, 3 * WEEK)).toBe(end - 3 * WEEK);
      let previous = clock.before(end, 0);
      for (let a = clock.margin; a < 2 * WEEK; a += 997_003) {
        const t = clock.before(end, a);
        expect(t).toBeLessThan(previous);
        previous = t;
      }
    }
  });

  it('reads UTC offsets from Intl, summer time included', () => {
    expect(utcOffsetMs('Europe/Berlin', Date.parse('2026-01-15T10:00:00Z'))).toBe(3_600_000);
    expect(utcOffsetMs('Europe/Berlin', Date.parse('2026-07-15T10:00:00Z'))).toBe(7_200_000);
    expect(utcOffsetMs('Asia/Kolkata', Date.parse('2026-07-15T10:00:00Z'))).toBe(19_800_000);
    expect(utcOffsetMs('America/New_York', Date.parse('2026-01-15T10:00:00Z'))).toBe(-18_000_000);
    expect(utcOffsetMs('Europe/London', Date.parse('2026-01-15T10:00:00Z'))).toBe(0);
  });
});

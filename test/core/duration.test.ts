import { describe, expect, it } from 'vitest';
import { formatMs, MAX_DURATION_MS, toEpochMs, toMs } from '../../src/core/index.ts';

describe('durations and dates', () => {
  it('parses units and sums', () => {
    expect([
      toMs('500ms'),
      toMs('5s'),
      toMs('1m'),
      toMs('2h'),
      toMs('1d'),
      toMs('1h30m'),
      toMs(' 1.5s '),
      toMs(7),
    ]).toEqual([500, 5_000, 60_000, 7_200_000, 86_400_000, 5_400_000, 1_500, 7]);
  });

  it.each(['', '5', '5x', '1m 2s', '-1s', 'm', '1mm'])('rejects %j with INVALID_DURATION', (input) => {
    expect(() => toMs(input)).toThrow(expect.objectContaining({ code: 'INVALID_DURATION' }));
  });

  it('rejects negative and non-finite numbers', () => {
    for (const input of [-1, Number.NaN, Number.POSITIVE_INFINITY])
      expect(() => toMs(input)).toThrow(/from 0 to one year/);
  });

  it('formats with the largest units that divide evenly and round-trips', () => {
    expect([
      formatMs(0),
      formatMs(5_000),
      formatMs(2_160_000),
      formatMs(90_500),
      formatMs(43_200_000),
    ]).toEqual(['0s', '5s', '36m', '1m30s500ms', '12h']);
    for (const ms of [1, 999, 61_001, 86_400_000 + 1]) expect(toMs(formatMs(ms))).toBe(ms);
  });

  it('accepts only zoned ISO strings so results do not depend on the machine zone', () => {
    expect(toEpochMs('2026-01-15T10:30:00Z')).toBe(Date.UTC(2026, 0, 15, 10, 30));
    expect(toEpochMs('2026-01-15T11:30:00+01:00')).toBe(Date.UTC(2026, 0, 15, 10, 30));
    expect(() => toEpochMs('2026-01-15T10:30:00')).toThrow(expect.objectContaining({ code: 'INVALID_DATE' }));
    expect(() => toEpochMs('yesterday', 'refDate')).toThrow(/The refDate must be a Date/);
  });
});

describe('bounds (issue 8: durations without bounds hung the simulator)', () => {
  it('refuses durations longer than a year, however they are written', () => {
    for (const input of [1e300, MAX_DURATION_MS + 1, `${'9'.repeat(400)}d`, '366d', '400d1h']) {
      expect(() => toMs(input), String(input)).toThrow(expect.objectContaining({ code: 'INVALID_DURATION' }));
    }
    expect(toMs('365d')).toBe(MAX_DURATION_MS);
  });

  it('refuses what is not a duration with a coded error, not a TypeError', () => {
    for (const input of [undefined, null, true, [], {}, () => 1, Symbol('x'), 10n]) {
      expect(() => toMs(input as never)).toThrow(expect.objectContaining({ code: 'INVALID_DURATION' }));
    }
    expect(() => formatMs(Number.NaN)).toThrow(
      /formatMs\(ms\) must be a finite number of milliseconds, got NaN/,
    );
  });

  it('refuses instants a Date cannot hold, and shows values JSON cannot', () => {
    expect(() => toEpochMs(1e300)).toThrow(expect.objectContaining({ code: 'INVALID_DATE' }));
    expect(() => toEpochMs(10n as never)).toThrow(/got 10n/);
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    expect(() => toEpochMs(circular as never)).toThrow(expect.objectContaining({ code: 'INVALID_DATE' }));
  });
});

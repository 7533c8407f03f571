/**
 * One value of a series the mocked v3 API serves: when it starts (epoch ms), how long it covers (ms; 0 for an
 * instant reading such as a weigh-in), the value, and the v2 record it comes from (the local day and the record's
 * id), so daily statistics, time series and `record_ids` all read the same numbers.
 */
export interface Point {
  readonly startMs: number;
  readonly durationMs: number;
  readonly value: number;
  /** The local day of the record that holds the point (a sleep belongs to the day it ended). */
  readonly dayNo: number;
  readonly recordId: string;
}

/**
 * The points in `[fromMs, toMs)`, in time order: those starting in it (`'start'`: each point counts in one window
 * only, for interval statistics), or those overlapping it (`'overlap'`: a record that changed within a webhook's
 * window, such as the day's resting heart rate, is found by a query for that window; an instant reading at `toMs`
 * counts, so the window `[t, t]` of a lone weigh-in finds it).
 *
 * @example
 * ```ts
 * pointsIn(points, Date.parse('2026-01-15T09:30:00Z'), Date.parse('2026-01-15T13:33:00Z'), 'overlap');
 * ```
 */
export function pointsIn(
  points: readonly Point[],
  fromMs: number,
  toMs: number,
  mode: 'start' | 'overlap',
): Point[] {
  const out: Point[] = [];
  for (const p of points) {
    const hit =
      mode === 'start'
        ? p.startMs >= fromMs && p.startMs < toMs
        : (p.startMs < toMs || (p.durationMs === 0 && p.startMs === toMs)) &&
          (p.startMs + p.durationMs > fromMs || p.startMs >= fromMs);
    if (hit) out.push(p);
  }
  return out.sort((a, b) => a.startMs - b.startMs);
}

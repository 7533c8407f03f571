/**
 * A duration for people, in the unit that suits it: `'850 ms'`, `'2.5 s'`, `'3 min'`, `'12.5 h'` (at most two
 * decimals, trailing zeros dropped). The report's chart axis formats its ticks the same way.
 *
 * @example
 * ```ts
 * formatDuration(180_000); // '3 min'
 * formatDuration(5_250);   // '5.25 s'
 * ```
 * @internal
 */
export function formatDuration(ms: number): string {
  const size = Math.abs(ms);
  if (size < 1000) return `${trim(ms)} ms`;
  if (size < 60_000) return `${trim(ms / 1000)} s`;
  if (size < 3_600_000) return `${trim(ms / 60_000)} min`;
  return `${trim(ms / 3_600_000)} h`;
}

function trim(value: number): string {
  return String(Math.round(value * 100) / 100);
}

// One simulation as the report's chart draws it: one point per attempt (x: Spike time since the start, y: the
// event), grouped by classification, each with the lines its tooltip shows.
import type { AppliedFault, AttemptRecord, Classification, SimulationData } from '../simulator/index.ts';
import { classifications } from './check-simulations.ts';
import { formatDuration } from './format-duration.ts';

/** One attempt on the chart. @internal */
interface TimelinePoint {
  /** When the attempt started, in ms since the simulation started. */
  readonly x: number;
  /** The event's label (the category on the y axis). */
  readonly y: string;
  readonly event: number;
  readonly n: number;
  readonly status: number | null;
  readonly classification: Classification;
  /** The tooltip's title and lines. */
  readonly title: string;
  readonly lines: readonly string[];
}

/** One simulation's chart: the events (y categories, in order) and one dataset per classification present. @internal */
export interface TimelineData {
  readonly heading: string;
  readonly summary: string;
  readonly labels: readonly string[];
  readonly datasets: readonly { readonly classification: Classification; readonly points: TimelinePoint[] }[];
  readonly attempts: number;
  readonly durationMs: number;
  /** The x axis: from 0 to `max`, a tick every `step` ms (a round number of seconds, minutes or hours). */
  readonly axis: { readonly max: number; readonly step: number };
}

/** Tick steps a person reads at a glance: 1 s to 1 day. */
const steps = [
  1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 10_800, 21_600, 43_200, 86_400,
].map((s) => s * 1000);

/**
 * A fault as words: `'500'`, `'timeout'`, `'slow 45 s'`, `'200 (handler bypassed)'`, `'none'`.
 *
 * @example
 * ```ts
 * faultText({ slow: 45_000 }); // 'slow 45 s'
 * ```
 * @internal
 */
function faultText(fault: AppliedFault | null | undefined): string {
  if (fault === null || fault === undefined) return 'none';
  if (typeof fault === 'number' || typeof fault === 'string') return String(fault);
  if ('slow' in fault) return `slow ${formatDuration(fault.slow)}`;
  return `${fault.status} (handler bypassed)`;
}

/**
 * The chart data of one simulation.
 *
 * @example
 * ```ts
 * timelineData(result).datasets.map((d) => [d.classification, d.points.length]); // [['success', 3], ['timeout', 1]]
 * ```
 * @internal
 */
export function timelineData(simulation: SimulationData): TimelineData {
  const labels = simulation.events.map((event) => eventLabel(event.index, event.duplicateOf ?? null));
  const groups = new Map<Classification, TimelinePoint[]>();
  let attempts = 0;
  let lastMs = 0;
  simulation.events.forEach((event, i) => {
    for (const attempt of event.attempts) {
      attempts++;
      lastMs = Math.max(lastMs, attempt.endedAtMs ?? attempt.atMs);
      const points = groups.get(attempt.classification) ?? [];
      groups.set(attempt.classification, points);
      points.push(point(attempt, event.index, event.outcome, labels[i] ?? '', event.attempts.length));
    }
  });
  const datasets = classifications
    .filter((classification) => groups.has(classification))
    .map((classification) => ({ classification, points: groups.get(classification) ?? [] }));
  const durationMs = Math.max(numberOr(simulation.durationMs, lastMs), lastMs);
  return {
    heading: `${simulation.profile} → ${simulation.target}`,
    summary: summaryText(simulation, attempts),
    labels,
    datasets,
    attempts,
    durationMs,
    axis: axisOf(durationMs),
  };
}

/**
 * The x axis for a run of `durationMs`: the smallest round step giving at most 10 ticks, and a maximum a little past
 * the last attempt, on a tick.
 *
 * @example
 * ```ts
 * axisOf(900_000); // { max: 960_000, step: 120_000 }: 0 to 16 min, a tick every 2 min
 * ```
 * @internal
 */
function axisOf(durationMs: number): { max: number; step: number } {
  const span = Math.max(durationMs * 1.05, 1000);
  const step =
    steps.find((candidate) => span / candidate <= 10) ?? Math.ceil(span / 10 / 86_400_000) * 86_400_000;
  return { max: Math.ceil(span / step) * step, step };
}

function point(
  attempt: AttemptRecord,
  event: number,
  outcome: string,
  label: string,
  of: number,
): TimelinePoint {
  const lines = [
    `status: ${attempt.status ?? 'none'}`,
    `latency: ${attempt.latencyMs === null ? 'still running' : formatDuration(attempt.latencyMs)}`,
    `classification: ${attempt.classification}`,
    `fault: ${faultText(attempt.fault)}`,
    `started at: ${formatDuration(attempt.atMs)}`,
  ];
  if (attempt.error !== undefined) lines.push(`error: ${attempt.error}`);
  if (attempt.answer?.late) lines.push(`late answer: ${attempt.answer.status}`);
  return {
    x: attempt.atMs,
    y: label,
    event,
    n: attempt.n,
    status: attempt.status,
    classification: attempt.classification,
    title: `event ${label}, attempt ${attempt.n} of ${of} (${outcome})`,
    lines,
  };
}

function eventLabel(index: number, duplicateOf: number | null): string {
  return duplicateOf === null ? `#${index}` : `#${index} (copy of #${duplicateOf})`;
}

function summaryText(simulation: SimulationData, attempts: number): string {
  const outcomes = new Map<string, number>();
  for (const event of simulation.events) outcomes.set(event.outcome, (outcomes.get(event.outcome) ?? 0) + 1);
  const counted = [...outcomes].map(([outcome, count]) => `${count} ${outcome}`).join(', ');
  const events = simulation.events.length;
  const context = [
    typeof simulation.time === 'string' ? `${simulation.time} time` : undefined,
    simulation.seed === undefined ? undefined : `seed ${String(simulation.seed)}`,
    typeof simulation.startAt === 'string' ? `starting ${simulation.startAt}` : undefined,
  ].filter((part) => part !== undefined);
  return [
    `${events} event${events === 1 ? '' : 's'}${counted ? ` (${counted})` : ''}, ${attempts} attempt${attempts === 1 ? '' : 's'}`,
    ...context,
  ].join('; ');
}

function numberOr(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

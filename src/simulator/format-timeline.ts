import { formatMs } from '../core/index.ts';
import { faultRule } from './fault-table.ts';
import type { AppliedFault } from './faults.ts';
import type { AttemptRecord, EventTimeline, SimulationData } from './timeline.ts';

/**
 * The readable table of a whole simulation.
 *
 * @internal
 */
export function formatSimulation(data: SimulationData): string {
  const s = data.summary;
  const counts = [
    `${s.delivered} delivered`,
    s.exhausted ? `${s.exhausted} exhausted` : '',
    s.discarded ? `${s.discarded} discarded` : '',
    s.pending ? `${s.pending} pending` : '',
  ].filter(Boolean);
  const header = [
    `${data.profile} -> ${data.target} | ${data.time} time${data.time === 'real' && data.compress !== 1 ? ` x${data.compress}` : ''} | seed ${data.seed} | start ${data.startAt}`,
    `${s.events} event${s.events === 1 ? '' : 's'}: ${counts.join(', ')}; ${s.attempts} attempts, ${s.sent} sent${s.lateAnswers ? `, ${s.lateAnswers} late answers` : ''}`,
  ];
  return [...header, ...data.events.map((event) => formatEvent(event))].join('\n\n');
}

/**
 * The readable table of one event's attempts.
 *
 * ```
 * event 0 sub_01: delivered at 6m, attempt 3
 *   #  at   delay  status  result      latency  fault  note
 *   1  0s   -      500     http-error  0s       500    not sent
 * ```
 *
 * @internal
 */
export function formatEvent(event: EventTimeline): string {
  const key = event.dedupKeys.length ? ` ${event.dedupKeys.map(shortKey).join(',')}` : '';
  const dup = event.duplicateOf === null ? '' : ` duplicate of ${event.duplicateOf}`;
  const last = event.attempts.at(-1);
  const end =
    event.outcome === 'delivered'
      ? `delivered at ${formatMs(event.deliveredAtMs ?? 0)}, attempt ${last?.n}`
      : event.outcome === 'pending'
        ? `pending after ${event.attempts.length} attempt${event.attempts.length === 1 ? '' : 's'}`
        : `${event.outcome} after ${event.attempts.length} attempts`;
  const rows = [['#', 'at', 'delay', 'status', 'result', 'latency', 'fault', 'note']];
  for (const a of event.attempts) {
    rows.push([
      String(a.n),
      formatMs(a.atMs),
      a.delayMs === null ? '-' : formatMs(a.delayMs),
      a.status === null ? '-' : String(a.status),
      a.classification,
      a.latencyMs === null ? '-' : formatMs(a.latencyMs),
      formatFault(a.fault),
      note(a),
    ]);
  }
  const widths =
    rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length))) ?? [];
  const table = rows.map(
    (row) =>
      `  ${row
        .map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column] ?? 0)))
        .join('  ')
        .trimEnd()}`,
  );
  return [`event ${event.index}${key}${dup}: ${end}`, ...table].join('\n');
}

function note(a: AttemptRecord): string {
  const parts: string[] = [];
  if (!a.sent && a.classification !== 'pending') parts.push('not sent');
  if (a.error !== undefined) parts.push(a.error);
  if (
    a.answer !== null &&
    (a.answer.late || a.classification === 'lost-ack' || a.status !== a.answer.status)
  ) {
    parts.push(
      `handler answered ${a.answer.status} at ${formatMs(a.answer.atMs)}${a.answer.late ? ' (late)' : ''}`,
    );
  }
  if (a.wallMs !== undefined) parts.push(`${a.wallMs}ms real`);
  if (a.ioNotAwaited) parts.push("handler's real I/O not awaited (longer than ioWait)");
  return parts.join('; ');
}

/** A fault as written in tables, as the fault table says. */
function formatFault(fault: AppliedFault | null): string {
  return faultRule(fault).label(fault);
}

function shortKey(key: string): string {
  return key.length > 24 ? `${key.slice(0, 12)}...` : key;
}

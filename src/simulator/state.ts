import type { Rng } from '../core/index.ts';
import { listChoices, SpikeKitError } from '../core/index.ts';
import { buildDelivery, type Delivery } from '../delivery/index.ts';
import { dedupKeys, type Profile } from '../profiles/index.ts';
import type { AppliedFault } from './faults.ts';
import { durationOption, invalidOption, type SimulateOptions, simulateDefaults } from './options.ts';
import { permutation } from './rules.ts';
import type { Classification, EventOutcome } from './timeline.ts';

/** One event being delivered. @internal */
export interface EventState {
  readonly index: number;
  readonly duplicateOf: number | null;
  readonly delivery: Delivery;
  readonly dedupKeys: readonly string[];
  readonly arrivalMs: number;
  /** Position in arrival order (ties at the same instant start in this order). */
  readonly rank: number;
  readonly attempts: AttemptState[];
  outcome: EventOutcome;
  deliveredAt: number | null;
}

/** One attempt being made. @internal */
export interface AttemptState {
  readonly event: EventState;
  readonly n: number;
  readonly start: number;
  readonly fault: AppliedFault | null;
  sent: boolean;
  final: boolean;
  endedAt: number;
  status: number | null;
  classification: Classification;
  error?: string;
  wallMs?: number;
  answer: { status: number; at: number; accepted: boolean } | null;
  deadline?: unknown;
  observer?: unknown;
}

/**
 * Builds each event's delivery and schedule entry: deliveries (built or given), dedup keys, arrival times and
 * concurrent duplicates.
 *
 * @internal
 */
export function prepareEvents(profile: Profile, options: SimulateOptions, rng: Rng): EventState[] {
  const given = [options.event !== undefined, options.events !== undefined, options.deliveries !== undefined];
  if (given.filter(Boolean).length !== 1) {
    throw new SpikeKitError(
      'INVALID_OPTION',
      "Give exactly one of 'event' (one event), 'events' (a list) or 'deliveries' (prebuilt with buildDelivery).",
      { valid: ['event', 'events', 'deliveries'] },
    );
  }
  let deliveries: readonly Delivery[];
  if (options.deliveries !== undefined) {
    if (!Array.isArray(options.deliveries))
      throw invalidOption('deliveries', 'a list of deliveries', typeof options.deliveries);
    for (const d of options.deliveries) {
      if (typeof d?.body !== 'string' || typeof d.headers !== 'object' || d.headers === null)
        throw invalidOption(
          'deliveries',
          'deliveries made with buildDelivery ({ method, headers, body })',
          d,
        );
    }
    deliveries = options.deliveries;
  } else {
    const events = options.events ?? [options.event];
    if (!Array.isArray(events)) throw invalidOption('events', 'a list of events', typeof events);
    const build = {
      ...options.delivery,
      ...(options.secret === undefined ? {} : { secret: options.secret }),
    };
    deliveries = events.map((event) => buildDelivery(profile, event, build));
  }
  if (deliveries.length === 0) throw invalidOption('events', 'at least one event', '[]');

  const times = arrivals(deliveries.length, options, rng);
  const states: EventState[] = deliveries.map((delivery, index) => ({
    index,
    duplicateOf: null,
    delivery,
    dedupKeys: keysOf(profile, delivery.body),
    arrivalMs: times[index]?.ms ?? 0,
    rank: (times[index]?.rank ?? index) * 2,
    attempts: [],
    outcome: 'pending',
    deliveredAt: null,
  }));
  const dup = options.duplicates;
  if (dup !== undefined) {
    const gap = durationOption('duplicates.gap', dup.gap ?? simulateDefaults.duplicates.gap);
    let chosen: number[];
    if (dup.events === 'all') chosen = states.map((s) => s.index);
    else if (dup.events !== undefined) {
      chosen = [...dup.events];
      const bad = chosen.find((i) => !Number.isInteger(i) || i < 0 || i >= states.length);
      if (bad !== undefined)
        throw invalidOption(
          'duplicates.events',
          `event indexes from 0 to ${states.length - 1}, or 'all'`,
          bad,
        );
    } else {
      const rate = dup.rate ?? 0;
      if (!(rate >= 0 && rate <= 1))
        throw invalidOption('duplicates.rate', 'a probability from 0 to 1', rate);
      const draws = rng.fork('duplicates');
      chosen = states.filter(() => draws.bool(rate)).map((s) => s.index);
    }
    for (const i of [...new Set(chosen)].sort((a, b) => a - b)) {
      const original = states[i] as EventState;
      states.push({
        ...original,
        index: states.length,
        duplicateOf: i,
        arrivalMs: original.arrivalMs + gap,
        rank: original.rank + 1,
        attempts: [],
      });
    }
  }
  return states;
}

function arrivals(count: number, options: SimulateOptions, rng: Rng): { ms: number; rank: number }[] {
  const arrival = options.arrival ?? {};
  if (arrival.offsets !== undefined) {
    if (!Array.isArray(arrival.offsets) || arrival.offsets.length !== count)
      throw invalidOption('arrival.offsets', `one duration per event (${count})`, arrival.offsets);
    const ms = arrival.offsets.map((offset) => durationOption('arrival.offsets', offset));
    const byTime = ms.map((_, i) => i).sort((a, b) => (ms[a] as number) - (ms[b] as number) || a - b);
    const ranks: number[] = [];
    byTime.forEach((event, rank) => {
      ranks[event] = rank;
    });
    return ms.map((value, i) => ({ ms: value, rank: ranks[i] ?? i }));
  }
  const order = arrival.order ?? simulateDefaults.arrival.order;
  const spacing = durationOption('arrival.spacing', arrival.spacing ?? simulateDefaults.arrival.spacing);
  let sequence: number[];
  if (order === 'in-order') sequence = Array.from({ length: count }, (_, i) => i);
  else if (order === 'reversed') sequence = Array.from({ length: count }, (_, i) => count - 1 - i);
  else if (order === 'shuffled') {
    const draws = rng.fork('arrival');
    sequence = permutation(count, () => draws.next());
  } else throw invalidOption('arrival.order', listChoices(['in-order', 'reversed', 'shuffled']), order);
  const out: { ms: number; rank: number }[] = [];
  sequence.forEach((event, rank) => {
    out[event] = { ms: rank * spacing, rank };
  });
  return out;
}

function keysOf(profile: Profile, body: string): string[] {
  try {
    return dedupKeys(profile, body);
  } catch {
    return [];
  }
}

import { listChoices, Rng, SpikeKitError } from '../core/index.ts';
import { buildDelivery, checkDelivery, type Delivery, withEventInstant } from '../delivery/index.ts';
import { dedupKeys, type Profile } from '../profiles/index.ts';
import { checkSecret } from '../signing/index.ts';
import type { PlannedEvent } from './event-state.ts';
import { durationOption, invalidOption, optionObject } from './invalid-option.ts';
import { type SimulateOptions, simulateDefaults } from './simulate-options.ts';

/**
 * Plans each event's delivery: deliveries (built or given), dedup keys, arrival times and concurrent duplicates,
 * checking `event` / `events` / `deliveries`, `secret`, `delivery`, `arrival` and `duplicates` on the way.
 *
 * @throws {SpikeKitError} `INVALID_OPTION`, `SECRET_REQUIRED` or `INVALID_EVENT`.
 *
 * @internal
 */
export function planEvents(
  profile: Profile,
  options: SimulateOptions,
  seed: number | string,
): PlannedEvent[] {
  const rng = new Rng(seed);
  const deliveries = deliveriesOf(profile, options);
  const times = arrivals(deliveries.length, options, rng);
  const planned: PlannedEvent[] = deliveries.map(({ delivery, signAt }, index) => ({
    index,
    duplicateOf: null,
    delivery,
    dedupKeys: keysOf(profile, delivery.body),
    arrivalMs: times[index]?.ms ?? 0,
    rank: (times[index]?.rank ?? index) * 2,
    ...(signAt === undefined ? {} : { signAt }),
  }));
  if (options.duplicates === undefined) return planned;
  const dup = optionObject(
    'duplicates',
    options.duplicates,
    "{ events: 'all' } or { rate: 0.2, gap: '1s' }",
    ['events', 'rate', 'gap'],
  );
  const gap = durationOption('duplicates.gap', dup.gap ?? simulateDefaults.duplicates.gap);
  let chosen: number[];
  if (dup.events === 'all') chosen = planned.map((s) => s.index);
  else if (dup.events !== undefined) {
    if (!Array.isArray(dup.events))
      throw invalidOption('duplicates.events', "a list of event indexes, or 'all'", dup.events);
    chosen = [...dup.events];
    const bad = chosen.find((i) => !Number.isInteger(i) || i < 0 || i >= planned.length);
    if (bad !== undefined)
      throw invalidOption(
        'duplicates.events',
        `event indexes from 0 to ${planned.length - 1}, or 'all'`,
        bad,
      );
  } else {
    const rate = dup.rate ?? 0;
    if (typeof rate !== 'number' || !(rate >= 0 && rate <= 1))
      throw invalidOption('duplicates.rate', 'a probability from 0 to 1', rate);
    const draws = rng.fork('duplicates');
    chosen = planned.filter(() => draws.bool(rate)).map((s) => s.index);
  }
  for (const i of [...new Set(chosen)].sort((a, b) => a - b)) {
    const original = planned[i] as PlannedEvent;
    planned.push({
      ...original,
      index: planned.length,
      duplicateOf: i,
      arrivalMs: original.arrivalMs + gap,
      rank: original.rank + 1,
    });
  }
  return planned;
}

interface PlannedDelivery {
  readonly delivery: Delivery;
  readonly signAt?: (atMs: number) => Delivery;
}

function deliveriesOf(profile: Profile, options: SimulateOptions): readonly PlannedDelivery[] {
  const given = [options.event !== undefined, options.events !== undefined, options.deliveries !== undefined];
  if (given.filter(Boolean).length !== 1) {
    throw new SpikeKitError(
      'INVALID_OPTION',
      "Give exactly one of 'event' (one event), 'events' (a list) or 'deliveries' (prebuilt with buildDelivery).",
      { valid: ['event', 'events', 'deliveries'] },
    );
  }
  let deliveries: readonly PlannedDelivery[];
  if (options.deliveries !== undefined) {
    if (!Array.isArray(options.deliveries))
      throw invalidOption('deliveries', 'a list of deliveries', options.deliveries);
    for (const d of options.deliveries) checkDelivery(d, "simulate's 'deliveries'");
    deliveries = options.deliveries.map((delivery) => ({ delivery }));
  } else {
    const events = options.events ?? [options.event];
    if (!Array.isArray(events)) throw invalidOption('events', 'a list of events', events);
    const secret = checkSecret(options.secret, { caller: 'simulate' });
    const build = {
      ...optionObject('delivery', options.delivery, "{ bodyStyle: 'awkward' }", [
        'bodyStyle',
        'timestamp',
        'headers',
        'url',
      ]),
      ...(secret === undefined ? {} : { secret }),
    };
    const timestamped =
      profile.signature.timestampHeader !== undefined &&
      options.delivery?.timestamp === undefined &&
      build.secret !== undefined;
    deliveries = events.map((event) => {
      const delivery = buildDelivery(profile, event, build);
      if (!timestamped) return { delivery };
      const field = profile.signature.timestampField;
      return {
        delivery,
        signAt: (atMs: number) =>
          buildDelivery(profile, field === undefined ? event : withEventInstant(event, field, atMs), {
            ...build,
            timestamp: atMs,
          }),
      };
    });
  }
  if (deliveries.length === 0) throw invalidOption('events', 'at least one event', []);
  return deliveries;
}

function arrivals(count: number, options: SimulateOptions, rng: Rng): { ms: number; rank: number }[] {
  const arrival = optionObject('arrival', options.arrival, "{ order: 'shuffled', spacing: '2s' }", [
    'order',
    'spacing',
    'offsets',
  ]);
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

/** A seeded Fisher-Yates permutation of `0 .. n-1`. */
function permutation(n: number, random: () => number): number[] {
  const out = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as number, out[i] as number];
  }
  return out;
}

function keysOf(profile: Profile, body: string): string[] {
  try {
    return dedupKeys(profile, body);
  } catch {
    return [];
  }
}

import { invalid, listChoices, Rng, SpikeKitError } from '../../src/core/index.ts';
import { isoDate } from '../core/iso-time.ts';
import { roundHalfUp } from '../core/round-half-up.ts';
import { DayModel } from './day.ts';
import { MIN_DAY_MS, shortSwitchDay, type Trip } from './itinerary.ts';
import { Person, type PersonaOption } from './person.ts';
import { isPersonaId, type Persona, type PersonaId, personaIds, personas } from './personas.ts';
import { isProviderSlug, providerSlugs } from './providers.ts';
import { dayNoOf } from './time.ts';
import { fixedZone, ianaZone, isTimeZoneName, type TimeZone } from './time-zone.ts';

/** A {@link Person} with their days: the model every health payload is drawn from. */
export class HealthUser extends Person {
  #days: Map<number, DayModel> | undefined;

  /**
   * The day model of a local date (`YYYY-MM-DD` or a local day number): everything this person's devices recorded
   * that day. Cached: asking twice returns the same object.
   *
   * @example
   * ```ts
   * user.day('2026-01-14').workouts.map((w) => w.type); // e.g. ['running']
   * ```
   */
  day(date: string | number): DayModel {
    const dayNo = typeof date === 'number' ? date : dayNoOf(date);
    if (dayNo === undefined || !Number.isInteger(dayNo)) {
      throw invalid('INVALID_DATE', 'A local date', "'YYYY-MM-DD' (or a local day number)", date, {
        details: { date },
      });
    }
    this.#days ??= new Map();
    let day = this.#days.get(dayNo);
    if (day === undefined) {
      day = new DayModel(this, dayNo);
      this.#days.set(dayNo, day);
    }
    return day;
  }
}

/** Options of {@link healthUser}. */
export interface HealthUserOptions {
  /** The seed of the `generate` call whose person you want. */
  readonly seed: number | string;
  /** The persona; default: drawn from the seed, as `generate` does. */
  readonly persona?: PersonaOption;
  /** Which user of the seed (v3 batches hold several), 0-based; default 0. */
  readonly index?: number;
}

/**
 * The person `generate` describes for a seed and persona: use it to read the day model behind the webhooks (for
 * instance to answer a mocked v3 REST query consistently with them).
 *
 * @throws {SpikeKitError} `UNKNOWN_PERSONA` or `INVALID_OPTION`.
 * @example
 * ```ts
 * const user = healthUser({ seed: 7, persona: 'office-worker' });
 * const night = user.day('2026-01-15').sleep; // the night generate('spike-health-v2', { kind: 'sleep', seed: 7, persona: 'office-worker' }) describes
 * ```
 */
export function healthUser(options: HealthUserOptions): HealthUser {
  checkPersonaOption(options.persona, 'persona');
  return resolveUser(new Rng(options.seed), options.persona, options.index ?? 0);
}

/**
 * The individual for a persona option and index under a root stream. Without a persona, one is drawn from the
 * seed; `accepts` restricts the draw (to personas with a provider for the requested data, say).
 *
 * @example
 * ```ts
 * resolveUser(new Rng(7), undefined, 0, (p) => p.providers.includes('dexcom')).persona.id; // 'type1-diabetes'
 * ```
 */
function resolveUser(
  root: Rng,
  option: PersonaOption | undefined,
  index: number,
  accepts: (persona: Persona) => boolean = () => true,
): HealthUser {
  if (option === undefined) return new HealthUser(root, drawPersona(root, index, accepts), index);
  if (typeof option === 'string') return new HealthUser(root, personas[option], index);
  const { id, ...spec } = option;
  return new HealthUser(root, personas[id], index, spec);
}

function drawPersona(root: Rng, index: number, accepts: (persona: Persona) => boolean): Persona {
  const order = personaOrder(root);
  for (let k = 0; k < order.length; k++) {
    const persona = personas[order[(index + k) % order.length] as PersonaId];
    if (accepts(persona)) return persona;
  }
  throw new SpikeKitError('INVALID_OPTION', 'No built-in persona fits the requested options.', {});
}

/** An unfrozen copy of `personaIds` to draw from (copying a frozen array is slow in V8). */
const drawablePersonaIds: PersonaId[] = [...personaIds];

let orderRoot: Rng | undefined;
let order: readonly PersonaId[] = [];

/** The order in which a seed draws personas (user `i` gets the first acceptable one from position `i`). */
function personaOrder(root: Rng): readonly PersonaId[] {
  if (root !== orderRoot) {
    orderRoot = root;
    order = root.fork('health-persona-order').sample(drawablePersonaIds, drawablePersonaIds.length);
  }
  return order;
}

/**
 * Validates a persona option, throwing `UNKNOWN_PERSONA` (listing the valid ids) or `INVALID_OPTION`.
 *
 * @example
 * ```ts
 * checkPersonaOption('office-worker', 'persona'); // fine
 * checkPersonaOption('astronaut', 'persona');     // throws UNKNOWN_PERSONA
 * ```
 */
export function checkPersonaOption(
  value: unknown,
  option: string,
): asserts value is PersonaOption | undefined {
  if (value === undefined) return;
  const id = typeof value === 'object' && value !== null ? (value as { id?: unknown }).id : value;
  if (!isPersonaId(id)) {
    throw invalid(
      'UNKNOWN_PERSONA',
      `The persona in '${option}'`,
      `one of ${listChoices(personaIds)}, or an object { id, userId?, clientUserId?, timezoneOffsetMinutes?, timeZone?, trips?, providers? }`,
      id,
      { details: { persona: id, valid: personaIds } },
    );
  }
  if (typeof value !== 'object') return;
  const spec = value as Record<string, unknown>;
  const known = ['id', 'userId', 'clientUserId', 'timezoneOffsetMinutes', 'timeZone', 'trips', 'providers'];
  const unknown = Object.keys(spec).filter((key) => !known.includes(key) && spec[key] !== undefined);
  const details = { option, persona: id };
  const bad = (field: string, expected: string, got: unknown) =>
    invalid('INVALID_OPTION', `'${option}.${field}'`, expected, got, { details });
  if (unknown.length > 0) {
    throw new SpikeKitError(
      'INVALID_OPTION',
      `Invalid '${option}': unknown field ${listChoices(unknown)}; valid fields are ${listChoices(known)}.`,
      details,
    );
  }
  for (const key of ['userId', 'clientUserId'] as const) {
    if (spec[key] !== undefined && (typeof spec[key] !== 'string' || spec[key] === '')) {
      throw bad(key, 'a non-empty string', spec[key]);
    }
  }
  const tz = spec.timezoneOffsetMinutes;
  if (tz !== undefined && !(Number.isInteger(tz) && (tz as number) >= -720 && (tz as number) <= 840)) {
    throw bad('timezoneOffsetMinutes', 'a whole number of minutes from -720 to 840', tz);
  }
  if (spec.timeZone !== undefined) {
    if (!isTimeZoneName(spec.timeZone))
      throw bad('timeZone', "an IANA time-zone name such as 'Europe/Berlin'", spec.timeZone);
    if (tz !== undefined)
      throw bad(
        'timeZone',
        'absent when timezoneOffsetMinutes is given (give one of the two)',
        spec.timeZone,
      );
  }
  checkTrips(spec.trips, (expected, got) => bad('trips', expected, got));
  if (spec.trips !== undefined) {
    const home =
      tz !== undefined
        ? fixedZone((tz as number) * 60)
        : ianaZone((spec.timeZone as string | undefined) ?? personas[id].timeZone);
    checkSwitchDays(spec.trips as Trip[], home, `${option}.trips`, details);
  }
  const list = spec.providers;
  if (list !== undefined) {
    if (!Array.isArray(list) || list.length === 0)
      throw bad('providers', 'a non-empty array of provider slugs', list);
    const unknownSlugs = list.filter((slug) => !isProviderSlug(slug));
    if (unknownSlugs.length > 0) {
      throw bad('providers', `provider slugs, each one of ${listChoices(providerSlugs)}`, unknownSlugs);
    }
  }
}

/** A user of the current `generate` call, with what it was resolved from (and the next one of its index). */
interface CallUser {
  readonly option: PersonaOption | undefined;
  readonly acceptsKey: string;
  readonly user: HealthUser;
  readonly next: CallUser | undefined;
}

// The users of the current `generate` call, by index: one entry, keyed by the call's root stream (generation is
// synchronous).
let callRoot: Rng | undefined;
let callUsers: (CallUser | undefined)[] = [];

/** Whether two persona options name the same individual: the same value, or equal objects. */
function sameOption(a: PersonaOption | undefined, b: PersonaOption | undefined): boolean {
  return (
    a === b || (typeof a === 'object' && typeof b === 'object' && JSON.stringify(a) === JSON.stringify(b))
  );
}

/**
 * {@link resolveUser}, memoised for the duration of one `generate` call (keyed by its root stream): the events of a
 * `count` series share one person and its day models.
 *
 * @example
 * ```ts
 * userForCall(context.root, options.persona, 0, () => true, 'v3') === userForCall(context.root, options.persona, 0, () => true, 'v3'); // true
 * ```
 */
export function userForCall(
  root: Rng,
  option: PersonaOption | undefined,
  index: number,
  accepts: (persona: Persona) => boolean,
  acceptsKey: string,
): HealthUser {
  if (root !== callRoot) {
    callRoot = root;
    callUsers = [];
  }
  const first = callUsers[index];
  for (let entry = first; entry !== undefined; entry = entry.next) {
    if (entry.acceptsKey === acceptsKey && sameOption(entry.option, option)) return entry.user;
  }
  const user = resolveUser(root, option, index, accepts);
  callUsers[index] = { option, acceptsKey, user, next: first };
  return user;
}

/** Validates `trips`: an array of `{ from, to, timeZone }`, valid dates, `from` before `to`, in order, no overlap. */
function checkTrips(trips: unknown, bad: (expected: string, got: unknown) => Error): void {
  if (trips === undefined) return;
  if (!Array.isArray(trips))
    throw bad("an array of { from: 'YYYY-MM-DD', to: 'YYYY-MM-DD', timeZone }", trips);
  let lastTo = Number.NEGATIVE_INFINITY;
  for (const trip of trips as Record<string, unknown>[]) {
    const from = typeof trip?.from === 'string' ? dayNoOf(trip.from) : undefined;
    const to = typeof trip?.to === 'string' ? dayNoOf(trip.to) : undefined;
    if (from === undefined || to === undefined || from >= to)
      throw bad("trips with valid dates 'YYYY-MM-DD', from before to", trip);
    if (from < lastTo) throw bad('trips in time order that do not overlap', trip);
    if (!isTimeZoneName(trip.timeZone)) throw bad("trips with an IANA timeZone such as 'Asia/Tokyo'", trip);
    lastTo = to;
  }
}

/**
 * Rejects (`INVALID_OPTION`) valid trips whose switch of zone would leave a local day shorter than an hour: a zone
 * 24 hours ahead of the one before makes the day before the switch last no time at all.
 */
function checkSwitchDays(
  trips: readonly Trip[],
  home: TimeZone,
  where: string,
  details: Record<string, unknown>,
): void {
  const days = trips.map((t) => ({
    fromDay: dayNoOf(t.from) as number,
    toDay: dayNoOf(t.to) as number,
    timeZone: t.timeZone,
  }));
  const short = shortSwitchDay(home, days);
  if (short === undefined) return;
  const trip = trips[days.findIndex((t) => t.fromDay - 1 === short.dayNo || t.toDay - 1 === short.dayNo)];
  const hours = (ms: number) => roundHalfUp((ms / 3_600_000) * 100) / 100;
  throw new SpikeKitError(
    'INVALID_OPTION',
    `Invalid '${where}': the trip ${JSON.stringify(trip)} would make local day ${isoDate(short.dayNo)}, the day before a switch of zone, last ${hours(short.lengthMs)} h (the next zone is ${hours(86_400_000 - short.lengthMs)} h ahead, across the date line); a local day must last at least ${hours(MIN_DAY_MS)} h. Split the trip through a zone in between (a few days there first), or choose a destination less than 23 h ahead.`,
    { ...details, trip, day: isoDate(short.dayNo), lengthMs: short.lengthMs, minDayMs: MIN_DAY_MS },
  );
}

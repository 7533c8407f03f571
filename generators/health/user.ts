import { listChoices, SpikeKitError } from '../../src/errors/index.ts';
import type { HealthV2DataType } from '../../src/schemas/health-v2.ts';
import { Rng } from '../core/random.ts';
import { DayModel } from './day.ts';
import { fastUuid, hash32, subSalt, uuidOfWords, uuidWord } from './noise.ts';
import { isPersonaId, type Persona, type PersonaId, personaIds, personas } from './personas.ts';
import { isProviderSlug, type ProviderSlug, providerSlugs, records } from './providers.ts';
import type { Sleeper } from './sleep.ts';
import { dayNoOf, localDayOf } from './time.ts';

/**
 * A persona, by id or as an object that pins parts of the individual: its ids, time zone or providers.
 *
 * @example
 * ```ts
 * const a: PersonaOption = 'office-worker';
 * const b: PersonaOption = { id: 'office-worker', clientUserId: 'user-42', providers: ['garmin'] };
 * ```
 */
export type PersonaOption = PersonaId | PersonaSpec;

/** A persona with parts of the individual fixed. */
export interface PersonaSpec {
  /** The persona. */
  readonly id: PersonaId;
  /** Spike user id (v2 `user_id`); default: a UUID derived from the seed. */
  readonly userId?: string;
  /** Your id of the user (v2 `client_user_id`, v3 `application_user_id`); default: derived from the seed. */
  readonly clientUserId?: string;
  /** Local time offset from UTC, minutes; default: the persona's. */
  readonly timezoneOffsetMinutes?: number;
  /** Connected providers, preferred first; default: the persona's. */
  readonly providers?: readonly ProviderSlug[];
}

/** The individual's own numbers: the persona's baselines with small personal variations. */
export interface Baseline {
  /** Height, cm. */
  readonly heightCm: number;
  /** Weight, kg (the day-to-day weigh-ins vary around it). */
  readonly weightKg: number;
  /** Percent. */
  readonly bodyFatPct: number;
  /** bpm. */
  readonly restingHr: number;
  /** bpm. */
  readonly maxHr: number;
  /** Night-time RMSSD, ms. */
  readonly hrvMs: number;
  /** Breaths per minute. */
  readonly breathingRate: number;
  /** Percent. */
  readonly spo2Pct: number;
  /** Usual steps per day outside workouts. */
  readonly stepsPerDay: number;
  /** The individual's usual bedtime relative to the persona's, minutes. */
  readonly bedtimeShiftMin: number;
}

/** Salts of the stateless noise of each signal, so every payload reads the same value for the same instant. */
export interface Salts {
  /** Heart rate. */
  readonly hr: number;
  /** Which minutes are spent walking. */
  readonly walk: number;
  /** Workout movement: pauses, cadence, speed, terrain, power. */
  readonly move: number;
  /** SpO2. */
  readonly spo2: number;
  /** Breathing rate. */
  readonly breathing: number;
  /** Heart rate variability. */
  readonly hrv: number;
  /** Stress level. */
  readonly stress: number;
  /** Glucose. */
  readonly glucose: number;
  /** ECG timing and waveform. */
  readonly ecg: number;
  /** Weigh-ins. */
  readonly body: number;
}

/**
 * One individual: a persona made concrete for a seed. The same seed, persona and index always give the same person
 * (ids, baselines, and through {@link HealthUser.day} the same days), whatever data type is asked for.
 *
 * @example
 * ```ts
 * const user = healthUser({ seed: 7, persona: 'office-worker' });
 * user.clientUserId;                 // e.g. 'user-482913'
 * user.day('2026-01-14').sleep.totals; // seconds awake, light, deep, REM
 * ```
 */
export class HealthUser {
  /** The persona this individual is one of. */
  readonly persona: Persona;
  /** Position among the users of one seed (v3 batches hold several), 0-based. */
  readonly index: number;
  /** Your id of the user (v2 `client_user_id`, v3 `application_user_id`). */
  readonly clientUserId: string;
  /** Local time offset from UTC, seconds (v2 `timezone_offset`). */
  readonly tzOffsetSec: number;
  /** Connected providers, preferred first. */
  readonly providers: readonly ProviderSlug[];
  /** How long before a reference instant this person's devices last synced with Spike, ms. */
  readonly syncLagMs: number;
  /** The stream of this individual: identity now, then (on first use) the baseline; days fork it. */
  readonly #rng: Rng;
  #baseline: Baseline | undefined;
  #salts: Salts | undefined;
  #sleeper: Sleeper | undefined;
  #days: Map<number, DayModel> | undefined;
  #userId: string | undefined;
  /** The draws of the default user id, formatted on first read (v3 payloads never show it). */
  readonly #userIdWords: readonly [number, number, number, number];

  constructor(root: Rng, persona: Persona, index: number, spec: Omit<PersonaSpec, 'id'> = {}) {
    const rng = root.fork('health-user:', persona.id, ':', index);
    this.#rng = rng;
    this.persona = persona;
    this.index = index;
    this.#userIdWords = [uuidWord(rng), uuidWord(rng), uuidWord(rng), uuidWord(rng)];
    this.#userId = spec.userId;
    const clientUserId = clientIdStyles[rng.int(0, clientIdStyles.length - 1)]?.(rng) as string;
    this.clientUserId = spec.clientUserId ?? clientUserId;
    this.tzOffsetSec = (spec.timezoneOffsetMinutes ?? persona.timezoneOffsetMinutes) * 60;
    this.providers = spec.providers ?? persona.providers;
    this.syncLagMs = rng.int(2 * 60, 25 * 60) * 1000;
  }

  /** Spike user id (v2 `user_id`), a UUID. */
  get userId(): string {
    const w = this.#userIdWords;
    this.#userId ??= uuidOfWords(w[0], w[1], w[2], w[3]);
    return this.#userId;
  }

  /** The individual's baselines: the persona's with small personal variations. */
  get baseline(): Baseline {
    if (this.#baseline === undefined) this.#draw();
    return this.#baseline as Baseline;
  }

  /** Salts of the stateless noise of each signal. */
  get salts(): Salts {
    if (this.#salts === undefined) this.#draw();
    return this.#salts as Salts;
  }

  /**
   * Draws the baselines and salts on first use, from the rest of this person's stream (nothing else consumes it,
   * so they are the same whenever they are first read).
   */
  #draw(): void {
    const rng = this.#rng;
    const p = this.persona;
    this.#baseline = {
      heightCm: Math.round(p.heightCm + rng.clampedNormal(0, 3, -8, 8)),
      weightKg: Math.round(p.weightKg * (1 + rng.clampedNormal(0, 0.04, -0.1, 0.1)) * 10) / 10,
      bodyFatPct: Math.round((p.bodyFatPct + rng.clampedNormal(0, 1.5, -4, 4)) * 10) / 10,
      restingHr: p.restingHr + rng.int(-3, 3),
      maxHr: p.maxHr + rng.int(-4, 4),
      hrvMs: p.hrvMs * rng.float(0.85, 1.15),
      breathingRate: p.breathingRate + rng.float(-0.8, 0.8),
      spo2Pct: p.spo2Pct + rng.float(-0.5, 0.5),
      stepsPerDay: p.stepsPerDay * rng.float(0.85, 1.15),
      bedtimeShiftMin: rng.clampedNormal(0, 15, -40, 40),
    };
    const salt = rng.int(0, 0x7fffffff);
    this.#salts = {
      hr: subSalt(salt, 1),
      walk: subSalt(salt, 2),
      move: subSalt(salt, 3),
      spo2: subSalt(salt, 4),
      breathing: subSalt(salt, 5),
      hrv: subSalt(salt, 6),
      stress: subSalt(salt, 7),
      glucose: subSalt(salt, 8),
      ecg: subSalt(salt, 9),
      body: subSalt(salt, 10),
    };
  }

  /** What the sleep sessions need to know about this person. */
  get sleeper(): Sleeper {
    if (this.#sleeper === undefined) {
      const b = this.baseline;
      this.#sleeper = {
        habits: this.persona.sleep,
        bedtimeShiftMin: b.bedtimeShiftMin,
        restingHr: b.restingHr,
        hrvMs: b.hrvMs,
        breathingRate: b.breathingRate,
        spo2Pct: b.spo2Pct,
        salts: this.salts,
      };
    }
    return this.#sleeper;
  }

  /**
   * An independent stream of this person for a label (one day's sleep, workouts ...), given whole or in parts
   * (see {@link Rng.fork}).
   *
   * @example
   * ```ts
   * user.stream(dayNo, ':sleep').int(0, 59); // the stream labelled `${dayNo}:sleep`
   * ```
   */
  stream(...label: (string | number)[]): Rng {
    return this.#rng.fork(...label);
  }

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
      throw new SpikeKitError(
        'INVALID_DATE',
        `Invalid local date ${JSON.stringify(date)}: use 'YYYY-MM-DD'.`,
        {
          date,
        },
      );
    }
    this.#days ??= new Map();
    let day = this.#days.get(dayNo);
    if (day === undefined) {
      day = new DayModel(this, dayNo);
      this.#days.set(dayNo, day);
    }
    return day;
  }

  /**
   * The local day number of an instant (epoch ms) in this person's time zone.
   *
   * @example
   * ```ts
   * user.day(user.localDayOf(Date.parse('2026-01-15T10:30:00Z'))); // this person's local day at that instant
   * ```
   */
  localDayOf(ms: number): number {
    return localDayOf(ms, this.tzOffsetSec);
  }

  /**
   * The first of this person's providers that records a v2 data type, if any.
   *
   * @example
   * ```ts
   * healthUser({ seed: 1, persona: 'type1-diabetes' }).sourceFor('glucose'); // 'dexcom'
   * ```
   */
  sourceFor(dataType: HealthV2DataType): ProviderSlug | undefined {
    return this.providers.find((slug) => records(slug, dataType));
  }

  /**
   * This person's id at a provider (v2 `provider_user_id`): stable per person and provider.
   *
   * @example
   * ```ts
   * user.providerUserId('garmin'); // e.g. '1KX3Z9Q'
   * ```
   */
  providerUserId(slug: ProviderSlug): string {
    return hash32(this.salts.move, providerSlugs.indexOf(slug) + 1)
      .toString(36)
      .toUpperCase()
      .padStart(7, '0');
  }
}

const clientIdStyles: readonly ((rng: Rng) => string)[] = [
  (rng) => `user-${rng.int(10_000, 999_999)}`,
  (rng) => `usr_${rng.hex(12)}`,
  (rng) => String(rng.int(100_000, 99_999_999)),
  (rng) => fastUuid(rng),
];

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
export function resolveUser(
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

let orderRoot: Rng | undefined;
let order: readonly PersonaId[] = [];

/** The order in which a seed draws personas (user `i` gets the first acceptable one from position `i`). */
function personaOrder(root: Rng): readonly PersonaId[] {
  if (root !== orderRoot) {
    orderRoot = root;
    order = root.fork('health-persona-order').sample(personaIds, personaIds.length);
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
    throw new SpikeKitError(
      'UNKNOWN_PERSONA',
      `Unknown persona ${JSON.stringify(id)} in '${option}': use ${listChoices(personaIds)}, or an object { id, userId?, clientUserId?, timezoneOffsetMinutes?, providers? }.`,
      { persona: id, valid: personaIds },
    );
  }
  if (typeof value !== 'object') return;
  const spec = value as Record<string, unknown>;
  const known = ['id', 'userId', 'clientUserId', 'timezoneOffsetMinutes', 'providers'];
  const unknown = Object.keys(spec).filter((key) => !known.includes(key) && spec[key] !== undefined);
  const invalid = (what: string) =>
    new SpikeKitError('INVALID_OPTION', `Invalid '${option}': ${what}`, { option, persona: id });
  if (unknown.length > 0)
    throw invalid(`unknown field ${listChoices(unknown)}; valid fields are ${listChoices(known)}.`);
  for (const key of ['userId', 'clientUserId'] as const) {
    if (spec[key] !== undefined && (typeof spec[key] !== 'string' || spec[key] === '')) {
      throw invalid(`'${key}' must be a non-empty string.`);
    }
  }
  const tz = spec.timezoneOffsetMinutes;
  if (tz !== undefined && !(Number.isInteger(tz) && (tz as number) >= -720 && (tz as number) <= 840)) {
    throw invalid(
      `'timezoneOffsetMinutes' must be a whole number of minutes from -720 to 840, got ${JSON.stringify(tz)}.`,
    );
  }
  const list = spec.providers;
  if (list !== undefined) {
    if (!Array.isArray(list) || list.length === 0)
      throw invalid(`'providers' must be a non-empty array of provider slugs.`);
    const bad = list.filter((slug) => !isProviderSlug(slug));
    if (bad.length > 0) {
      throw invalid(`unknown provider ${listChoices(bad.map(String))}; use ${listChoices(providerSlugs)}.`);
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

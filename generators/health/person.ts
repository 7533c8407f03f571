import type { Rng } from '../../src/core/index.ts';
import type { HealthV2DataType } from '../../src/schemas/health-v2/index.ts';
import { base36Padded } from '../core/base36.ts';
import { Itinerary, type Trip } from './itinerary.ts';
import { fastUuid, hash32, subSalt, uuidOfWords, uuidWord } from './noise.ts';
import type { Persona, PersonaId } from './personas.ts';
import { type Baseline, drawBaseline } from './population.ts';
import { type ProviderSlug, providerSlugs, records } from './providers.ts';
import type { Sleeper } from './sleeper.ts';
import { DAY_MS, dayNoOf } from './time.ts';
import { fixedZone, ianaZone, type OffsetChange, type TimeZone } from './time-zone.ts';

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
  /**
   * A fixed local time offset from UTC, minutes (no daylight saving); default: the persona's IANA zone. Give this
   * or `timeZone`, not both.
   */
  readonly timezoneOffsetMinutes?: number;
  /** IANA time zone (`Europe/Berlin`), with its daylight saving from `Intl`; default: the persona's. */
  readonly timeZone?: string;
  /**
   * Trips to other time zones, in time order and not overlapping (they replace the persona's drawn travel; `[]`:
   * none). Each zone applies from the local midnight of `from` to that of `to`, the first day back home. A zone 23
   * hours or more ahead of the one before (across the date line) is rejected: the day before it would last under an
   * hour.
   */
  readonly trips?: readonly Trip[];
  /** Connected providers, preferred first; default: the persona's. */
  readonly providers?: readonly ProviderSlug[];
}

export type { Baseline } from './population.ts';

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
  /** The hidden daily state: illness, late nights, the slow drift of recovery (see `daily-state.ts`). */
  readonly state: number;
}

/**
 * One individual: a persona made concrete for a seed. The same seed, persona and index always give the same person
 * (ids, baselines, and through `HealthUser.day` the same days), whatever data type is asked for. Its days are
 * added by `HealthUser` (`user.ts`), so the day model depends on the person and not the other way round.
 *
 * @example
 * ```ts
 * const user = healthUser({ seed: 7, persona: 'office-worker' });
 * user.clientUserId;                 // e.g. 'user-482913'
 * user.day('2026-01-14').sleep.totals; // seconds awake, light, deep, REM
 * ```
 */
export class Person {
  /** The persona this individual is one of. */
  readonly persona: Persona;
  /** Position among the users of one seed (v3 batches hold several), 0-based. */
  readonly index: number;
  /** Your id of the user (v2 `client_user_id`, v3 `application_user_id`). */
  readonly clientUserId: string;
  /** The home time zone: a fixed offset when `timezoneOffsetMinutes` is pinned, else an IANA zone. */
  readonly zone: TimeZone;
  /** Connected providers, preferred first. */
  readonly providers: readonly ProviderSlug[];
  /** How long before a reference instant this person's devices last synced with Spike, ms. */
  readonly syncLagMs: number;
  /**
   * Everything that tells this individual apart from another of the same seed: persona and index, and whatever the
   * persona option pins (ids, time zone, providers). Event ids derive from it, so a receiver deduplicating on them
   * never merges two people's events. (The drawn ids follow from the seed, persona and index.)
   */
  get identityKey(): string {
    if (this.#identityKey === undefined) {
      const s = this.#spec;
      const pinned: unknown[] = [s.userId, s.clientUserId, s.timezoneOffsetMinutes, s.providers];
      if (s.timeZone !== undefined) pinned.push(s.timeZone);
      if (s.trips !== undefined) pinned.push(s.trips);
      this.#identityKey = pinned.every((value) => value === undefined)
        ? `${this.persona.id}:${this.index}`
        : `${this.persona.id}:${this.index}:${JSON.stringify(pinned)}`;
    }
    return this.#identityKey;
  }
  #identityKey: string | undefined;
  #itinerary: Itinerary | undefined;
  /** Local midnights by day number (computed once per day). */
  readonly #dayStarts = new Map<number, number>();
  readonly #spec: Omit<PersonaSpec, 'id'>;
  /** The stream of this individual: identity now, then (on first use) the baseline; days fork it. */
  readonly #rng: Rng;
  #baseline: Baseline | undefined;
  #salts: Salts | undefined;
  #sleeper: Sleeper | undefined;
  #userId: string | undefined;
  #sources: Map<HealthV2DataType, ProviderSlug | undefined> | undefined;
  /** The draws of the default user id, formatted on first read (v3 payloads never show it). */
  readonly #userIdWords: readonly [number, number, number, number];

  constructor(root: Rng, persona: Persona, index: number, spec: Omit<PersonaSpec, 'id'> = {}) {
    // The ids you pin are part of who the person is: different ids give a different individual (ids and data).
    const drawnIds = spec.userId === undefined && spec.clientUserId === undefined;
    const rng = drawnIds
      ? root.fork('health-user:', persona.id, ':', index)
      : root.fork(
          'health-user:',
          persona.id,
          ':',
          index,
          ':',
          JSON.stringify([spec.userId, spec.clientUserId]),
        );
    this.#rng = rng;
    this.persona = persona;
    this.index = index;
    this.#userIdWords = [uuidWord(rng), uuidWord(rng), uuidWord(rng), uuidWord(rng)];
    this.#userId = spec.userId;
    const clientUserId = clientIdStyles[rng.int(0, clientIdStyles.length - 1)]?.(rng) as string;
    this.clientUserId = spec.clientUserId ?? clientUserId;
    this.zone =
      spec.timezoneOffsetMinutes === undefined
        ? ianaZone(spec.timeZone ?? persona.timeZone)
        : fixedZone(spec.timezoneOffsetMinutes * 60);
    this.providers = spec.providers ?? persona.providers;
    this.syncLagMs = rng.int(2 * 60, 25 * 60) * 1000;
    this.#spec = spec;
  }

  /** Spike user id (v2 `user_id`), a UUID. */
  get userId(): string {
    const w = this.#userIdWords;
    this.#userId ??= uuidOfWords(w[0], w[1], w[2], w[3]);
    return this.#userId;
  }

  /** The individual's baselines: the persona's, moved by the individual's place in the population. */
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
    this.#baseline = drawBaseline(rng, this.persona);
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
      state: subSalt(salt, 11),
    };
  }

  /** What the sleep sessions need to know about this person. */
  get sleeper(): Sleeper {
    if (this.#sleeper === undefined) {
      const b = this.baseline;
      this.#sleeper = {
        habits: this.persona.sleep,
        bedtimeShiftMin: b.bedtimeShiftMin,
        inBedShiftMin: b.inBedShiftMin,
        restingHr: b.restingHr,
        hrvMs: b.hrvMs,
        breathingRate: b.breathingRate,
        spo2Pct: b.spo2Pct,
        odiPerHour: b.odiPerHour,
        desatDepthPct: this.persona.desaturation.depthPct,
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
   * The local day number of an instant (epoch ms) in this person's time zone.
   *
   * @example
   * ```ts
   * user.day(user.localDayOf(Date.parse('2026-01-15T10:30:00Z'))); // this person's local day at that instant
   * ```
   */
  localDayOf(ms: number): number {
    let dayNo = Math.floor((ms + this.zone.offsetAt(ms) * 1000) / DAY_MS);
    while (this.dayStartMs(dayNo) > ms) dayNo--;
    while (this.dayStartMs(dayNo + 1) <= ms) dayNo++;
    return dayNo;
  }

  /** Where the person is on each day: home, or a trip (given in the persona option, or drawn). */
  get itinerary(): Itinerary {
    if (this.#itinerary === undefined) {
      const trips = this.#spec.trips?.map((t) => ({
        fromDay: dayNoOf(t.from) as number,
        toDay: dayNoOf(t.to) as number,
        timeZone: t.timeZone,
      }));
      this.#itinerary = new Itinerary(this.zone, trips, this.persona.travel, this.salts.state ^ 0x7a1e);
    }
    return this.#itinerary;
  }

  /**
   * Hours the body clock is behind the local clock on a day after flying across zones (positive east, negative
   * west, 0 at home), re-entraining about an hour a day (see `itinerary.ts`).
   */
  jetLagHours(dayNo: number): number {
    return this.itinerary.jetLagHours(dayNo);
  }

  /**
   * The instant (epoch ms) local day `dayNo` begins: its local midnight in the zone of that day (23, 24 or 25 hours
   * before the next one across daylight-saving changes).
   *
   * @example
   * ```ts
   * new Date(user.dayStartMs(dayNoOf('2026-07-01')!)); // 2026-07-01T04:00:00Z for a New York user
   * ```
   */
  dayStartMs(dayNo: number): number {
    let start = this.#dayStarts.get(dayNo);
    if (start === undefined) {
      start = this.itinerary.dayStartMs(dayNo);
      this.#dayStarts.set(dayNo, start);
    }
    return start;
  }

  /**
   * The UTC offset in force at an instant, seconds (what a v2 `timezone_offset` says).
   *
   * @example
   * ```ts
   * user.offsetAt(Date.parse('2026-07-01T12:00:00Z')); // -14400 for a New York user
   * ```
   */
  offsetAt(ms: number): number {
    const it = this.itinerary;
    const home = this.zone.offsetAt(ms);
    // At home around the instant's day on the home clock: no need to find the local day.
    if (it.homeAround(Math.floor((ms + home * 1000) / DAY_MS))) return home;
    return it.zoneOf(this.localDayOf(ms)).offsetAt(ms);
  }

  /** The changes of this person's UTC offset with `fromMs <= atMs < toMs`, in time order. */
  offsetChanges(fromMs: number, toMs: number): readonly OffsetChange[] {
    return this.itinerary.changesBetween(fromMs, toMs, (ms) => this.localDayOf(ms));
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
    this.#sources ??= new Map();
    if (!this.#sources.has(dataType))
      this.#sources.set(
        dataType,
        this.providers.find((slug) => records(slug, dataType)),
      );
    return this.#sources.get(dataType);
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
    return base36Padded(hash32(this.salts.move, providerSlugs.indexOf(slug) + 1), 7).toUpperCase();
  }
}

const clientIdStyles: readonly ((rng: Rng) => string)[] = [
  (rng) => `user-${rng.int(10_000, 999_999)}`,
  (rng) => `usr_${rng.hex(12)}`,
  (rng) => String(rng.int(100_000, 99_999_999)),
  (rng) => fastUuid(rng),
];

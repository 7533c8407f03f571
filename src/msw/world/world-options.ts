import type { PersonaOption } from '../../../generators/health/person.ts';
import { checkPersonaOption } from '../../../generators/health/user.ts';
import {
  type DateInput,
  type Duration,
  invalid,
  kitDefaults,
  listChoices,
  Rng,
  SpikeKitError,
  toEpochMs,
  toMs,
} from '../../core/index.ts';
import type { FaultRule } from './world-dispatch.ts';

/**
 * Options of `createSpikeWorld`. Everything is optional; the same options give the same world, webhooks and API
 * answers, byte for byte.
 */
export interface SpikeWorldOptions {
  /** Seed of the whole world (default `kitDefaults.seed`). */
  readonly seed?: number | string;
  /** The world's "now": records exist up to it (less each user's sync lag). Default `kitDefaults.refDate`. */
  readonly refDate?: DateInput;
  /** Health users: how many (default 3, personas drawn from the seed) or one persona option each. */
  readonly users?: number | readonly PersonaOption[];
  /** Days of records before `refDate`, the reference day included (default 30, at most 366). */
  readonly days?: number;
  /** Base URL of the mocked Spike API v3 (default `https://app-api.spikeapi.com/v3`). */
  readonly baseUrl?: string;
  /** Your Spike application id (default: drawn from the seed). */
  readonly applicationId?: number;
  /** The application's HMAC key, which `POST /auth/hmac` checks signatures with (default: drawn from the seed). */
  readonly hmacKey?: string;
  /** How long an access token lives (default: forever; Spike documents no lifetime). */
  readonly tokenTtl?: Duration;
  /** The world's clock for token expiry, rate limits and call records (default `Date.now`, virtual inside `simulate`). */
  readonly clock?: () => number;
  /** Faults to inject from the start (see `world.fail`). */
  readonly faults?: readonly FaultRule[];
}

/** {@link SpikeWorldOptions} resolved: every default applied, every value checked. */
export interface ResolvedWorldOptions {
  readonly seed: number | string;
  readonly refMs: number;
  readonly users: number | readonly PersonaOption[];
  readonly days: number;
  readonly baseUrl: string;
  readonly applicationId: number;
  readonly hmacKey: string;
  readonly tokenTtlMs: number | undefined;
  readonly clock: () => number;
  readonly faults: readonly FaultRule[];
}

const optionKeys = [
  'seed',
  'refDate',
  'users',
  'days',
  'baseUrl',
  'applicationId',
  'hmacKey',
  'tokenTtl',
  'clock',
  'faults',
] as const satisfies readonly (keyof SpikeWorldOptions)[];

const MAX_USERS = 100_000;
const MAX_DAYS = 366;

/**
 * Defaults of `createSpikeWorld`.
 *
 * @example
 * ```ts
 * spikeWorldDefaults.baseUrl; // 'https://app-api.spikeapi.com/v3'
 * ```
 */
export const spikeWorldDefaults = {
  users: 3,
  days: 30,
  baseUrl: 'https://app-api.spikeapi.com/v3',
} as const;

function bad(option: string, expected: string, got: unknown) {
  return invalid('INVALID_OPTION', `createSpikeWorld's '${option}'`, expected, got, { details: { option } });
}

/**
 * Checks `createSpikeWorld`'s options and applies the defaults, in one step.
 *
 * @throws {SpikeKitError} `INVALID_OPTION`, `UNKNOWN_PERSONA`, `INVALID_DATE` or `INVALID_DURATION`.
 * @example
 * ```ts
 * resolveWorldOptions({ seed: 7, users: 2 }).days; // 30
 * ```
 */
export function resolveWorldOptions(options: SpikeWorldOptions = {}): ResolvedWorldOptions {
  if (typeof options !== 'object' || options === null || Array.isArray(options))
    throw bad('options', 'an object', options);
  const unknown = Object.keys(options).filter(
    (key) =>
      !(optionKeys as readonly string[]).includes(key) &&
      (options as Record<string, unknown>)[key] !== undefined,
  );
  if (unknown.length > 0) {
    throw new SpikeKitError(
      'INVALID_OPTION',
      `Unknown option ${listChoices(unknown)} for createSpikeWorld: valid options are ${listChoices(optionKeys)}.`,
      { unknown, valid: optionKeys },
    );
  }
  const seed = options.seed ?? kitDefaults.seed;
  if (!((typeof seed === 'number' && Number.isFinite(seed)) || typeof seed === 'string'))
    throw bad('seed', 'a finite number or a string', seed);
  const users = options.users ?? spikeWorldDefaults.users;
  if (Array.isArray(users)) {
    if (users.length === 0 || users.length > MAX_USERS)
      throw bad('users', `1 to ${MAX_USERS} persona options`, users);
    users.forEach((persona, i) => {
      checkPersonaOption(persona, `users[${i}]`);
    });
  } else if (!(Number.isInteger(users) && (users as number) >= 1 && (users as number) <= MAX_USERS)) {
    throw bad('users', `a whole number from 1 to ${MAX_USERS}, or a list of persona options`, users);
  }
  const days = options.days ?? spikeWorldDefaults.days;
  if (!(Number.isInteger(days) && days >= 1 && days <= MAX_DAYS))
    throw bad('days', `a whole number from 1 to ${MAX_DAYS}`, days);
  const baseUrl = options.baseUrl ?? spikeWorldDefaults.baseUrl;
  if (typeof baseUrl !== 'string' || !/^https?:\/\/[^/]+/.test(baseUrl) || URL.parse(baseUrl) === null)
    throw bad('baseUrl', 'an absolute http(s) URL', baseUrl);
  const drawn = new Rng(seed).fork('world-credentials');
  const applicationId = options.applicationId ?? drawn.int(1000, 99_999);
  if (!(Number.isInteger(applicationId) && applicationId > 0))
    throw bad('applicationId', 'a positive whole number', applicationId);
  const hmacKey = options.hmacKey ?? drawn.hex(32);
  if (typeof hmacKey !== 'string' || hmacKey === '') throw bad('hmacKey', 'a non-empty string', hmacKey);
  const clock = options.clock ?? (() => Date.now());
  if (typeof clock !== 'function') throw bad('clock', 'a function returning epoch ms', clock);
  const faults = options.faults ?? [];
  if (!Array.isArray(faults)) throw bad('faults', 'an array of { route, fault, times?, after? }', faults);
  return {
    seed,
    refMs: toEpochMs(options.refDate ?? kitDefaults.refDate, "createSpikeWorld's 'refDate'"),
    users,
    days,
    baseUrl: baseUrl.replace(/\/+$/, ''),
    applicationId,
    hmacKey,
    tokenTtlMs: options.tokenTtl === undefined ? undefined : toMs(options.tokenTtl),
    clock,
    faults,
  };
}

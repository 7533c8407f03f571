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
import { type FormKind, formKinds } from '../../schemas/forms/index.ts';
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
  /** Spike Forms forms: how many (kinds in the order of `formKinds`, repeating) or their kinds. Default: one of each kind. */
  readonly forms?: number | readonly FormKind[];
  /** Submissions of each form (default 5). */
  readonly submissionsPerForm?: number;
  /** Base URL of the mocked Spike Forms REST API (default `https://api.spike.ac`). */
  readonly formsBaseUrl?: string;
  /** Spike Forms API keys the mock accepts (`sk_live_...`, `sk_test_...`; default one `sk_test_` key drawn from the seed). */
  readonly formsApiKeys?: readonly string[];
  /** Spike Forms' rate limit per key (default 60 requests a minute, the Free plan's). */
  readonly formsRateLimit?: { readonly limit: number; readonly window: Duration };
  /** Lifetime of a signed file download URL, seconds (default 3600). */
  readonly downloadExpiresIn?: number;
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
  readonly forms: readonly FormKind[];
  readonly submissionsPerForm: number;
  readonly formsBaseUrl: string;
  readonly formsApiKeys: readonly string[];
  readonly formsRateLimit: { readonly limit: number; readonly windowMs: number };
  readonly downloadExpiresIn: number;
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
  'forms',
  'submissionsPerForm',
  'formsBaseUrl',
  'formsApiKeys',
  'formsRateLimit',
  'downloadExpiresIn',
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
  submissionsPerForm: 5,
  formsBaseUrl: 'https://api.spike.ac',
  formsRateLimit: { limit: 60, window: '1m' },
  downloadExpiresIn: 3600,
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
  const baseUrl = checkUrl(options.baseUrl ?? spikeWorldDefaults.baseUrl, 'baseUrl');
  const formsBaseUrl = checkUrl(options.formsBaseUrl ?? spikeWorldDefaults.formsBaseUrl, 'formsBaseUrl');
  const forms = formsOf(options.forms);
  const submissionsPerForm = options.submissionsPerForm ?? spikeWorldDefaults.submissionsPerForm;
  if (!(Number.isInteger(submissionsPerForm) && submissionsPerForm >= 1 && submissionsPerForm <= 1000))
    throw bad('submissionsPerForm', 'a whole number from 1 to 1000', submissionsPerForm);
  const rate = options.formsRateLimit ?? spikeWorldDefaults.formsRateLimit;
  if (typeof rate !== 'object' || rate === null || !(Number.isInteger(rate.limit) && rate.limit >= 1))
    throw bad('formsRateLimit', '{ limit: a whole number from 1, window: a duration }', rate);
  const downloadExpiresIn = options.downloadExpiresIn ?? spikeWorldDefaults.downloadExpiresIn;
  if (!(Number.isInteger(downloadExpiresIn) && downloadExpiresIn >= 1))
    throw bad('downloadExpiresIn', 'a whole number of seconds from 1', downloadExpiresIn);
  const drawn = new Rng(seed).fork('world-credentials');
  const applicationId = options.applicationId ?? drawn.int(1000, 99_999);
  if (!(Number.isInteger(applicationId) && applicationId > 0))
    throw bad('applicationId', 'a positive whole number', applicationId);
  const hmacKey = options.hmacKey ?? drawn.hex(32);
  if (typeof hmacKey !== 'string' || hmacKey === '') throw bad('hmacKey', 'a non-empty string', hmacKey);
  const formsApiKeys = options.formsApiKeys ?? [`sk_test_${drawn.hex(24)}`];
  if (
    !Array.isArray(formsApiKeys) ||
    formsApiKeys.length === 0 ||
    formsApiKeys.some((k) => typeof k !== 'string' || !/^sk_(live|test)_\S+$/.test(k))
  )
    throw bad('formsApiKeys', "a non-empty list of keys starting 'sk_live_' or 'sk_test_'", formsApiKeys);
  const clock = options.clock ?? (() => Date.now());
  if (typeof clock !== 'function') throw bad('clock', 'a function returning epoch ms', clock);
  const faults = options.faults ?? [];
  if (!Array.isArray(faults)) throw bad('faults', 'an array of { route, fault, times?, after? }', faults);
  return {
    seed,
    refMs: toEpochMs(options.refDate ?? kitDefaults.refDate, "createSpikeWorld's 'refDate'"),
    users,
    days,
    baseUrl,
    applicationId,
    hmacKey,
    tokenTtlMs: options.tokenTtl === undefined ? undefined : toMs(options.tokenTtl),
    clock,
    faults,
    forms,
    submissionsPerForm,
    formsBaseUrl,
    formsApiKeys,
    formsRateLimit: { limit: rate.limit, windowMs: toMs(rate.window) },
    downloadExpiresIn,
  };
}

function checkUrl(url: unknown, option: string): string {
  if (typeof url !== 'string' || !/^https?:\/\/[^/]+/.test(url) || URL.parse(url) === null)
    throw bad(option, 'an absolute http(s) URL', url);
  return url.replace(/\/+$/, '');
}

function formsOf(option: number | readonly FormKind[] | undefined): readonly FormKind[] {
  if (option === undefined) return formKinds;
  if (typeof option === 'number') {
    if (!(Number.isInteger(option) && option >= 0 && option <= 1000))
      throw bad('forms', 'a whole number from 0 to 1000, or a list of form kinds', option);
    return Array.from({ length: option }, (_, i) => formKinds[i % formKinds.length] as FormKind);
  }
  if (!Array.isArray(option) || option.some((k) => !(formKinds as readonly string[]).includes(k)))
    throw bad('forms', `a number, or a list of form kinds (${formKinds.join(', ')})`, option);
  return option;
}

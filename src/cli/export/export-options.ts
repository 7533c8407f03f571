import { resolve } from 'node:path';
import { type DateInput, invalid, listChoices, SpikeKitError } from '../../core/index.ts';
import { type BodyStyle, bodyStyles } from '../../delivery/index.ts';
import { getProfile, type Profile, type ProfileRef } from '../../profiles/index.ts';

/** The load engines {@link exportTraffic} writes for. */
export const exportFormats = ['artillery', 'k6'] as const;

/** A load engine {@link exportTraffic} writes for. */
export type ExportFormat = (typeof exportFormats)[number];

/** Options of {@link exportTraffic}. */
export interface ExportTrafficOptions {
  /** The load engine: `'artillery'` (runs from npm) or `'k6'`. */
  readonly format: ExportFormat;
  /** The Spike dialect: `'spike-health-v2'`, `'spike-health-v3'`, `'spike-forms'` ... or a custom profile. */
  readonly profile: ProfileRef;
  /** The endpoint the deliveries go to, e.g. `http://127.0.0.1:3000/webhooks/spike`. */
  readonly url: string;
  /** The secret Spike signs with (the deliveries are signed with it once, at export). */
  readonly secret: string;
  /** The folder the files are written to (created if missing). */
  readonly outDir: string;
  /** How many distinct signed deliveries to write. Default 100. */
  readonly count?: number;
  /** Seed of the generated events. Default 1. */
  readonly seed?: number | string;
  /** What to generate: a v2 `data_type`, a v3 `event_type` or a form kind. Default: the profile's first kind. */
  readonly kind?: string;
  /**
   * The reference instant of the events, and the timestamp header of timestamped profiles. Default: the kit's fixed
   * reference date (deterministic files). A receiver with a replay window needs a `refDate` close to the run.
   */
  readonly refDate?: DateInput;
  /** Arrivals (requests) per second, a whole number. Default 10. */
  readonly rate?: number;
  /** How long the load runs, in whole seconds. Default: `count / rate`, rounded up. */
  readonly duration?: number;
  /** How the bodies are written (default `'compact'`); `'awkward'` catches receivers that re-serialise. */
  readonly bodyStyle?: BodyStyle;
}

/** The options after checking, with every default filled in. */
export interface CheckedExportOptions {
  readonly format: ExportFormat;
  readonly profile: Profile;
  readonly url: URL;
  readonly secret: string;
  readonly outDir: string;
  readonly count: number;
  readonly seed: number | string;
  readonly kind: string | undefined;
  readonly refDate: DateInput | undefined;
  readonly rate: number;
  readonly duration: number;
  readonly bodyStyle: BodyStyle;
}

/**
 * Defaults of {@link exportTraffic}.
 *
 * @example
 * ```ts
 * exportDefaults.count; // 100
 * ```
 */
export const exportDefaults = { count: 100, seed: 1, rate: 10, bodyStyle: 'compact' } as const;

const MAX_COUNT = 100_000;
const MAX_RATE = 100_000;
const MAX_DURATION_S = 7 * 24 * 3600;
const optionKeys: readonly string[] = [
  'format',
  'profile',
  'url',
  'secret',
  'outDir',
  'count',
  'seed',
  'kind',
  'refDate',
  'rate',
  'duration',
  'bodyStyle',
];

/**
 * Checks the options of {@link exportTraffic} before anything is generated or written, and fills in defaults.
 *
 * @throws {SpikeKitError} `INVALID_OPTION` for options that are not an object of the known keys, an unknown
 *   `format`, a `url` that is not http(s), a `count`, `rate` or `duration` that is not a whole number in range, a
 *   missing `outDir`, a `secret` that is not a string or an unknown `bodyStyle`; `SECRET_REQUIRED` without a
 *   secret; `UNKNOWN_PROFILE` for an unknown profile.
 * @example
 * ```ts
 * const checked = checkExportOptions({ format: 'k6', profile: 'spike-forms', url: 'http://127.0.0.1:3000/hook', secret: 's3cret', outDir: 'load' });
 * checked.duration; // 10 (100 deliveries at 10 per second)
 * ```
 */
export function checkExportOptions(options: unknown): CheckedExportOptions {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw invalid(
      'INVALID_OPTION',
      "exportTraffic's options",
      'an object such as { format, profile, url, secret, outDir }',
      options,
    );
  }
  const o = options as Record<string, unknown>;
  const unknown = Object.keys(o).filter((key) => o[key] !== undefined && !optionKeys.includes(key));
  if (unknown.length > 0) {
    throw new SpikeKitError(
      'INVALID_OPTION',
      `Unknown option${unknown.length > 1 ? 's' : ''} ${listChoices(unknown)} for exportTraffic: valid options are ${listChoices(optionKeys)}.`,
      { unknown, valid: optionKeys },
    );
  }
  const format = o.format;
  if (typeof format !== 'string' || !(exportFormats as readonly string[]).includes(format)) {
    throw bad("exportTraffic's 'format'", `one of ${listChoices(exportFormats)}`, format, 'format');
  }
  const profile = getProfile(o.profile as ProfileRef);
  const url = checkUrl(o.url);
  if (o.secret === undefined || o.secret === '') {
    throw new SpikeKitError(
      'SECRET_REQUIRED',
      `exportTraffic signs every delivery with the ${profile.signature.key}: pass { secret } (on the command line, --secret-env NAME reads it from the environment).`,
      { option: 'secret', profile: profile.id },
    );
  }
  if (typeof o.secret !== 'string') {
    throw bad("exportTraffic's 'secret'", 'a non-empty string', '(not shown)', 'secret');
  }
  if (typeof o.outDir !== 'string' || o.outDir.trim() === '') {
    throw bad(
      "exportTraffic's 'outDir'",
      'the folder to write the files to, e.g. "load"',
      o.outDir,
      'outDir',
    );
  }
  const count = wholeNumber(o.count, exportDefaults.count, MAX_COUNT, 'count');
  const rate = wholeNumber(o.rate, exportDefaults.rate, MAX_RATE, 'rate');
  const duration = wholeNumber(o.duration, Math.ceil(count / rate), MAX_DURATION_S, 'duration');
  const seed = o.seed ?? exportDefaults.seed;
  if (!((typeof seed === 'number' && Number.isFinite(seed)) || typeof seed === 'string')) {
    throw bad("exportTraffic's 'seed'", 'a finite number or a string', seed, 'seed');
  }
  if (o.kind !== undefined && typeof o.kind !== 'string') {
    throw bad("exportTraffic's 'kind'", 'a string such as "contact" or "record_change"', o.kind, 'kind');
  }
  const bodyStyle = o.bodyStyle ?? exportDefaults.bodyStyle;
  if (!bodyStyles.includes(bodyStyle as BodyStyle)) {
    throw bad("exportTraffic's 'bodyStyle'", `one of ${listChoices(bodyStyles)}`, bodyStyle, 'bodyStyle');
  }
  return {
    format: format as ExportFormat,
    profile,
    url,
    secret: o.secret,
    outDir: resolve(o.outDir),
    count,
    seed,
    kind: o.kind,
    refDate: o.refDate as DateInput | undefined,
    rate,
    duration,
    bodyStyle: bodyStyle as BodyStyle,
  };
}

function checkUrl(value: unknown): URL {
  const expected = 'an http(s) URL of the endpoint, e.g. "http://127.0.0.1:3000/webhooks/spike"';
  if (typeof value !== 'string') throw bad("exportTraffic's 'url'", expected, value, 'url');
  let url: URL;
  try {
    url = new URL(value);
  } catch (cause) {
    throw invalid('INVALID_OPTION', "exportTraffic's 'url'", expected, value, {
      details: { option: 'url' },
      cause,
    });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw bad("exportTraffic's 'url'", expected, value, 'url');
  }
  if (url.username !== '' || url.password !== '' || url.hash !== '') {
    throw bad("exportTraffic's 'url'", `${expected}, without credentials or a #fragment`, value, 'url');
  }
  return url;
}

function wholeNumber(value: unknown, fallback: number, max: number, option: string): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > max) {
    throw bad(`exportTraffic's '${option}'`, `a whole number from 1 to ${max}`, value, option);
  }
  return value;
}

function bad(what: string, expected: string, got: unknown, option: string): SpikeKitError {
  return invalid('INVALID_OPTION', what, expected, got, { details: { option } });
}

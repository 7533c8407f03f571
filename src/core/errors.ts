/**
 * Every failure the kit reports on purpose carries one of these stable codes. Codes never change meaning; new
 * ones may be added. Match on `error.code`, never on the message text.
 */
export const errorCodes = [
  'UNKNOWN_PROFILE',
  'INVALID_PROFILE',
  'UNKNOWN_KIND',
  'UNKNOWN_PERSONA',
  'UNKNOWN_LOCALE',
  'INVALID_OPTION',
  'INVALID_OVERRIDE',
  'INVALID_PAYLOAD',
  'INVALID_DURATION',
  'INVALID_DATE',
  'SECRET_REQUIRED',
  'INVALID_EVENT',
  'INVALID_DELIVERY',
  'INVALID_TARGET',
  'INVALID_FAULT',
  'SIMULATION_FAILED',
  'TRANSPORT_FAILED',
  'OPTIONAL_DEPENDENCY_MISSING',
  'PACT_FAILED',
  'BROKER_FAILED',
  'CONFORMANCE_FAILED',
  'SIGNATURE_INVALID',
  'BODY_NOT_RAW',
] as const;

/** A stable machine-readable error code; see {@link errorCodes}. */
export type ErrorCode = (typeof errorCodes)[number];

/**
 * The one error family of spike-webhook-kit. `code` is stable, `message` says what was wrong and what to do,
 * `details` holds structured context (the valid choices, the offending path ...).
 *
 * @example
 * ```ts
 * import { generate, SpikeKitError } from 'spike-webhook-kit';
 * try {
 *   generate('spike-forms', { kind: 'survey' });
 * } catch (error) {
 *   if (error instanceof SpikeKitError && error.code === 'UNKNOWN_KIND') console.log(error.details.valid);
 * }
 * ```
 */
// One brand for every copy of the kit a process loads (its ESM and CommonJS builds are two copies).
const brand = Symbol.for('spike-webhook-kit.SpikeKitError');

export class SpikeKitError extends Error {
  override readonly name = 'SpikeKitError';
  readonly [brand] = true;
  readonly code: ErrorCode;
  readonly details: Readonly<Record<string, unknown>>;

  constructor(
    code: ErrorCode,
    message: string,
    details: Record<string, unknown> = {},
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.code = code;
    this.details = details;
  }
}

/**
 * True when `error` is a {@link SpikeKitError}, optionally with the given code: of this copy of the kit or of
 * another (the ESM and CommonJS builds loaded side by side), unlike `instanceof`.
 *
 * @example
 * ```ts
 * if (isSpikeKitError(error, 'SECRET_REQUIRED')) console.error(error.message);
 * ```
 */
export function isSpikeKitError(error: unknown, code?: ErrorCode): error is SpikeKitError {
  const branded =
    error instanceof SpikeKitError ||
    (typeof error === 'object' && error !== null && (error as { [brand]?: unknown })[brand] === true);
  return branded && (code === undefined || (error as SpikeKitError).code === code);
}

/**
 * Formats a list of valid choices for an error message: `'a', 'b' or 'c'`. Items are written with `String(item)`.
 *
 * @throws {SpikeKitError} `INVALID_OPTION` when `choices` is not an array.
 * @example
 * ```ts
 * listChoices(['compact', 'pretty', 'awkward']); // "'compact', 'pretty' or 'awkward'"
 * ```
 */
export function listChoices(choices: readonly string[]): string {
  if (!Array.isArray(choices)) throw invalid('INVALID_OPTION', 'listChoices(choices)', 'a list', choices);
  const quoted = choices.map((choice) => `'${choice}'`);
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}`;
}

/**
 * Shows a value in an error message: JSON where JSON says what it is, and by name where it does not (`NaN`,
 * `Infinity`, `undefined`, a function, a symbol, a bigint, a circular object). Long values are cut to 80 characters.
 *
 * @example
 * ```ts
 * showValue(Number.NaN); // 'NaN'
 * showValue('30 s');     // '"30 s"'
 * ```
 */
export function showValue(value: unknown): string {
  let shown: string;
  if (typeof value === 'number') shown = Number.isFinite(value) ? JSON.stringify(value) : String(value);
  else if (typeof value === 'bigint') shown = `${value}n`;
  else if (typeof value === 'function') shown = 'a function';
  else if (typeof value === 'symbol' || value === undefined) shown = String(value);
  else {
    try {
      shown = JSON.stringify(value) ?? String(value);
    } catch {
      shown = Array.isArray(value)
        ? 'an array that cannot be shown as JSON'
        : 'an object that cannot be shown as JSON';
    }
  }
  return shown.length > 80 ? `${shown.slice(0, 77)}...` : shown;
}

/** Options of {@link invalid}. */
export interface InvalidOptions {
  /** Structured context for `error.details` (the valid choices, the option's name ...). */
  readonly details?: Record<string, unknown>;
  /** What to do about it, appended to the message. */
  readonly hint?: string;
  /** The error that revealed the problem. */
  readonly cause?: unknown;
}

/**
 * The one way the kit describes a bad value: `"<what> must be <expected>, got <value>."`, then the hint. `details`
 * gets `expected` beside what you pass. `what`, `expected` and the hint are written with `String()`; options that are
 * not an object count as none.
 *
 * @throws {SpikeKitError} `INVALID_OPTION` for a `code` that is not one of {@link errorCodes}.
 *
 * @example
 * ```ts
 * throw invalid('INVALID_OPTION', "'count'", 'a whole number from 1 to 100000', 0, { details: { option: 'count' } });
 * // SpikeKitError INVALID_OPTION: 'count' must be a whole number from 1 to 100000, got 0.
 * ```
 */
export function invalid(
  code: ErrorCode,
  what: string,
  expected: string,
  got: unknown,
  given: InvalidOptions = {},
): SpikeKitError {
  if (!errorCodes.includes(code)) {
    throw invalid('INVALID_OPTION', "invalid's code", 'one of errorCodes', code, {
      details: { valid: errorCodes },
    });
  }
  const options: InvalidOptions = typeof given === 'object' && given !== null ? given : {};
  const hint = options.hint === undefined ? '' : ` ${String(options.hint)}`;
  return new SpikeKitError(
    code,
    `${String(what)} must be ${String(expected)}, got ${showValue(got)}.${hint}`,
    { ...options.details, expected },
    options.cause === undefined ? undefined : { cause: options.cause },
  );
}

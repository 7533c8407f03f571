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
  'INVALID_TARGET',
  'INVALID_FAULT',
  'SIMULATION_FAILED',
  'TRANSPORT_FAILED',
  'OPTIONAL_DEPENDENCY_MISSING',
  'PACT_FAILED',
  'BROKER_FAILED',
  'CONFORMANCE_FAILED',
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
export class SpikeKitError extends Error {
  override readonly name = 'SpikeKitError';
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
 * True when `error` is a {@link SpikeKitError}, optionally with the given code.
 *
 * @example
 * ```ts
 * if (isSpikeKitError(error, 'SECRET_REQUIRED')) console.error(error.message);
 * ```
 */
export function isSpikeKitError(error: unknown, code?: ErrorCode): error is SpikeKitError {
  return error instanceof SpikeKitError && (code === undefined || error.code === code);
}

/** Formats a list of valid choices for an error message: `'a', 'b' or 'c'`. */
export function listChoices(choices: readonly string[]): string {
  const quoted = choices.map((choice) => `'${choice}'`);
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}`;
}

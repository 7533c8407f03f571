import { type Duration, invalid, listChoices, type SpikeKitError, toMs } from '../core/index.ts';

/** The longest any one duration option may be: 30 days (Spike's longest schedule is three days). @internal */
const MAX_DURATION_MS = 30 * 86_400_000;

/** How a bounded duration is described in messages. @internal */
export const DURATION_EXPECTED = 'a duration from 0 to 30 days, such as 500, "30s" or "1m"';

/**
 * The `INVALID_OPTION` error for a bad simulate option: `'<name>' must be <expected>, got <value>.`
 *
 * @internal
 */
export function invalidOption(name: string, expected: string, got: unknown, cause?: unknown): SpikeKitError {
  return invalid('INVALID_OPTION', `'${name}'`, expected, got, {
    details: { option: name },
    ...(cause === undefined ? {} : { cause }),
  });
}

/**
 * A duration in milliseconds, or `undefined` when it is not a finite duration of at most {@link MAX_DURATION_MS}.
 *
 * @internal
 */
export function boundedMs(value: unknown): number | undefined {
  if (typeof value !== 'number' && typeof value !== 'string') return undefined;
  let ms: number;
  try {
    ms = toMs(value);
  } catch {
    return undefined;
  }
  return Number.isFinite(ms) && ms >= 0 && ms <= MAX_DURATION_MS ? ms : undefined;
}

/**
 * A duration option in milliseconds, at most 30 days.
 *
 * @throws {SpikeKitError} `INVALID_OPTION` naming the option and the bound.
 *
 * @internal
 */
export function durationOption(name: string, value: Duration): number {
  const ms = boundedMs(value);
  if (ms === undefined) throw invalidOption(name, DURATION_EXPECTED, value);
  return ms;
}

/**
 * A plain options object (`{}` when not given) with only the `keys` it may have, or the `INVALID_OPTION` error
 * saying what it should look like.
 *
 * @internal
 */
export function optionObject<T extends object>(
  name: string,
  value: T | undefined,
  example: string,
  keys: readonly string[],
): T {
  if (value === undefined) return {} as T;
  const proto = value === null || typeof value !== 'object' ? undefined : Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null)
    throw invalidOption(name, `an object such as ${example}`, value);
  const unknown = Object.keys(value).filter((key) => !keys.includes(key));
  if (unknown.length > 0)
    throw invalidOption(name, `an object with only ${listChoices(keys)}`, unknown.join(', '), undefined);
  return value;
}

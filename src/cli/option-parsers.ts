// Parsers for option values: a bad value is commander's InvalidArgumentError, so it is a one-line usage error
// (INVALID_OPTION, exit 2) naming the flag, before any command runs.
import { InvalidArgumentError } from 'commander';

/**
 * A parser of whole numbers from `min` to `max`, for commander's `.option(flags, description, parser)`.
 *
 * @example
 * ```ts
 * command.option('--count <n>', 'how many', wholeNumber(1, 100_000));
 * ```
 */
export function wholeNumber(min: number, max: number): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < min || n > max)
      throw new InvalidArgumentError(`It must be a whole number from ${min} to ${max}.`);
    return n;
  };
}

/**
 * A parser of positive numbers (decimals allowed) up to `max`.
 *
 * @example
 * ```ts
 * command.option('--rate <per-second>', 'requests per second', positiveNumber(1_000_000));
 * ```
 */
export function positiveNumber(max: number): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (value.trim() === '' || !Number.isFinite(n) || n <= 0 || n > max)
      throw new InvalidArgumentError(`It must be a number above 0 and at most ${max}.`);
    return n;
  };
}

/**
 * A seed as `generate` takes it: digits are a number (`--seed 42` is seed 42, as in code), anything else the string.
 *
 * @example
 * ```ts
 * parseSeed('42'); // 42
 * parseSeed('run-7'); // 'run-7'
 * ```
 */
export function parseSeed(value: string): number | string {
  if (value === '') throw new InvalidArgumentError('It must be a number or a non-empty string.');
  return /^-?\d{1,15}$/.test(value) ? Number(value) : value;
}

/**
 * Collects a repeatable, comma-separated option into a list: `--awkward a,b --awkward c` is `['a', 'b', 'c']`.
 *
 * @example
 * ```ts
 * command.option('--awkward <variant>', 'repeatable', collectList, []);
 * ```
 */
export function collectList(value: string, previous: readonly string[] = []): string[] {
  const items = value
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
  if (items.length === 0) throw new InvalidArgumentError('It must name at least one value.');
  return [...previous, ...items];
}

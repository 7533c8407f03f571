import { invalid } from './errors.ts';

/** A point in time: a `Date`, epoch milliseconds, or an ISO 8601 string with a zone (`Z` or an offset). */
export type DateInput = Date | number | string;

let lastText: string | undefined;
let lastMs = Number.NaN;

const ISO_WITH_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;

/**
 * Converts a {@link DateInput} to epoch milliseconds. Strings must carry a zone so the result does not depend on
 * the machine's time zone. Accepted on purpose: any instant in the `Date` range, before 1970 included (a fraction
 * of a millisecond is dropped, as `Date` does); `what` only names the value in the error message.
 *
 * @throws {SpikeKitError} `INVALID_DATE` when the input is not a valid instant.
 * @example
 * ```ts
 * toEpochMs('2026-01-15T10:30:00Z'); // 1768473000000
 * ```
 */
export function toEpochMs(input: DateInput, what = 'date'): number {
  let ms: number;
  if (input instanceof Date) ms = input.getTime();
  else if (typeof input === 'number') ms = new Date(input).getTime();
  else if (typeof input === 'string') {
    // The same reference date is parsed on every call of a test's loop: the last string is remembered.
    if (input !== lastText) {
      lastText = input;
      lastMs = ISO_WITH_ZONE.test(input) ? Date.parse(input) : Number.NaN;
    }
    ms = lastMs;
  } else ms = Number.NaN;
  if (!Number.isFinite(ms)) {
    throw invalid(
      'INVALID_DATE',
      `The ${what}`,
      "a Date, epoch milliseconds, or an ISO 8601 string with a zone such as '2026-01-15T10:30:00Z'",
      input,
      { details: { input, what } },
    );
  }
  return ms;
}

// The report's one way to say a value of its input is wrong: an `INVALID_OPTION` error naming the value's path.
import { invalid, type SpikeKitError } from '../core/index.ts';

/** The error for a value of the input that is not what it must be. @internal */
export function badInput(path: string, expected: string, got: unknown, hint?: string): SpikeKitError {
  return invalid('INVALID_OPTION', path, expected, got, {
    details: { path },
    ...(hint === undefined ? {} : { hint }),
  });
}

/** True for a non-null object that is not an array. @internal */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value as a string, or the error naming its path. @internal */
export function stringAt(value: unknown, path: string): string {
  if (typeof value !== 'string') throw badInput(path, 'a string', value);
  return value;
}

/** The value as a finite number, or the error naming its path. @internal */
export function numberAt(value: unknown, path: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw badInput(path, 'a finite number', value);
  return value;
}

/** The value as an array, or the error naming its path. @internal */
export function arrayAt(value: unknown, path: string, hint?: string): readonly unknown[] {
  if (!Array.isArray(value)) throw badInput(path, 'an array', value, hint);
  return value;
}

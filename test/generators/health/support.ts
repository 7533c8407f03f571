// Helpers of the health generator tests.
import { generate } from '../../../generators/generate.ts';
import type { HealthV2DataType, HealthV2Events } from '../../../src/schemas/health-v2/index.ts';

/** The reference instant of most tests. */
export const REF = '2026-01-15T10:30:00Z';
export const REF_MS = Date.parse(REF);

/** Seeds of the property tests. */
export const SEEDS = Array.from({ length: 12 }, (_, i) => i * 7919 + 3);

/** A local `YYYY-MM-DDThh:mm:ss` as seconds since 1970 on the local clock (no zone applied). */
export function localSec(text: string | undefined): number {
  if (text === undefined) throw new Error('missing local time');
  const ms = Date.parse(`${text}Z`);
  if (!Number.isFinite(ms)) throw new Error(`not a local time: ${text}`);
  return ms / 1000;
}

/** Epoch seconds of a local time and its UTC offset in seconds. */
export function instantSec(text: string | undefined, offsetSec: number): number {
  return localSec(text) - offsetSec;
}

/** `generate('spike-health-v2')` with the test defaults, typed by kind. */
export function v2<K extends HealthV2DataType>(
  kind: K,
  options: Record<string, unknown> = {},
): HealthV2Events[K] {
  return (generate as (p: string, o: object) => unknown)('spike-health-v2', {
    kind,
    refDate: REF,
    ...options,
  }) as HealthV2Events[K];
}

/** A `count` series of v2 events. */
export function v2Series<K extends HealthV2DataType>(
  kind: K,
  count: number,
  options: Record<string, unknown> = {},
): HealthV2Events[K][] {
  return (generate as (p: string, o: object) => unknown)('spike-health-v2', {
    kind,
    refDate: REF,
    count,
    ...options,
  }) as HealthV2Events[K][];
}

/** The first item of an event's data (the generators write one item per event, except for workouts). */
export function only<T>(data: readonly T[]): T {
  if (data.length !== 1) throw new Error(`expected one item, got ${data.length}`);
  return data[0] as T;
}

/** The value of an optional field, failing when it is missing. */
export function req<T>(value: T | null | undefined, what = 'value'): T {
  if (value === undefined || value === null) throw new Error(`missing ${what}`);
  return value;
}

/** Sum of numbers. */
export function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

export { type DateInput, toEpochMs } from './dates.ts';
export { type Duration, type DurationUnit, formatMs, toMs } from './duration.ts';

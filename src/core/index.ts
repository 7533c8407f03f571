// The ground floor: errors, time, the seeded random stream and the kit's defaults. Imports nothing of the kit.
export { type DateInput, toEpochMs } from './dates.ts';
export { kitDefaults } from './defaults.ts';
export { type Duration, type DurationUnit, formatMs, MAX_DURATION_MS, toMs } from './duration.ts';
export {
  type ErrorCode,
  errorCodes,
  type InvalidOptions,
  invalid,
  isSpikeKitError,
  listChoices,
  SpikeKitError,
  showValue,
} from './errors.ts';
export { Rng } from './random.ts';

export { type ErrorCode, errorCodes, isSpikeKitError, listChoices, SpikeKitError } from './error.ts';

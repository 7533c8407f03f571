import { SpikeKitError } from '../core/index.ts';

/**
 * `error` (a failed verification's `SpikeKitError`) with Pact's verifier transcript attached: the whole of it in
 * `details.transcript`, and a line in the message saying where it is. `from` is what `runVerifier` resolved or
 * rejected with (anything without a transcript leaves `error` as it is).
 *
 * @example
 * ```ts
 * throw withTranscript(verificationError(what, failure, hints, notes), failure);
 * ```
 */
export function withTranscript(error: SpikeKitError, from: unknown): SpikeKitError {
  const transcript =
    typeof from === 'object' && from !== null ? (from as { transcript?: unknown }).transcript : undefined;
  if (typeof transcript !== 'string' || transcript.trim() === '') return error;
  const lines = transcript.trimEnd().split('\n').length;
  return new SpikeKitError(
    error.code,
    `${error.message}\n  Pact's verifier transcript (${lines} lines) is in error.details.transcript; pass { verbose: true } to see it as it runs.`,
    { ...error.details, transcript },
    { cause: from instanceof Error ? from : error.cause },
  );
}

import { isSpikeKitError } from '../core/index.ts';
import type { Profile } from '../profiles/index.ts';

/** What an HTTP adapter answers Spike: a status and a small JSON body. */
export interface ReceiverAnswer {
  readonly status: number;
  readonly body:
    | { readonly ok: true; readonly duplicate?: true }
    | { readonly code: string; readonly message: string };
}

/** The status a receiver answers for a delivery it processed: 200 when the profile counts it (every Spike dialect). */
export function successAnswer(profile: Profile, duplicate: boolean): ReceiverAnswer {
  const ranges = profile.success;
  const ok = ranges.some((r) => r.from <= 200 && 200 <= r.to);
  return {
    status: ok ? 200 : (ranges[0]?.from ?? 200),
    body: duplicate ? { ok: true, duplicate: true } : { ok: true },
  };
}

/**
 * The answer to a delivery the kit refused: 401 when it is not authentic (Spike retries; a forger learns nothing),
 * 400 for an authentic delivery that is not a valid payload or a body that was not raw.
 * `undefined` for any other error: a handler's own failure or a misconfiguration, which the framework answers 5xx.
 */
export function refusalAnswer(error: unknown): ReceiverAnswer | undefined {
  if (!isSpikeKitError(error)) return undefined;
  const status = refusalStatus[error.code as keyof typeof refusalStatus];
  if (status === undefined) return undefined;
  return { status, body: { code: error.code, message: error.message } };
}

const refusalStatus = {
  SIGNATURE_INVALID: 401,
  INVALID_PAYLOAD: 400,
  BODY_NOT_RAW: 400,
} as const;

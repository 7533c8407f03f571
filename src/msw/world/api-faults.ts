import { type Duration, invalid, listChoices, toMs } from '../../core/index.ts';
import { neverUnlessAborted, waitUnlessAborted } from '../abortable.ts';
import { problemResponse } from './problem.ts';

/**
 * A fault the world's API answers with instead of (or before) its real answer:
 *
 * - `rate-limit`: 429 with `Retry-After` (seconds; default 30);
 * - `server-error`: a 5xx (default 500);
 * - `slow`: the real answer, after `delay` (on the simulator's virtual clock inside `simulate`);
 * - `timeout`: no answer at all, until the client gives up (aborts its request);
 * - `drop`: the connection drops (the client's `fetch` rejects).
 *
 * @example
 * ```ts
 * const fault: ApiFault = { kind: 'rate-limit', retryAfterSeconds: 60 };
 * ```
 */
export type ApiFault =
  | { readonly kind: 'rate-limit'; readonly retryAfterSeconds?: number }
  | { readonly kind: 'server-error'; readonly status?: number }
  | { readonly kind: 'slow'; readonly delay: Duration }
  | { readonly kind: 'timeout' }
  | { readonly kind: 'drop' };

/** A fault kind of {@link ApiFault}. */
export type ApiFaultKind = ApiFault['kind'];

/** What a fault does to one call: an answer now, or the real answer after a delay. */
type FaultEffect = { readonly answer: () => Response | Promise<Response> } | { readonly delayMs: number };

/** Every fault kind: its option check and its effect. */
const faultTable: {
  readonly [K in ApiFaultKind]: {
    readonly check: (fault: Extract<ApiFault, { kind: K }>) => void;
    readonly effect: (fault: Extract<ApiFault, { kind: K }>, signal: AbortSignal) => FaultEffect;
  };
} = {
  'rate-limit': {
    check: (f) => {
      const s = f.retryAfterSeconds;
      if (s !== undefined && !(Number.isInteger(s) && s >= 0))
        throw bad('retryAfterSeconds', 'a whole number of seconds', s);
    },
    effect: (f) => ({
      answer: () =>
        problemResponse(429, 'Too Many Requests', 'rate limit exceeded', [], {
          'retry-after': String(f.retryAfterSeconds ?? 30),
        }),
    }),
  },
  'server-error': {
    check: (f) => {
      if (f.status !== undefined && !(Number.isInteger(f.status) && f.status >= 500 && f.status <= 599))
        throw bad('status', 'a 5xx status', f.status);
    },
    effect: (f) => ({
      answer: () => problemResponse(f.status ?? 500, 'Internal Server Error', 'injected server error'),
    }),
  },
  slow: {
    check: (f) => {
      toMs(f.delay);
    },
    effect: (f) => ({ delayMs: toMs(f.delay) }),
  },
  timeout: {
    check: () => {},
    // No timer: the answer never comes; the client's abort (its own timeout) rejects it.
    effect: (_f, signal) => ({
      answer: () => neverUnlessAborted(signal),
    }),
  },
  drop: { check: () => {}, effect: () => ({ answer: () => Response.error() }) },
};

/** Every fault kind, for error messages. */
export const apiFaultKinds = Object.keys(faultTable) as ApiFaultKind[];

function bad(field: string, expected: string, got: unknown) {
  return invalid('INVALID_FAULT', `The API fault's '${field}'`, expected, got, { details: { field } });
}

/**
 * Checks an API fault (a kind name, or an object with `kind`), returning it as an object.
 *
 * @throws {SpikeKitError} `INVALID_FAULT` naming the valid kinds or the bad field.
 * @example
 * ```ts
 * checkApiFault('drop'); // { kind: 'drop' }
 * ```
 */
export function checkApiFault(fault: unknown): ApiFault {
  const value = typeof fault === 'string' ? { kind: fault } : fault;
  const kind = (value as { kind?: unknown } | null)?.kind;
  if (typeof value !== 'object' || value === null || !apiFaultKinds.includes(kind as ApiFaultKind)) {
    throw invalid(
      'INVALID_FAULT',
      'An API fault',
      `one of ${listChoices(apiFaultKinds)} (or { kind, ... })`,
      fault,
      {
        details: { valid: apiFaultKinds },
      },
    );
  }
  const spec = faultTable[kind as ApiFaultKind] as { check: (f: ApiFault) => void };
  spec.check(value as ApiFault);
  return value as ApiFault;
}

/**
 * Applies a fault to a call: the fault's answer, or `real()` after the fault's delay.
 *
 * @example
 * ```ts
 * await applyApiFault({ kind: 'slow', delay: '2s' }, request.signal, () => realAnswer());
 * ```
 */
export async function applyApiFault(
  fault: ApiFault,
  signal: AbortSignal,
  real: () => Promise<Response>,
): Promise<Response> {
  const spec = faultTable[fault.kind] as { effect: (f: ApiFault, s: AbortSignal) => FaultEffect };
  const effect = spec.effect(fault, signal);
  if ('answer' in effect) return effect.answer();
  await waitUnlessAborted(effect.delayMs, signal);
  return real();
}

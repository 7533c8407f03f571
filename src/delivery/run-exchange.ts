import { SpikeKitError } from '../core/index.ts';
import { classifyNetworkError, describeError } from './network-errors.ts';
import { realNow } from './real-time.ts';
import type { SendOptions, TransportResult } from './types.ts';

/** What an adapter's exchange returns: a status and headers, or it throws a network error. @internal */
export interface Exchange {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly handlerError?: string;
}

/**
 * Runs one exchange with the real timeout and abort signal of {@link SendOptions}, measures its wall-clock
 * latency and maps whatever happens to one {@link TransportResult}. Every adapter sends through it, so timeouts,
 * aborts and error classification are written once.
 *
 * @internal
 */
export async function runExchange(
  exchange: (signal: AbortSignal | undefined) => Promise<Exchange>,
  options: SendOptions = {},
): Promise<TransportResult> {
  const start = realNow();
  const signals: AbortSignal[] = [];
  if (options.signal !== undefined) signals.push(options.signal);
  if (options.timeoutMs !== undefined && Number.isFinite(options.timeoutMs))
    signals.push(AbortSignal.timeout(Math.max(1, Math.ceil(options.timeoutMs))));
  const signal =
    signals.length === 0 ? undefined : signals.length === 1 ? signals[0] : AbortSignal.any(signals);
  const latency = () => realNow() - start;
  try {
    signal?.throwIfAborted();
    const answer = await (signal === undefined ? exchange(undefined) : raceAbort(exchange(signal), signal));
    return {
      kind: 'response',
      status: answer.status,
      headers: answer.headers,
      latencyMs: latency(),
      ...(answer.handlerError === undefined ? {} : { handlerError: answer.handlerError }),
    };
  } catch (error) {
    // A SpikeKitError is a usage problem (a handler returning something that is not a Response ...), not a network
    // failure: it surfaces instead of becoming a result.
    if (error instanceof SpikeKitError) throw error;
    const { error: kind, message } = classifyNetworkError(signal?.aborted ? signal.reason : error);
    return { kind: 'network-error', error: kind, message, latencyMs: latency() };
  }
}

/** Rejects with the signal's reason as soon as it aborts, even when the exchange ignores the signal. */
function raceAbort<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

/** Response headers as a plain object with lower-case names. @internal */
export function headersToObject(headers: Headers): Record<string, string> {
  const out: Record<string, string> = {};
  headers.forEach((value, name) => {
    out[name] = value;
  });
  return out;
}

/** A handler exception, as a web framework reports it: a 500 carrying the message. @internal */
export function handlerFailure(error: unknown): Exchange {
  return { status: 500, headers: {}, handlerError: describeError(error) };
}

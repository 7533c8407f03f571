/**
 * Waits `ms` on the current clock (virtual inside `simulate`), or rejects with the abort reason as soon as the
 * request is aborted.
 *
 * @example
 * ```ts
 * await waitUnlessAborted(2_000, request.signal);
 * ```
 */
export function waitUnlessAborted(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(signal.reason);
    });
  });
}

/**
 * An answer that never comes (no timer): it rejects when the request is aborted, the client's own timeout.
 *
 * @example
 * ```ts
 * return neverUnlessAborted(request.signal); // a server that does not answer
 * ```
 */
export function neverUnlessAborted(signal: AbortSignal): Promise<Response> {
  return new Promise((_resolve, reject) => {
    if (signal.aborted) reject(signal.reason);
    signal.addEventListener('abort', () => reject(signal.reason));
  });
}

import type { NetworkErrorKind } from './types.ts';

const CODES: Readonly<Record<string, NetworkErrorKind>> = {
  ECONNREFUSED: 'refused',
  ECONNRESET: 'reset',
  EPIPE: 'reset',
  UND_ERR_SOCKET: 'reset',
  UND_ERR_CLOSED: 'reset',
  ECONNABORTED: 'timeout',
  ETIMEDOUT: 'timeout',
  ETIME: 'timeout',
  ESOCKETTIMEDOUT: 'timeout',
  UND_ERR_CONNECT_TIMEOUT: 'timeout',
  UND_ERR_HEADERS_TIMEOUT: 'timeout',
  UND_ERR_BODY_TIMEOUT: 'timeout',
  ENOTFOUND: 'dns',
  EAI_AGAIN: 'dns',
  EAI_NONAME: 'dns',
};

/**
 * Classifies a network failure by walking the error and its `cause` chain (fetch wraps the socket error in
 * `TypeError: fetch failed`): its `code` (`ECONNREFUSED`, `ECONNRESET`, undici's `UND_ERR_SOCKET` "other side
 * closed" ...), its name (`TimeoutError`, `AbortError`) or, for clients that only keep a message (superagent), a
 * code found in the message. It never throws: anything thrown (a string, `null`, a circular cause chain) is
 * classified, and what it does not recognise is `'other'`, described with `String()`.
 *
 * @example
 * ```ts
 * try { await fetch('http://127.0.0.1:9/'); } catch (error) { classifyNetworkError(error); } // { error: 'refused', ... }
 * ```
 */
export function classifyNetworkError(error: unknown): { error: NetworkErrorKind; message: string } {
  const seen = new Set<unknown>();
  let aborted = false;
  for (let current = error; current !== null && current !== undefined && !seen.has(current); ) {
    seen.add(current);
    const { code, name, message, cause, timeout } = current as {
      code?: unknown;
      name?: unknown;
      message?: unknown;
      cause?: unknown;
      timeout?: unknown;
    };
    if (typeof code === 'string' && CODES[code] !== undefined) return { error: CODES[code], message: code };
    if (name === 'TimeoutError' || typeof timeout === 'number')
      return { error: 'timeout', message: 'timed out' };
    if (name === 'AbortError') aborted = true;
    if (typeof message === 'string') {
      const inMessage = /\b(E[A-Z_]+|UND_ERR_[A-Z_]+)\b/.exec(message)?.[1];
      if (inMessage !== undefined && CODES[inMessage] !== undefined)
        return { error: CODES[inMessage], message: inMessage };
      if (/socket hang up|other side closed/i.test(message)) return { error: 'reset', message };
    }
    current = cause;
  }
  if (aborted) return { error: 'aborted', message: 'aborted by the caller' };
  return { error: 'other', message: describeError(error) };
}

/** A one-line description of anything thrown. @internal */
export function describeError(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}

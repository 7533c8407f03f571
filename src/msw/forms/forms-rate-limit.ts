/** One request's rate-limit verdict and the headers Spike Forms sends with every answer. */
export interface RateVerdict {
  readonly allowed: boolean;
  readonly headers: Readonly<Record<string, string>>;
}

/**
 * Spike Forms' per-key rate limit (docs.spike.ac: 60 requests a minute on the Free plan), as fixed windows on the
 * world's clock: every answer says `X-RateLimit-Limit`, `X-RateLimit-Remaining` and `X-RateLimit-Reset` (Unix
 * seconds); a request past the limit gets `Retry-After` (seconds to the window's end) and is not served.
 *
 * @example
 * ```ts
 * const limit = new FormsRateLimit(60, 60_000);
 * limit.take('sk_test_x', Date.now()).headers['X-RateLimit-Remaining']; // '59'
 * ```
 */
export class FormsRateLimit {
  readonly #limit: number;
  readonly #windowMs: number;
  readonly #used = new Map<string, { window: number; count: number }>();

  constructor(limit: number, windowMs: number) {
    this.#limit = limit;
    this.#windowMs = windowMs;
  }

  /** Counts one request of `key` at `nowMs`. */
  take(key: string, nowMs: number): RateVerdict {
    const window = Math.floor(nowMs / this.#windowMs);
    const entry = this.#used.get(key);
    const used = entry !== undefined && entry.window === window ? entry : { window, count: 0 };
    used.count++;
    this.#used.set(key, used);
    const resetMs = (window + 1) * this.#windowMs;
    const allowed = used.count <= this.#limit;
    const headers: Record<string, string> = {
      'X-RateLimit-Limit': String(this.#limit),
      'X-RateLimit-Remaining': String(Math.max(0, this.#limit - used.count)),
      'X-RateLimit-Reset': String(Math.ceil(resetMs / 1000)),
    };
    if (!allowed) headers['Retry-After'] = String(Math.max(1, Math.ceil((resetMs - nowMs) / 1000)));
    return { allowed, headers };
  }
}

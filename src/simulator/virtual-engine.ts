import { type Engine, MAX_TIMER_DELAY } from './engine.ts';
import type { FakeClock } from './fake-clock.ts';

interface Bucket {
  readonly entries: Entry[];
  live: number;
  handle?: unknown;
}

interface Entry {
  readonly callback: () => void;
  readonly atMs: number;
  cancelled: boolean;
  bucket?: Bucket;
}

/**
 * Virtual time on a fake clock. Callbacks due at the same instant share one fake timer (thousands of attempts and
 * deadlines at the same millisecond cost one heap entry), and run in the order they were scheduled.
 *
 * @internal
 */
export class VirtualEngine implements Engine {
  readonly mode = 'virtual';
  readonly clock: FakeClock;
  readonly #buckets = new Map<number, Bucket>();
  #pending = 0;
  #ticking = false;

  constructor(clock: FakeClock) {
    this.clock = clock;
  }

  now(): number {
    return this.clock.now;
  }

  at(atMs: number, callback: () => void): unknown {
    const entry: Entry = { callback, atMs, cancelled: false };
    this.#pending++;
    if (atMs <= this.clock.now && this.#ticking) {
      // A zero-delay fake timer set during a tick would be pushed 1 ms later; run it after the current task instead.
      void Promise.resolve().then(() => this.#run(entry));
      return entry;
    }
    let bucket = this.#buckets.get(atMs);
    if (bucket === undefined) {
      const created: Bucket = { entries: [], live: 0 };
      bucket = created;
      this.#buckets.set(atMs, created);
      const arm = (wait: number) => {
        created.handle = this.clock.setTimeout(
          () => {
            const left = atMs - this.clock.now;
            if (left > 0) return arm(left);
            this.#buckets.delete(atMs);
            for (const due of created.entries) this.#run(due);
          },
          Math.min(Math.max(0, wait), MAX_TIMER_DELAY),
        );
      };
      arm(atMs - this.clock.now);
    }
    bucket.entries.push(entry);
    bucket.live++;
    entry.bucket = bucket;
    return entry;
  }

  #run(entry: Entry): void {
    if (entry.cancelled) return;
    entry.cancelled = true;
    this.#pending--;
    entry.callback();
  }

  cancel(handle: unknown): void {
    const entry = handle as Entry | undefined;
    if (entry === undefined || entry.cancelled) return;
    entry.cancelled = true;
    this.#pending--;
    const bucket = entry.bucket;
    if (bucket !== undefined && --bucket.live === 0 && this.#buckets.get(entry.atMs) === bucket) {
      this.clock.clearTimeout(bucket.handle);
      this.#buckets.delete(entry.atMs);
    }
  }

  pending(): number {
    return this.#pending;
  }

  /** Runs the next due timer and everything due at the same instant; false when no timer is pending. */
  advance(): boolean {
    if (this.clock.countTimers() === 0) return false;
    this.#ticking = true;
    try {
      this.clock.next();
      this.clock.tick(0);
    } finally {
      this.#ticking = false;
    }
    return true;
  }
}

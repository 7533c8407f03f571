import {
  clearTimeout as realClearTimeout,
  setImmediate as realSetImmediate,
  setTimeout as realSetTimeout,
} from 'node:timers';
import { realNow } from '../delivery/real-time.ts';

/** Real-time helpers that ignore whatever fake timers are installed. @internal */
export const realTime = {
  now: realNow,
  /** Resolves after the event loop has run everything queued (microtasks, I/O callbacks). */
  turn: (): Promise<void> => new Promise((resolve) => realSetImmediate(resolve)),
  sleep(ms: number): { promise: Promise<void>; cancel(): void } {
    let handle: ReturnType<typeof realSetTimeout> | undefined;
    const promise = new Promise<void>((resolve) => {
      handle = realSetTimeout(resolve, ms);
    });
    return { promise, cancel: () => realClearTimeout(handle) };
  },
  setTimeout: realSetTimeout,
  clearTimeout: realClearTimeout,
};

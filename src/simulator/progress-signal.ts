/**
 * Resolves every waiter when something happens in a simulation (an answer, a fired timer, a new handler timer).
 *
 * @internal
 */
export class ProgressSignal {
  #waiters: (() => void)[] = [];

  wait(): Promise<void> {
    return new Promise((resolve) => this.#waiters.push(resolve));
  }

  notify(): void {
    if (this.#waiters.length === 0) return;
    const waiters = this.#waiters;
    this.#waiters = [];
    for (const resolve of waiters) resolve();
  }
}

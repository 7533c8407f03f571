// The child process `runVerifier` (verifier-process.ts) forks: it runs Pact's `Verifier`, whose Rust core writes its
// transcript straight to this process's stdout, which the parent captures. Everything that needs a JS function
// stays in the parent: state handlers and message providers here are stand-ins that ask it over IPC.
//
// This file imports nothing of the kit's (only Node and Pact), so it runs as it is from src (Node's type stripping)
// and as the tsdown entry `pact-verifier-worker` from dist.

/** What the parent sends to start a verification. */
interface StartMessage {
  readonly type: 'start';
  /** The run's number, sent back with its answer. */
  readonly run: number;
  /** The line to write to stdout and stderr when Pact is done (the end of this run's transcript). */
  readonly marker: string;
  /** The Verifier's options, JSON only. */
  readonly config: Record<string, unknown>;
  /** Ask the parent for every provider state. */
  readonly stateHandlers: boolean;
  /** Ask the parent for every message. */
  readonly messageProviders: boolean;
}
interface ReplyMessage {
  readonly type: 'reply';
  readonly id: number;
  readonly ok: boolean;
  readonly value?: unknown;
  readonly error?: string;
}

const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
let nextId = 0;

/** Asks the parent to run a JS function and waits for its answer. */
function ask(kind: 'state' | 'message', payload: Record<string, unknown>): Promise<unknown> {
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    process.send?.({ type: 'call', id, kind, payload });
  });
}

/** An object whose every name maps to `make(name)` (Pact looks handlers up by state name or description). */
function anyName<T>(make: (name: string) => T): Record<string, T> {
  const special = new Set(['toJSON', 'then', 'constructor', 'inspect', 'valueOf', 'toString']);
  return new Proxy({} as Record<string, T>, {
    get: (target, name) =>
      typeof name === 'string' && !special.has(name) ? make(name) : Reflect.get(target, name),
  });
}

/** A JSON-safe copy of what Pact hands a message provider (its content may be a Buffer). */
function plain(value: unknown): Record<string, unknown> {
  try {
    return JSON.parse(JSON.stringify(value ?? {})) as Record<string, unknown>;
  } catch {
    return {};
  }
}

type VerifierClass = typeof import('@pact-foundation/pact').Verifier;

/**
 * Pact's `Verifier` from its own module, which loads in about half the time of the whole package (the consumer DSL
 * and matchers are never needed here); from the package's main export when that module is not where Pact 17 keeps it.
 */
async function loadVerifier(): Promise<VerifierClass> {
  try {
    const own = (await import('@pact-foundation/pact/src/dsl/verifier/verifier.js')) as {
      Verifier?: VerifierClass;
    };
    if (typeof own.Verifier === 'function') return own.Verifier;
  } catch {
    // Another layout of Pact's files: the package's export below.
  }
  return (await import('@pact-foundation/pact')).Verifier;
}

// Loaded as soon as the worker starts, while the parent still prepares the first verification.
const verifierClass = loadVerifier();
// A failure is reported by the run that needs the class, not as an unhandled rejection of an idle worker.
verifierClass.catch(() => undefined);

async function run(start: StartMessage): Promise<void> {
  let outcome: { ok: boolean; output?: unknown; error?: string };
  try {
    const Verifier = await verifierClass;
    const config: Record<string, unknown> = { ...start.config };
    if (start.stateHandlers) {
      config.stateHandlers = anyName((state) => ({
        setup: (params?: unknown) => ask('state', { state, action: 'setup', params }),
        teardown: (params?: unknown) => ask('state', { state, action: 'teardown', params }),
      }));
    }
    if (start.messageProviders) {
      config.messageProviders = anyName(
        (description) => (message: unknown) => ask('message', { description, message: plain(message) }),
      );
    }
    const output: unknown = await new Verifier(config as never).verifyProvider();
    outcome = { ok: true, output };
  } catch (error) {
    outcome = { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  // Pact's last words are on the pipes before the marker; the parent waits for both markers and the answer.
  process.stdout.write(start.marker, () =>
    process.stderr.write(start.marker, () => process.send?.({ type: 'done', run: start.run, ...outcome })),
  );
}

process.on('message', (message: StartMessage | ReplyMessage) => {
  if (message.type === 'start') {
    void run(message);
    return;
  }
  const waiting = pending.get(message.id);
  if (waiting === undefined) return;
  pending.delete(message.id);
  if (message.ok) waiting.resolve(message.value);
  else waiting.reject(new Error(message.error ?? 'the parent process failed'));
});
// The parent let this worker go, or went away: nothing is left to report to.
process.on('disconnect', () => process.exit(0));

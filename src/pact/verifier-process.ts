import { type ChildProcess, fork } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loopbackOnly } from './loopback-only.ts';

/** What {@link runVerifier} runs Pact's verifier with. */
export interface VerifierRun {
  /** The `Verifier` options: JSON values only (functions cannot cross into the child). */
  readonly config: Readonly<Record<string, unknown>>;
  /** Runs a provider state in this process (the child asks for every state). */
  readonly onState?: (state: string, action: 'setup' | 'teardown', params: unknown) => unknown;
  /** Produces a message in this process (the child asks for every message, by description). */
  readonly onMessage?: (description: string, message: Readonly<Record<string, unknown>>) => unknown;
  /**
   * Stream Pact's transcript to this process's stdout/stderr as it comes, as well as capturing it. Default: only
   * when `config.logLevel` asks for more than errors (`'warn'`, `'info'`, `'debug'`, `'trace'`).
   */
  readonly verbose?: boolean;
}

/** What Pact's verifier resolved with, and everything it printed. */
export interface VerifierResult {
  readonly output: unknown;
  readonly transcript: string;
}

/** The error {@link runVerifier} rejects with: Pact's own message, and everything it printed. */
class VerifierFailure extends Error {
  readonly transcript: string;
  constructor(message: string, transcript: string) {
    super(message);
    this.name = 'VerifierFailure';
    this.transcript = transcript;
  }
}

/** The longest transcript kept (its end: where Pact prints the failures and the summary). */
const TRANSCRIPT_MAX = 200_000;
/** Pact colours its transcript even into a pipe: the captured copy is plain text. */
const ANSI_COLOUR = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');
/** Idle workers kept for the next verification (loading Pact takes a few hundred ms). */
const IDLE_MAX = 2;
const idle: ChildProcess[] = [];

/** The worker module: the `.ts` beside this file in the sources, the `pact-verifier-worker` entry in dist. */
function workerPath(): string {
  const fromSource = new URL('./verifier-worker.ts', import.meta.url);
  if (import.meta.url.endsWith('.ts') && existsSync(fromSource)) return fileURLToPath(fromSource);
  return fileURLToPath(new URL('./pact-verifier-worker.mjs', import.meta.url));
}

/** Whether an idle worker can still take a run. */
function alive(child: ChildProcess): boolean {
  return child.connected && child.exitCode === null && child.signalCode === null;
}

/** An idle worker, or a new one. */
function takeWorker(): ChildProcess {
  for (let child = idle.pop(); child !== undefined; child = idle.pop()) {
    if (alive(child)) {
      hold(child, true);
      return child;
    }
  }
  return spawnWorker();
}

/**
 * Starts a verifier worker ahead of the next {@link runVerifier} unless one is idle: it loads Pact while this
 * process prepares the verification (probes the endpoint, reads the pacts). It never keeps this process alive.
 *
 * @example
 * ```ts
 * prepareVerifier();
 * const source = await pactSource(...);
 * await runVerifier({ config: source.verifier });
 * ```
 */
export function prepareVerifier(): void {
  if (idle.some(alive)) return;
  const child = spawnWorker();
  hold(child, false);
  idle.push(child);
}

/** A new worker (it starts loading Pact's verifier at once). */
function spawnWorker(): ChildProcess {
  const child = fork(workerPath(), [], {
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    // The parent's flags (a test runner's loaders, an inspector port) are not the worker's business.
    execArgv: [],
    // Pact adds a "pacts for verification" source whenever PACT_BROKER_BASE_URL is set, even for pactUrls: the kit
    // passes the broker URL itself when it means the broker, so the worker never sees the variable.
    env: { ...process.env, PACT_DO_NOT_TRACK: 'true', PACT_BROKER_BASE_URL: '' },
    serialization: 'json',
  });
  // An idle worker's failure (it could not be spawned, a message it could not get) is no one's to hear: a run in
  // progress has its own listener, and a dead worker is never reused.
  child.on('error', () => undefined);
  return child;
}

/** Whether `child` keeps this process alive: an idle worker never does (it ends when this process ends). */
function hold(child: ChildProcess, on: boolean): void {
  for (const handle of [child, child.channel, child.stdout, child.stderr] as (
    | { ref?: () => void; unref?: () => void }
    | null
    | undefined
  )[]) {
    if (on) handle?.ref?.();
    else handle?.unref?.();
  }
}

/** Puts a worker that finished a run back for the next one, or lets it go. */
function releaseWorker(child: ChildProcess): void {
  if (!child.connected || idle.length >= IDLE_MAX) {
    if (child.connected) child.disconnect();
    return;
  }
  hold(child, false);
  idle.push(child);
}

/**
 * The config Pact's verifier gets: `config`, with certificate checks off when Pact's core talks to nothing but
 * plain HTTP on loopback (no certificate to check; it would otherwise load the system's trust store for every
 * request: see `loopbackOnly`). A `disableSslVerification` the caller set is kept.
 */
function verifierConfig(config: Readonly<Record<string, unknown>>): Readonly<Record<string, unknown>> {
  if (config.disableSslVerification !== undefined || !loopbackOnly(config)) return config;
  return { ...config, disableSslVerification: true };
}

let runs = 0;
/** The log levels that ask to see Pact's transcript as it runs (the default, `'error'`, keeps it captured). */
const streamedLevels: readonly string[] = ['warn', 'info', 'debug', 'trace'];

/**
 * Runs Pact's `Verifier` in a child Node process, so the transcript its Rust core prints to the process's stdout
 * is captured instead of spilling into the caller's output (`verbose`, or a `logLevel` above `'error'`, streams it
 * live as well). Provider states and
 * messages are answered by `onState` / `onMessage` in this process; Pact's usage telemetry is off in the child.
 * Workers are reused, one verification at a time each.
 *
 * @throws {VerifierFailure} Pact's rejection (its message unchanged), or the child ending without an answer.
 * @example
 * ```ts
 * const { output, transcript } = await runVerifier({ config: { provider: 'p', pactUrls: [file] }, onMessage });
 * ```
 */
export function runVerifier(run: VerifierRun): Promise<VerifierResult> {
  const live = run.verbose ?? streamedLevels.includes(String(run.config.logLevel ?? 'error'));
  const child = takeWorker();
  const id = ++runs;
  // The worker writes this line to stdout and stderr once Pact is done: everything before it is this run's.
  const marker = `[spike-webhook-kit verifier run ${process.pid}-${id} ended]\n`;
  return new Promise((resolve, reject) => {
    let transcript = '';
    const seen = { stdout: '', stderr: '' };
    let answer: { ok: boolean; output?: unknown; error?: string } | undefined;
    let failure: Error | undefined;
    let settled = false;
    const finish = (ended?: string) => {
      if (settled) return;
      const complete = answer !== undefined && seen.stdout.includes(marker) && seen.stderr.includes(marker);
      if (!complete && ended === undefined) return;
      settled = true;
      child.stdout?.off('data', onStdout);
      child.stderr?.off('data', onStderr);
      child.off('message', onMessage);
      child.off('error', onError);
      child.off('exit', onExit);
      if (ended === undefined) releaseWorker(child);
      const text = transcript.split(marker).join('').replace(ANSI_COLOUR, '').slice(-TRANSCRIPT_MAX);
      if (answer?.ok === true) {
        resolve({ output: answer.output, transcript: text });
        return;
      }
      const message =
        answer?.error ??
        `Pact's verifier process ended without an answer (${ended})${failure === undefined ? '' : `: ${failure.message}`}.`;
      reject(new VerifierFailure(message, text));
    };
    const capture = (stream: 'stdout' | 'stderr', out: NodeJS.WriteStream) => (chunk: Buffer) => {
      const text = chunk.toString('utf8');
      transcript += text;
      if (transcript.length > TRANSCRIPT_MAX * 2) transcript = transcript.slice(-TRANSCRIPT_MAX);
      seen[stream] = (seen[stream] + text).slice(-marker.length * 2);
      if (live) out.write(text.split(marker).join(''));
      finish();
    };
    const onStdout = capture('stdout', process.stdout);
    const onStderr = capture('stderr', process.stderr);
    const reply = (call: number, work: () => unknown) => {
      Promise.resolve()
        .then(work)
        .then(
          (value) => ({ type: 'reply', id: call, ok: true, value: value ?? null }),
          (error: unknown) => ({
            type: 'reply',
            id: call,
            ok: false,
            error: error instanceof Error ? error.message : String(error),
          }),
        )
        .then((message) => {
          if (settled || !child.connected) return;
          try {
            child.send(message);
          } catch (error) {
            // A value JSON cannot carry (a cycle, a BigInt): the child hears why instead of waiting forever.
            child.send({
              type: 'reply',
              id: call,
              ok: false,
              error: `not JSON: ${(error as Error).message}`,
            });
          }
        });
    };
    const onMessage = (message: Record<string, unknown>) => {
      if (message.type === 'done' && message.run === id) {
        answer = message as typeof answer;
        finish();
        return;
      }
      if (message.type !== 'call') return;
      const payload = (message.payload ?? {}) as Record<string, unknown>;
      if (message.kind === 'state') {
        reply(message.id as number, () =>
          run.onState?.(
            String(payload.state),
            payload.action === 'teardown' ? 'teardown' : 'setup',
            payload.params,
          ),
        );
      } else {
        reply(message.id as number, () =>
          run.onMessage?.(String(payload.description), (payload.message ?? {}) as Record<string, unknown>),
        );
      }
    };
    const onError = (error: Error) => {
      failure = error;
    };
    const onExit = (code: number | null, signal: NodeJS.Signals | null) =>
      // Let the pipes drain what the worker wrote last before giving up on it.
      setImmediate(() => finish(signal === null ? `exit code ${code}` : `signal ${signal}`));
    child.stdout?.on('data', onStdout);
    child.stderr?.on('data', onStderr);
    child.on('message', onMessage);
    child.on('error', onError);
    child.on('exit', onExit);
    child.send({
      type: 'start',
      run: id,
      marker,
      config: verifierConfig(run.config),
      stateHandlers: run.onState !== undefined,
      messageProviders: run.onMessage !== undefined,
    });
  });
}

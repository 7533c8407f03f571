// Writing one pact file from many processes: a lock serialises the writes (Pact's merge, then the kit's
// normalising rewrite of the whole file), and with `run` the first write of a test run starts the file afresh, so
// that interactions a previous run wrote (a renamed or removed test) do not survive. The lock is a file beside the
// pact while a write lasts (it names its process, so one a dead process left is taken over); the run marker is a
// hidden file beside the pact (`.<pact file>.run`: not a `.json`, so no tool takes it for a pact).
import {
  closeSync,
  mkdirSync,
  openSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';

import { basename, dirname, join } from 'node:path';
import { isMainThread } from 'node:worker_threads';
import { SpikeKitError } from '../core/index.ts';

/** Variables a test runner sets in its workers: a process with one is part of its parent's (the runner's) run. */
const workerVariables: readonly string[] = ['VITEST_POOL_ID', 'VITEST_WORKER_ID', 'JEST_WORKER_ID'];
/** A lock older than this is left behind (its process gone, or its pid reused). */
const STALE_MS = 120_000;
/** How long a write waits for the lock before giving up. */
const WAIT_MS = 150_000;

/** The start time of a process (Linux `/proc/<pid>/stat`, field 22), or '' where the platform does not say. */
function startTimeOf(pid: number): string {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? '';
  } catch {
    return '';
  }
}

/**
 * The test run this process belongs to: `SPIKE_PACT_RUN_ID` when set (set it in a global setup to say what a run
 * is), else the runner's process (the parent of a worker process, this process for worker threads) or this process
 * (a script on its own), by pid and start time.
 *
 * @example
 * ```ts
 * process.env.SPIKE_PACT_RUN_ID ??= String(Date.now()); // e.g. in vitest's globalSetup
 * ```
 */
export function pactRunId(env: Readonly<Record<string, string | undefined>> = process.env): string {
  let given: string | undefined;
  let worker = false;
  try {
    given = env.SPIKE_PACT_RUN_ID;
    worker = workerVariables.some((name) => env[name] !== undefined);
  } catch {
    // A runtime that denies reading the environment (Deno without --allow-env): this process is the run.
  }
  if (given !== undefined && given !== '') return given;
  const owner = worker && isMainThread ? process.ppid : process.pid;
  return `${owner}@${startTimeOf(owner)}`;
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Whether the process that wrote the lock `lock` is gone (or the lock is too old to be a write in progress). */
function abandoned(lock: string): boolean {
  let owner: number;
  let age: number;
  try {
    owner = Number(readFileSync(lock, 'utf8'));
    age = Date.now() - statSync(lock).mtimeMs;
  } catch {
    return false; // released meanwhile, or not written yet
  }
  if (age > STALE_MS) return true;
  if (!Number.isInteger(owner) || owner <= 0) return age > 1000;
  try {
    process.kill(owner, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/** Takes the lock file `lock` (waits while another process holds it). */
async function acquire(lock: string, file: string): Promise<void> {
  const started = Date.now();
  for (let attempt = 0; ; attempt++) {
    try {
      const fd = openSync(lock, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    if (abandoned(lock)) rmSync(lock, { force: true });
    else if (Date.now() - started > WAIT_MS) {
      throw new SpikeKitError(
        'PACT_FAILED',
        `Waited ${WAIT_MS / 1000} s to write ${file}: another process holds its lock (${lock}). Remove the lock if no test is running.`,
        { file, lock },
      );
    } else await sleep(5 + (attempt % 4) * 5);
  }
}

/**
 * Runs `write` holding the lock of the pact `file`. With `run`, first removes the file when the last run that
 * wrote it was another one (see {@link pactRunId}). Resolves with what `write` resolves with.
 *
 * @throws {SpikeKitError} `PACT_FAILED` when another writer holds the lock for longer than a write can take.
 * @example
 * ```ts
 * await withPactFileLock('pacts/app-spike-forms.json', () => writeInteractions(), { run: true });
 * ```
 */
export async function withPactFileLock<T>(
  file: string,
  write: () => Promise<T>,
  options: { readonly run?: boolean } = {},
): Promise<T> {
  mkdirSync(dirname(file), { recursive: true });
  const lock = `${file}.lock`;
  await acquire(lock, file);
  try {
    if (options.run === true) {
      // Beside the pact: the one folder a consumer test surely may write (Deno's --allow-write names it).
      const marker = join(dirname(file), `.${basename(file)}.run`);
      const run = pactRunId();
      let last = '';
      try {
        last = readFileSync(marker, 'utf8');
      } catch {
        last = '';
      }
      if (last !== run) {
        rmSync(file, { force: true });
        writeFileSync(marker, run);
      }
    }
    return await write();
  } finally {
    rmSync(lock, { force: true });
  }
}

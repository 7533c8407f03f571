// Runs this process's Node in a child process (a script, a bin, `-e` code) and collects what it printed: the one
// spawn-and-collect of the package (the `pact` CLI) and of the test suite.
import { spawn } from 'node:child_process';

/** What a run printed and how it ended. */
export interface NodeRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Options of {@link runNode}. */
export interface RunNodeOptions {
  /** The child's whole environment. Default: this process's. */
  readonly env?: NodeJS.ProcessEnv;
  readonly cwd?: string;
  /** Bytes on stdin (else stdin is closed at once). */
  readonly input?: string | Uint8Array;
  /** Killed after this long, ms. Default: never. */
  readonly timeoutMs?: number;
}

/**
 * `node ...args` in a child process; resolves when it exits, with its stdout and stderr.
 *
 * @example
 * ```ts
 * const { code, stdout } = await runNode(['--input-type=module', '-e', "console.log('hi')"]);
 * ```
 */
export function runNode(args: readonly string[], options: RunNodeOptions = {}): Promise<NodeRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      env: options.env ?? process.env,
      ...(options.cwd === undefined ? {} : { cwd: options.cwd }),
      ...(options.timeoutMs === undefined ? {} : { timeout: options.timeoutMs }),
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });
}

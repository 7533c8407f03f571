// The CLI's streams and environment, injectable for tests, and its only colour: Node's own `util.styleText`.
import { styleText } from 'node:util';

/**
 * A stream the CLI writes to: `process.stdout`/`stderr`, or anything with `write` (TTY fields optional).
 *
 * @example
 * ```ts
 * const captured: CliWritable = { write: (text: string) => chunks.push(text) };
 * ```
 */
export interface CliWritable {
  write(text: string): unknown;
  /** True on a terminal (`tty.WriteStream`). */
  readonly isTTY?: boolean;
  /** Whether the terminal shows colour, honouring `NO_COLOR`, `FORCE_COLOR` and `TERM` in `env`. */
  hasColors?(env?: object): boolean;
  /** Terminal width, on a TTY. */
  readonly columns?: number;
}

/**
 * Where the CLI reads and writes: its streams and environment. Defaults to the process's, so `main(argv)` is the
 * real program and `main(argv, io)` a testable one.
 *
 * @example
 * ```ts
 * const io: CliIO = { ...processIO(), env: { ...process.env, SPIKE_SECRET: 's3cret' } };
 * ```
 */
export interface CliIO {
  readonly stdout: CliWritable;
  readonly stderr: CliWritable;
  /** Bytes piped in (the body of `sign` without a file). */
  readonly stdin: AsyncIterable<Uint8Array | string>;
  /** The environment (`--secret-env` reads from here). */
  readonly env: Readonly<Record<string, string | undefined>>;
}

/**
 * The process's own streams and environment.
 *
 * @example
 * ```ts
 * await main(process.argv.slice(2), processIO());
 * ```
 */
export function processIO(): CliIO {
  return { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env };
}

/**
 * Writes one line (adds the newline).
 *
 * @example
 * ```ts
 * writeLine(io.stdout, JSON.stringify(event));
 * ```
 */
export function writeLine(stream: CliWritable, line: string): void {
  stream.write(`${line}\n`);
}

/**
 * True when `stream` shows colour: only on a TTY whose `hasColors(env)` agrees (so `NO_COLOR` turns it off and
 * a pipe or a file never gets escape codes, whatever `FORCE_COLOR` says).
 *
 * @example
 * ```ts
 * showsColour(process.stdout, process.env); // false when piped
 * ```
 */
export function showsColour(stream: CliWritable, env: CliIO['env']): boolean {
  return stream.isTTY === true && typeof stream.hasColors === 'function' && stream.hasColors(env) === true;
}

/** The kinds of text the CLI styles. */
type StyleKind = 'ok' | 'bad' | 'warn' | 'dim' | 'bold' | 'code';

const formats = {
  ok: 'green',
  bad: 'red',
  warn: 'yellow',
  dim: 'dim',
  bold: 'bold',
  code: 'cyan',
} as const satisfies Record<StyleKind, Parameters<typeof styleText>[0]>;

/**
 * Styles text of a kind for one stream; the identity when the stream shows no colour.
 *
 * @example
 * ```ts
 * const plain: Stylist = (_kind, text) => text;
 * ```
 */
export type Stylist = (kind: StyleKind, text: string) => string;

/**
 * The styling function for one stream: colours from `util.styleText` when {@link showsColour} says so, the text
 * unchanged otherwise.
 *
 * @example
 * ```ts
 * const style = stylist(io.stdout, io.env);
 * writeLine(io.stdout, style('ok', 'valid'));
 * ```
 */
export function stylist(stream: CliWritable, env: CliIO['env']): Stylist {
  if (!showsColour(stream, env)) return (_kind, text) => text;
  return (kind, text) => styleText(formats[kind], text, { validateStream: false });
}

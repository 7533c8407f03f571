// One command of the `spike-webhook-kit` executable, as data: a new command is one file and one line in
// ./commands/index.ts.
import type { Command } from 'commander';
import type { CliIO, Stylist } from './io.ts';

/**
 * What a command's {@link CliCommand.run} gets: the parsed arguments and options, the streams, and line writers
 * with their stylists (colour only on a TTY, never with `NO_COLOR`).
 *
 * @example
 * ```ts
 * const run = async ({ args, options, out, style }: CliContext) => {
 *   out(style('ok', `hello ${String(args[0])} ${String(options.loud)}`));
 *   return 0;
 * };
 * ```
 */
export interface CliContext {
  /** The positional arguments, in their declared order, after their parsers (`undefined` for an absent optional one). */
  readonly args: readonly unknown[];
  /** The options by their camel-cased names (`--secret-env` is `secretEnv`), after their parsers and defaults. */
  readonly options: Readonly<Record<string, unknown>>;
  readonly io: CliIO;
  /** Writes one line to stdout. */
  readonly out: (line: string) => void;
  /** Writes one line to stderr. */
  readonly err: (line: string) => void;
  /** Styles text for stdout. */
  readonly style: Stylist;
  /** Styles text for stderr. */
  readonly errStyle: Stylist;
}

/**
 * A command of the CLI. `configure` declares its arguments and options on the commander command that `main`
 * creates (named, described, with examples in its `--help`); `run` does the work and resolves to the exit code.
 * A `SpikeKitError` it throws is printed as one line `spike-webhook-kit: <code>: <message>` and exits with
 * `errorExitCode` (default 1); any other error prints its message the same way and exits 1. Bad flags never reach
 * `run`: they are usage errors (exit 2), and so is an `InvalidArgumentError` thrown by an option's parser.
 *
 * @example
 * ```ts
 * import type { CliCommand } from './cli-command.ts';
 * export const helloCommand: CliCommand = {
 *   name: 'hello',
 *   summary: 'greet someone',
 *   examples: ['spike-webhook-kit hello world --loud'],
 *   configure: (command) => command.argument('<name>', 'who').option('--loud', 'shout'),
 *   run: ({ args, options, out }) => {
 *     out(options.loud ? `HELLO ${String(args[0]).toUpperCase()}` : `hello ${String(args[0])}`);
 *     return 0;
 *   },
 * };
 * // then, in ./commands/index.ts: export const commands = [..., helloCommand];
 * ```
 */
export interface CliCommand {
  /** The command's name, as typed: `spike-webhook-kit <name>`. */
  readonly name: string;
  /** One line for the list of commands. */
  readonly summary: string;
  /** The longer text at the top of its `--help`; default the summary. */
  readonly description?: string;
  /** Whole command lines shown under "Examples" in its `--help`. */
  readonly examples?: readonly string[];
  /** Declares arguments and options (commander's `argument`, `option`, `requiredOption`, `addOption` ...). */
  readonly configure: (command: Command) => void;
  /** Does the work; resolves to the exit code. */
  readonly run: (context: CliContext) => number | Promise<number>;
  /** The exit code of a `SpikeKitError` thrown by `run`; default 1. */
  readonly errorExitCode?: number;
}

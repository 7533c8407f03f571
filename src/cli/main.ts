// `spike-webhook-kit`: the program. Builds a commander program from the command table, runs one command, and turns
// every failure into one line on stderr and an exit code (0 ok, 1 failed, 2 usage error).
import { Command, CommanderError } from 'commander';
import { isSpikeKitError } from '../core/index.ts';
import { profileIds } from '../profiles/index.ts';
import type { CliCommand, CliContext } from './cli-command.ts';
import { commands } from './commands/index.ts';
import { type CliIO, processIO, showsColour, stylist, writeLine } from './io.ts';
import { packageVersion } from './package-version.ts';
import { redactSecrets } from './secret.ts';

const NAME = 'spike-webhook-kit';

/** Exit code of a bad flag, argument or command. */
const USAGE = 2;

/** Commander's own successful exits: help and version printed. */
const doneCodes = new Set(['commander.helpDisplayed', 'commander.version']);

/**
 * Runs the `spike-webhook-kit` CLI on `argv` (without `node` and the script) and resolves to the exit code: 0 when
 * it did what was asked, 1 when the answer is no (an invalid signature, an event not delivered, a failed
 * scenario) or the command failed, 2 for a bad flag, argument or command. Errors are one line on stderr:
 * `spike-webhook-kit: <CODE>: <message>`, never a stack trace. Secrets read from flags never appear in the output.
 *
 * @example
 * ```ts
 * import { main } from './main.ts';
 * process.exitCode = await main(['generate', 'spike-forms', 'contact', '--seed', '42']);
 * ```
 */
export async function main(argv: readonly string[], io: CliIO = processIO()): Promise<number> {
  let exitCode = 0;
  let failedCommand: string | undefined;
  const program = new Command(NAME)
    .description(
      'Test kit for Spike webhook receivers: realistic events, signed exactly as Spike signs them, sent on its retry schedule.',
    )
    .version(packageVersion(), '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .exitOverride()
    .showSuggestionAfterError(true)
    .configureOutput({
      writeOut: (text) => void io.stdout.write(text),
      writeErr: (text) => void io.stderr.write(text),
      // Usage errors are printed below, as one coded line.
      outputError: () => {},
      getOutHelpWidth: () => (io.stdout.isTTY === true ? io.stdout.columns : undefined) ?? 100,
      getErrHelpWidth: () => (io.stderr.isTTY === true ? io.stderr.columns : undefined) ?? 100,
      getOutHasColors: () => showsColour(io.stdout, io.env),
      getErrHasColors: () => showsColour(io.stderr, io.env),
    })
    .addHelpText(
      'after',
      `\nProfiles: ${profileIds.join(', ')}\nExit codes: 0 done, 1 failed (invalid, not delivered ...), 2 bad flag, argument or command.`,
    );

  for (const spec of commands) {
    const command = program
      .command(spec.name)
      .summary(spec.summary)
      .description(spec.description ?? spec.summary)
      .exitOverride((error) => {
        failedCommand = spec.name;
        throw error;
      });
    spec.configure(command);
    if (spec.examples !== undefined && spec.examples.length > 0)
      command.addHelpText('after', `\nExamples:\n${spec.examples.map((line) => `  $ ${line}`).join('\n')}`);
    command.action(async (...params: unknown[]) => {
      exitCode = await runCommand(spec, params.at(-1) as Command, io);
    });
  }

  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (error) {
    if (!(error instanceof CommanderError)) return fail(io, error, 1);
    if (doneCodes.has(error.code)) return 0;
    // `spike-webhook-kit` alone: commander printed the help on stderr.
    if (error.code === 'commander.help') return USAGE;
    writeLine(io.stderr, usageLine(error, failedCommand));
    return USAGE;
  }
  return exitCode;
}

async function runCommand(spec: CliCommand, command: Command, io: CliIO): Promise<number> {
  const context: CliContext = {
    args: command.processedArgs,
    options: command.opts(),
    io,
    out: (line) => writeLine(io.stdout, line),
    err: (line) => writeLine(io.stderr, line),
    style: stylist(io.stdout, io.env),
    errStyle: stylist(io.stderr, io.env),
  };
  try {
    return await spec.run(context);
  } catch (error) {
    return fail(io, error, isSpikeKitError(error) ? (spec.errorExitCode ?? 1) : 1);
  }
}

/** Prints one line for an error that is not a usage error and returns the exit code. */
function fail(io: CliIO, error: unknown, code: number): number {
  const message = oneLine(error instanceof Error ? error.message : String(error));
  const line = isSpikeKitError(error) ? `${NAME}: ${error.code}: ${message}` : `${NAME}: ${message}`;
  writeLine(io.stderr, redactSecrets(io, line));
  return code;
}

/** Commander's message (`error: unknown option '--sed'\n(Did you mean --seed?)`) as one coded line. */
function usageLine(error: CommanderError, command: string | undefined): string {
  const raw = error.message.replace(/^error: /, '');
  const match = /\n\(Did you mean (.*)\?\)\s*$/s.exec(raw);
  const base = oneLine(match === null ? raw : raw.slice(0, match.index)).replace(/\.$/, '');
  const where = command === undefined || base.includes(`'${command}'`) ? '' : `${command}: `;
  const suggestion = match === null ? '' : ` (did you mean ${match[1]}?)`;
  const help = command === undefined ? `${NAME} --help` : `${NAME} ${command} --help`;
  return `${NAME}: INVALID_OPTION: ${where}${base}${suggestion}; see ${help}.`;
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}

// The secret of `sign`, `verify`, `send` ...: from `--secret <value>` or `--secret-env <NAME>`, never echoed.
import type { Command } from 'commander';
import { SpikeKitError } from '../core/index.ts';
import type { CliIO } from './io.ts';

/**
 * The secret flags as commander parses them.
 *
 * @example
 * ```ts
 * const flags: SecretFlags = { secretEnv: 'SPIKE_SECRET' };
 * ```
 */
export interface SecretFlags {
  readonly secret?: string | undefined;
  readonly secretEnv?: string | undefined;
}

const read = new WeakMap<CliIO, Set<string>>();
/** Shorter secrets are not searched for in messages: replacing `a` everywhere would garble them. */
const MIN_REDACTED = 4;

/**
 * Adds `--secret <value>` and `--secret-env <NAME>` to a command.
 *
 * @example
 * ```ts
 * secretOptions(program.command('sign'), 'the key Spike signs with');
 * ```
 */
export function secretOptions(command: Command, what = 'the secret Spike signs with'): Command {
  return command
    .option('--secret <value>', `${what} (visible in your shell history: prefer --secret-env)`)
    .option('--secret-env <NAME>', `read ${what} from the environment variable NAME`);
}

/**
 * The secret given by `--secret` or `--secret-env`, or `undefined` when neither is (and `required` is false). The
 * value is remembered for {@link redactSecrets}, and never appears in a message.
 *
 * @throws {SpikeKitError} `SECRET_REQUIRED` when required and neither flag is given, or when `--secret-env` names
 *   an unset or empty variable (the message names it); `INVALID_OPTION` for both flags at once or an empty
 *   `--secret`.
 * @example
 * ```ts
 * const secret = readSecret({ secretEnv: 'SPIKE_SECRET' }, io, { required: true, command: 'sign' });
 * ```
 */
export function readSecret(
  flags: SecretFlags,
  io: CliIO,
  options: { readonly required: boolean; readonly command: string },
): string | undefined {
  const { secret, secretEnv } = flags;
  if (secret !== undefined && secretEnv !== undefined)
    throw new SpikeKitError(
      'INVALID_OPTION',
      `${options.command}: give the secret once, with --secret or with --secret-env, not both.`,
      { option: 'secret' },
    );
  let value: string | undefined;
  if (secretEnv !== undefined) {
    value = io.env[secretEnv];
    if (value === undefined || value === '')
      throw new SpikeKitError(
        'SECRET_REQUIRED',
        `${options.command}: --secret-env names the environment variable ${secretEnv}, which is ${value === undefined ? 'not set' : 'empty'}: export it (export ${secretEnv}=...) or pass another name.`,
        { option: 'secret-env', variable: secretEnv },
      );
  } else if (secret !== undefined) {
    if (secret === '')
      throw new SpikeKitError(
        'INVALID_OPTION',
        `${options.command}: --secret is empty: pass the secret Spike signs with, or --secret-env NAME.`,
        { option: 'secret' },
      );
    value = secret;
  }
  if (value === undefined) {
    if (!options.required) return undefined;
    throw new SpikeKitError(
      'SECRET_REQUIRED',
      `${options.command} needs the secret Spike signs with: pass --secret-env NAME (an environment variable holding it) or --secret <value>.`,
      { options: ['secret', 'secret-env'] },
    );
  }
  const seen = read.get(io) ?? new Set<string>();
  read.set(io, seen);
  seen.add(value);
  return value;
}

/**
 * `text` with every secret read through `io` (of 4 characters or more) replaced by `***`: the last guard before a
 * message is printed.
 *
 * @example
 * ```ts
 * writeLine(io.stderr, redactSecrets(io, error.message));
 * ```
 */
export function redactSecrets(io: CliIO, text: string): string {
  let out = text;
  for (const value of read.get(io) ?? [])
    if (value.length >= MIN_REDACTED) out = out.replaceAll(value, '***');
  return out;
}

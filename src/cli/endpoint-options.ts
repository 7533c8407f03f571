// The flags every command that talks to a running endpoint shares: the URL and the dialect it speaks.
import type { Command } from 'commander';
import { profileIds } from '../profiles/index.ts';

/**
 * What a profile flag or argument accepts, for help texts.
 *
 * @example
 * ```ts
 * program.command('sign').argument('<profile>', profileHelp);
 * ```
 */
export const profileHelp = `the dialect: ${profileIds.join(', ')}`;

/**
 * Adds the `<url>` argument and the required `--profile <id>` to a command (`send`, `check`, `verify-pact`).
 *
 * @example
 * ```ts
 * endpointOptions(program.command('check'));
 * ```
 */
export function endpointOptions(command: Command): Command {
  return command
    .argument('<url>', 'the endpoint (http or https)')
    .requiredOption('--profile <id>', profileHelp);
}

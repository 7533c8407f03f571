// The commands of `spike-webhook-kit`, in the order `--help` lists them. A new command is its own file here and
// one line in this table.
import type { CliCommand } from '../cli-command.ts';
import { checkCommand } from './check.ts';
import { demoCommand } from './demo.ts';
import { exportCommand } from './export.ts';
import { generateCommand } from './generate.ts';
import { sendCommand } from './send.ts';
import { signCommand } from './sign.ts';
import { verifyCommand } from './verify.ts';
import { verifyPactCommand } from './verify-pact.ts';

/**
 * Every command of the CLI; `main` builds the program from this table.
 *
 * @example
 * ```ts
 * commands.map((command) => command.name); // ['generate', 'sign', 'verify', 'send', 'check', 'verify-pact', 'export', 'demo']
 * ```
 */
export const commands: readonly CliCommand[] = [
  generateCommand,
  signCommand,
  verifyCommand,
  sendCommand,
  checkCommand,
  verifyPactCommand,
  exportCommand,
  demoCommand,
];

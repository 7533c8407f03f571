// `spike-webhook-kit demo`: the kit's main job, end to end, on two example receivers on 127.0.0.1.
import type { CliCommand } from '../cli-command.ts';
import { runDemo } from '../demo/run-demo.ts';

/** Where the demo writes its HTML report unless told otherwise. */
const DEFAULT_REPORT = 'spike-webhook-kit-demo.html';

/**
 * The `demo` command: starts a correct and a deliberately flawed receiver on 127.0.0.1, runs the scorecard on both,
 * Spike's retries with faults and the contract verification, explains the findings, writes the HTML report and
 * prints the command to run against your own endpoint. Exit 0 when every verdict is the expected one.
 *
 * @example
 * ```ts
 * await main(['demo', '--report', 'demo.html']);
 * ```
 */
export const demoCommand: CliCommand = {
  name: 'demo',
  summary: 'see the kit catch a flawed receiver: scorecard, retries, contract and report, all on 127.0.0.1',
  description:
    'Starts two example receivers on 127.0.0.1 (correct-receiver, written as the README says, and flawed-receiver, wrong in the ways real handlers are), checks both as Spike would (the conformance scorecard, retries with faults on a virtual clock, the Pact contract), explains each finding and writes an HTML report. Nothing leaves 127.0.0.1.',
  examples: ['spike-webhook-kit demo', 'spike-webhook-kit demo --report out/demo.html --no-pact'],
  configure: (command) =>
    command
      .option('--report <file>', 'where to write the HTML report', DEFAULT_REPORT)
      .option('--no-pact', 'leave out the contract verification (it needs @pact-foundation/pact)'),
  run: ({ options, out, style }) =>
    runDemo({ reportPath: options.report as string, pact: options.pact !== false, out, style }),
};

// `spike-webhook-kit check <url>`: is this endpoint safe to put behind Spike? The conformance scorecard of a live
// endpoint.
import { InvalidArgumentError } from 'commander';
import { scenarioIds } from '../../conformance/index.ts';
import { listChoices } from '../../core/index.ts';
import type { CliCommand } from '../cli-command.ts';
import { endpointOptions } from '../endpoint-options.ts';
import { collectList, wholeNumber } from '../option-parsers.ts';
import { runCheck } from '../run-check.ts';
import { readSecret, secretOptions } from '../secret.ts';

/** Collects `--only`/`--skip` ids; an id the catalogue does not have is a usage error that lists the ids. */
function scenarioList(value: string, previous: readonly string[] = []): string[] {
  const ids = collectList(value, previous);
  const unknown = ids.filter((id) => !(scenarioIds as readonly string[]).includes(id));
  if (unknown.length > 0)
    throw new InvalidArgumentError(
      `Unknown scenario id ${listChoices(unknown)}: the ids are ${listChoices(scenarioIds)}.`,
    );
  return ids;
}

/**
 * The `check` command: runs every conformance scenario of a profile against a running endpoint and prints the
 * scorecard (`--json`: `{ profile, target, passed, seed, refDate, scenarios: [{ id, status, reason }] }`).
 * Exit 1 when any scenario failed, 0 otherwise.
 *
 * @example
 * ```ts
 * await main(['check', 'http://127.0.0.1:3000/webhooks/spike', '--profile', 'spike-forms', '--secret-env', 'SPIKE_SECRET']);
 * ```
 */
export const checkCommand: CliCommand = {
  name: 'check',
  summary: 'the conformance scorecard of a running endpoint: is it safe to put behind Spike?',
  description: `Sends the conformance scenarios of a profile to a running endpoint (genuine, wrongly signed, unsigned, tampered, re-serialised, replayed, duplicated and unknown deliveries) and judges each answer as Spike would. Exit 1 when any scenario fails. Scenario ids: ${scenarioIds.join(', ')}.`,
  examples: [
    'spike-webhook-kit check http://127.0.0.1:3000/webhooks/spike --profile spike-forms --secret-env SPIKE_SECRET',
    'spike-webhook-kit check http://127.0.0.1:3000/webhooks/spike --profile spike-health-v3 --secret-env SPIKE_KEY --probe-url "http://127.0.0.1:3000/test/processed?key={key}" --report check.html --junit check.xml',
    'spike-webhook-kit check http://127.0.0.1:3000/webhooks/spike --profile spike-health-v2 --secret-env SPIKE_SECRET --skip stale-timestamp --json',
  ],
  configure: (command) =>
    secretOptions(endpointOptions(command), 'the secret the endpoint is configured with')
      .option('--only <ids>', 'run only these scenarios (comma-separated or repeated)', scenarioList)
      .option('--skip <ids>', 'skip these scenarios (comma-separated or repeated)', scenarioList)
      .option(
        '--probe-url <url>',
        'for the duplicate scenarios: GET URL with {key} replaced by the dedup key, answering how many times the side effect ran',
      )
      .option('--seed <n>', 'seed of the generated deliveries (default 1)', wholeNumber(0, 2 ** 31))
      .option('--json', 'print the scorecard as JSON')
      .option('--report <file>', 'also write the scorecard, with every request and answer, as an HTML report')
      .option('--junit <file>', 'also write the scorecard as JUnit XML, one test case per scenario'),
  run: async ({ args, options, io, out, err, style }) => {
    const secret = readSecret(options, io, { required: true, command: 'check' }) as string;
    return runCheck(
      {
        url: args[0] as string,
        profile: options.profile as string,
        secret,
        only: options.only as string[] | undefined,
        skip: options.skip as string[] | undefined,
        probeUrl: options.probeUrl as string | undefined,
        seed: options.seed as number | undefined,
        json: options.json === true,
        report: options.report as string | undefined,
        junit: options.junit as string | undefined,
      },
      { out, err, style },
    );
  },
};

// `spike-webhook-kit export --format artillery|k6`: pre-signed Spike traffic for a load engine to replay.
import { Option } from 'commander';
import { getProfile } from '../../profiles/index.ts';
import type { CliCommand } from '../cli-command.ts';
import { profileHelp } from '../endpoint-options.ts';
import {
  type ExportFormat,
  type ExportTrafficOptions,
  exportDefaults,
  exportFormats,
  exportTraffic,
} from '../export/index.ts';
import { parseSeed, wholeNumber } from '../option-parsers.ts';
import { readSecret, secretOptions } from '../secret.ts';

/**
 * The `export` command: {@link exportTraffic} from flags. Prints the files written and the command that runs them.
 *
 * @example
 * ```ts
 * await main(['export', '--format', 'artillery', '--profile', 'spike-forms', '--url', 'http://127.0.0.1:3000/hook', '--secret-env', 'SPIKE_SECRET', '--out', 'load']);
 * ```
 */
export const exportCommand: CliCommand = {
  name: 'export',
  summary: 'write pre-signed deliveries and a scenario for Artillery or k6 (load beyond one machine)',
  description:
    "Signs deliveries once and writes them with a ready-to-run Artillery scenario (and processor) or k6 script, so an existing load engine replays genuine Spike traffic from as many machines as it runs on. Success is counted by the profile's rule (exactly 200 for v3). Timestamped deliveries expire: export right before the run with --ref-date set to now.",
  examples: [
    'spike-webhook-kit export --format artillery --profile spike-forms --url http://127.0.0.1:3000/webhooks/spike --secret-env SPIKE_SECRET --out load && npx artillery run load/spike-scenario.yml',
    'spike-webhook-kit export --format k6 --profile spike-health-v3 --url https://staging.example.com/webhooks/spike --secret-env SPIKE_KEY --out load --count 1000 --rate 50',
  ],
  configure: (command) =>
    secretOptions(
      command
        .addOption(
          new Option('--format <engine>', 'the load engine').choices(exportFormats).makeOptionMandatory(),
        )
        .requiredOption('--profile <id>', profileHelp)
        .requiredOption('--url <url>', 'the endpoint the load goes to (http or https)')
        .requiredOption('--out <dir>', 'the folder to write to (created if missing)'),
    )
      .option(
        '--count <n>',
        `how many distinct deliveries to sign (default ${exportDefaults.count})`,
        wholeNumber(1, 100_000),
      )
      .option('--seed <seed>', `seed of the generated events (default ${exportDefaults.seed})`, parseSeed)
      .option('--kind <kind>', "the event kind; default the profile's first")
      .option(
        '--ref-date <date>',
        'the instant of the events, and the timestamp of timestamped profiles (ISO 8601)',
      )
      .option(
        '--rate <n>',
        `requests per second, a whole number (default ${exportDefaults.rate})`,
        wholeNumber(1, 100_000),
      )
      .option('--duration <seconds>', 'seconds of load (default count / rate)', wholeNumber(1, 7 * 24 * 3600))
      .option('--json', 'print { format, deliveries, files } as JSON'),
  run: async ({ options, io, out }) => {
    const secret = readSecret(options, io, { required: true, command: 'export' }) as string;
    // The flags given, by exportTraffic's option names; the ones left out take its defaults.
    const given = Object.fromEntries(
      (['count', 'seed', 'kind', 'refDate', 'rate', 'duration'] as const)
        .filter((name) => options[name] !== undefined)
        .map((name) => [name, options[name]]),
    ) as Partial<ExportTrafficOptions>;
    const result = await exportTraffic({
      ...given,
      format: options.format as ExportFormat,
      profile: getProfile(options.profile as string),
      url: options.url as string,
      secret,
      outDir: options.out as string,
    });
    if (options.json === true) out(JSON.stringify(result));
    else {
      out(`${result.deliveries} signed ${options.profile as string} deliveries for ${result.format}:`);
      for (const file of result.files) out(`  ${file}`);
      const runner = result.files.at(-1) as string;
      out(result.format === 'k6' ? `run: k6 run ${runner}` : `run: npx artillery run ${runner}`);
    }
    return 0;
  },
};

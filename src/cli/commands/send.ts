// `spike-webhook-kit send <url>`: signed deliveries to a running endpoint, on the profile's retry schedule (in real
// time, optionally compressed), or as load with --rate/--concurrency.
import { generate, generateDefaults } from '../../../generators/index.ts';
import { formatMs, SpikeKitError, toMs } from '../../core/index.ts';
import { defineProfile, getProfile, type Profile } from '../../profiles/index.ts';
import { writeReport } from '../../report/index.ts';
import { createSimulation, type SimulateOptions } from '../../simulator/index.ts';
import type { CliCommand, CliContext } from '../cli-command.ts';
import { endpointOptions } from '../endpoint-options.ts';
import { parseSeed, positiveNumber, wholeNumber } from '../option-parsers.ts';
import { progressLine } from '../progress-line.ts';
import { readSecret, secretOptions } from '../secret.ts';
import { type LoadReport, loadDefaults, sendLoad } from '../send-load.ts';

/** Distinct events a load run signs and sends round-robin, at most. */
const MAX_LOAD_EVENTS = 1000;
/** Below this real per-attempt timeout, `send` warns that compression makes attempts time out. */
const SHORT_TIMEOUT_MS = 100;

/**
 * The `send` command. Without `--rate`/`--concurrency`: the events go through the simulator in real time against
 * the URL, retried on the profile's schedule (`--compress` runs it faster, `--no-retry` once each), and the
 * timeline table (or `--json`, the simulation's JSON) is printed. With them: a load run, one attempt per request,
 * reporting count, requests per second, latency p50/p99 and statuses. Exit 1 when any event was not delivered.
 *
 * @example
 * ```ts
 * await main(['send', 'http://127.0.0.1:3000/webhooks/spike', '--profile', 'spike-forms', '--secret-env', 'SPIKE_SECRET']);
 * ```
 */
export const sendCommand: CliCommand = {
  name: 'send',
  summary: "send signed deliveries to an endpoint, on the profile's retry schedule or as load",
  description:
    "Sends signed Spike deliveries to a running endpoint. By default each event follows the profile's retry schedule in real time (--compress 60 runs a 1-minute delay in 1 s) and the timeline is printed. With --rate or --concurrency it is a load run instead: every request once, as fast as allowed, then count, requests/s, latency and statuses.",
  examples: [
    'spike-webhook-kit send http://127.0.0.1:3000/webhooks/spike --profile spike-forms --secret-env SPIKE_SECRET',
    'spike-webhook-kit send http://127.0.0.1:3000/webhooks/spike --profile spike-health-v2 --count 3 --compress 60 --secret-env SPIKE_SECRET',
    'spike-webhook-kit send http://127.0.0.1:3000/webhooks/spike --profile spike-health-v3 --count 5000 --rate 500 --secret-env SPIKE_KEY',
  ],
  configure: (command) =>
    secretOptions(
      endpointOptions(command)
        .option('--kind <kind>', "the event kind; default the profile's first")
        .option(
          '--count <n>',
          'how many events (load: how many requests; default 1, load 100)',
          wholeNumber(1, 1_000_000),
        )
        .option('--seed <seed>', 'seed of the generated events', parseSeed, generateDefaults.seed),
    )
      .option(
        '--compress <n>',
        'Spike time per real time: 60 runs a 1-minute retry delay in 1 s (default 1)',
        positiveNumber(1_000_000),
      )
      .option(
        '--timeout <duration>',
        "the per-attempt timeout in Spike time ('30s', '2m'); default the profile's",
      )
      .option('--no-retry', 'one attempt per event, no retries')
      .option(
        '--rate <per-second>',
        'load: start at most this many requests per second',
        positiveNumber(1_000_000),
      )
      .option(
        '--concurrency <n>',
        `load: requests in flight at once (default ${loadDefaults.concurrency})`,
        wholeNumber(1, 10_000),
      )
      .option('--json', 'print the simulation (or the load report) as JSON')
      .option('--report <file>', 'retry schedule: also write the timeline as an HTML report'),
  run: async (context) => {
    const { args, options, io } = context;
    const url = args[0] as string;
    if (!/^https?:\/\/[^/?#]/i.test(url))
      throw new SpikeKitError(
        'INVALID_TARGET',
        `send needs the endpoint's absolute http:// or https:// URL, e.g. http://127.0.0.1:3000/webhooks/spike (got ${JSON.stringify(url)}).`,
        { target: 'url', url },
      );
    const profile = getProfile(options.profile as string);
    const secret = readSecret(options, io, {
      required: profile.signature.required === 'always',
      command: `send --profile ${profile.id}`,
    });
    if (secret === undefined) context.err(`note: no secret given: ${profile.id} deliveries go unsigned.`);
    const load = options.rate !== undefined || options.concurrency !== undefined;
    if (load) {
      for (const flag of ['compress', 'timeout'] as const)
        if (options[flag] !== undefined)
          throw new SpikeKitError(
            'INVALID_OPTION',
            `--${flag} applies to the retry schedule: a load run (--rate, --concurrency) sends each request once.`,
            { option: flag },
          );
      if (options.report !== undefined)
        throw new SpikeKitError(
          'INVALID_OPTION',
          '--report draws the retry timeline: a load run (--rate, --concurrency) has none; drop one of them.',
          { option: 'report' },
        );
      return runLoad(context, profile, url, secret);
    }
    return runSchedule(context, profile, url, secret);
  },
};

function events(profile: Profile, options: CliContext['options'], count: number): unknown[] {
  const generated = generate(profile, {
    seed: options.seed as number | string,
    ...(options.kind === undefined ? {} : { kind: options.kind as string }),
    ...(count > 1 ? { count } : {}),
  } as never) as unknown;
  return count > 1 ? (generated as unknown[]) : [generated];
}

async function runSchedule(
  context: CliContext,
  base: Profile,
  url: string,
  secret: string | undefined,
): Promise<number> {
  const { options, io, out, err } = context;
  const count = (options.count as number | undefined) ?? 1;
  const compress = (options.compress as number | undefined) ?? 1;
  const profile =
    options.retry === false ? defineProfile({ id: `${base.id}-no-retry`, extends: base, retries: 0 }) : base;
  const timeoutMs = options.timeout === undefined ? profile.timeoutMs : toMs(options.timeout as string);
  if (timeoutMs / compress < SHORT_TIMEOUT_MS)
    err(
      `note: with --compress ${compress} each attempt times out after ${formatMs(timeoutMs / compress)} of real time; raise --timeout (Spike time) if the endpoint needs longer.`,
    );
  const simulateOptions: SimulateOptions = {
    profile,
    target: { url },
    events: events(base, options, count),
    ...(secret === undefined ? {} : { secret }),
    time: 'real',
    compress,
    startAt: Date.now(),
    ...(options.timeout === undefined ? {} : { timeout: timeoutMs }),
  };
  const sim = createSimulation(simulateOptions);
  const progress = progressLine(io.stderr);
  const timer = progress.active
    ? setInterval(() => {
        const s = sim.result.summary;
        progress.update(
          `${profile.id} -> ${url}: ${s.delivered}/${s.events} delivered, ${s.exhausted + s.discarded} failed, ${s.pending} pending; ${s.attempts} attempts; Spike time ${formatMs(sim.now)}`,
        );
      }, 100)
    : undefined;
  let result: Awaited<ReturnType<typeof sim.runAll>>;
  try {
    result = await sim.runAll();
  } finally {
    if (timer !== undefined) clearInterval(timer);
    progress.done();
  }
  if (options.json === true) out(JSON.stringify(result.toJSON()));
  else out(result.toString());
  if (options.report !== undefined) {
    const path = await writeReport(options.report as string, {
      title: `spike-webhook-kit send ${url}`,
      simulations: [result.toJSON()],
    });
    err(`report: ${path}`);
  }
  return result.summary.delivered === result.summary.events ? 0 : 1;
}

async function runLoad(
  context: CliContext,
  profile: Profile,
  url: string,
  secret: string | undefined,
): Promise<number> {
  const { options, io, out } = context;
  const count = (options.count as number | undefined) ?? 100;
  const progress = progressLine(io.stderr);
  let last = 0;
  const report = await sendLoad({
    profile,
    url,
    events: events(profile, options, Math.min(count, MAX_LOAD_EVENTS)),
    secret,
    count,
    rate: options.rate as number | undefined,
    concurrency: options.concurrency as number | undefined,
    onProgress: progress.active
      ? (done) => {
          const now = performance.now();
          if (now - last < 100 && done < count) return;
          last = now;
          progress.update(`${profile.id} -> ${url}: ${done}/${count} requests`);
        }
      : undefined,
  });
  progress.done();
  if (options.json === true) out(JSON.stringify(report));
  else for (const line of loadLines(report, context)) out(line);
  return report.failed === 0 ? 0 : 1;
}

function loadLines(report: LoadReport, { style }: CliContext): string[] {
  const statuses = Object.entries(report.statuses)
    .map(([status, n]) => `${status} x${n}`)
    .join(', ');
  const limits = `concurrency ${report.concurrency}${report.rate === null ? '' : `, rate ${report.rate}/s`}`;
  const verdict =
    report.failed === 0
      ? style('ok', `all ${report.count} delivered`)
      : style('bad', `${report.failed} of ${report.count} not delivered`);
  return [
    `${report.profile} -> ${report.url} | load, ${limits}, no retries`,
    `${report.count} requests in ${(report.durationMs / 1000).toFixed(2)} s: ${report.rps.toFixed(1)} requests/s`,
    `latency p50 ${report.latencyMs.p50} ms, p99 ${report.latencyMs.p99} ms, max ${report.latencyMs.max} ms`,
    `statuses: ${statuses}`,
    verdict,
  ];
}

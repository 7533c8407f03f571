// `spike-webhook-kit sign <profile> [file]`: the headers Spike sends with a body, signed over its exact bytes.
import { SpikeKitError } from '../../core/index.ts';
import { getProfile } from '../../profiles/index.ts';
import { sign } from '../../signing/index.ts';
import type { CliCommand } from '../cli-command.ts';
import { profileHelp } from '../endpoint-options.ts';
import { readInput } from '../read-input.ts';
import { readSecret, secretOptions } from '../secret.ts';
import { unixNow, unixSeconds } from '../unix-seconds.ts';

/**
 * The `sign` command: reads a body (a file, or stdin) and prints the headers Spike sends with it, as
 * `Name: value` lines or `--json`. Timestamped profiles sign `--timestamp` (default now).
 *
 * @example
 * ```ts
 * await main(['sign', 'spike-forms', 'body.json', '--secret-env', 'SPIKE_SECRET', '--json']);
 * ```
 */
export const signCommand: CliCommand = {
  name: 'sign',
  summary: 'print the headers Spike sends with a body (signature, timestamp, content type)',
  description:
    'Signs a body exactly as Spike does, over its exact bytes (a file, or stdin; a trailing newline is part of the body), and prints the headers Spike sends with it.',
  examples: [
    'spike-webhook-kit generate spike-forms contact > body.json && spike-webhook-kit sign spike-forms body.json --secret-env SPIKE_SECRET',
    'spike-webhook-kit sign spike-forms-timestamped body.json --secret-env SPIKE_SECRET --timestamp 1768473000 --json',
  ],
  configure: (command) =>
    secretOptions(command.argument('<profile>', profileHelp).argument('[file]', 'the body; default stdin'))
      .option('--timestamp <when>', 'timestamped profiles: Unix seconds or an ISO 8601 instant (default now)')
      .option('--json', 'print { profile, headers } as JSON'),
  run: async ({ args, options, io, out }) => {
    const profile = getProfile(args[0] as string);
    const spec = profile.signature;
    const secret = readSecret(options, io, { required: true, command: 'sign' }) as string;
    const given = options.timestamp as string | undefined;
    if (given !== undefined && spec.timestampHeader === undefined)
      throw new SpikeKitError(
        'INVALID_OPTION',
        `--timestamp: ${profile.id} sends no timestamp header (it signs ${JSON.stringify(spec.signs)}): drop the flag.`,
        { option: 'timestamp' },
      );
    const body = await readInput(args[1] as string | undefined, io, 'sign');
    const timestamp =
      spec.timestampHeader === undefined
        ? undefined
        : given === undefined
          ? unixNow()
          : unixSeconds(given, '--timestamp');
    const headers: Record<string, string> = { 'Content-Type': profile.body.contentType };
    headers[spec.header] = sign(profile, secret, body, { timestamp });
    if (spec.timestampHeader !== undefined) headers[spec.timestampHeader] = String(timestamp);
    if (options.json === true) out(JSON.stringify({ profile: profile.id, headers }));
    else for (const [name, value] of Object.entries(headers)) out(`${name}: ${value}`);
    return 0;
  },
};

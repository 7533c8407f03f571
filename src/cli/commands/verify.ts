// `spike-webhook-kit verify <profile> <file>`: is this captured request a genuine Spike delivery?
import { SpikeKitError } from '../../core/index.ts';
import { getProfile } from '../../profiles/index.ts';
import { type VerifyOptions, verifyDelivery } from '../../signing/index.ts';
import { type CapturedRequest, parseCapturedRequest, parseHeaderBlock } from '../captured-request.ts';
import type { CliCommand } from '../cli-command.ts';
import { profileHelp } from '../endpoint-options.ts';
import type { CliIO } from '../io.ts';
import { readInput } from '../read-input.ts';
import { readSecret, secretOptions } from '../secret.ts';
import { unixSeconds } from '../unix-seconds.ts';

/**
 * The `verify` command: verifies a captured request (headers, an empty line, the raw body; or `--headers` and
 * `--body` files) with the kit's `verifyDelivery`. Exit 0 when valid, 1 when not, with the reason on one line.
 *
 * @example
 * ```ts
 * const code = await main(['verify', 'spike-forms', 'request.http', '--secret-env', 'SPIKE_SECRET']); // 0 or 1
 * ```
 */
export const verifyCommand: CliCommand = {
  name: 'verify',
  summary: 'check the signature of a captured request (exit 0 valid, 1 invalid)',
  description:
    'Verifies a captured request as a receiver should: over the raw body bytes, constant time, any header casing. The capture is a raw HTTP dump (an optional request line, the headers, one empty line, the body), or --headers and --body files.',
  examples: [
    'spike-webhook-kit verify spike-forms request.http --secret-env SPIKE_SECRET',
    'spike-webhook-kit verify spike-health-v3 --headers headers.txt --body body.json --secret-env SPIKE_KEY --json',
  ],
  configure: (command) =>
    secretOptions(
      command
        .argument('<profile>', profileHelp)
        .argument('[file]', 'the captured request: headers, an empty line, the raw body ("-" for stdin)'),
    )
      .option('--headers <file>', 'the headers alone ("Name: value" lines), with --body')
      .option('--body <file>', 'the raw body alone, with --headers')
      .option(
        '--now <when>',
        'timestamped profiles: the time to judge freshness at (Unix seconds or ISO 8601)',
      )
      .option(
        '--tolerance <seconds>',
        "timestamped profiles: the replay window in seconds, or 'off' (default 300)",
      )
      .option('--json', 'print { ok, profile, reason, message } as JSON'),
  run: async ({ args, options, io, out, style }) => {
    const profile = getProfile(args[0] as string);
    const secret = readSecret(options, io, { required: true, command: 'verify' }) as string;
    const request = await readCapture(args[1] as string | undefined, options, io);
    const verifyOptions: VerifyOptions = {
      secret,
      ...(options.now === undefined ? {} : { now: unixSeconds(options.now as string, '--now') * 1000 }),
      ...(options.tolerance === undefined
        ? {}
        : { toleranceSeconds: tolerance(options.tolerance as string) }),
    };
    const result = verifyDelivery(profile, request, verifyOptions);
    const header = profile.signature.header;
    if (options.json === true)
      out(
        JSON.stringify(
          result.ok
            ? { ok: true, profile: profile.id }
            : { ok: false, profile: profile.id, reason: result.reason, message: result.message },
        ),
      );
    else if (result.ok)
      out(
        `${style('ok', 'valid')}: ${header} matches the ${profile.id} signature over ${JSON.stringify(profile.signature.signs)}.`,
      );
    else out(`${style('bad', 'invalid')} (${result.reason}): ${oneLine(result.message)}`);
    return result.ok ? 0 : 1;
  },
};

async function readCapture(
  file: string | undefined,
  options: Readonly<Record<string, unknown>>,
  io: CliIO,
): Promise<CapturedRequest> {
  const headersFile = options.headers as string | undefined;
  const bodyFile = options.body as string | undefined;
  const split = headersFile !== undefined || bodyFile !== undefined;
  if (split && file !== undefined)
    throw new SpikeKitError(
      'INVALID_OPTION',
      'verify: give the capture as one file, or as --headers and --body, not both.',
      { option: 'headers' },
    );
  if (!split) {
    if (file === undefined)
      throw new SpikeKitError(
        'INVALID_OPTION',
        'verify needs the captured request: a file (headers, an empty line, the raw body), "-" for stdin, or --headers <file> --body <file>.',
        { option: 'file' },
      );
    return parseCapturedRequest(await readInput(file, io, 'verify'), file === '-' ? 'stdin' : file);
  }
  if (headersFile === undefined || bodyFile === undefined)
    throw new SpikeKitError(
      'INVALID_OPTION',
      `verify: --headers and --body go together (${headersFile === undefined ? '--headers' : '--body'} is missing).`,
      { option: headersFile === undefined ? 'headers' : 'body' },
    );
  const headerBytes = await readInput(headersFile, io, 'verify --headers');
  const headers = parseHeaderBlock(Buffer.from(headerBytes).toString('latin1'), headersFile);
  return { headers, body: await readInput(bodyFile, io, 'verify --body') };
}

function tolerance(value: string): number | false {
  if (value === 'off') return false;
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < 0)
    throw new SpikeKitError(
      'INVALID_OPTION',
      `--tolerance must be a number of seconds >= 0 or 'off', got ${JSON.stringify(value)}.`,
      { option: 'tolerance' },
    );
  return n;
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ');
}

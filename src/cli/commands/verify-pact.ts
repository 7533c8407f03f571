// `spike-webhook-kit verify-pact <url>`: the endpoint against the canonical HTTP contracts (or the team's pacts).
import { isSpikeKitError, SpikeKitError } from '../../core/index.ts';
import { getProfile } from '../../profiles/index.ts';
import type { CliCommand } from '../cli-command.ts';
import { endpointOptions } from '../endpoint-options.ts';
import { collectList } from '../option-parsers.ts';
import { readSecret, secretOptions } from '../secret.ts';

/**
 * The `verify-pact` command: `verifyEndpoint` from `spike-webhook-kit/pact` on the URL's origin and path. Prints
 * one line per interaction; exit 1 when the endpoint does not honour a contract, with what did not match.
 *
 * @example
 * ```ts
 * await main(['verify-pact', 'http://127.0.0.1:3000/webhooks/spike', '--profile', 'spike-forms', '--secret-env', 'SPIKE_SECRET']);
 * ```
 */
export const verifyPactCommand: CliCommand = {
  name: 'verify-pact',
  summary: 'verify a running endpoint against the canonical Pact HTTP contracts',
  description:
    "Replays the interactions of the profile's canonical HTTP contracts (Spike's, and the kit policy unless --no-policy; or --pact files) against a running endpoint with Pact's verifier, each re-signed with your secret over exactly the bytes sent. A pass means agreement with the kit's model of Spike's documentation, not with Spike itself. Needs @pact-foundation/pact installed beside the kit.",
  examples: [
    'spike-webhook-kit verify-pact http://127.0.0.1:3000/webhooks/spike --profile spike-forms --secret-env SPIKE_SECRET',
    'spike-webhook-kit verify-pact http://127.0.0.1:3000/webhooks/spike --profile spike-health-v3 --secret-env SPIKE_KEY --pact pacts/spike-health-v3-http.json',
  ],
  configure: (command) =>
    secretOptions(endpointOptions(command), 'the secret the endpoint is configured with')
      .option('--rotated-secret-env <NAME>', 'the environment variable holding the secret after a rotation')
      .option(
        '--pact <files>',
        'pact files to verify instead of the canonical contract (repeatable)',
        collectList,
      )
      .option(
        '--no-policy',
        "verify Spike's contract alone, without the kit-policy one (bad signatures rejected, the rotated secret accepted)",
      )
      .option(
        '--json',
        'print { ok, interactions: [{ consumer, description, ok, pending, mismatches }], notices, warnings } as JSON',
      ),
  run: async ({ args, options, io, out, style }) => {
    const url = endpoint(args[0] as string);
    const secret = readSecret(options, io, { required: true, command: 'verify-pact' }) as string;
    const rotated =
      options.rotatedSecretEnv === undefined
        ? undefined
        : readSecret({ secretEnv: options.rotatedSecretEnv as string }, io, {
            required: true,
            command: 'verify-pact --rotated-secret-env',
          });
    const { verifyEndpoint } = await import('../../pact/index.ts');
    try {
      const report = await verifyEndpoint({
        profile: getProfile(options.profile as string),
        baseUrl: url.origin,
        path: `${url.pathname}${url.search}`,
        secret,
        ...(rotated === undefined ? {} : { rotatedSecret: rotated }),
        ...(options.pact === undefined ? {} : { pactUrls: options.pact as string[] }),
        ...(options.policy === false ? { policy: false } : {}),
        verbose: options.verbose === true,
      });
      const interactions = report.interactions.map((i) => ({
        consumer: i.consumer,
        description: i.description,
        ok: i.ok,
        pending: i.pending,
        mismatches: i.mismatches,
      }));
      if (options.json === true)
        out(JSON.stringify({ ok: true, interactions, notices: report.notices, warnings: report.warnings }));
      else {
        for (const i of interactions)
          out(
            i.ok
              ? `  ${style('ok', 'ok')}   ${i.description} ${style('dim', `[${i.consumer}]`)}`
              : `  ${style('warn', 'pend')} ${i.description} [${i.consumer}] (pending, does not fail: ${i.mismatches.join('; ')})`,
          );
        for (const notice of report.notices) out(`  ${style('dim', `note: ${notice}`)}`);
        out(style('ok', `verified: ${url.href} honours ${interactions.length} interactions`));
      }
      return 0;
    } catch (error) {
      if (!isSpikeKitError(error) || error.code !== 'PACT_FAILED') throw error;
      if (options.json === true) out(JSON.stringify({ ok: false, message: error.message }));
      else {
        // The API's pointer to the captured transcript, in the CLI's terms.
        for (const line of error.message.split('\n'))
          out(
            line.includes('error.details.transcript')
              ? "  run again with --verbose to see Pact's verifier transcript"
              : line,
          );
        out(style('bad', `not verified: ${url.href} does not honour the contract`));
      }
      return 1;
    }
  },
};

function endpoint(value: string): URL {
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (url === undefined || (url.protocol !== 'http:' && url.protocol !== 'https:'))
    throw new SpikeKitError(
      'INVALID_TARGET',
      `verify-pact needs the endpoint's absolute http:// or https:// URL, e.g. http://127.0.0.1:3000/webhooks/spike (got ${JSON.stringify(value)}).`,
      { target: 'url', url: value },
    );
  return url;
}

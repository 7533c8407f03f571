import { parseArgs } from 'node:util';
import { invalid, isSpikeKitError, listChoices, SpikeKitError } from '../core/index.ts';
import { type BodyStyle, bodyStyles } from '../delivery/index.ts';
import { getProfile, profileIds } from '../profiles/index.ts';
import { canonicalPactFile, canonicalPolicyPactFile, type Framing } from './canonical-pact-files.ts';
import { checkAsyncApiCommand, recordedDeliveriesCommand } from './check-commands.ts';
import type { EnvVars } from './ci-vendors.ts';
import { pactEnv } from './load-pact.ts';
import { serveReferenceProvider } from './reference-provider.ts';
import { startSigningProxy } from './signing-proxy.ts';
import { spikeVersion } from './spike-version.ts';

const usage = `spike-webhook-kit-pact: helpers for the standalone \`pact verifier\` CLI

  signing-proxy    --profile <id> --target <endpoint URL> [--secret-env NAME] [--rotated-secret-env NAME]
                   [--state-change-url URL] [--port N] [--body-style ${bodyStyles.join('|')}]
      Serves the kit's re-signing proxy: point \`pact verifier\` at it (it has no request filter).
      The secrets are read from environment variables (default SPIKE_WEBHOOK_SECRET), never from arguments.

  message-provider --profile <id> [--port N] [--seed N]
      Serves the reference Spike provider: \`pact verifier\` gets each message of a consumer pact from it.

  contract         --profile <id> --framing messages|http [--policy]
      Prints the path of the kit's canonical pact file; with --policy (http only), the path of the kit-policy
      pact (consumer <profile>-kit-policy: bad signatures rejected, the rotated secret accepted).

  check-asyncapi   --profile <id> --pact <pact file> [--pact <pact file> ...]
      Checks the message interactions of consumer pacts against Spike's AsyncAPI document: a field Spike never
      sends, a wrong type. Exit 0 when they agree, 1 with the problems (needs @pactflow/openapi-pact-comparator).

  recorded-deliveries --profile <id> --deliveries <capture.jsonl> [--pact <pact file> ...] [--secret-env NAME]
      Checks captured deliveries (JSON Lines: headers, body or bodyBase64, receivedAt): the signature (when the
      secret variable is set), the schema, fields the kit's model does not know, and with --pact each body
      replayed through the consumer pact's interactions of its kind. Exit 0 when all agree, 1 otherwise.

  version          --profile <id>
      Prints "Spike's version" at a broker: a hash of the profile's facts (the same across kit releases
      that do not change them). Record it as deployed where your Spike profile is live.

Profiles: ${profileIds.join(', ')}. Servers bind 127.0.0.1 and run until SIGINT/SIGTERM.`;

/** The commands of `spike-webhook-kit-pact`. */
const commands = [
  'signing-proxy',
  'message-provider',
  'contract',
  'check-asyncapi',
  'recorded-deliveries',
  'version',
];
const framings: readonly Framing[] = ['messages', 'http'];

/** A running server started by the CLI. */
interface Running {
  close(): Promise<void>;
}

/**
 * Runs the `spike-webhook-kit-pact` command: `signing-proxy`, `message-provider`, `contract`, `check-asyncapi`,
 * `recorded-deliveries` or `version`. Servers print one
 * JSON line (`{ url, port, stateChangeUrl? }`), then the `pact verifier` command to run, and stay up until a
 * signal. Returns the exit code for commands that finish.
 *
 * @example
 * ```sh
 * SPIKE_WEBHOOK_SECRET=s3cret npx spike-webhook-kit-pact signing-proxy --profile spike-health-v3 \
 *   --target http://127.0.0.1:3000/webhooks/spike --port 9292
 * ```
 */
export async function runCli(
  argv: readonly string[],
  io: { readonly out: (line: string) => void; readonly env: EnvVars } = {
    out: (line) => process.stdout.write(`${line}\n`),
    env: process.env,
  },
): Promise<{ readonly code: number; readonly running?: Running }> {
  pactEnv();
  const [command, ...rest] = argv;
  const { values } = parseArgs({
    args: rest,
    options: {
      profile: { type: 'string' },
      target: { type: 'string' },
      'secret-env': { type: 'string', default: 'SPIKE_WEBHOOK_SECRET' },
      'rotated-secret-env': { type: 'string' },
      'state-change-url': { type: 'string' },
      port: { type: 'string', default: '0' },
      seed: { type: 'string' },
      'body-style': { type: 'string' },
      framing: { type: 'string' },
      pact: { type: 'string', multiple: true },
      deliveries: { type: 'string' },
      policy: { type: 'boolean' },
    },
    strict: true,
  });
  if (command === undefined || command === 'help' || command === '--help') {
    io.out(usage);
    return { code: command === undefined ? 1 : 0 };
  }
  const profile = getProfile(required(values.profile, 'profile'));
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw invalid('INVALID_OPTION', '--port', 'a port number from 0 to 65535', values.port, {
      details: { option: 'port' },
    });
  }
  if (command === 'signing-proxy') {
    const secretEnv = values['secret-env'] as string;
    const secret = io.env[secretEnv];
    if (!secret) {
      throw new SpikeKitError(
        'SECRET_REQUIRED',
        `Set the webhook secret in $${secretEnv} (or name another variable with --secret-env).`,
      );
    }
    const rotatedEnv = values['rotated-secret-env'];
    const rotatedSecret = rotatedEnv === undefined ? undefined : io.env[rotatedEnv];
    if (rotatedEnv !== undefined && !rotatedSecret) {
      throw new SpikeKitError('SECRET_REQUIRED', `$${rotatedEnv} (--rotated-secret-env) is empty.`);
    }
    const style = values['body-style'];
    if (style !== undefined && !bodyStyles.includes(style as BodyStyle)) {
      throw invalid('INVALID_OPTION', '--body-style', listChoices(bodyStyles), style, {
        details: { option: 'body-style', valid: bodyStyles },
      });
    }
    const proxy = await startSigningProxy({
      profile,
      secret,
      target: required(values.target, 'target'),
      port,
      ...(rotatedSecret === undefined ? {} : { rotatedSecret }),
      ...(values['state-change-url'] === undefined ? {} : { stateChangeUrl: values['state-change-url'] }),
      ...(style === undefined ? {} : { bodyStyle: style as BodyStyle }),
    });
    io.out(JSON.stringify({ url: proxy.url, port: proxy.port, stateChangeUrl: proxy.stateChangeUrl }));
    io.out(
      `Verify with:\n  npx pact verifier --file ${canonicalPactFile(profile, 'http')} \\\n    --hostname 127.0.0.1 --port ${proxy.port} --state-change-url ${proxy.stateChangeUrl}`,
    );
    return { code: 0, running: proxy };
  }
  if (command === 'message-provider') {
    const seed = values.seed === undefined ? undefined : Number(values.seed);
    const server = await serveReferenceProvider({ profile, port, ...(seed === undefined ? {} : { seed }) });
    io.out(JSON.stringify({ url: server.url, port: server.port }));
    io.out(
      `Verify a consumer pact with:\n  npx pact verifier --file <your-app>-${profile.id}.json --hostname 127.0.0.1 --port ${server.port}`,
    );
    return { code: 0, running: server };
  }
  if (command === 'contract') {
    const framing = required(values.framing, 'framing');
    if (!framings.includes(framing as Framing)) {
      throw invalid('INVALID_OPTION', '--framing', listChoices(framings), framing, {
        details: { option: 'framing', valid: framings },
      });
    }
    if (values.policy === true && framing !== 'http') {
      throw invalid(
        'INVALID_OPTION',
        '--policy',
        "'--framing http' (the kit policy is an HTTP contract)",
        framing,
        {
          details: { option: 'policy' },
        },
      );
    }
    io.out(
      values.policy === true
        ? canonicalPolicyPactFile(profile)
        : canonicalPactFile(profile, framing as Framing),
    );
    return { code: 0 };
  }
  if (command === 'check-asyncapi') {
    const pacts = values.pact ?? [];
    if (pacts.length === 0) required(undefined, 'pact');
    return { code: await checkAsyncApiCommand(profile, pacts, io.out) };
  }
  if (command === 'recorded-deliveries') {
    const secretEnv = values['secret-env'] as string;
    const secret = io.env[secretEnv];
    if (!secret && rest.some((arg) => arg === '--secret-env' || arg.startsWith('--secret-env='))) {
      throw new SpikeKitError('SECRET_REQUIRED', `$${secretEnv} (--secret-env) is empty.`);
    }
    return {
      code: await recordedDeliveriesCommand(
        profile,
        required(values.deliveries, 'deliveries'),
        {
          ...(secret ? { secret } : {}),
          ...(values.pact === undefined ? {} : { pactUrls: values.pact }),
        },
        io.out,
      ),
    };
  }
  if (command === 'version') {
    io.out(await spikeVersion(profile));
    return { code: 0 };
  }
  throw invalid('INVALID_OPTION', 'The command', listChoices(commands), command, {
    hint: `Usage:\n\n${usage}`,
  });
}

function required(value: string | boolean | undefined, name: string): string {
  if (typeof value !== 'string' || value === '') {
    throw new SpikeKitError('INVALID_OPTION', `--${name} is required.\n\n${usage}`);
  }
  return value;
}

/** The process entry: runs {@link runCli} on `process.argv` and keeps servers up until SIGINT/SIGTERM. */
export async function main(argv: readonly string[] = process.argv.slice(2)): Promise<void> {
  try {
    const { code, running } = await runCli(argv);
    if (running === undefined) {
      process.exitCode = code;
      return;
    }
    const stop = () => {
      void running.close().then(() => process.exit(0));
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  } catch (error) {
    process.stderr.write(`${isSpikeKitError(error) ? error.message : String(error)}\n`);
    process.exitCode = 2;
  }
}

import { createServer, type Server } from 'node:http';
import { generate, kindsOf } from '../../generators/index.ts';
import type { DateInput } from '../core/index.ts';
import { isSpikeKitError, listChoices, SpikeKitError } from '../core/index.ts';
import { getProfile, type Profile, type ProfileRef } from '../profiles/index.ts';
import type { BrokerVerificationOptions } from './broker.ts';
import { contractDefaults } from './contracts.ts';
import { loadPact } from './load.ts';
import { kitVersion } from './paths.ts';
import { messageHints, parseVerifierOutput, type VerificationReport, verificationError } from './report.ts';
import { escapeRegex, isRecord } from './template.ts';
import { pactSource } from './verify-endpoint.ts';

/** What Pact's verifier asks a message provider for: the interaction's description and provider states. */
export interface MessageRequest {
  readonly description: string;
  readonly providerStates?: readonly {
    readonly name: string;
    readonly params?: Readonly<Record<string, unknown>>;
  }[];
}

/** Options of {@link produceMessage}. */
export interface ProduceMessageOptions {
  /** Default {@link contractDefaults}`.seed`. A state's `params.seed` wins. */
  readonly seed?: number;
  /** Default {@link contractDefaults}`.refDate`. */
  readonly refDate?: DateInput;
}

/**
 * The kit as **reference Spike provider**: the message Spike would send for a message interaction, produced by the
 * generators. The event kind comes from a provider state's `params.kind` (what `spikeMessagePact` writes), else
 * from a kind named in the states or the description (`"a 'sleep' event"`); `params.options` are passed to
 * `generate` (e.g. `{ persona: 'night-shift' }`).
 *
 * @throws {SpikeKitError} `UNKNOWN_KIND` when the interaction names no kind of the profile.
 * @example
 * ```ts
 * produceMessage('spike-health-v2', { description: 'a sleep update', providerStates: [{ name: "Spike sends an event of kind 'sleep'", params: { kind: 'sleep' } }] });
 * ```
 */
export function produceMessage(
  profileRef: ProfileRef,
  request: MessageRequest,
  options: ProduceMessageOptions = {},
): unknown {
  const profile = getProfile(profileRef);
  const kinds = kindsOf(profile) as readonly string[];
  const params: Record<string, unknown> = {};
  for (const state of request.providerStates ?? []) Object.assign(params, state.params ?? {});
  const kind =
    typeof params.kind === 'string'
      ? params.kind
      : inferKind(kinds, [...(request.providerStates ?? []).map((s) => s.name), request.description]);
  if (kind === undefined || !kinds.includes(kind)) {
    throw new SpikeKitError(
      'UNKNOWN_KIND',
      `Cannot tell which ${profile.id} event '${request.description}' expects${kind === undefined ? '' : ` ('${kind}' is not one)`}: give its provider state params { kind } with ${listChoices(kinds)} (spikeMessagePact does).`,
      { profile: profile.id, description: request.description, valid: kinds },
    );
  }
  const seed = typeof params.seed === 'number' ? params.seed : (options.seed ?? contractDefaults.seed);
  const extra = isRecord(params.options) ? params.options : {};
  return (generate as (p: Profile, o: object) => unknown)(profile, {
    ...extra,
    kind,
    seed,
    refDate: options.refDate ?? contractDefaults.refDate,
  });
}

function inferKind(kinds: readonly string[], texts: readonly string[]): string | undefined {
  const longestFirst = [...kinds].sort((a, b) => b.length - a.length);
  for (const text of texts) {
    const quoted = longestFirst.find((k) => text.includes(`'${k}'`) || text.includes(`"${k}"`));
    if (quoted) return quoted;
  }
  for (const text of texts) {
    const word = longestFirst.find((k) =>
      new RegExp(`(^|[^A-Za-z0-9_-])${escapeRegex(k)}($|[^A-Za-z0-9_-])`).test(text),
    );
    if (word) return word;
  }
  return undefined;
}

/** Options of {@link verifyMessages}. */
export interface VerifyMessagesOptions extends ProduceMessageOptions {
  /** The dialect whose messages the consumer pacts expect. */
  readonly profile: ProfileRef;
  /** Consumer pacts (files or URLs). Default: the kit's canonical message contract of the profile. */
  readonly pactUrls?: readonly string[];
  /**
   * Fetch the consumer pacts from a broker (`true`: from `PACT_BROKER_*`). Results are published (in CI) as
   * provider `<profile id>` version {@link kitVersion} on branch `main` unless you set `providerVersion`.
   */
  readonly broker?: BrokerVerificationOptions | true;
  /** The provider name in the pacts. Default: the profile id (e.g. `'spike-health-v2'`). */
  readonly provider?: string;
  readonly logLevel?: 'error' | 'warn' | 'info' | 'debug' | 'trace';
}

/**
 * Verifies consumer message pacts against what Spike documents: the kit plays Spike (the provider), produces each
 * message an interaction describes with the generators ({@link produceMessage}), and Pact matches it against the
 * consumer's expectations. A pact expecting a field Spike never sends fails, naming the field.
 *
 * @throws {SpikeKitError} `PACT_FAILED` listing each failing interaction, the mismatches and a hint.
 * @example
 * ```ts
 * import { verifyMessages } from 'spike-webhook-kit/pact';
 * await verifyMessages({ profile: 'spike-health-v2', pactUrls: ['pacts/sleep-service-spike-health-v2.json'] });
 * ```
 */
export async function verifyMessages(options: VerifyMessagesOptions): Promise<VerificationReport> {
  const profile = getProfile(options.profile);
  const provider = options.provider ?? profile.id;
  // At a broker the kit stands in for Spike: results are published as the kit's version, not the team's commit.
  const broker =
    options.broker === undefined
      ? undefined
      : {
          providerVersion: kitVersion(),
          providerVersionBranch: 'main',
          ...(options.broker === true ? {} : options.broker),
        };
  const source = await pactSource(profile, 'messages', provider, options.pactUrls, broker);
  const notes: string[] = [];
  const produce = async (request: MessageRequest) => {
    try {
      return produceMessage(profile, request, options);
    } catch (error) {
      notes.push(
        isSpikeKitError(error) ? error.message : `producing '${request.description}': ${String(error)}`,
      );
      throw error;
    }
  };
  // Pact looks providers and state handlers up by name: every name gets the reference provider, every state a
  // no-op (the state's params are read by produceMessage).
  const messageProviders = anyName(produce);
  const stateHandlers = anyName(async () => undefined);
  const { Verifier } = await loadPact();
  const verifier = new Verifier({
    ...source,
    messageProviders: messageProviders as never,
    stateHandlers: stateHandlers as never,
    logLevel: options.logLevel ?? 'error',
  });
  try {
    const output = await verifier.verifyProvider();
    return parseVerifierOutput(output) ?? { ok: true, interactions: [] };
  } catch (error) {
    throw verificationError(
      `Verifying the consumer pacts against what Spike sends (${profile.id})`,
      error,
      (outcome) => messageHints(profile, outcome),
      notes,
    );
  }
}

/** An object whose every name maps to `value` (for Pact's lookups by description or state name). */
function anyName<T>(value: T): Record<string, T> {
  const special = new Set(['toJSON', 'then', 'constructor', 'inspect', 'valueOf', 'toString']);
  return new Proxy({} as Record<string, T>, {
    get: (target, name) =>
      typeof name === 'string' && !special.has(name) ? value : Reflect.get(target, name),
  });
}

/** A running reference provider. */
export interface ReferenceProvider {
  /** Base URL, e.g. `http://127.0.0.1:40123`: give its host and port to `pact verifier`. */
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

/**
 * Serves the reference Spike provider over HTTP for the standalone `pact verifier` CLI (teams outside JavaScript):
 * the CLI POSTs `{ description, providerStates }` for each message interaction and gets the generated message
 * back. Binds 127.0.0.1 (port 0 by default).
 *
 * @example
 * ```ts
 * const server = await serveReferenceProvider({ profile: 'spike-forms' });
 * // pact verifier --file pacts/app-spike-forms.json --hostname 127.0.0.1 --port <server.port>
 * await server.close();
 * ```
 */
export async function serveReferenceProvider(
  options: ProduceMessageOptions & {
    readonly profile: ProfileRef;
    readonly port?: number;
    readonly host?: string;
  },
): Promise<ReferenceProvider> {
  const profile = getProfile(options.profile);
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      try {
        const request = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as MessageRequest;
        if (typeof request.description !== 'string') {
          throw new SpikeKitError(
            'INVALID_OPTION',
            'Expected a Pact message request { description, providerStates }.',
          );
        }
        const body = JSON.stringify(produceMessage(profile, request, options));
        res.writeHead(200, {
          'Content-Type': 'application/json',
          'Pact-Message-Metadata': Buffer.from(JSON.stringify({ contentType: 'application/json' })).toString(
            'base64',
          ),
        });
        res.end(body);
      } catch (error) {
        res.writeHead(500, { 'Content-Type': 'text/plain' });
        res.end(error instanceof Error ? error.message : String(error));
      }
    });
  });
  return listen(server, options.host ?? '127.0.0.1', options.port ?? 0);
}

/** Starts `server` and returns its URL and a `close` that also ends idle connections. */
export function listen(server: Server, host: string, port: number): Promise<ReferenceProvider> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      const actual = typeof address === 'object' && address !== null ? address.port : port;
      resolve({
        url: `http://${host}:${actual}`,
        port: actual,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

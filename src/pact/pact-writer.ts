// Writing pact files with pact-js: message and HTTP interactions as data in, a normalised V4 pact file out.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { asyncApiOperationId } from '../schemas/asyncapi-document.ts';
import { pactFileName } from './canonical-pact-files.ts';
import type { HttpInteraction } from './http-interactions.ts';
import { loadPact } from './load-pact.ts';
import type { MessageInteraction } from './message-interactions.ts';
import { withPactFileLock } from './pact-file-lock.ts';
import { ANY_TEXT } from './pact-json-matchers.ts';
import type { PactState } from './provider-states.ts';

/** Options of {@link writeMessagePact} and {@link writeHttpPact}. */
export interface WritePactOptions {
  readonly consumer: string;
  readonly provider: string;
  /** Directory to write into (created). */
  readonly dir: string;
  /**
   * Start the file afresh at the first write of a test run, then add to it (what `spikeMessagePact` does; a run is
   * `SPIKE_PACT_RUN_ID`, else the test runner's process). Default `false`: Pact merges into the file as it is.
   * Writes from parallel processes are serialised either way.
   */
  readonly run?: boolean;
}

/**
 * Writes a Pact V4 message pact with pact-js: each interaction's reified example is handed to `check` (by
 * default: nothing) the way a consumer test hands it to its handler. An interaction whose `check` throws is not
 * written, and the error is passed on. Writes from parallel processes are serialised, and with `run` the first
 * write of a test run starts the file afresh ({@link withPactFileLock}): Pact merges into an existing file, which
 * would keep interactions a previous run wrote.
 *
 * @example
 * ```ts
 * await writeMessagePact({ consumer: 'orders-api', provider: 'spike-forms', dir: 'pacts' }, messageInteractions('spike-forms'));
 * ```
 */
export async function writeMessagePact(
  options: WritePactOptions,
  interactions: readonly MessageInteraction[],
  check: (message: unknown, interaction: MessageInteraction) => unknown = () => undefined,
): Promise<string> {
  const file = join(options.dir, pactFileName(options.consumer, options.provider));
  return withPactFileLock(
    file,
    async () => {
      const pact = await newPact(options);
      for (const interaction of interactions) {
        await referenced(describeInteraction(pact.addAsynchronousInteraction(), interaction), interaction)
          .expectsToReceive(interaction.description, (b) => {
            b.withJSONContent(interaction.body);
          })
          .executeTest(async (message) =>
            check((message.contents as { content: unknown }).content, interaction),
          );
      }
      return normalisePactFile(file);
    },
    { run: options.run === true },
  );
}

/**
 * Writes a Pact V4 HTTP pact with pact-js: each interaction's example request is sent to Pact's mock server on
 * 127.0.0.1, which answers with the contract's status.
 */
export async function writeHttpPact(
  options: WritePactOptions,
  interactions: readonly HttpInteraction[],
): Promise<string> {
  const file = join(options.dir, pactFileName(options.consumer, options.provider));
  return withPactFileLock(file, () => writeHttpInteractions(options, interactions, file), {
    run: options.run === true,
  });
}

async function writeHttpInteractions(
  options: WritePactOptions,
  interactions: readonly HttpInteraction[],
  file: string,
): Promise<string> {
  const pact = await newPact(options);
  for (const interaction of interactions) {
    const { request } = interaction;
    await describeInteraction(pact.addInteraction(), interaction)
      .uponReceiving(interaction.description)
      .withRequest('POST', request.path as never, (b) => {
        b.headers(request.headers as never).jsonBody(request.body);
      })
      .willRespondWith(interaction.status as never)
      .executeTest(async (server) => {
        const response = await fetch(`${server.url}${request.example.path}`, {
          method: 'POST',
          headers: request.example.headers,
          body: request.example.body,
        });
        await response.arrayBuffer();
      });
  }
  return normalisePactFile(file);
}

/** A PactV4 writing to `options.dir`; its mock server (HTTP pacts) binds 127.0.0.1. */
async function newPact(options: WritePactOptions) {
  const { PactV4 } = await loadPact();
  mkdirSync(options.dir, { recursive: true });
  return new PactV4({
    consumer: options.consumer,
    provider: options.provider,
    dir: options.dir,
    logLevel: 'error',
    host: '127.0.0.1',
  });
}

/** The part of a pact-js V4 interaction builder every interaction of the kit sets: states, comments, pending. */
interface InteractionBuilder<B> {
  given(state: string, params?: never): B;
  comment(comment: string): B;
  pending(pending: boolean): B;
  reference(group: string, name: string, value: string): B;
}

/**
 * Tags a message interaction with the AsyncAPI operation that sends its kind (the kind of its `Spike sends an
 * event of kind …` state): `comments.references.AsyncAPI.operationId`, what PactFlow's comparator and
 * {@link checkPactAgainstAsyncApi} compare it with.
 */
function referenced<B extends InteractionBuilder<B>>(builder: B, interaction: MessageInteraction): B {
  const kind = interaction.states.find((s) => typeof s.params?.kind === 'string')?.params?.kind;
  return typeof kind === 'string'
    ? builder.reference('AsyncAPI', 'operationId', asyncApiOperationId(kind))
    : builder;
}

/** Sets an interaction's provider states, comments and pending flag on a pact-js builder. */
function describeInteraction<B extends InteractionBuilder<B>>(
  builder: B,
  interaction: {
    readonly states: readonly PactState[];
    readonly comments: readonly string[];
    readonly pending: boolean;
  },
): B {
  let b = builder;
  for (const state of interaction.states) b = b.given(state.name, state.params as never);
  for (const comment of interaction.comments) b = b.comment(comment);
  return interaction.pending ? b.pending(true) : b;
}

/**
 * Rewrites a pact file in a stable form: interactions ordered by description and states, two-space JSON and a
 * final newline. Pact already writes keys in order and nothing that varies per run (no timestamps, no ids).
 *
 * @example
 * ```ts
 * normalisePactFile('pacts/sleep-service-spike-health-v2.json');
 * ```
 */
export function normalisePactFile(file: string): string {
  const pact = JSON.parse(readFileSync(file, 'utf8')) as {
    interactions?: { description?: string; providerStates?: unknown }[];
  };
  pact.interactions?.sort((a, b) => {
    const ka = `${a.description ?? ''}\u0000${JSON.stringify(a.providerStates ?? [])}`;
    const kb = `${b.description ?? ''}\u0000${JSON.stringify(b.providerStates ?? [])}`;
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  });
  typedRegexes(pact);
  writeFileSync(file, `${JSON.stringify(pact, null, 2)}\n`);
  return file;
}

/** A rule list of a pact file (`{combine, matchers}`); an `arrayContains` matcher has its own rules per variant. */
interface RuleList {
  matchers?: { match?: unknown; regex?: unknown; variants?: { rules?: Record<string, RuleList> }[] }[];
}

/**
 * Adds a `type` matcher before each body `regex` matcher (but the any-text one): Pact's regex matcher also accepts
 * a number or boolean whose text matches (`2024` passes `^[0-9]+$`), which a string field must not.
 */
function typedRegexes(node: unknown): void {
  if (Array.isArray(node)) {
    for (const item of node) typedRegexes(item);
    return;
  }
  if (typeof node !== 'object' || node === null) return;
  for (const [key, value] of Object.entries(node)) {
    if (key === 'matchingRules' && typeof value === 'object' && value !== null) {
      typeRegexRules((value as { body?: Record<string, RuleList> }).body);
    } else typedRegexes(value);
  }
}

/** {@link typedRegexes} of one set of body rules, and of the rules of each `arrayContains` variant in it. */
function typeRegexRules(rules: Record<string, RuleList> | undefined): void {
  for (const list of Object.values(rules ?? {})) {
    const matchers = list.matchers;
    if (!Array.isArray(matchers)) continue;
    for (const m of matchers) for (const variant of m.variants ?? []) typeRegexRules(variant.rules);
    if (matchers.some((m) => m.match === 'type')) continue;
    const at = matchers.findIndex((m) => m.match === 'regex' && m.regex !== ANY_TEXT);
    if (at >= 0) matchers.splice(at, 0, { match: 'type' });
  }
}

import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generate, kindsOf } from '../../generators/index.ts';
import type { DateInput } from '../core/index.ts';
import { kitDefaults, SpikeKitError } from '../core/index.ts';
import { buildDelivery } from '../delivery/index.ts';
import { getProfile, type Profile, type ProfileRef } from '../profiles/index.ts';
import { contractFacts } from './families.ts';
import { loadPact } from './load.ts';
import {
  endpointStates,
  eventState,
  httpDescriptions,
  messageDescription,
  pactNames,
  type SignatureMode,
} from './names.ts';
import { type Framing, pactFileName } from './paths.ts';
import { matchersFromSchema } from './schema-matchers.ts';
import { escapeRegex, isRecord, MATCHER_KEY, m, type PactTemplate, reifyTemplate } from './template.ts';

/**
 * Defaults of contract generation: fixed, so the same definitions always give byte-identical pact files.
 *
 * @example
 * ```ts
 * eventBody('spike-forms', 'contact', { seed: contractDefaults.seed + 1 });
 * ```
 */
export const contractDefaults = {
  /** Seed of the first sample; samples `i` use `seed + i`. */
  seed: kitDefaults.seed,
  /** Reference date of the samples. */
  refDate: kitDefaults.refDate,
  /** Samples per kind: the first gives the examples, all of them give array items. */
  samples: 3,
  /** The secret of the example signatures written into HTTP contracts (replays are re-signed). */
  exampleSecret: 'example-webhook-secret',
} as const;

/** Options of contract generation. */
export interface ContractOptions {
  readonly seed?: number;
  readonly refDate?: DateInput;
  readonly samples?: number;
}

/** A provider state with parameters. */
export interface PactState {
  readonly name: string;
  readonly params?: Readonly<Record<string, unknown>>;
}

/** One message interaction as data (the receiver consumes it; Spike provides it). */
export interface MessageInteraction {
  readonly description: string;
  readonly states: readonly PactState[];
  readonly body: PactTemplate;
  readonly comments: readonly string[];
  readonly pending: boolean;
}

/** One HTTP interaction as data (Spike's sender calls the receiver's endpoint). */
export interface HttpInteraction {
  readonly description: string;
  readonly states: readonly PactState[];
  readonly request: {
    readonly path: PactTemplate;
    readonly headers: Readonly<Record<string, PactTemplate>>;
    readonly body: PactTemplate;
    /** The concrete request the consumer side sends to Pact's mock server. */
    readonly example: {
      readonly path: string;
      readonly headers: Readonly<Record<string, string>>;
      readonly body: string;
    };
  };
  /** A status, or a status-code matcher (`{ "pact:matcher:type": "statusCode", status: 'success' | [codes] }`). */
  readonly status: number | PactTemplate;
  readonly comments: readonly string[];
  readonly pending: boolean;
}

/** Options of {@link eventBody}. */
export interface EventBodyOptions extends ContractOptions {
  /** Optional fields (or keys of open records) to include anyway, e.g. `['data[*].total_sleep']`. */
  readonly require?: readonly string[];
  /** Generator overrides applied to every sample; the fields they set are required too (see `spikeMessagePact`). */
  readonly overrides?: unknown;
}

/** A delivery body with matchers, its concrete example, and what it leaves open. */
export interface EventBody {
  readonly template: PactTemplate;
  readonly example: unknown;
  readonly unpinned: readonly { readonly path: string; readonly why: string }[];
  /** The seeded generator samples the examples come from. */
  readonly samples: readonly unknown[];
}

/**
 * The body of one event kind as a Pact template: matchers derived from the family's zod schema and field rules,
 * examples from seeded generator samples.
 *
 * @example
 * ```ts
 * const { template, example } = eventBody('spike-health-v2', 'sleep', { require: ['data[*].total_sleep'] });
 * ```
 */
export function eventBody(profileRef: ProfileRef, kind: string, options: EventBodyOptions = {}): EventBody {
  const profile = getProfile(profileRef);
  const facts = contractFacts[profile.payload];
  const count = options.samples ?? contractDefaults.samples;
  const seed = options.seed ?? contractDefaults.seed;
  const samples: unknown[] = [];
  for (let i = 0; i < count; i++) {
    samples.push(
      (generate as (p: Profile, o: object) => unknown)(profile, {
        kind,
        seed: seed + i,
        refDate: options.refDate ?? contractDefaults.refDate,
        ...(options.overrides === undefined ? {} : { overrides: options.overrides }),
      }),
    );
  }
  const require = [...(options.require ?? []), ...overridePaths(options.overrides)];
  const { template, unpinned } = matchersFromSchema(facts.schemaFor(kind), {
    samples,
    rules: facts.rules,
    require: withAncestors(require),
  });
  return { template, example: reifyTemplate(template), unpinned, samples };
}

/**
 * The canonical message interactions of a profile: one per event kind, each under the state
 * `Spike sends an event of kind '<kind>'` (params `{ kind }`), its body from {@link eventBody}.
 *
 * @example
 * ```ts
 * messageInteractions('spike-health-v2').length; // 13: one per data_type
 * ```
 */
export function messageInteractions(
  profileRef: ProfileRef,
  options: ContractOptions = {},
): MessageInteraction[] {
  const profile = getProfile(profileRef);
  return (kindsOf(profile) as readonly string[]).map((kind) => {
    const body = eventBody(profile, kind, options);
    return {
      description: messageDescription(profile, kind, variantOf(body.samples[0])),
      states: [{ name: eventState(kind), params: { kind } }],
      body: body.template,
      comments: unpinnedComment(body.unpinned),
      pending: profile.provenance.body === 'unconfirmed',
    };
  });
}

/**
 * The canonical HTTP interactions of a profile: a signed POST per event kind expecting the profile's success
 * status, one signed with the rotated secret, and two negatives (signed with another secret; unsigned) expecting
 * a 4xx. States carry `{ signature }` so `verifyEndpoint` signs each replay accordingly.
 *
 * @example
 * ```ts
 * httpInteractions('spike-health-v3').length; // 6: 3 event types, the rotated secret, 2 bad signatures
 * ```
 */
export function httpInteractions(profileRef: ProfileRef, options: ContractOptions = {}): HttpInteraction[] {
  const profile = getProfile(profileRef);
  const success = successStatus(profile);
  const clientError = { [MATCHER_KEY]: 'statusCode', status: 'clientError', value: 401 };
  const kinds = kindsOf(profile) as readonly string[];
  const interactions: HttpInteraction[] = [];
  const bodies = new Map(kinds.map((kind) => [kind, eventBody(profile, kind, options)]));
  const first = bodies.get(kinds[0] as string) as EventBody;
  for (const kind of kinds) {
    const body = bodies.get(kind) as EventBody;
    interactions.push({
      description: httpDescriptions.signed(profile, kind, variantOf(body.samples[0])),
      states: [{ name: endpointStates.secretConfigured, params: { signature: 'valid' } }],
      request: httpRequest(profile, body, 'valid'),
      status: success.status,
      comments: [...success.comments, ...signatureComment(profile)],
      pending: success.pending,
    });
  }
  interactions.push({
    description: httpDescriptions.rotated(profile),
    states: [{ name: endpointStates.secretRotated, params: { signature: 'valid' } }],
    request: httpRequest(profile, first, 'valid'),
    status: success.status,
    comments: [
      ...success.comments,
      'After a rotation Spike signs with the new secret: the endpoint must accept it (verifyEndpoint signs this replay with rotatedSecret).',
    ],
    pending: success.pending,
  });
  interactions.push({
    description: httpDescriptions.wrongSecret(profile),
    states: [{ name: endpointStates.secretConfigured, params: { signature: 'wrong-secret' } }],
    request: httpRequest(profile, first, 'wrong-secret'),
    status: clientError,
    comments: ['A forged delivery: the endpoint must reject it with a 4xx before processing it.'],
    pending: false,
  });
  interactions.push({
    description: httpDescriptions.missing(profile),
    states: [{ name: endpointStates.secretConfigured, params: { signature: 'missing' } }],
    request: httpRequest(profile, first, 'missing'),
    status: clientError,
    comments: [
      `An unsigned delivery to an endpoint that has a secret: reject it with a 4xx${profile.signature.required === 'when-secret-set' ? ' (Spike only omits the header for forms without a secret)' : ''}.`,
    ],
    pending: false,
  });
  return interactions;
}

/**
 * How the contract states the profile's success rule: exactly 200 as a plain status; "any 2xx" as Pact's
 * status-code matcher of class `success` (200-299); other lists as a matcher of the listed codes. An `unconfirmed`
 * rule is written as the kit's assumption and marked pending, so it never fails a verification.
 *
 * @example
 * ```ts
 * successStatus(profiles['spike-health-v3']).status; // 200
 * successStatus(profiles['spike-forms']).status; // { 'pact:matcher:type': 'statusCode', status: 'success', value: 200 }
 * ```
 */
export function successStatus(profile: Profile): {
  readonly status: number | PactTemplate;
  readonly pending: boolean;
  readonly comments: string[];
} {
  const ranges = profile.success;
  const pending = profile.provenance.success === 'unconfirmed';
  const comments: string[] = [];
  let status: number | PactTemplate;
  const only = ranges.length === 1 ? ranges[0] : undefined;
  if (only && only.from === only.to) {
    status = only.from;
    comments.push(`${profile.id} counts exactly ${only.from} as delivered: any other status is a failure.`);
  } else if (only && only.from === 200 && only.to === 299) {
    status = { [MATCHER_KEY]: 'statusCode', status: 'success', value: 200 };
    comments.push(
      `${profile.id} counts any 2xx as delivered (a status-code matcher of class success, 200-299).`,
    );
  } else {
    const codes = ranges.flatMap((r) => Array.from({ length: r.to - r.from + 1 }, (_, i) => r.from + i));
    status = { [MATCHER_KEY]: 'statusCode', status: codes, value: codes[0] };
    comments.push(`${profile.id} counts these statuses as delivered: ${codes.join(', ')}.`);
  }
  if (pending) {
    comments.push(
      `[unconfirmed] Spike does not document the success rule of ${profile.id}: this is the kit's assumption, so the interaction is pending (a failure is reported, never fatal).`,
    );
  }
  return { status, pending, comments };
}

function signatureComment(profile: Profile): string[] {
  const spec = profile.signature;
  return [
    `${spec.header} is matched by its format (the example is an HMAC with the secret '${contractDefaults.exampleSecret}' over ${spec.signs}); verifyEndpoint re-signs every replayed request over the bytes it sends.`,
  ];
}

function httpRequest(profile: Profile, body: EventBody, mode: SignatureMode): HttpInteraction['request'] {
  const spec = profile.signature;
  const raw = stableStringify(body.example);
  const delivery = buildDelivery(profile, body.example, {
    secret: contractDefaults.exampleSecret,
    body: raw,
  });
  const exampleHeaders: Record<string, string> = { 'Content-Type': profile.body.contentType };
  const headers: Record<string, PactTemplate> = { 'Content-Type': profile.body.contentType };
  if (spec.timestampHeader !== undefined) {
    const stamp = delivery.headers[spec.timestampHeader] as string;
    exampleHeaders[spec.timestampHeader] = stamp;
    headers[spec.timestampHeader] = m.regex('^\\d{1,12}$', stamp);
  }
  if (mode !== 'missing') {
    const value = delivery.headers[spec.header] as string;
    exampleHeaders[spec.header] = value;
    headers[spec.header] = m.regex(signaturePattern(profile), value);
  }
  return {
    path: m.regex('^/.*$', pactNames.examplePath),
    headers,
    body: body.template,
    example: { path: pactNames.examplePath, headers: exampleHeaders, body: raw },
  };
}

/**
 * The regex of a profile's signature header value: an accepted prefix, then 64 lower-case hex digits.
 *
 * @example
 * ```ts
 * signaturePattern(profiles['spike-forms']); // '^(?:sha256=)[0-9a-f]{64}$'
 * ```
 */
export function signaturePattern(profile: Profile): string {
  const prefixes = [...new Set(profile.signature.acceptedPrefixes)];
  const hex = '[0-9a-f]{64}';
  if (prefixes.length === 1 && prefixes[0] === '') return `^${hex}$`;
  return `^(?:${prefixes.map((p) => escapeRegex(p)).join('|')})${hex}$`;
}

/** A readable description suffix for a sample: form submissions with or without an uploaded file. */
function variantOf(sample: unknown): string | undefined {
  const data = isRecord(sample)
    ? isRecord(sample.data)
      ? sample.data
      : isRecord(sample.submission) && isRecord(sample.submission.data)
        ? sample.submission.data
        : undefined
    : undefined;
  if (data === undefined) return undefined;
  const hasFile = Object.values(data).some((v) => typeof v === 'string' && v.startsWith('file:'));
  return hasFile ? 'with a file upload' : 'without files';
}

function unpinnedComment(unpinned: EventBody['unpinned']): string[] {
  const byReason = new Map<string, string[]>();
  for (const { path, why } of unpinned) byReason.set(why, [...(byReason.get(why) ?? []), path]);
  return [...byReason].map(([why, paths]) => `Not pinned (${why}): ${paths.join(', ')}.`);
}

/** The paths an object override sets, e.g. `{ data: [{ total_sleep: 1 }] }` -> `data[*].total_sleep`. */
export function overridePaths(overrides: unknown, prefix = ''): string[] {
  if (!isRecord(overrides)) return [];
  const out: string[] = [];
  for (const [key, value] of Object.entries(overrides)) {
    const path = prefix ? `${prefix}.${key}` : key;
    out.push(path);
    if (isRecord(value)) out.push(...overridePaths(value, path));
    else if (Array.isArray(value)) {
      for (const item of value) if (isRecord(item)) out.push(...overridePaths(item, `${path}[*]`));
    }
  }
  return out;
}

/** Every path with its ancestors: `data[*].a.b` -> `data`, `data[*]`, `data[*].a`, `data[*].a.b`. */
export function withAncestors(paths: readonly string[]): string[] {
  const out = new Set<string>();
  for (const path of paths) {
    for (let i = 1; i <= path.length; i++) {
      const at = path[i];
      if (i === path.length || at === '.' || (at === '[' && i > 0)) out.add(path.slice(0, i));
    }
  }
  return [...out];
}

/** JSON with object keys sorted at every level, as Pact stores bodies. */
export function stableStringify(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (isRecord(value)) {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) out[key] = sortKeys(value[key]);
    return out;
  }
  return value;
}

/** Where a pact was written. */
export interface WrittenPact {
  readonly framing: Framing;
  readonly file: string;
  readonly interactions: number;
}

/** Options of {@link writeMessagePact} and {@link writeHttpPact}. */
export interface WritePactOptions {
  readonly consumer: string;
  readonly provider: string;
  /** Directory to write into (created). */
  readonly dir: string;
}

/**
 * Writes a Pact V4 message pact with pact-js: each interaction's reified example is handed to `check` (by
 * default: nothing) the way a consumer test hands it to its handler.
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
  const pact = await newPact(options);
  for (const interaction of interactions) {
    await describeInteraction(pact.addAsynchronousInteraction(), interaction)
      .expectsToReceive(interaction.description, (b) => {
        b.withJSONContent(interaction.body);
      })
      .executeTest(async (message) => check((message.contents as { content: unknown }).content, interaction));
  }
  return normalisePactFile(join(options.dir, pactFileName(options.consumer, options.provider)));
}

/**
 * Writes a Pact V4 HTTP pact with pact-js: each interaction's example request is sent to Pact's mock server on
 * 127.0.0.1, which answers with the contract's status.
 *
 * @example
 * ```ts
 * await writeHttpPact({ consumer: 'spike-forms', provider: 'orders-api', dir: 'pacts' }, httpInteractions('spike-forms'));
 * ```
 */
export async function writeHttpPact(
  options: WritePactOptions,
  interactions: readonly HttpInteraction[],
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
  return normalisePactFile(join(options.dir, pactFileName(options.consumer, options.provider)));
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
  writeFileSync(file, `${JSON.stringify(pact, null, 2)}\n`);
  return file;
}

/** Options of {@link writeProfileContracts}. */
export interface WriteProfileContractsOptions extends ContractOptions {
  /** Root directory; pacts go to `<dir>/messages` and `<dir>/http`. Default: a new temp directory. */
  readonly dir?: string;
  /** Default both. */
  readonly framings?: readonly Framing[];
  /** The receiving application's name. Default `'spike-webhook-receiver'`. */
  readonly receiver?: string;
}

/**
 * Writes the canonical contracts of one profile (built-in or made with `defineProfile`): the message pact
 * (receiver consumes, Spike provides) and the HTTP pact (Spike's sender consumes the receiver's endpoint). Message
 * examples are checked against the family's schema as they are written.
 *
 * @example
 * ```ts
 * const written = await writeProfileContracts('spike-forms', { dir: 'pacts' });
 * ```
 */
export async function writeProfileContracts(
  profileRef: ProfileRef,
  options: WriteProfileContractsOptions = {},
): Promise<WrittenPact[]> {
  const profile = getProfile(profileRef);
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), 'spike-pacts-'));
  const receiver = options.receiver ?? pactNames.receiver;
  const framings = options.framings ?? ['messages', 'http'];
  const written: WrittenPact[] = [];
  if (framings.includes('messages')) {
    const interactions = messageInteractions(profile, options);
    const schemaFor = contractFacts[profile.payload].schemaFor;
    const file = await writeMessagePact(
      { consumer: receiver, provider: profile.id, dir: join(dir, 'messages') },
      interactions,
      (message, interaction) => {
        const kind = interaction.states[0]?.params?.kind as string;
        const result = schemaFor(kind).safeParse(message);
        if (!result.success) {
          throw new SpikeKitError(
            'PACT_FAILED',
            `The example of '${interaction.description}' is not a valid ${profile.id} payload: ${result.error.message}`,
            { profile: profile.id, kind },
          );
        }
      },
    );
    written.push({ framing: 'messages', file, interactions: interactions.length });
  }
  if (framings.includes('http')) {
    const interactions = httpInteractions(profile, options);
    const file = await writeHttpPact(
      { consumer: profile.id, provider: receiver, dir: join(dir, 'http') },
      interactions,
    );
    written.push({ framing: 'http', file, interactions: interactions.length });
  }
  return written;
}

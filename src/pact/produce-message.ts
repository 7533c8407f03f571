import { generate, kindsOf } from '../../generators/index.ts';
import type { DateInput } from '../core/index.ts';
import { listChoices, SpikeKitError } from '../core/index.ts';
import { getProfile, type Profile, type ProfileRef } from '../profiles/index.ts';
import { contractDefaults } from './contract-defaults.ts';
import { isRecord } from './json-values.ts';
import { escapeRegex } from './regex-syntax.ts';

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
  const { kind, seed, generator } = resolveMessageRequest(profile, request, options);
  return (generate as (p: Profile, o: object) => unknown)(profile, {
    ...generator,
    kind,
    seed,
    refDate: options.refDate ?? contractDefaults.refDate,
  });
}

/** What a message request asks the generators for: the kind, the seed and the states' generator options. */
export interface ResolvedMessageRequest {
  readonly kind: string;
  readonly seed: number;
  /** `params.options` of the states (e.g. `{ persona: 'night-shift' }`). */
  readonly generator: Readonly<Record<string, unknown>>;
  /** Every state's params, merged (later states win). */
  readonly params: Readonly<Record<string, unknown>>;
}

/**
 * The kind, seed and generator options a message request names (see {@link produceMessage}).
 *
 * @throws {SpikeKitError} `UNKNOWN_KIND` when the interaction names no kind of the profile.
 */
export function resolveMessageRequest(
  profile: Profile,
  request: MessageRequest,
  options: ProduceMessageOptions = {},
): ResolvedMessageRequest {
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
  const generator = isRecord(params.options) ? params.options : {};
  return { kind, seed, generator, params };
}

/** The kind a text names: quoted (`'sleep'`) first, else as a whole word; the longest kind wins. */
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

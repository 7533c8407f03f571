import type { Faker } from '@faker-js/faker';
import type { Rng } from '../../src/core/index.ts';
import type { PayloadFamilyId } from '../../src/profiles/index.ts';
import type { LocaleId } from './faker.ts';

/**
 * Deliberately awkward payload variants, for testing how a receiver copes:
 * - `unknown-fields`: extra fields Spike might add later, at the root and inside items;
 * - `unknown-kind`: a `data_type` / `event_type` / `event` value the receiver has never seen;
 * - `empty-optionals`: optional fields present but empty (`''`, `[]`, `{}`);
 * - `null-optionals`: optional fields present as `null`;
 * - `minimal`: optional fields omitted altogether;
 * - `large`: a very large payload (long series, big batches, long texts).
 * Bodies whose bytes re-serialise differently are a delivery concern: see `buildDelivery`'s `bodyStyle`.
 */
export type Awkwardness =
  | 'unknown-fields'
  | 'unknown-kind'
  | 'empty-optionals'
  | 'null-optionals'
  | 'minimal'
  | 'large';

/** Every {@link Awkwardness}. */
export const awkwardnesses: readonly Awkwardness[] = [
  'unknown-fields',
  'unknown-kind',
  'empty-optionals',
  'null-optionals',
  'minimal',
  'large',
];

/** What a family's generator gets for one event. */
export interface GenerationContext {
  /** The stream for this event (item `index` of the series). */
  readonly rng: Rng;
  /** The stream of the whole call: fork it for things shared by every item (the user, the form). */
  readonly root: Rng;
  /** The reference instant, epoch ms: generated events happen at or before it. */
  readonly refMs: number;
  /** Position of this event in a `count` series (0-based) and the series length (1 without `count`). */
  readonly index: number;
  readonly count: number;
  /** Requested awkward variants. */
  readonly awkward: ReadonlySet<Awkwardness>;
  /** A Faker for `locale` driven by `rng`. */
  readonly faker: (locale: LocaleId) => Faker;
}

/**
 * A payload vocabulary: its kinds, how to generate each, and the schema every generated event satisfies.
 * `Events` maps each kind to its precise event type; `Options` are the family's own generate options.
 */
export interface PayloadFamily<Events extends Record<string, unknown>, Options extends object> {
  readonly id: PayloadFamilyId;
  /** What the kind is called in this vocabulary, for messages: `'data_type'`, `'event_type'`, `'form kind'`. */
  readonly kindLabel: string;
  /** The documented kinds, in a stable order. */
  readonly kinds: readonly (keyof Events & string)[];
  readonly defaultKind: keyof Events & string;
  /** Names of the family's own options (beyond the common ones), for error messages. */
  readonly optionKeys: readonly (keyof Options & string)[];
  /** Validates the family's own options, throwing a coded error; called once per `generate` call. */
  readonly checkOptions?: (options: Options) => void;
  /** Generates one event of `kind`. */
  readonly generate: <K extends keyof Events & string>(
    kind: K,
    options: Options,
    context: GenerationContext,
  ) => Events[K];
  /** Checks a payload; returns readable issues (empty when valid). */
  readonly check: (payload: unknown) => readonly string[];
}

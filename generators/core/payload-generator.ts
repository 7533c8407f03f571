import type { Faker } from '@faker-js/faker';
import type { Rng } from '../../src/core/index.ts';
import type { PayloadFamilySchema } from '../../src/schemas/payload-family.ts';
import type { Awkwardness } from './awkwardness.ts';
import type { LocaleId } from './faker.ts';

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
 * How a payload family is generated: what the generator side adds to the family's schema descriptor
 * (`src/schemas/<family>/payload-family.ts`). `Events` maps each kind to its precise event type; `Options` are the
 * family's own generate options.
 */
export interface PayloadGenerator<Events extends Record<string, unknown>, Options extends object> {
  /** Names of the family's own options (beyond the common ones), for error messages. */
  readonly optionKeys: readonly (keyof Options & string)[];
  /** Validates the family's own options, throwing a coded error; called once per `generate` call. */
  readonly checkOptions?: (options: Options) => void;
  /**
   * About how many bytes of JSON one event of `kind` takes with these options (a generous typical size, measured):
   * `generate` refuses a `count` whose total would exceed its bound before doing any work.
   */
  readonly typicalBytes: (
    kind: keyof Events & string,
    options: Options,
    awkward: ReadonlySet<Awkwardness>,
  ) => number;
  /** Generates one event of `kind`. */
  readonly generate: <K extends keyof Events & string>(
    kind: K,
    options: Options,
    context: GenerationContext,
  ) => Events[K];
}

/**
 * A payload vocabulary as `generate` sees it: its schema descriptor (kinds, schemas, check) and its generator.
 * `Events` maps each kind to its precise event type; `Options` are the family's own generate options.
 */
export type PayloadFamily<
  Events extends Record<string, unknown>,
  Options extends object,
> = PayloadFamilySchema<keyof Events & string> & PayloadGenerator<Events, Options>;

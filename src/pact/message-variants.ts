// The variants of what Spike may send that the reference provider verifies every message interaction against, as
// a typed table: rewrites the schema allows (one source of optionality), other seeds, and per family the
// generator options and values that differ in real traffic.
import type { PayloadFamilyId } from '../profiles/index.ts';
import type { SchemaVariantKind } from '../schemas/schema-variants.ts';

/** One variant of an interaction's message (one more interaction to verify, so the table is kept short). */
export interface MessageVariant {
  /** Its name in reports and descriptions, e.g. `'minimal'`. */
  readonly id: string;
  /** What it sends, in words. */
  readonly words: string;
  /** Rewrites of the message by its schema, in order. */
  readonly schema?: readonly SchemaVariantKind[];
  /**
   * Other samples instead of the canonical one: each a seed offset and generator options (merged over the
   * interaction's own; left out for an interaction with generator options of its own, or a kind they cannot
   * generate). The first gives the message; the items of the others are appended to its array at `itemsAt`.
   */
  readonly samples?: readonly OtherSample[];
  /** Where the items of several samples go together: `''` for a body that is an array, `'data'` ... */
  readonly itemsAt?: string;
  /** Other values where the contract rules say Spike's values are unknown (`type-only`, `any`). */
  readonly openValues?: boolean;
  /** Values set at dot paths (`[*]` for every item), each kept only when the schema accepts the message. */
  readonly set?: Readonly<Record<string, unknown>>;
}

/** Another sample of the interaction's kind. */
export interface OtherSample {
  readonly seedOffset: number;
  readonly options?: Readonly<Record<string, unknown>>;
}

/** The canonical message: what the interaction's states ask for, as it is. */
export const CANONICAL: MessageVariant = { id: 'canonical', words: 'the sample the interaction names' };

const minimal: MessageVariant = {
  id: 'minimal',
  words: "every optional field omitted, unknown fields added, other values where Spike's are undocumented",
  schema: ['minimal', 'extra-fields'],
  openValues: true,
};
const nullOptionals: MessageVariant = {
  id: 'null-optionals',
  words: 'every nullable field null',
  schema: ['null-optionals'],
};

/**
 * The variants of each payload family, after the canonical message, in the order they are reported: the first
 * one that breaks an expectation is the one a failure names. Each costs one verification per interaction.
 *
 * @example
 * ```ts
 * messageVariants['health-v3'].map((v) => v.id); // ['minimal', 'null-optionals', 'multi-user batch']
 * ```
 */
export const messageVariants: { readonly [F in PayloadFamilyId]: readonly MessageVariant[] } = {
  'health-v2': [
    minimal,
    nullOptionals,
    {
      id: 'other samples',
      words: 'the items of two other samples, of an endurance athlete and of a person with type 1 diabetes',
      samples: [
        { seedOffset: 1, options: { persona: 'endurance-athlete' } },
        { seedOffset: 2, options: { persona: 'type1-diabetes' } },
      ],
      itemsAt: 'data',
    },
  ],
  'health-v3': [
    minimal,
    nullOptionals,
    {
      id: 'multi-user batch',
      words: 'one batch of other samples: three users with different providers, and Garmin events',
      samples: [
        { seedOffset: 2, options: { users: ['endurance-athlete', 'type1-diabetes', 'older-adult'] } },
        { seedOffset: 1, options: { provider: 'garmin' } },
      ],
      itemsAt: '',
    },
  ],
  forms: [
    minimal,
    nullOptionals,
    {
      id: 'other sample',
      words: 'another sample: a German submitter whose IP is IPv4-mapped IPv6 (::ffff:203.0.113.19)',
      samples: [{ seedOffset: 1, options: { locale: 'de' } }],
      set: { 'metadata.ip': '::ffff:203.0.113.19' },
    },
  ],
  'forms-timestamped': [
    minimal,
    nullOptionals,
    {
      id: 'other sample',
      words: 'another sample: a German submitter',
      samples: [{ seedOffset: 1, options: { locale: 'de' } }],
    },
  ],
};

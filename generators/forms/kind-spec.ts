import type { Rng } from '../../src/core/index.ts';
import type { FormEncoding, MultiValueStyle } from './forms-options.ts';
import type { LocaleData } from './locale-data.ts';
import type { Person } from './person.ts';
import type { Phrasebook } from './phrases/book.ts';
import type { UserAgent } from './web.ts';

// What a form kind is: its setup, the story of a submission and its fields, as data (`kind-specs.ts`).

/** Who fills the form in. */
export interface Submitter {
  readonly data: LocaleData;
  readonly person: Person;
  readonly email: string;
  /** Set for business senders: the email is at its domain. */
  readonly company: { readonly name: string } | undefined;
  readonly userAgent: UserAgent;
}

/** The form's site (its owner). */
export interface Site {
  readonly host: string;
  /** The first label of the site's domain (`'kraus-logistik'`). */
  readonly label: string;
  /** The owner's name without legal suffix, e.g. for event names. */
  readonly brand: string;
  /** The site's phrasebook (the form's language). */
  readonly book: Phrasebook;
  readonly year: number;
}

/** What the field makers of one submission see. */
export interface Scene<C> {
  readonly rng: Rng;
  readonly who: Submitter;
  /** The submitter's phrasebook. */
  readonly book: Phrasebook;
  /** The kind's per-form configuration (open positions, the event). */
  readonly config: C;
  readonly createdMs: number;
  readonly encoding: FormEncoding;
  readonly multiValue: MultiValueStyle;
}

/** What a story (the draws that several fields must agree on) is made from. */
interface StoryInput<C> {
  readonly rng: Rng;
  readonly book: Phrasebook;
  readonly config: C;
}

/** How a form control sends a value it was left without (see `blankValue`). */
export type InputType = 'text' | 'textarea' | 'select' | 'checkbox' | 'multi' | 'file';

interface Field<V, S, C> {
  readonly input: InputType;
  readonly optional: boolean;
  readonly make: (scene: Scene<C>, story: S) => V;
}
type OptionalKeys<T> = { [K in keyof T]-?: Pick<T, K> extends Required<Pick<T, K>> ? never : K }[keyof T];

/** One entry per data field, in the order they are posted; optional fields may return `undefined` (left blank). */
type FieldTable<D, S, C> = {
  readonly [K in keyof D]-?: K extends OptionalKeys<D>
    ? Field<Exclude<D[K], undefined> | undefined, S, C> & { readonly optional: true }
    : Field<D[K], S, C> & { readonly optional: false };
};

/** A form kind: how its form is set up, the story of a submission, and its fields. */
export interface KindSpec<D, S extends Story, C> {
  /** Per-form setup, drawn once per series from the form's stream. */
  readonly setup: (rng: Rng, site: Site) => C;
  /** Values for the form name template (`{event}`). */
  readonly formVars?: ((config: C) => Readonly<Record<string, string>>) | undefined;
  /** The URL slug of each of {@link formVars} (the form's slug is put together from them, see `filledSlug`). */
  readonly formSlugs?: ((config: C) => Readonly<Record<string, string>>) | undefined;
  readonly story: (input: StoryInput<C>) => S;
  /** URL slugs for the page path template (`{position}`, `{event}`). */
  readonly pageSlugs?:
    | ((config: C, story: S) => { readonly position?: string; readonly event?: string })
    | undefined;
  readonly fields: FieldTable<D, S, C>;
}

/** The draws every story makes. */
export interface Story {
  /** A business sender (email at their company's domain) or a personal one (free mail). */
  readonly business: boolean;
}

export const req = <V, S, C>(input: InputType, make: (scene: Scene<C>, story: S) => V) =>
  ({ input, optional: false, make }) as const;
export const opt = <V, S, C>(input: InputType, make: (scene: Scene<C>, story: S) => V | undefined) =>
  ({ input, optional: true, make }) as const;

export const none = (): undefined => undefined;

/**
 * A kind's spec, in the one shape every kind shares (the optional parts present, `undefined` when a kind has none):
 * the generator reads the specs of all kinds at the same places, and objects of one shape keep those reads fast.
 */
export function defineKind<D, S extends Story, C>(spec: KindSpec<D, S, C>): KindSpec<D, Story, unknown> {
  const shaped: KindSpec<D, S, C> = {
    setup: spec.setup,
    formVars: spec.formVars,
    formSlugs: spec.formSlugs,
    story: spec.story,
    pageSlugs: spec.pageSlugs,
    fields: spec.fields,
  };
  return shaped as unknown as KindSpec<D, Story, unknown>;
}

/** A field of any kind, as the generator walks them. */
export interface AnyField {
  readonly input: InputType;
  readonly optional: boolean;
  readonly make: (scene: Scene<unknown>, story: Story) => unknown;
}

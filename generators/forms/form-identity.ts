import type { Rng } from '../../src/core/index.ts';
import type { FormKind } from '../../src/schemas/forms/index.ts';
import { base36Padded } from '../core/base36.ts';
import type { LocaleId } from '../core/faker.ts';
import type { GenerationContext } from '../core/payload-generator.ts';
import { roundHalfUp } from '../core/round-half-up.ts';
import { company } from './company.ts';
import { drawWeighted, randomChars, replay, weightedTable } from './draw.ts';
import { fill, filledSlug } from './fill-template.ts';
import type { FormEncoding, FormsOptions, MultiValueStyle } from './forms-options.ts';
import type { KindSpec, Site, Story } from './kind-spec.ts';
import { kindSpecs } from './kind-specs.ts';
import { localeData } from './locale-data.ts';
import { ActivityClock, kindRhythms, utcOffsetMs } from './rhythm.ts';
import { phraseSlug, urlSlug } from './url-slug.ts';
import { type BrowserEra, browserEra } from './web.ts';

/** Everything shared by the submissions of one series: the form, its site and how it posts. */
export interface FormIdentity {
  readonly id: string;
  readonly name: string;
  readonly slug: string;
  /** The site's locale; most submitters share it. */
  readonly locale: LocaleId;
  readonly site: Site;
  readonly encoding: FormEncoding;
  readonly multiValue: MultiValueStyle;
  /** Mean time between two submissions of a series (of activity: shorter in busy hours, longer at night). */
  readonly gapMs: number;
  /** The kind's rhythm in the site's time zone, which a series follows. */
  readonly clock: ActivityClock;
  readonly era: BrowserEra;
  /** The kind's setup (open positions, the event). */
  readonly config: unknown;
}

/** How often sites and visitors come from each locale. */
export const localeTable = weightedTable<LocaleId>([
  ['en_US', 30],
  ['en_GB', 8],
  ['en_CA', 3],
  ['en_AU', 3],
  ['en_IN', 4],
  ['de', 9],
  ['fr', 6],
  ['es', 4],
  ['es_MX', 3],
  ['it', 3],
  ['nl', 3],
  ['pt_BR', 4],
  ['sv', 2],
  ['pl', 3],
  ['ja', 4],
  ['ko', 3],
]);

const MINUTE = 60_000;
const GAPS = [2 * MINUTE, 15 * MINUTE, 60 * MINUTE, 240 * MINUTE, 1440 * MINUTE];

/** The inputs a form is drawn from. */
interface FormKey {
  readonly root: string;
  readonly kind: FormKind;
  readonly refMs: number;
  readonly locale: LocaleId | undefined;
  readonly encoding: FormEncoding | undefined;
  readonly multiValue: MultiValueStyle | undefined;
  readonly id: string | undefined;
  readonly name: string | undefined;
  readonly slug: string | undefined;
}

/** The last form drawn: the items of a series, and repeated calls, ask for the same form in a row. */
let last: { readonly key: FormKey; readonly form: FormIdentity } | undefined;

/**
 * The form a series of submissions goes to, drawn from the call's root stream (so every item of a `count` series
 * shares it) and the options that fix parts of it. Unset options are drawn all the same, so setting one changes
 * only what it fixes (and, for `locale`, what is written in that locale).
 */
export function formIdentity(
  kind: FormKind,
  options: FormsOptions,
  context: GenerationContext,
): FormIdentity {
  const key: FormKey = {
    root: context.root.key,
    kind,
    refMs: context.refMs,
    locale: options.locale,
    encoding: options.encoding,
    multiValue: options.multiValue,
    id: options.form?.id,
    name: options.form?.name,
    slug: options.form?.slug,
  };
  if (last !== undefined && sameKey(last.key, key)) return last.form;
  const form = drawForm(kind, options, context, context.root.fork(`form:${kind}`));
  last = { key, form };
  return form;
}

function sameKey(a: FormKey, b: FormKey): boolean {
  return (
    a.root === b.root &&
    a.kind === b.kind &&
    a.refMs === b.refMs &&
    a.locale === b.locale &&
    a.encoding === b.encoding &&
    a.multiValue === b.multiValue &&
    a.id === b.id &&
    a.name === b.name &&
    a.slug === b.slug
  );
}

function drawForm(kind: FormKind, options: FormsOptions, context: GenerationContext, rng: Rng): FormIdentity {
  const spec = kindSpecs[kind];
  const locale = pick(options.locale, drawWeighted(rng, localeTable));
  const data = localeData(locale, () => context.faker(locale));
  const owner = company(rng, data);
  const site: Site = {
    host: rng.bool(0.6) ? `www.${owner.domain}` : owner.domain,
    label: owner.domain.slice(0, owner.domain.indexOf('.')),
    brand: owner.brand,
    book: data.book,
    year: siteYear(context.refMs),
  };
  const config = spec.setup(rng, site);
  const template = rng.pick(data.book.formNames[kind]);
  const name = fill(template, spec.formVars?.(config) ?? {});
  const slug = rng.bool(0.55)
    ? readableSlug(nameSlug(spec, config, template, name), kind)
    : randomChars(rng, 9, 'base36');
  const id = formId(rng, context.refMs - rng.int(30, 700) * 86_400_000);
  const encoding = pick(options.encoding, rng.bool() ? 'json' : 'form');
  const multiValue = pick(options.multiValue, rng.bool() ? 'array' : 'comma-joined');
  const gapMs = roundHalfUp(rng.pick(GAPS) * rng.float(0.5, 1.5));
  return {
    id: pick(options.form?.id, id),
    name: pick(options.form?.name, name),
    slug: pick(options.form?.slug, slug),
    locale,
    site,
    encoding,
    multiValue,
    gapMs,
    clock: new ActivityClock(kindRhythms[kind], utcOffsetMs(data.facts.timeZone, context.refMs)),
    era: browserEra(context.refMs),
    config,
  };
}

/** How form ids look: a cuid-like id stamped with the creation time, `form_` and 16 characters, a short stamped one. */
const ID_SHAPES: readonly {
  readonly weight: number;
  readonly chars: number;
  readonly prefix: (createdMs: number) => string;
}[] = [
  { weight: 6, chars: 16, prefix: (createdMs) => `c${base36Padded(createdMs, 8)}` },
  { weight: 2.5, chars: 16, prefix: () => 'form_' },
  { weight: 1.5, chars: 6, prefix: (createdMs) => `c${base36Padded(createdMs, 8).slice(0, 2)}` },
];
const ID_SHAPE_CHOICE = ID_SHAPES.map((shape, i) => [i, shape.weight] as const);
/** Where each shape's draws start among the draws of all shapes (five characters a draw). */
const ID_SHAPE_FIRST_DRAW = ID_SHAPES.map((_, i) =>
  ID_SHAPES.slice(0, i).reduce((sum, shape) => sum + Math.ceil(shape.chars / 5), 0),
);
/** The draws of every shape, reused (read at once, before the next form). */
const TAKEN = Array.from(
  { length: ID_SHAPES.reduce((sum, shape) => sum + Math.ceil(shape.chars / 5), 0) },
  () => 0.5,
);

/**
 * The form's id: the characters of every shape are drawn in turn (five a draw), then the shape is chosen, and only
 * the chosen one is written.
 */
function formId(rng: Rng, createdMs: number): string {
  for (let n = 0; n < TAKEN.length; n++) TAKEN[n] = rng.next();
  const chosen = rng.weighted(ID_SHAPE_CHOICE);
  const shape = ID_SHAPES[chosen] as (typeof ID_SHAPES)[number];
  return (
    shape.prefix(createdMs) +
    randomChars(replay(TAKEN, ID_SHAPE_FIRST_DRAW[chosen] as number), shape.chars, 'base36')
  );
}

/**
 * The URL slug of the form's name: a phrase of the book (kept per phrase), put together from the slugs of its
 * values where the kind gives them, else read from the name.
 */
function nameSlug(
  spec: KindSpec<unknown, Story, unknown>,
  config: unknown,
  template: string,
  name: string,
): string {
  if (spec.formVars === undefined) return phraseSlug(name);
  const slugs = spec.formSlugs?.(config);
  return (slugs === undefined ? undefined : filledSlug(template, slugs)) ?? urlSlug(name);
}

/** The form name's slug when it reads as words (three letters in a row), else the kind. */
function readableSlug(readable: string, kind: FormKind): string {
  return /[a-z]{3}/.test(readable) ? readable : kind;
}

let yearRefMs = Number.NaN;
let year = 0;
/** The year a site writes in its copy (an event's year, a copyright): the year 45 days after `refMs`, kept for the last `refMs`. */
function siteYear(refMs: number): number {
  if (refMs !== yearRefMs) {
    year = new Date(refMs + 45 * 86_400_000).getUTCFullYear();
    yearRefMs = refMs;
  }
  return year;
}

/** The option when set, else the drawn value (drawn either way, so the rest of the stream stays the same). */
function pick<T>(option: T | undefined, drawn: T): T {
  return option ?? drawn;
}

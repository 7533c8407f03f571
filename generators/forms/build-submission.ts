import type { Rng } from '../../src/core/index.ts';
import type { FormKind, FormsFieldValue } from '../../src/schemas/forms/index.ts';
import type { GenerationContext } from '../core/payload-generator.ts';
import { roundHalfUp } from '../core/round-half-up.ts';
import { type Company, company } from './company.ts';
import { email } from './contact-details.ts';
import { randomChars } from './draw.ts';
import { fill } from './fill-template.ts';
import { type FormIdentity, formIdentity } from './form-identity.ts';
import type { FormsOptions } from './forms-options.ts';
import { ipAddress } from './ip-address.ts';
import type { Scene, Submitter } from './kind-spec.ts';
import { fieldLists, kindSpecs } from './kind-specs.ts';
import { type LocaleData, localeData } from './locale-data.ts';
import { type Person, person } from './person.ts';
import type { Phrasebook } from './phrases/book.ts';
import { blankValue } from './posted-values.ts';
import { spamify } from './spam.ts';
import { visitorLocale } from './visitor-locale.ts';
import { type BrowserEra, referrer, type UserAgent, userAgent } from './web.ts';

const OMITTED = Symbol('omitted');
const EMPTY = Symbol('empty');
/** Longest delay between storing a submission and sending its webhook. */
const DELIVERY_MAX_MS = 1500;
/** Events a receiver has never seen, for the `unknown-kind` variant. */
const UNKNOWN_EVENTS = ['submission.updated', 'submission.deleted', 'submission.spam_detected'];
/** How long the texts of a `large` submission are, at least (characters). */
const LARGE_TEXT_CHARS = 20_000;
/** How many extra answers and tags a `large` submission carries. */
const LARGE_EXTRA_FIELDS = 150;
const LARGE_TAGS = 400;

/** A {@link Submitter} whose browser is drawn when first needed (a field naming it, or the request facts). */
class Visitor implements Submitter {
  readonly data: LocaleData;
  readonly person: Person;
  readonly email: string;
  readonly company: Company | undefined;
  readonly #rng: Rng;
  readonly #era: BrowserEra;
  #userAgent: UserAgent | undefined;

  constructor(rng: Rng, era: BrowserEra, data: LocaleData, person: Person, employer: Company | undefined) {
    this.#rng = rng;
    this.#era = era;
    this.data = data;
    this.person = person;
    this.email = email(rng, person, data, employer);
    this.company = employer;
  }

  get userAgent(): UserAgent {
    this.#userAgent ??= userAgent(this.#rng, this.#era, this.data.language);
    return this.#userAgent;
  }
}

/** One submission, independent of the dialect that carries it. */
export interface SubmissionModel {
  readonly event: string;
  readonly form: FormIdentity;
  readonly id: string;
  /** When Spike stored it (`metadata.timestamp`, `submission.createdAt`). */
  readonly createdMs: number;
  /** When the webhook was sent (the timestamped dialect's `timestamp`). */
  readonly deliveredMs: number;
  readonly data: Record<string, FormsFieldValue>;
  /** The request facts, for dialects whose body carries them. */
  readonly request: RequestFacts | undefined;
  /** Fields Spike might add later (`unknown-fields`). */
  readonly extras: Extras | undefined;
}

/** What Spike records about the request that carried a submission (`metadata` of `spike-forms`). */
export interface RequestFacts {
  readonly ip: string;
  readonly userAgent: string;
  /** `undefined` leaves the field out (`minimal`), `null` for `null-optionals`. */
  readonly referrer: string | null | undefined;
  readonly country: string;
}

/** Plausible fields a future Spike might add, placed by each dialect where it fits. */
interface Extras {
  readonly workspaceId: string;
  readonly formVersion: number;
  readonly spamScore: number;
  /** The form's hidden honeypot field was filled in (spam-like submissions, often). */
  readonly honeypot: boolean;
  readonly city: string;
  readonly asn: number;
  readonly language: string;
  readonly webhookId: string;
}

/**
 * Generates one submission of `kind`: the form (shared by the series), the submitter, the fields, the request
 * facts (when `withRequest`: they are drawn after everything the dialects share) and the requested awkward
 * variants (from their own stream). The dialects only shape it.
 */
export function buildSubmission(
  kind: FormKind,
  options: FormsOptions,
  context: GenerationContext,
  withRequest: boolean,
): SubmissionModel {
  const { rng, awkward } = context;
  const form = formIdentity(kind, options, context);
  const spec = kindSpecs[kind];

  // Submissions of a series are spread over slots of gapMs of activity ending at refDate, one per slot, so they
  // increase and crowd into the busy hours of the site's time zone (see rhythm.ts).
  const end = context.refMs - DELIVERY_MAX_MS;
  const { clock } = form;
  const slot = (context.count - 1 - context.index) * form.gapMs;
  const createdMs = clock.before(end, slot + rng.int(0, form.gapMs - clock.margin));
  // Most submitters share the site's locale; the others come from where people are awake at that moment.
  const locale =
    options.locale ?? (rng.bool(0.8) ? form.locale : visitorLocale(rng, clock.rhythm, createdMs));
  const data = localeData(locale, () => context.faker(locale));
  const story = spec.story({ rng, book: data.book, config: form.config });
  const name = person(rng, data);
  const employer = story.business ? company(rng, data) : undefined;
  const who = new Visitor(rng, form.era, data, name, employer);

  const deliveredMs = createdMs + rng.int(40, DELIVERY_MAX_MS);
  // The id comes from its own stream keyed by the submission's identity; the draws it used to take from `rng` are
  // still taken, so everything drawn after it (fields, request facts) stays as it was.
  for (let i = 0; i < 4; i++) rng.next(); // what randomChars(rng, 20, 'base36') draws: 5 characters a draw
  const id = submissionId(rng, form, options.locale, context.refMs);

  const scene: Scene<unknown> = {
    rng,
    who,
    book: data.book,
    config: form.config,
    createdMs,
    encoding: form.encoding,
    multiValue: form.multiValue,
  };
  // Optional fields: omitted (minimal) before null (null-optionals) before empty (empty-optionals).
  const forced = awkward.has('minimal')
    ? OMITTED
    : awkward.has('null-optionals')
      ? null
      : awkward.has('empty-optionals')
        ? EMPTY
        : undefined;
  const fields: Record<string, FormsFieldValue> = {};
  const { names, fields: table } = fieldLists[kind];
  for (let i = 0; i < names.length; i++) {
    const key = names[i] as string;
    const field = table[i] as (typeof table)[number];
    const value = field.make(scene, story) as FormsFieldValue | undefined;
    if (!field.optional) fields[key] = value as FormsFieldValue;
    else if (forced === undefined) {
      const posted = value ?? blankValue(field.input, form.encoding, form.multiValue);
      if (posted !== undefined) fields[key] = posted;
    } else if (forced === EMPTY)
      fields[key] = field.input === 'multi' && form.multiValue === 'array' ? [] : '';
    else if (forced !== OMITTED) fields[key] = null;
  }
  // Spam draws from its own stream: the other submissions stay the same whatever the share, a higher share only
  // turns more of them.
  const share = options.spamShare ?? 0;
  const spamStream = share > 0 ? rng.fork('spam') : undefined;
  const spam = spamStream !== undefined && spamStream.next() < share;
  if (spam) spamify(spamStream, fields, spec.fields);
  let request: RequestFacts | undefined;
  if (withRequest) {
    const page = fill(rng.pick(form.site.book.pages[kind]), spec.pageSlugs?.(form.config, story) ?? {});
    const drawn = referrer(rng, form.site.host, page, who.userAgent.inApp);
    const ipVersion = options.ipVersion ?? (rng.bool(0.3) ? 6 : 4);
    request = {
      ip: ipAddress(rng, ipVersion, data.country, data.facts, options.ipScheme ?? 'documentation'),
      userAgent: who.userAgent.header,
      referrer: forced === undefined ? drawn : forced === OMITTED ? undefined : forced === EMPTY ? '' : null,
      country: data.country,
    };
  }

  // Awkward variants draw from their own stream: the rest stays the same with or without them, in both dialects.
  const odd = awkward.size === 0 ? undefined : rng.fork('awkward');
  if (odd !== undefined && awkward.has('large'))
    enlarge(odd, fields, spec.fields, data.book, form.multiValue);
  return {
    event: odd !== undefined && awkward.has('unknown-kind') ? odd.pick(UNKNOWN_EVENTS) : 'submission.created',
    form,
    id,
    createdMs,
    deliveredMs,
    data: fields,
    request,
    extras:
      odd !== undefined && awkward.has('unknown-fields')
        ? {
            workspaceId: `ws_${randomChars(odd, 16, 'base36')}`,
            formVersion: odd.int(2, 9),
            spamScore: roundHalfUp(((spam ? 0.78 : 0) + odd.float(0, 0.2)) * 1000) / 1000,
            honeypot: spam && (spamStream as Rng).bool(0.6),
            city: data.cities.length > 0 ? odd.pick(data.cities) : '',
            asn: odd.int(1000, 65000),
            language: data.language,
            webhookId: `wh_${randomChars(odd, 20, 'base36')}`,
          }
        : undefined,
  };
}

/**
 * The submission's id, from the item's stream forked by what makes the submission another one beyond that stream
 * (seed, kind, item): the form (its drawn or pinned id, name and slug), the `locale` option (it changes the draws
 * after it, even when equal to the drawn one) and the reference date; so a receiver deduplicating on `submissionId`
 * never merges two different submissions. Options that only change how the same submission is written
 * (`encoding`, `multiValue`, `ipVersion`, awkward variants) keep its id.
 */
function submissionId(rng: Rng, form: FormIdentity, locale: string | undefined, refMs: number): string {
  const idStream = rng.fork(
    'submission-id:',
    form.id,
    '\u0000',
    form.name,
    '\u0000',
    form.slug,
    '\u0000',
    locale ?? '',
    '\u0000',
    refMs,
  );
  return `sub_${randomChars(idStream, 20, 'base36')}`;
}

/** `large`: every long-text field and an extra `comments` field grow past 20,000 characters, 150 extra answers, 400 tags. */
function enlarge(
  rng: Rng,
  fields: Record<string, FormsFieldValue>,
  table: Readonly<Record<string, { readonly input: string }>>,
  book: Phrasebook,
  style: 'array' | 'comma-joined',
): void {
  const sentences = corpus(book);
  const long = (start: string): string => {
    const paragraphs = start === '' ? [] : [start];
    let length = start.length;
    while (length < LARGE_TEXT_CHARS) {
      const paragraph = Array.from({ length: 4 }, () => rng.pick(sentences)).join(' ');
      paragraphs.push(paragraph);
      length += paragraph.length + 2;
    }
    return paragraphs.join('\n\n');
  };
  for (const [key, field] of Object.entries(table)) {
    if (field.input === 'textarea') fields[key] = long(typeof fields[key] === 'string' ? fields[key] : '');
  }
  fields.comments = long('');
  for (let i = 1; i <= LARGE_EXTRA_FIELDS; i++) {
    fields[`answer_${String(i).padStart(3, '0')}`] = rng.pick([
      'yes',
      'no',
      'n/a',
      String(rng.int(1, 10)),
      rng.pick(sentences),
    ]);
  }
  const tags = Array.from({ length: LARGE_TAGS }, (_, i) => `tag-${String(i + 1).padStart(3, '0')}`);
  fields.tags = style === 'array' ? tags : tags.join(', ');
}

const corpora = new Map<Phrasebook, readonly string[]>();
/** Every complete sentence of a phrasebook (no placeholders), for long texts. */
function corpus(book: Phrasebook): readonly string[] {
  const cached = corpora.get(book);
  if (cached !== undefined) return cached;
  const sentences = [
    ...book.contact.business.map((topic) => topic.body),
    ...book.contact.personal.map((topic) => topic.body),
    ...Object.values(book.feedback).flat(),
    ...Object.values(book.support.problems),
  ].filter((sentence) => !sentence.includes('{'));
  corpora.set(book, sentences);
  return sentences;
}

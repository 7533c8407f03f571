import type { Rng } from '../../src/core/index.ts';
import type { FormsFieldValue } from '../../src/schemas/forms.ts';
import { drawWeighted, isoMs, pickSome, randomChars, weightedTable } from './draw.ts';
import { type LocaleData, type Person, phone, urlSlug } from './people.ts';
import type { Phrasebook, Sentiment } from './phrases/book.ts';
import { fill } from './template.ts';
import type {
  Checked,
  CompanySize,
  DietaryNeed,
  FeedbackCategory,
  FileRef,
  FormEncoding,
  FormKind,
  FormsDataByKind,
  JobSource,
  MultiValueStyle,
  NewsletterTopic,
  Priority,
  Rating,
  SessionCode,
  SupportArea,
  TicketType,
} from './types.ts';
import type { UserAgent } from './web.ts';

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
export interface StoryInput<C> {
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
  readonly formVars?: (config: C) => Readonly<Record<string, string>>;
  readonly story: (input: StoryInput<C>) => S;
  /** URL slugs for the page path template (`{position}`, `{event}`). */
  readonly pageSlugs?: (config: C, story: S) => { readonly position?: string; readonly event?: string };
  readonly fields: FieldTable<D, S, C>;
}

/** The draws every story makes. */
export interface Story {
  /** A business sender (email at their company's domain) or a personal one (free mail). */
  readonly business: boolean;
}

const req = <V, S, C>(input: InputType, make: (scene: Scene<C>, story: S) => V) =>
  ({ input, optional: false, make }) as const;
const opt = <V, S, C>(input: InputType, make: (scene: Scene<C>, story: S) => V | undefined) =>
  ({ input, optional: true, make }) as const;

const none = (): undefined => undefined;

// ---- wire helpers: how a value is posted with the form's encoding ----

/** A ticked checkbox: `true` in JSON, `'on'` from an HTML form. */
function ticked(scene: Scene<unknown>): Checked {
  return scene.encoding === 'json' ? true : 'on';
}
/** A number: kept in JSON, a string from an HTML form. */
function numeric<N extends number>(scene: Scene<unknown>, value: N): N | `${N}` {
  return scene.encoding === 'json' ? value : (String(value) as `${N}`);
}
/** Several ticked options: an array, or joined with `', '`. */
function multi<T extends string>(scene: Scene<unknown>, values: T[]): T[] | string {
  return scene.multiValue === 'array' ? values : values.join(', ');
}

/**
 * The value a blank optional field is posted with, by control and encoding: an HTML form sends empty text inputs
 * as `''` and leaves out unticked checkboxes, empty multi-selects and file inputs; a JSON body leaves blanks out
 * but says `false` for an unticked checkbox and `[]` (or `''`) for an empty group.
 */
export function blankValue(
  input: InputType,
  encoding: FormEncoding,
  style: MultiValueStyle,
): FormsFieldValue | undefined {
  if (input === 'file') return undefined;
  if (encoding === 'form') return input === 'checkbox' || input === 'multi' ? undefined : '';
  if (input === 'checkbox') return false;
  if (input === 'multi') return style === 'array' ? [] : '';
  return undefined;
}

// ---- text helpers ----

/** Fills `{first}`, `{last}`, `{name}` with the person's names, and the given placeholders. */
function say(template: string, who: Person, vars: Readonly<Record<string, string>> = {}): string {
  return fill(template, { first: who.first[0], last: who.lastName, name: who.fullName, ...vars });
}

const EMOJI: Readonly<Record<Sentiment | 'ask', readonly string[]>> = {
  positive: ['🙂', '😊', '👍', '🙌', '🎉', '❤️', '🚀'],
  mixed: ['🤔', '🙂', '😅'],
  negative: ['😕', '😞', '🙁', '😤'],
  ask: ['🙏', '🙂', '👋'],
};
/** Sometimes ends `text` with an emoji of the mood. */
function emoji(rng: Rng, text: string, mood: Sentiment | 'ask', p: number): string {
  return rng.bool(p) ? `${text} ${rng.pick(EMOJI[mood])}` : text;
}

/** A message: maybe a greeting, the body, maybe a sign-off with the sender's name. */
function letter(scene: Scene<unknown>, body: string): string {
  const { rng, book, who } = scene;
  const parts: string[] = [];
  if (rng.bool(0.55)) parts.push(rng.pick(book.greetings));
  parts.push(emoji(rng, say(body, who.person, { company: who.company?.name ?? '' }), 'ask', 0.12));
  if (rng.bool(0.5)) parts.push(say(rng.pick(book.closings), who.person));
  return parts.join('\n\n');
}

// ---- vocabularies ----

const newsletterTopics: readonly NewsletterTopic[] = [
  'product-updates',
  'engineering',
  'design',
  'case-studies',
  'events',
  'tips',
  'company-news',
  'offers',
];

/** Feedback categories, at the positions of each sentiment's comments in {@link Phrasebook.feedback}. */
const feedbackCategories: Readonly<
  Record<Sentiment, readonly [FeedbackCategory, FeedbackCategory, FeedbackCategory]>
> = {
  positive: ['support', 'product', 'onboarding'],
  mixed: ['product', 'pricing', 'onboarding'],
  negative: ['support', 'pricing', 'product'],
};
const ratings = weightedTable<Rating>([
  [5, 38],
  [4, 27],
  [3, 13],
  [2, 8],
  [1, 14],
]);
/** The sentiment of a star rating. */
function sentimentOf(rating: Rating): Sentiment {
  return rating >= 4 ? 'positive' : rating === 3 ? 'mixed' : 'negative';
}

interface Position {
  readonly title: string;
  readonly track: 'engineering' | 'design' | 'business';
}
const positions: readonly Position[] = [
  { title: 'Senior Frontend Engineer', track: 'engineering' },
  { title: 'Backend Engineer (Node.js)', track: 'engineering' },
  { title: 'DevOps Engineer', track: 'engineering' },
  { title: 'Data Analyst', track: 'engineering' },
  { title: 'Product Designer', track: 'design' },
  { title: 'UX Researcher', track: 'design' },
  { title: 'Customer Success Manager', track: 'business' },
  { title: 'Account Executive', track: 'business' },
  { title: 'Marketing Manager', track: 'business' },
  { title: 'Office Manager', track: 'business' },
];
const jobSources = weightedTable<JobSource>([
  ['linkedin', 5],
  ['company-website', 3],
  ['indeed', 2],
  ['referral', 2],
  ['job-fair', 0.5],
  ['other', 1],
]);

const companySizes = weightedTable<CompanySize>([
  ['1-10', 2],
  ['11-50', 4],
  ['51-200', 4],
  ['201-500', 2.5],
  ['501-1000', 1.5],
  ['1001-5000', 1],
  ['5000+', 0.7],
]);
/** Job titles of people who ask for a demo, by company size: founders in small companies, directors in large ones. */
const rolesBySize: Readonly<Record<'small' | 'mid' | 'large', readonly string[]>> = {
  small: ['Founder', 'Co-founder', 'CEO', 'CTO', 'Head of Operations'],
  mid: [
    'Head of Marketing',
    'Engineering Manager',
    'Product Manager',
    'Head of Sales',
    'Operations Manager',
    'CTO',
  ],
  large: [
    'IT Director',
    'VP Engineering',
    'Procurement Manager',
    'Head of Digital',
    'Solutions Architect',
    'IT Manager',
  ],
};
function sizeBand(size: CompanySize): keyof typeof rolesBySize {
  if (size === '1-10' || size === '11-50') return 'small';
  return size === '51-200' || size === '201-500' ? 'mid' : 'large';
}

const sessionCodes: readonly SessionCode[] = [
  'keynote',
  'opening-panel',
  'workshop-api-design',
  'workshop-observability',
  'customer-stories',
  'roadmap-qa',
  'lightning-talks',
  'networking-dinner',
];
const dietaryNeeds: readonly DietaryNeed[] = [
  'vegetarian',
  'vegan',
  'gluten-free',
  'lactose-free',
  'halal',
  'kosher',
  'nut-allergy',
];
const tickets = weightedTable<TicketType>([
  ['standard', 60],
  ['vip', 10],
  ['student', 12],
  ['online', 18],
]);
const tshirts = weightedTable([
  ['XS', 1],
  ['S', 3],
  ['M', 5],
  ['L', 5],
  ['XL', 3],
  ['XXL', 1],
] as const);

const supportAreas: readonly SupportArea[] = [
  'login',
  'billing',
  'api',
  'dashboard',
  'notifications',
  'data-export',
];
const priorities = weightedTable<Priority>([
  ['low', 20],
  ['normal', 45],
  ['high', 25],
  ['urgent', 10],
]);

/** The name as people write it in a file name: family name first and unspaced in Japanese and Korean. */
function fileName({ person, data }: Submitter): string {
  return data.familyFirst
    ? `${person.lastName}${person.first[0]}`
    : `${person.first[0]}_${person.lastName.replace(/ /g, '_')}`;
}

// ---- the kinds ----

function defineKind<D, S extends Story, C>(spec: KindSpec<D, S, C>): KindSpec<D, Story, unknown> {
  return spec as unknown as KindSpec<D, Story, unknown>;
}

type NoConfig = undefined;

/**
 * Every form kind as data: its per-form setup, the story a submission tells, and its fields in posting order.
 */
export const kindSpecs: { readonly [K in FormKind]: KindSpec<FormsDataByKind[K], Story, unknown> } = {
  contact: defineKind<
    FormsDataByKind['contact'],
    Story & { topic: { subject: string; body: string } },
    NoConfig
  >({
    setup: none,
    story: ({ rng, book }) => {
      const business = rng.bool(0.5);
      return { business, topic: rng.pick(business ? book.contact.business : book.contact.personal) };
    },
    fields: {
      name: req('text', ({ who }) => who.person.fullName),
      email: req('text', ({ who }) => who.email),
      phone: opt('text', ({ rng, who }) => (rng.bool(0.35) ? phone(rng, who.data) : undefined)),
      company: opt('text', ({ rng, who }) => (rng.bool(0.85) ? who.company?.name : undefined)),
      subject: opt('text', ({ rng }, { topic }) => (rng.bool(0.6) ? topic.subject : undefined)),
      message: req('textarea', (scene, { topic }) => letter(scene, topic.body)),
    },
  }),

  newsletter: defineKind<FormsDataByKind['newsletter'], Story, NoConfig>({
    setup: none,
    story: ({ rng }) => ({ business: rng.bool(0.2) }),
    fields: {
      email: req('text', ({ who }) => who.email),
      firstName: opt('text', ({ rng, who }) => (rng.bool(0.5) ? who.person.first[0] : undefined)),
      topics: req('multi', (scene) =>
        multi(scene, pickSome(scene.rng, newsletterTopics, scene.rng.int(1, 3))),
      ),
      frequency: req('select', ({ rng }) => (rng.bool(0.6) ? 'weekly' : 'monthly')),
      consent: req('checkbox', ticked),
    },
  }),

  feedback: defineKind<
    FormsDataByKind['feedback'],
    Story & { rating: Rating; sentiment: Sentiment; comment: 0 | 1 | 2; anonymous: boolean },
    NoConfig
  >({
    setup: none,
    story: ({ rng }) => {
      const rating = drawWeighted(rng, ratings);
      return {
        business: rng.bool(0.25),
        rating,
        sentiment: sentimentOf(rating),
        comment: rng.int(0, 2) as 0 | 1 | 2,
        anonymous: rng.bool(0.4),
      };
    },
    fields: {
      name: opt('text', ({ who }, { anonymous }) => (anonymous ? undefined : who.person.fullName)),
      email: opt('text', ({ who }, { anonymous }) => (anonymous ? undefined : who.email)),
      rating: req('select', (scene, { rating }) => numeric(scene, rating)),
      category: req('select', (_, { sentiment, comment }) => feedbackCategories[sentiment][comment]),
      comment: opt('textarea', ({ rng, book }, { sentiment, comment }) =>
        rng.bool(0.85) ? emoji(rng, book.feedback[sentiment][comment], sentiment, 0.15) : undefined,
      ),
      recommend: opt('select', ({ rng }, { rating }) => {
        if (!rng.bool(0.7)) return undefined;
        if (rating >= 4) return rng.bool(0.85) ? 'yes' : 'maybe';
        if (rating <= 2) return rng.bool(0.8) ? 'no' : 'maybe';
        return rng.pick(['yes', 'maybe', 'no'] as const);
      }),
      contactMe: opt('checkbox', (scene, { anonymous }) =>
        !anonymous && scene.rng.bool(0.4) ? ticked(scene) : undefined,
      ),
    },
  }),

  'job-application': defineKind<
    FormsDataByKind['job-application'],
    Story & { opening: Position & { posted: string } },
    readonly (Position & { posted: string })[]
  >({
    setup: (rng, site) =>
      rng
        .sample(positions, rng.int(3, 5))
        .map((position) => ({ ...position, posted: `${position.title}${site.book.jobSuffix}` })),
    story: ({ rng, config }) => {
      const opening = rng.pick(config);
      return { business: false, opening };
    },
    pageSlugs: (_, { opening }) => ({ position: urlSlug(opening.title) }),
    fields: {
      firstName: req('text', ({ who }) => who.person.first[0]),
      lastName: req('text', ({ who }) => who.person.lastName),
      email: req('text', ({ who }) => who.email),
      phone: req('text', ({ rng, who }) => phone(rng, who.data)),
      position: req('select', (_, { opening }) => opening.posted),
      cv: req('file', ({ rng, who, book }): FileRef => {
        const style = rng.int(0, 2);
        if (style === 0) return `file:${book.files.cv}_${fileName(who)}.pdf`;
        if (style === 1) return `file:${who.person.first[1]}-${who.person.last[1]}-cv.pdf`;
        return `file:${book.files.cv} - ${who.person.fullName}.pdf`;
      }),
      coverLetter: opt('file', ({ rng, who, book }) =>
        rng.bool(0.5)
          ? (`file:${book.files.coverLetter}_${fileName(who)}.${rng.bool(0.8) ? 'pdf' : 'docx'}` as const)
          : undefined,
      ),
      linkedin: opt('text', ({ rng, who }) => {
        if (!rng.bool(0.55)) return undefined;
        const handle = `${who.person.first[1]}-${who.person.last[1]}-${randomChars(rng, 8, 'base36')}`;
        return rng.bool(0.7) ? `https://www.linkedin.com/in/${handle}` : `linkedin.com/in/${handle}`;
      }),
      portfolio: opt('text', ({ rng, who }, { opening }) => {
        if (opening.track === 'engineering' && rng.bool(0.6))
          return `https://github.com/${who.person.first[1]}${who.person.last[1]}`;
        if (opening.track === 'design' && rng.bool(0.8))
          return rng.bool(0.5)
            ? `https://www.behance.net/${who.person.first[1]}${who.person.last[1]}`
            : `https://${who.person.first[1]}${who.person.last[1]}.design`;
        return undefined;
      }),
      startDate: opt('text', ({ rng, createdMs }) => {
        if (!rng.bool(0.5)) return undefined;
        // The 1st or 15th of the month after one to four months' notice.
        const notice = new Date(createdMs + rng.int(30, 120) * 86_400_000);
        const month = notice.getUTCMonth() + 1;
        const year = notice.getUTCFullYear() + (month === 12 ? 1 : 0);
        return `${year}-${String((month % 12) + 1).padStart(2, '0')}-${rng.bool(0.7) ? '01' : '15'}`;
      }),
      salaryExpectation: opt('text', ({ rng, who }, { opening }) => {
        if (!rng.bool(0.4)) return undefined;
        const { salary, currency } = who.data.facts;
        const senior = opening.title.startsWith('Senior') ? 1.3 : 1;
        const step = 10 ** Math.max(3, Math.floor(Math.log10(salary)) - 2);
        return `${Math.round((salary * senior * rng.float(0.85, 1.2)) / step) * step} ${currency}`;
      }),
      source: opt('select', ({ rng }) => (rng.bool(0.7) ? drawWeighted(rng, jobSources) : undefined)),
      message: opt('textarea', ({ rng, book, who }, { opening }) =>
        rng.bool(0.45)
          ? emoji(rng, say(rng.pick(book.job), who.person, { position: opening.posted }), 'positive', 0.05)
          : undefined,
      ),
    },
  }),

  'demo-request': defineKind<FormsDataByKind['demo-request'], Story & { size: CompanySize }, NoConfig>({
    setup: none,
    story: ({ rng }) => ({ business: true, size: drawWeighted(rng, companySizes) }),
    fields: {
      name: req('text', ({ who }) => who.person.fullName),
      email: req('text', ({ who }) => who.email),
      company: req('text', ({ who }) => who.company?.name ?? ''),
      companySize: req('select', (_, { size }) => size),
      role: req('select', ({ rng }, { size }) => rng.pick(rolesBySize[sizeBand(size)])),
      phone: opt('text', ({ rng, who }) => (rng.bool(0.5) ? phone(rng, who.data) : undefined)),
      country: req('select', ({ who }) => who.data.country),
      message: opt('textarea', ({ rng, book, who }, { size }) =>
        rng.bool(0.5)
          ? say(rng.pick(book.demo), who.person, { company: who.company?.name ?? '', size })
          : undefined,
      ),
      preferredTime: opt('select', ({ rng }) =>
        rng.bool(0.4) ? rng.pick(['morning', 'afternoon', 'evening'] as const) : undefined,
      ),
      marketingOptIn: opt('checkbox', (scene) => (scene.rng.bool(0.35) ? ticked(scene) : undefined)),
    },
  }),

  'event-registration': defineKind<
    FormsDataByKind['event-registration'],
    Story & { ticket: TicketType; inPerson: boolean },
    { readonly name: string; readonly slug: string; readonly sessions: readonly SessionCode[] }
  >({
    setup: (rng, site) => {
      const name = fill(rng.pick(site.book.eventNames), { brand: site.brand, year: String(site.year) });
      const readable = urlSlug(name);
      return {
        name,
        slug: /[a-z]{3}/.test(readable) ? readable : `${site.label}-${site.year}`,
        sessions: pickSome(rng, sessionCodes, rng.int(5, 8)),
      };
    },
    formVars: (config) => ({ event: config.name }),
    pageSlugs: (config) => ({ event: config.slug }),
    story: ({ rng }) => {
      const ticket = drawWeighted(rng, tickets);
      return { ticket, inPerson: ticket !== 'online', business: ticket !== 'student' && rng.bool(0.85) };
    },
    fields: {
      firstName: req('text', ({ who }) => who.person.first[0]),
      lastName: req('text', ({ who }) => who.person.lastName),
      email: req('text', ({ who }) => who.email),
      company: opt('text', ({ who }) => who.company?.name),
      jobTitle: opt('text', ({ rng }, { business }) =>
        business && rng.bool(0.8)
          ? rng.pick(rolesBySize[rng.pick(['small', 'mid', 'large'] as const)])
          : undefined,
      ),
      ticketType: req('select', (_, { ticket }) => ticket),
      sessions: req('multi', (scene, { inPerson }) => {
        const offered = inPerson
          ? scene.config.sessions
          : scene.config.sessions.filter((s) => s !== 'networking-dinner');
        return multi(scene, pickSome(scene.rng, offered, scene.rng.int(1, 4)));
      }),
      dietary: opt('multi', (scene, { inPerson }) =>
        inPerson && scene.rng.bool(0.25)
          ? multi(scene, pickSome(scene.rng, dietaryNeeds, scene.rng.int(1, 2)))
          : undefined,
      ),
      tshirtSize: opt('select', ({ rng }, { inPerson }) =>
        inPerson && rng.bool(0.6) ? drawWeighted(rng, tshirts) : undefined,
      ),
      accessibility: opt('textarea', ({ rng, book }, { inPerson }) =>
        inPerson && rng.bool(0.05) ? rng.pick(book.accessibility) : undefined,
      ),
      consent: req('checkbox', ticked),
    },
  }),

  'support-ticket': defineKind<
    FormsDataByKind['support-ticket'],
    Story & { area: SupportArea; priority: Priority },
    NoConfig
  >({
    setup: none,
    story: ({ rng }) => ({
      business: rng.bool(0.6),
      area: rng.pick(supportAreas),
      priority: drawWeighted(rng, priorities),
    }),
    fields: {
      name: req('text', ({ who }) => who.person.fullName),
      email: req('text', ({ who }) => who.email),
      accountId: opt('text', ({ rng }, { business }) =>
        rng.bool(business ? 0.6 : 0.3) ? `acct_${randomChars(rng, 12, 'base36')}` : undefined,
      ),
      area: req('select', (_, { area }) => area),
      priority: req('select', (_, { priority }) => priority),
      subject: req('text', ({ book }, { area }) => book.support.subjects[area]),
      description: req('textarea', ({ rng, book }, { area, priority }) => {
        const urgent = priority === 'high' || priority === 'urgent';
        return emoji(
          rng,
          `${book.support.problems[area]} ${book.support.urgency[priority]}`,
          'ask',
          urgent ? 0.2 : 0.05,
        );
      }),
      browser: opt('text', ({ rng, who }) => (rng.bool(0.5) ? who.userAgent.label : undefined)),
      attachment: opt('file', ({ rng, book, createdMs }): FileRef | undefined => {
        if (!rng.bool(0.3)) return undefined;
        const shot = isoMs(createdMs - rng.int(60, 3600) * 1000);
        const time = `${shot.slice(11, 13)}.${shot.slice(14, 16)}.${shot.slice(17, 19)}`;
        const name = fill(book.files.screenshot, { date: shot.slice(0, 10), time });
        return `file:${name}`;
      }),
    },
  }),
};

/** A field of any kind, as the generator walks them. */
export interface AnyField {
  readonly input: InputType;
  readonly optional: boolean;
  readonly make: (scene: Scene<unknown>, story: Story) => unknown;
}

/** Each kind's field names and fields in posting order, prepared once. */
export const fieldLists = Object.fromEntries(
  Object.entries(kindSpecs).map(([kind, spec]) => [
    kind,
    { names: Object.keys(spec.fields), fields: Object.values(spec.fields) },
  ]),
) as unknown as Readonly<
  Record<FormKind, { readonly names: readonly string[]; readonly fields: readonly AnyField[] }>
>;

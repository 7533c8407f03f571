import type { FormKind } from '../../../src/schemas/forms/index.ts';
import type { Priority, SupportArea } from '../field-values.ts';

/** A text and its ASCII slug (for domains and URLs): `['Médias', 'medias']`, `['商事', 'shoji']`. */
export type Pair = readonly [text: string, slug: string];

/** A contact-form topic: subject line and message body (`{company}` is the sender's company). */
interface ContactTopic {
  readonly subject: string;
  readonly body: string;
}

/** Sentiment of a feedback comment: follows the rating (4-5 positive, 3 mixed, 1-2 negative). */
export type Sentiment = 'positive' | 'mixed' | 'negative';

/**
 * Everything the forms generators write in one language. Placeholders in braces are filled per submission:
 * `{first}`, `{last}`, `{name}` (the submitter), `{company}`, `{position}`, `{size}`, `{event}`, `{brand}`,
 * `{year}`, `{date}`, `{time}`.
 */
export interface Phrasebook {
  /** Form names per kind; `{event}` is the event's name. */
  readonly formNames: Readonly<Record<FormKind, readonly string[]>>;
  /** Site paths a form is posted from; `{position}` and `{event}` are slugs. */
  readonly pages: Readonly<Record<FormKind, readonly string[]>>;
  /** Event names: `{brand}` is the organiser, `{year}` the event's year. */
  readonly eventNames: readonly string[];
  /** Company name patterns and the domain label each gives: `{L}`/`{l}` a last name and its slug, `{L2}`, `{S}` a sector, `{B}` a brand, `{legal}`. */
  readonly companyPatterns: readonly (readonly [name: string, domain: string])[];
  readonly sectors: readonly Pair[];
  /** Brand words for `{B}` (languages whose companies are not named after families). */
  readonly brands?: readonly Pair[];
  readonly greetings: readonly string[];
  /**
   * Set for languages that go on in lower case after a greeting ending in a comma (German, DIN 5008: `Hallo,` then
   * `ich habe ...`): the words a message may start with that keep their capital there (the polite `Sie`, nouns).
   */
  readonly capitalAfterGreeting?: readonly string[];
  /** Sign-offs with `{first}`, `{last}` or `{name}`. */
  readonly closings: readonly string[];
  readonly contact: {
    readonly business: readonly ContactTopic[];
    readonly personal: readonly ContactTopic[];
  };
  /**
   * Three comments per sentiment, each about one category (kinds.ts `feedbackCategories`): positive about support,
   * product, onboarding; mixed about product, pricing, onboarding; negative about support, pricing, product.
   */
  readonly feedback: Readonly<Record<Sentiment, readonly [string, string, string]>>;
  /** Cover notes of an application: `{position}`. */
  readonly job: readonly string[];
  /** Demo-request messages: `{company}`, `{size}`. */
  readonly demo: readonly string[];
  readonly accessibility: readonly string[];
  readonly support: {
    readonly subjects: Readonly<Record<SupportArea, string>>;
    readonly problems: Readonly<Record<SupportArea, string>>;
    readonly urgency: Readonly<Record<Priority, string>>;
  };
  /** File name stems: the CV, the second application document, a screenshot (`{date}`, `{time}`). */
  readonly files: { readonly cv: string; readonly coverLetter: string; readonly screenshot: string };
  /** Appended to job titles on this language's sites: `' (m/w/d)'`, `' (H/F)'`, `''`. */
  readonly jobSuffix: string;
}

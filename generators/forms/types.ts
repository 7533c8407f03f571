import type { FormsData, FormsSubmission } from '../../src/schemas/forms.ts';
import type { FormsTimestampedSubmission } from '../../src/schemas/forms-timestamped.ts';
import type { LocaleId } from '../core/faker.ts';

/**
 * The realistic forms the generators fill in, in a stable order.
 *
 * @example
 * ```ts
 * for (const kind of formKinds) console.log(generate('spike-forms', { kind }).formName);
 * ```
 */
export const formKinds = [
  'contact',
  'newsletter',
  'feedback',
  'job-application',
  'demo-request',
  'event-registration',
  'support-ticket',
] as const;

/**
 * A form kind of {@link formKinds}.
 *
 * @example
 * ```ts
 * const kind: FormKind = 'support-ticket';
 * ```
 */
export type FormKind = (typeof formKinds)[number];

/**
 * An uploaded file as Spike stores it in `data`: `"file:<filename>"`.
 *
 * @example
 * ```ts
 * const cv: FileRef = 'file:CV_Jane_Doe.pdf';
 * ```
 */
export type FileRef = `file:${string}`;

/**
 * A checkbox group or multi-select value: an array, or the values joined with `", "` (how Spike stores them is
 * unconfirmed; see the `multiValue` option).
 *
 * @example
 * ```ts
 * const topics: MultiValue<NewsletterTopic> = ['events', 'engineering']; // or 'events, engineering'
 * ```
 */
export type MultiValue<T extends string> = T[] | string;

/**
 * A ticked checkbox: `true` when the page posts JSON, `'on'` from an HTML form post. An unticked optional checkbox
 * is `false` (JSON) or absent (HTML form).
 *
 * @example
 * ```ts
 * const consent: Checked = 'on';
 * ```
 */
export type Checked = true | 'on';

/**
 * A 1 to 5 star rating.
 *
 * @example
 * ```ts
 * const stars: Rating = 4;
 * ```
 */
export type Rating = 1 | 2 | 3 | 4 | 5;

/**
 * Newsletter topics a subscriber can tick.
 *
 * @example
 * ```ts
 * const topic: NewsletterTopic = 'product-updates';
 * ```
 */
export type NewsletterTopic =
  | 'product-updates'
  | 'engineering'
  | 'design'
  | 'case-studies'
  | 'events'
  | 'tips'
  | 'company-news'
  | 'offers';

/**
 * What a piece of feedback is about; agrees with the comment.
 *
 * @example
 * ```ts
 * const category: FeedbackCategory = 'pricing';
 * ```
 */
export type FeedbackCategory = 'product' | 'support' | 'pricing' | 'onboarding';

/**
 * Company head-count bands of a demo request.
 *
 * @example
 * ```ts
 * const size: CompanySize = '51-200';
 * ```
 */
export type CompanySize = '1-10' | '11-50' | '51-200' | '201-500' | '501-1000' | '1001-5000' | '5000+';

/**
 * Ticket types of an event registration.
 *
 * @example
 * ```ts
 * const ticket: TicketType = 'student';
 * ```
 */
export type TicketType = 'standard' | 'vip' | 'student' | 'online';

/**
 * Sessions of an event's agenda.
 *
 * @example
 * ```ts
 * const session: SessionCode = 'keynote';
 * ```
 */
export type SessionCode =
  | 'keynote'
  | 'opening-panel'
  | 'workshop-api-design'
  | 'workshop-observability'
  | 'customer-stories'
  | 'roadmap-qa'
  | 'lightning-talks'
  | 'networking-dinner';

/**
 * Dietary needs of an in-person attendee.
 *
 * @example
 * ```ts
 * const needs: DietaryNeed[] = ['vegan', 'nut-allergy'];
 * ```
 */
export type DietaryNeed =
  | 'vegetarian'
  | 'vegan'
  | 'gluten-free'
  | 'lactose-free'
  | 'halal'
  | 'kosher'
  | 'nut-allergy';

/**
 * Product areas a support ticket is about; the subject and description describe a problem there.
 *
 * @example
 * ```ts
 * const area: SupportArea = 'billing';
 * ```
 */
export type SupportArea = 'login' | 'billing' | 'api' | 'dashboard' | 'notifications' | 'data-export';

/**
 * Support ticket priorities; the description's urgency agrees.
 *
 * @example
 * ```ts
 * const priority: Priority = 'urgent';
 * ```
 */
export type Priority = 'low' | 'normal' | 'high' | 'urgent';

/**
 * Where a job applicant heard of the job.
 *
 * @example
 * ```ts
 * const source: JobSource = 'referral';
 * ```
 */
export type JobSource = 'linkedin' | 'indeed' | 'referral' | 'company-website' | 'job-fair' | 'other';

/**
 * `data` of a contact form. Optional fields are absent, or `''` from an HTML form post, when left blank.
 *
 * @example
 * ```ts
 * const data: ContactData = { name: 'Anna Schmidt', email: 'anna.schmidt@kraus-logistik.de', message: 'Hallo, ...' };
 * ```
 */
export type ContactData = {
  /** Full name, in the sender's script and order (`'佐藤 翔太'`, `'김민준'`). */
  name: string;
  /** Derived from the name; at the company's domain for business senders, a free-mail domain otherwise. */
  email: string;
  /** In the sender's country: E.164, spaced international or national format. */
  phone?: string;
  /** The sender's company (business senders only); the email is at its domain. */
  company?: string;
  /** The topic's subject line, in the sender's language. */
  subject?: string;
  /** Written in the sender's language; may greet, sign with their name and end with an emoji. */
  message: string;
};

/**
 * `data` of a newsletter signup.
 *
 * @example
 * ```ts
 * const data: NewsletterData = { email: 'lea@gmx.de', topics: ['events'], frequency: 'monthly', consent: 'on' };
 * ```
 */
export type NewsletterData = {
  /** Derived from the subscriber's name. */
  email: string;
  /** The subscriber's given name. */
  firstName?: string;
  /** One to three topics. */
  topics: MultiValue<NewsletterTopic>;
  /** How often to send. */
  frequency: 'weekly' | 'monthly';
  /** The required consent checkbox. */
  consent: Checked;
};

/**
 * `data` of a feedback form: the comment's sentiment agrees with the rating.
 *
 * @example
 * ```ts
 * const data: FeedbackData = { rating: 2, category: 'pricing', comment: 'Too expensive for what it offers ...' };
 * ```
 */
export type FeedbackData = {
  /** Left blank by anonymous respondents (with `email`). */
  name?: string;
  /** Derived from the name; blank for anonymous respondents. */
  email?: string;
  /** A number when the page posts JSON, a string from an HTML form post. */
  rating: Rating | `${Rating}`;
  /** What the comment is about. */
  category: FeedbackCategory;
  /** Positive for 4-5 stars, mixed for 3, negative for 1-2; in the respondent's language. */
  comment?: string;
  /** Never `'no'` for 4 or 5 stars, never `'yes'` for 1 or 2. */
  recommend?: 'yes' | 'no' | 'maybe';
  /** Only ticked when an email is given. */
  contactMe?: boolean | 'on';
};

/**
 * `data` of a job application: the CV is an uploaded PDF; applicants write from personal addresses.
 *
 * @example
 * ```ts
 * const data: JobApplicationData = {
 *   firstName: 'Jürgen', lastName: 'Müller', email: 'juergen.mueller@web.de', phone: '+49 151 2345678',
 *   position: 'Product Designer (m/w/d)', cv: 'file:Lebenslauf_Jürgen_Müller.pdf',
 * };
 * ```
 */
export type JobApplicationData = {
  /** Given name. */
  firstName: string;
  /** Surname(s), e.g. two for Spanish-speaking applicants. */
  lastName: string;
  /** Derived from the name, at a free-mail domain of the applicant's country. */
  email: string;
  /** In the applicant's country. */
  phone: string;
  /** One of the form's open positions (German sites add `(m/w/d)`, French ones `(H/F)`). */
  position: string;
  /** `file:<name>.pdf`, named after the applicant (`Lebenslauf_...`, `履歴書_...`). */
  cv: FileRef;
  /** A second document (`.pdf` or `.docx`): cover letter, or the 職務経歴書 / 자기소개서 of Japanese and Korean applications. */
  coverLetter?: FileRef;
  /** A LinkedIn profile URL from the name, with or without `https://www.`. */
  linkedin?: string;
  /** GitHub for engineers, a portfolio site for designers. */
  portfolio?: string;
  /** `YYYY-MM-DD`, after the submission. */
  startDate?: string;
  /** `<amount> <ISO 4217 currency of the applicant's country>`, e.g. `'65000 EUR'`. */
  salaryExpectation?: string;
  /** Where they heard of the job. */
  source?: JobSource;
  /** A short cover note naming the position, in the applicant's language. */
  message?: string;
};

/**
 * `data` of a demo request: always from a business address; the role fits the company size.
 *
 * @example
 * ```ts
 * const data: DemoRequestData = {
 *   name: 'Evie Nijland', email: 'evie.nijland@molenaar.nl', company: 'Molenaar N.V.',
 *   companySize: '5000+', role: 'IT Director', country: 'NL',
 * };
 * ```
 */
export type DemoRequestData = {
  /** Full name. */
  name: string;
  /** At the company's domain. */
  email: string;
  /** Named the way companies of the sender's country are (`GmbH`, `株式会社`, `Pty Ltd` ...). */
  company: string;
  /** Head-count band. */
  companySize: CompanySize;
  /** Founders in small companies, directors and managers in large ones. */
  role: string;
  /** In the sender's country. */
  phone?: string;
  /** ISO 3166-1 alpha-2, the same as `metadata.country`. */
  country: string;
  /** What they want to see, naming the company and size, in the sender's language. */
  message?: string;
  /** When to call. */
  preferredTime?: 'morning' | 'afternoon' | 'evening';
  /** The marketing checkbox: `false` (JSON) or absent (HTML form) when unticked. */
  marketingOptIn?: boolean | 'on';
};

/**
 * `data` of an event registration. Students register with a personal address and no company; online attendees
 * order no meals or shirts and skip the networking dinner.
 *
 * @example
 * ```ts
 * const data: EventRegistrationData = {
 *   firstName: 'César', lastName: 'Orellana Cabán', email: 'cesar.orellana@logisticaadame.com',
 *   ticketType: 'standard', sessions: 'keynote, roadmap-qa', consent: true,
 * };
 * ```
 */
export type EventRegistrationData = {
  /** Given name. */
  firstName: string;
  /** Surname(s). */
  lastName: string;
  /** At the company's domain, or free mail for students and personal registrations. */
  email: string;
  /** The attendee's company (business registrations only). */
  company?: string;
  /** Job title of business attendees. */
  jobTitle?: string;
  /** Ticket bought. */
  ticketType: TicketType;
  /** Sessions of the form's event agenda. */
  sessions: MultiValue<SessionCode>;
  /** In-person attendees only. */
  dietary?: MultiValue<DietaryNeed>;
  /** In-person attendees only. */
  tshirtSize?: 'XS' | 'S' | 'M' | 'L' | 'XL' | 'XXL';
  /** A rare access need, in the attendee's language. */
  accessibility?: string;
  /** The required consent checkbox. */
  consent: Checked;
};

/**
 * `data` of a support ticket: subject and description describe a problem in `area`, with `priority`'s urgency.
 *
 * @example
 * ```ts
 * const data: SupportTicketData = {
 *   name: 'Lew Goodwin', email: 'lew.goodwin@hagenes-ratke.com', area: 'billing', priority: 'high',
 *   subject: 'Charged twice this month', description: 'My card was charged twice ... please look into it soon.',
 * };
 * ```
 */
export type SupportTicketData = {
  /** Full name. */
  name: string;
  /** Derived from the name. */
  email: string;
  /** The customer's account (`acct_...`). */
  accountId?: string;
  /** The product area with the problem. */
  area: SupportArea;
  /** How urgent; the description says so. */
  priority: Priority;
  /** The area's problem in a few words, in the customer's language. */
  subject: string;
  /** The problem, then a sentence of the priority's urgency, in the customer's language. */
  description: string;
  /** Browser and OS, agreeing with `metadata.userAgent`, e.g. `'Chrome 143 on Windows'`. */
  browser?: string;
  /** A screenshot, named the way the submitter's OS language names them. */
  attachment?: FileRef;
};

/**
 * The `data` type of each form kind.
 *
 * @example
 * ```ts
 * const data: FormsDataByKind['feedback'] = { rating: 5, category: 'support', comment: 'Great!' };
 * ```
 */
export type FormsDataByKind = {
  /** A contact form. */
  contact: ContactData;
  /** A newsletter signup. */
  newsletter: NewsletterData;
  /** A feedback form with a rating. */
  feedback: FeedbackData;
  /** A job application with a CV. */
  'job-application': JobApplicationData;
  /** A demo request. */
  'demo-request': DemoRequestData;
  /** An event registration. */
  'event-registration': EventRegistrationData;
  /** A support ticket. */
  'support-ticket': SupportTicketData;
};

/**
 * What `generate('spike-forms', { kind })` returns for each form kind.
 *
 * @example
 * ```ts
 * const ticket: FormsEvents['support-ticket'] = generate('spike-forms', { kind: 'support-ticket' });
 * ticket.data.priority; // 'low' | 'normal' | 'high' | 'urgent'
 * ```
 */
export type FormsEvents = { [K in FormKind]: FormsSubmission<FormsDataByKind[K]> };

/**
 * What `generate('spike-forms-timestamped', { kind })` returns for each form kind.
 *
 * @example
 * ```ts
 * const body: FormsTimestampedEvents['contact'] = generate('spike-forms-timestamped', { kind: 'contact' });
 * body.submission.data.message;
 * ```
 */
export type FormsTimestampedEvents = { [K in FormKind]: FormsTimestampedSubmission<FormsDataByKind[K]> };

// Every kind's data is a valid open `data` record (compile-time check).
true satisfies FormsDataByKind[FormKind] extends FormsData ? true : false;

/**
 * How checkbox groups and multi-selects arrive: as arrays, or joined into one `", "`-separated string.
 *
 * @example
 * ```ts
 * generate('spike-forms', { kind: 'newsletter', multiValue: 'comma-joined' }).data.topics; // 'events, design'
 * ```
 */
export type MultiValueStyle = 'array' | 'comma-joined';

/**
 * How the page posted the form: `'json'` (fetch with a JSON body: numbers, booleans, omitted blanks) or `'form'`
 * (an HTML form post: every value a string, blank text inputs as `''`, ticked checkboxes as `'on'`).
 *
 * @example
 * ```ts
 * generate('spike-forms', { kind: 'feedback', encoding: 'form' }).data.rating; // '4'
 * ```
 */
export type FormEncoding = 'json' | 'form';

/**
 * Fixes part of a form's identity; the rest is generated.
 *
 * @example
 * ```ts
 * generate('spike-forms', { kind: 'contact', form: { id: 'clx123abc', slug: 'contact' } });
 * ```
 */
export interface FormIdentityOption {
  /** `formId` (`form.id` in the timestamped dialect). */
  readonly id?: string;
  /** `formName`. */
  readonly name?: string;
  /** `formSlug`. */
  readonly slug?: string;
}

/**
 * The options of the Spike Forms generators (besides the common `generate` options). Unset options are drawn from
 * the seed, per form (`multiValue`, `encoding`, the form's site locale) or per submitter (`ipVersion`).
 *
 * @example
 * ```ts
 * generate('spike-forms', { kind: 'newsletter', locale: 'de', multiValue: 'array', ipVersion: 6, count: 10 });
 * ```
 */
export interface FormsOptions {
  /** Locale of every submitter (and of the form's site). Default: the site's locale is drawn per form, and most submitters share it. */
  readonly locale?: LocaleId;
  /** How checkbox groups and multi-selects arrive. Default: drawn per form. */
  readonly multiValue?: MultiValueStyle;
  /** IP version of `metadata.ip`. Default: drawn per submission (about 30 % IPv6). */
  readonly ipVersion?: 4 | 6;
  /** How the page posted the form. Default: drawn per form. */
  readonly encoding?: FormEncoding;
  /** Fix the form's id, name or slug. */
  readonly form?: FormIdentityOption;
}

/**
 * The options of the timestamped dialect: those of {@link FormsOptions} except `ipVersion` (its body carries no IP).
 *
 * @example
 * ```ts
 * generate('spike-forms-timestamped', { kind: 'contact', locale: 'ja', form: { slug: 'contact' } });
 * ```
 */
export type FormsTimestampedOptions = Omit<FormsOptions, 'ipVersion'>;

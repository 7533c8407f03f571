import type { FormKind, FormsData, FormsSubmission } from '../../src/schemas/forms/index.ts';
import type { FormsTimestampedSubmission } from '../../src/schemas/forms-timestamped/index.ts';
import type {
  Checked,
  CompanySize,
  DietaryNeed,
  FeedbackCategory,
  FileRef,
  JobSource,
  MultiValue,
  NewsletterTopic,
  Priority,
  Rating,
  SessionCode,
  SupportArea,
  TicketType,
} from './field-values.ts';

/**
 * `data` of a contact form. Optional fields are absent, or `''` from an HTML form post, when left blank.
 *
 * @example
 * ```ts
 * const data: ContactData = { name: 'Anna Schmidt', email: 'anna.schmidt@kraus-logistik.de', message: 'Hallo, ...' };
 * ```
 */
type ContactData = {
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
type NewsletterData = {
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
type FeedbackData = {
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
type JobApplicationData = {
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
type DemoRequestData = {
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
type EventRegistrationData = {
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
type SupportTicketData = {
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
